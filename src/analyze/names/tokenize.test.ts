import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it.each([
    ['President Zelensky’s plan.', ['President', 'Zelensky', '’s', 'plan', '.'], 'the possessive is a token of its own, outside the name'],
    ['the U.S. and the U.K. said', ['the', 'U.S.', 'and', 'the', 'U.K.', 'said'], 'dotted abbreviations stay whole'],
    ['Mr. Biden and Gen. Syrskyi', ['Mr.', 'Biden', 'and', 'Gen.', 'Syrskyi'], 'known abbreviations keep their dot'],
    ['shot down 1,000 drones, 3.5 km', ['shot', 'down', '1,000', 'drones', ',', '3.5', 'km'], 'numbers keep their separators'],
    ['(AP) “We won’t,” he said.', ['(', 'AP', ')', '“', 'We', 'wo', 'n’t', ',', '”', 'he', 'said', '.'], 'brackets, quotes and n’t apart, as in the Treebank'],
    ['defeat—not Kharkiv/Kharkov', ['defeat', '—', 'not', 'Kharkiv', '/', 'Kharkov'], 'dashes and slashes between words split'],
    ['the 1996/97 season, 1/2', ['the', '1996/97', 'season', ',', '1/2'], 'slashes between digits do not'],
    ['F-16 jets and O’Brien', ['F-16', 'jets', 'and', 'O’Brien'], 'inner hyphens and apostrophes stay'],
    ['the NATO-Russia war, a CIA-backed coup', ['the', 'NATO', '-', 'Russia', 'war', ',', 'a', 'CIA', '-', 'backed', 'coup'], 'names joined by a hyphen are names apart'],
    ['Jean-Michel in Nagorno-Karabakh', ['Jean-Michel', 'in', 'Nagorno-Karabakh'], 'hyphenated names stay whole'],
    ['Wait... what?!', ['Wait', '...', 'what', '?!'], 'a run of punctuation is one token'],
  ])('%s (%s)', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives spans that slice the text exactly, with nothing but whitespace between them', () => {
    const text = 'Russian troops entered the outskirts of Vovchansk, “the city”, on Friday—officials said (Reuters).\n\nIt’s over.';
    const tokens = tokenize(text);
    let at = 0;
    for (const { start, end } of tokens) {
      expect(text.slice(at, start).trim()).toBe('');
      expect(end).toBeGreaterThan(start);
      at = end;
    }
    expect(text.slice(at).trim()).toBe('');
  });
});
