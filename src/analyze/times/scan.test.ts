/**
 * scan.ts must give exactly what matchAll gives: every rule of the grammar,
 * on real news text, including matches the word-start test turns away
 * ("Marchenko" is no month; "mid-2022" keeps its year).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from './grammar.js';
import { scan, scannerFor } from './scan.js';

const B = String.raw`(?<![\p{L}\d'’/-])`;

const TEXT = [
  'Russian forces launched a full-scale invasion on 24 February 2022, and nearly three years later the war goes on.',
  'Oleksandr Marchenko, 37, said on Sunday that more than 1,000 days of shelling had emptied Vuhledar.',
  'By mid-2022 the front had moved; every night drones struck Kyiv, twice a week the trains stopped.',
  'The ministry said last week that talks would resume "in the coming months", perhaps in the spring of 2025.',
  'At 10 p.m. Wednesday, Nov. 6, the third-quarter figures came out: 45,000 troops, 2000 tanks, Flight 1549.',
  'Mayday: the May Day parade in Moscow; Mayor Klitschko spoke yesterday evening, and again two days later.',
].join('\n\n');

describe('scan', () => {
  it('finds exactly the matches matchAll finds, for every grammar rule', () => {
    for (const rule of RULES) {
      rule.pattern.lastIndex = 0;
      const expected = [...TEXT.matchAll(rule.pattern)].map((m) => [m.index, ...m]);
      const got = [...scan(scannerFor(rule.pattern, B), TEXT)].map((m) => [m.index, ...m]);
      expect(got, rule.name).toEqual(expected);
    }
  });

  it('takes the lookbehind off only where every alternative starts with it', () => {
    expect(scannerFor(new RegExp(`${B}a|${B}b`, 'giu'), B).rest?.source).toBe('a|b');
    expect(scannerFor(new RegExp(`${B}a|(?:b)`, 'giu'), B).rest).toBeNull();
    expect(scannerFor(new RegExp(`${B}(?:a|b)|${B}[|]c`, 'giu'), B).rest?.source).toBe('(?:a|b)|[|]c');
  });

  it('turns away a match inside a word and finds the next one', () => {
    const scanner = scannerFor(new RegExp(`${B}may`, 'giu'), B);
    expect([...scan(scanner, 'dismay, then May')].map((m) => m.index)).toEqual([13]);
  });
});
