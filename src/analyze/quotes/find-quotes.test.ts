/**
 * Quotes through the whole analyzer (the real recognizer and identity give
 * the mentions a speaker resolves to), on sentences in the forms news
 * writes them; then the seed articles' gold quotes, with a floor a little
 * under what the analyzer reaches, so that a rule that breaks many quotes
 * fails here. The seeds live in ../shared; without them that test skips.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../testing/analyze-text.js';
import { quotedPassages } from './marks.js';

/** The quotes as [kind, text, speaker's entity name or null]. */
function quotesOf(text: string): Array<[string, string, string | null]> {
  const analysis = analyzeText(text, '2024-05-14');
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.quotes.map((q) => [q.kind, q.text, q.speaker ? names.get(q.speaker) ?? q.speaker : null]);
}

describe('quotation marks', () => {
  it('pairs curly and straight marks, keeping nested single quotes inside', () => {
    const text = 'He said: “We will hold ‘every metre’ of it.” Then "we left," she said.';
    expect(quotedPassages(text).map((p) => text.slice(p.start, p.end))).toEqual(['We will hold ‘every metre’ of it.', 'we left,']);
  });

  it('runs a quote on over paragraphs that open with a mark, and ends an unclosed one at its paragraph', () => {
    const text = '“The first paragraph goes on.\n\n“The second ends it,” he said.\n\n“A stray mark\n\nNew paragraph.';
    const passages = quotedPassages(text);
    expect(passages.map((p) => [p.paragraphs, p.closed])).toEqual([[2, true], [1, false]]);
    expect(text.slice(passages[1]!.start, passages[1]!.end)).toBe('A stray mark');
  });
});

describe('direct quotes', () => {
  it('finds the speaker after the quote, before it, and in the middle', () => {
    expect(quotesOf('“We will continue to support Ukraine,” an administration official said. “Our commitment is firm,” Joe Biden said in Washington.')).toEqual([
      ['direct', 'We will continue to support Ukraine,', null],
      ['direct', 'Our commitment is firm,', 'Joe Biden'],
    ]);
    const middle = quotesOf('“The front is holding,” Oleksandr Syrskyi said on Sunday, “but the enemy is attacking near Pokrovsk.”');
    expect(middle.map((q) => q[2])).toEqual(['Oleksandr Syrskyi', 'Oleksandr Syrskyi']);
  });

  it('resolves "he said" to the last person quoted, and keeps a short attributed phrase', () => {
    const quotes = quotesOf('French President Emmanuel Macron called on NATO to be “ready to act.” He said: “We cannot let Russia win.”');
    expect(quotes).toEqual([
      ['direct', 'ready to act.', 'Emmanuel Macron'],
      ['direct', 'We cannot let Russia win.', 'Emmanuel Macron'],
    ]);
  });

  it('gives a quote with no cue to the person its sentence speaks of as "he" before its subject', () => {
    const quotes = quotesOf('Zelensky spoke in Brussels. The Guardian published plans he discussed with NATO officials, calling for “missile strikes on the production plants.”');
    expect(quotes.map((q) => q[2])).toEqual(['Volodymyr Zelensky']);
  });

  it('gives a short quote to the name that opens its sentence, not to a person named later', () => {
    const quotes = quotesOf('The Kremlin swiftly dismissed Recep Tayyip Erdoğan’s plan to freeze the front lines as “unacceptable.”');
    expect(quotes.map((q) => q[2])).toEqual(['Kremlin']);
  });

  it('leaves scare quotes and titles out', () => {
    expect(quotesOf('Some “optimists” in Washington praised Zelensky’s “Victory Plan” last week.')).toEqual([]);
  });
});

describe('indirect quotes', () => {
  it('takes the reported clause after "that", or after the verb when "that" is left out', () => {
    expect(quotesOf('NATO Secretary-General Jens Stoltenberg said Russia has started its long-awaited offensive, but it is not clear how far it will go.')).toEqual([
      ['indirect', 'Russia has started its long-awaited offensive', 'Jens Stoltenberg'],
    ]);
    expect(quotesOf('French President Emmanuel Macron told The Economist that if the front lines collapsed, he might send troops to Ukraine.')).toEqual([
      ['indirect', 'if the front lines collapsed, he might send troops to Ukraine', 'Emmanuel Macron'],
    ]);
    expect(quotesOf('Ukrainian President Volodymyr Zelensky told The Economist that his army would need more air defence systems.')).toEqual([
      ['indirect', 'his army would need more air defence systems', 'Volodymyr Zelensky'],
    ]);
  });

  it('reads a speaker through two descriptions after the quote', () => {
    expect(quotesOf('“Russia is blackmailing us,” Ursula von der Leyen, the head of the European Commission, the bloc’s executive arm, said on Wednesday.')).toEqual([
      ['direct', 'Russia is blackmailing us,', 'Ursula von der Leyen'],
    ]);
  });

  it('takes an uninflected verb after a singular noun for a noun ("the Lithuanian state railway")', () => {
    expect(quotesOf('The Lithuanian state railway had told Russian clients it could no longer carry steel.')).toEqual([]);
  });

  it('resolves a description to the person the text gave that title', () => {
    const quotes = quotesOf('General Oleksandr Syrskyi, the commander-in-chief of Ukraine’s armed forces, visited Pokrovsk. Ukraine’s commander-in-chief said the situation had worsened.');
    expect(quotes).toEqual([['indirect', 'the situation had worsened', 'Oleksandr Syrskyi']]);
  });

  it('keeps "he" on the last speaker past a phrase that names no one', () => {
    const quotes = quotesOf('President Vladimir Putin has reiterated that he is open to negotiations. His key stated concern remains Russia’s security, which he has always argued would be threatened by NATO.');
    expect(quotes.map((q) => [q[1], q[2]])).toEqual([
      ['he is open to negotiations', 'Vladimir Putin'],
      ['would be threatened by NATO', 'Vladimir Putin'],
    ]);
  });

  it('steps over an appositive or relative clause to the subject', () => {
    const quotes = quotesOf('Boris Johnson, who traveled to Kyiv in April and met Volodymyr Zelensky, said the West did not want a deal with Russia.');
    expect(quotes.map((q) => q[2])).toEqual(['Boris Johnson']);
  });

  it('reads initialisms, two-name subjects and a cue that follows its clause', () => {
    expect(quotesOf('The S.E.C. said it would increase oversight as well.')[0]?.[1]).toBe('it would increase oversight as well');
    expect(quotesOf('But Chuck Grassley and Patrick Leahy say other changes are needed.').map((q) => q[1])).toEqual(['other changes are needed']);
    expect(quotesOf('They could pressure the lenders to contribute money, said Mark Barrett, the lawyer for the agency.')).toEqual([
      ['indirect', 'They could pressure the lenders to contribute money', 'Mark Barrett'],
    ]);
  });

  it('reads "according to" and claim nouns', () => {
    expect(quotesOf('According to the Institute for the Study of War, Russian forces advanced near Chasiv Yar.')).toEqual([
      ['indirect', 'Russian forces advanced near Chasiv Yar', 'Institute for the Study of War'],
    ]);
    expect(quotesOf('Le Monde’s claims that Ukraine has lost 58,000 men were widely quoted.')[0]?.[2]).toBe('Le Monde');
  });

  it('leaves out reported speech from unnamed sources, as GOLD.md does', () => {
    expect(quotesOf('Western officials say Russia has lost more than 300 tanks near Avdiivka.')).toEqual([]);
  });
});

const ROOT = resolve(import.meta.dirname, '../../..');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');
const SEEDS_GOLD = resolve(ROOT, '../shared/eval/gold/seeds');

describe('the seed articles', () => {
  it.skipIf(!existsSync(SEEDS_GOLD))('finds most gold quotes with their kind, and few others (F1 > 0.85)', () => {
    let gold = 0;
    let pred = 0;
    let matched = 0;
    for (const file of readdirSync(SEEDS_GOLD)) {
      const goldQuotes = JSON.parse(readFileSync(join(SEEDS_GOLD, file), 'utf8')).quotes as Array<{ start: number; end: number; kind: string }>;
      const analysis = analyzeText(readFileSync(join(SEEDS, file.replace('.gold.json', '.txt')), 'utf8'));
      const used = new Set<number>();
      for (const g of goldQuotes) {
        const i = analysis.quotes.findIndex((p, j) => !used.has(j) && p.kind === g.kind && p.start < g.end && g.start < p.end);
        if (i >= 0) used.add(i);
      }
      gold += goldQuotes.length;
      pred += analysis.quotes.length;
      matched += used.size;
    }
    const precision = matched / pred;
    const recall = matched / gold;
    expect(2 * precision * recall / (precision + recall)).toBeGreaterThan(0.85);
  });
});
