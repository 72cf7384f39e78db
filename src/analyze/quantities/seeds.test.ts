/**
 * The quantities layer through the whole analyzer (names and times layers
 * included): the seed articles' gold quantities are found with their values,
 * with a floor a little under what the finder reaches; and on Guardian/NYT
 * news articles nothing found has the shape of a year, a clock time or a
 * designation. The corpora live in ../shared; without them those tests skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../testing/analyze-text.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');
const SEEDS_GOLD = resolve(ROOT, '../shared/eval/gold/seeds');
const NEWS = resolve(ROOT, '../shared/data/news/guardian-nyt');

interface GoldQuantity {
  start: number;
  end: number;
  value: number;
}

function analyzeFile(dir: string, name: string) {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const meta = JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8')) as { published?: string };
  return analyzeText(text, meta.published ?? null);
}

/** Value matches as the scorer counts them: greedy one-to-one lenient span matching by overlap, then equal values. */
function valueMatches(gold: GoldQuantity[], pred: Array<{ start: number; end: number; value: number }>): number {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const shared = Math.min(g.end, p.end) - Math.max(g.start, p.start);
    if (shared > 0) pairs.push([shared, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  let matches = 0;
  for (const [, gi, pi] of pairs) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue;
    usedGold.add(gi);
    usedPred.add(pi);
    if (Math.abs(gold[gi]!.value - pred[pi]!.value) <= 1e-9 * Math.max(1, Math.abs(gold[gi]!.value))) matches += 1;
  }
  return matches;
}

describe.skipIf(!existsSync(SEEDS_GOLD))('the seed articles', () => {
  it('finds the gold quantities with their values (value F1 at least 0.9)', () => {
    let matched = 0;
    let nGold = 0;
    let nPred = 0;
    for (const file of readdirSync(SEEDS_GOLD).filter((f) => f.endsWith('.gold.json'))) {
      const name = file.replace('.gold.json', '');
      const gold = (JSON.parse(readFileSync(join(SEEDS_GOLD, file), 'utf8')) as { quantities: GoldQuantity[] }).quantities;
      const pred = analyzeFile(SEEDS, name).quantities;
      matched += valueMatches(gold, pred);
      nGold += gold.length;
      nPred += pred.length;
    }
    const p = matched / nPred;
    const r = matched / nGold;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the seeds’ hard cases: the people behind bare numbers, conversions, "$5 billion or more"', () => {
    const troops = analyzeFile(SEEDS, '001_cab940e0a747018e');
    const byText = new Map(troops.quantities.map((q) => [q.text, q]));
    expect(byText.get('seven')).toMatchObject({ value: 7, unit: 'people', dimension: 'count' });
    expect(byText.get('38')).toMatchObject({ value: 38, unit: 'drones' });
    expect(byText.get('hundreds of thousands of Ukrainians')).toMatchObject({ value: 100000, unit: 'people', approx: true });
    const missiles = analyzeFile(SEEDS, '002_56f617656db8bfc2');
    expect(missiles.quantities.map((q) => q.text)).not.toContain('1,000 days');
    expect(missiles.quantities.find((q) => q.text === '$5 billion')).toMatchObject({ value: 5e9, unit: 'USD', approx: true });
  });
});

describe.skipIf(!existsSync(NEWS))('Guardian and NYT news', () => {
  it('finds nothing shaped like a year, a clock time, a designation or a label', () => {
    const names = readdirSync(NEWS).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 10 === 0).map((f) => f.replace('.txt', ''));
    const suspicious: string[] = [];
    let total = 0;
    for (const name of names) {
      for (const q of analyzeFile(NEWS, name).quantities) {
        total += 1;
        if (/^(?:19|20)\d\d$/.test(q.text) || /^\d\d?[.:]\d\d$/.test(q.text) || /^\p{L}+-\d/u.test(q.text) || /\d(?:st|nd|rd|th)\b/.test(q.text)) {
          suspicious.push(q.text);
        }
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(suspicious).toEqual([]);
  });
});
