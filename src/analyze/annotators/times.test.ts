/**
 * The times layer through the whole analyzer: the names layer keeps "May"
 * the person out, the seed articles' gold times are found with their values,
 * and so are TimeBank's (TempEval-3) — each with a floor a little under what
 * the analyzer reaches, so that a rule that breaks many times fails here.
 * The corpora live in ../shared; without them those tests skip, saying so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../testing/analyze-text.js';
import type { Time } from '../../format/analysis.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');
const SEEDS_GOLD = resolve(ROOT, '../shared/eval/gold/seeds');
const TIMEBANK = resolve(ROOT, '../shared/data/timeml/timebank');

interface GoldTime {
  start: number;
  end: number;
  value: string;
}

/** Value F1 as the scorer counts it: greedy one-to-one lenient span matching, then equal values. */
function valueCounts(gold: GoldTime[], pred: Time[]) {
  const pairs: Array<{ g: number; p: number; shared: number; union: number }> = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const shared = Math.min(g.end, p.end) - Math.max(g.start, p.start);
    if (shared > 0) pairs.push({ g: gi, p: pi, shared, union: Math.max(g.end, p.end) - Math.min(g.start, p.start) });
  }));
  pairs.sort((a, b) => b.shared - a.shared || a.union - b.union || a.g - b.g || a.p - b.p);
  const takenG = new Set<number>();
  const takenP = new Set<number>();
  let correct = 0;
  for (const { g, p } of pairs) {
    if (takenG.has(g) || takenP.has(p)) continue;
    takenG.add(g);
    takenP.add(p);
    if (gold[g]!.value === pred[p]!.value) correct += 1;
  }
  return { correct, nGold: gold.length, nPred: pred.length };
}

function f1({ correct, nGold, nPred }: { correct: number; nGold: number; nPred: number }) {
  const p = correct / nPred;
  const r = correct / nGold;
  return (2 * p * r) / (p + r);
}

/** The text of a TimeML TEXT element without tags, and its TIMEX3s with offsets into it. */
function readTimeml(xml: string): { text: string; published: string | null; gold: GoldTime[] } {
  const published = /<DCT>[\s\S]*?<TIMEX3[^>]*value="([^"]*)"/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  let text = '';
  const gold: GoldTime[] = [];
  const open: Array<{ start: number; value: string }> = [];
  for (const part of body.split(/(<[^>]+>)/)) {
    if (part.startsWith('<TIMEX3')) {
      if (!part.endsWith('/>')) open.push({ start: text.length, value: /value="([^"]*)"/.exec(part)?.[1] ?? '' });
    } else if (part.startsWith('</TIMEX3')) {
      const timex = open.pop();
      if (timex) gold.push({ ...timex, end: text.length });
    } else if (!part.startsWith('<')) {
      text += part.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
    }
  }
  return { text, published, gold };
}

describe('times through the analyzer', () => {
  it('does not take May the person for a month, and resolves the month beside her', () => {
    const analysis = analyzeText('Theresa May said in May that Britain would keep sending weapons.', '2024-11-19');
    expect(analysis.times.map((t) => [t.text, t.value])).toEqual([['May', '2024-05']]);
    expect(analysis.times[0]!.start).toBe(analysis.text.indexOf('in May') + 3);
  });

  it('fills the format’s Time with the text and what the value was resolved against', () => {
    const analysis = analyzeText('Yesterday, drones struck Odesa.', '2024-11-07');
    expect(analysis.times).toEqual([{ start: 0, end: 9, text: 'Yesterday', type: 'DATE', value: '2024-11-06', anchor: 'published' }]);
  });

  it.skipIf(!existsSync(SEEDS_GOLD))('finds the seed articles’ gold times with their values (value F1 ≥ 0.9)', () => {
    const totals = { correct: 0, nGold: 0, nPred: 0 };
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const name = file.replace(/\.txt$/, '');
      const meta = JSON.parse(readFileSync(join(SEEDS, `${name}.meta.json`), 'utf8')) as { published: string };
      const gold = (JSON.parse(readFileSync(join(SEEDS_GOLD, `${name}.gold.json`), 'utf8')) as { times: GoldTime[] }).times;
      const counts = valueCounts(gold, analyzeText(readFileSync(join(SEEDS, file), 'utf8'), meta.published).times);
      totals.correct += counts.correct;
      totals.nGold += counts.nGold;
      totals.nPred += counts.nPred;
    }
    expect(f1(totals)).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(!existsSync(TIMEBANK))('finds TimeBank’s TIMEX3s with their values (value F1 ≥ 0.78)', () => {
    const totals = { correct: 0, nGold: 0, nPred: 0 };
    for (const file of readdirSync(TIMEBANK).filter((f) => f.endsWith('.tml'))) {
      const { text, published, gold } = readTimeml(readFileSync(join(TIMEBANK, file), 'utf8'));
      const counts = valueCounts(gold, analyzeText(text, published).times);
      totals.correct += counts.correct;
      totals.nGold += counts.nGold;
      totals.nPred += counts.nPred;
    }
    expect(f1(totals)).toBeGreaterThanOrEqual(0.78);
  });

  if (!existsSync(SEEDS_GOLD) || !existsSync(TIMEBANK)) {
    it('skips the corpus floors: ../shared/eval/gold/seeds or ../shared/data/timeml/timebank is absent', () => {
      expect(true).toBe(true);
    });
  }
});
