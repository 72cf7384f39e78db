/**
 * @module analyze/quotes/eval-polnear
 *
 * `npm run eval:polnear [DIR]`: the quotes layer against PolNeAR's
 * attribution gold (default ../shared/data/polnear/dev). PolNeAR marks every
 * attribution, anonymous sources and belief verbs too, while sitrep keeps
 * quotes with a named or pronoun speaker (GOLD.md), so recall is also given
 * on the attributions whose source is a name or a pronoun. Mapping:
 *
 * - a quote matches an attribution when their spans overlap (one to one,
 *   largest overlap first), whatever its kind;
 * - its source is right when the words sitrep took for the speaker overlap
 *   the gold Source span (no coreference is needed to check that), or when
 *   both have none;
 * - its cue is right when the cue spans overlap;
 * - and, looser, `any_precision`/`any_recall`: a quote that overlaps some
 *   attribution, an attribution that some quote overlaps — PolNeAR makes one
 *   attribution of "“A,” he said. “B.”" where sitrep has two quotes, and a
 *   short direct quote inside a reported clause is part of that clause's.
 *
 * When an article has several annotators' files, the first is the gold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultPipeline } from '../index.js';
import { Document } from '../document.js';
import { emptyMeta } from '../../format/analysis.js';
import { parseAttributions, type Attribution } from './polnear.js';
import type { QuoteSpan } from './types.js';

const NAMED_OR_PRONOUN = /^(?:[\p{Lu}]|(?:he|she|they|it|we|i)$)/u;

function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

interface Tally {
  gold: number;
  goldNamed: number;
  pred: number;
  matched: number;
  matchedNamed: number;
  sourceRight: number;
  cueRight: number;
  predOverlapping: number;
  goldOverlapped: number;
}

function score(text: string, gold: Attribution[], pred: readonly QuoteSpan[], tally: Tally): void {
  const pairs: Array<{ g: number; p: number; shared: number }> = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const shared = overlap(g.content, [p.start, p.end]);
    if (shared > 0) pairs.push({ g: gi, p: pi, shared });
  }));
  pairs.sort((a, b) => b.shared - a.shared);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const named = (g: Attribution) => g.source !== null && NAMED_OR_PRONOUN.test(text.slice(g.source[0], g.source[1]).replace(/^(the|a|an)\s+/i, '').trim());
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedPred.has(pair.p)) continue;
    usedGold.add(pair.g);
    usedPred.add(pair.p);
    const g = gold[pair.g]!;
    const p = pred[pair.p]!;
    tally.matched += 1;
    if (named(g)) tally.matchedNamed += 1;
    if (g.source === null ? !p.speakerSpan : p.speakerSpan !== undefined && overlap(g.source, p.speakerSpan) > 0) tally.sourceRight += 1;
    if (g.cue && p.cue && overlap(g.cue, p.cue) > 0) tally.cueRight += 1;
  }
  tally.predOverlapping += pred.filter((p) => gold.some((g) => overlap(g.content, [p.start, p.end]) > 0)).length;
  tally.goldOverlapped += gold.filter((g) => pred.some((p) => overlap(g.content, [p.start, p.end]) > 0)).length;
  tally.gold += gold.length;
  tally.goldNamed += gold.filter(named).length;
  tally.pred += pred.length;
}

function main(): void {
  const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../../../shared/data/polnear/dev'));
  if (!existsSync(join(dir, 'text'))) {
    process.stderr.write(`eval-polnear: ${dir} has no text/ folder (PolNeAR is read from ../shared/data/polnear)\n`);
    process.exit(2);
  }
  const annFiles = readdirSync(join(dir, 'attributions')).sort();
  const tally: Tally = { gold: 0, goldNamed: 0, pred: 0, matched: 0, matchedNamed: 0, sourceRight: 0, cueRight: 0, predOverlapping: 0, goldOverlapped: 0 };
  const started = performance.now();
  let articles = 0;
  for (const textFile of readdirSync(join(dir, 'text')).sort()) {
    const base = textFile.replace(/\.txt$/, '');
    const ann = annFiles.find((f) => f.startsWith(`${base}_`));
    if (!ann) continue;
    const text = readFileSync(join(dir, 'text', textFile), 'utf8');
    // The pipeline on a Document, not analyze(): the quotes layer keeps the speaker's span, which the Analysis drops.
    const doc = new Document(text, { ...emptyMeta(), language: 'en' });
    defaultPipeline.run(doc);
    score(text, parseAttributions(readFileSync(join(dir, 'attributions', ann), 'utf8')), doc.layer<QuoteSpan>('quotes'), tally);
    articles += 1;
    if (articles % 20 === 0) process.stderr.write(`eval-polnear: ${articles} articles\n`);
  }
  const p = tally.matched / tally.pred;
  const r = tally.matched / tally.gold;
  const f = (x: number) => x.toFixed(3);
  const figures = {
    articles,
    gold: tally.gold,
    pred: tally.pred,
    precision: f(p),
    recall: f(r),
    f1: f((2 * p * r) / (p + r)),
    recall_named_or_pronoun_source: f(tally.matchedNamed / tally.goldNamed),
    source_acc: f(tally.sourceRight / tally.matched),
    cue_acc: f(tally.cueRight / tally.matched),
    any_precision: f(tally.predOverlapping / tally.pred),
    any_recall: f(tally.goldOverlapped / tally.gold),
    seconds: ((performance.now() - started) / 1000).toFixed(1),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main();
