import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences, sentencesAnnotator } from './sentences.js';
import { Document } from '../document.js';
import { emptyMeta } from '../../format/analysis.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds', import.meta.url));

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences: abbreviations and initials do not end a sentence', () => {
  it.each([
    // reason: "U.S." before a capitalised noun; ICU alone breaks after it
    [
      'The aid package was stalled in the U.S. Congress for six months by Republican opposition. Ukraine rationed its artillery shells.',
      ['The aid package was stalled in the U.S. Congress for six months by Republican opposition.', 'Ukraine rationed its artillery shells.'],
    ],
    // reason: a military rank before a name; ICU alone breaks after "Gen."
    [
      'Ukraine’s top commander, Gen. Oleksandr Syrskyi, said Russian forces had intensified attacks near Pokrovsk. He asked for more air defence.',
      ['Ukraine’s top commander, Gen. Oleksandr Syrskyi, said Russian forces had intensified attacks near Pokrovsk.', 'He asked for more air defence.'],
    ],
    // reason: a middle initial (NYT style); ICU alone breaks after "V."
    [
      'President Vladimir V. Putin had just invaded Crimea in 2014 when Mr. Bausman said he had an idea. The idea was a bank.',
      ['President Vladimir V. Putin had just invaded Crimea in 2014 when Mr. Bausman said he had an idea.', 'The idea was a bank.'],
    ],
    // reason: an honorific opening the sentence (NYT style); ICU alone breaks after "Mr."
    [
      'Mr. Biden argued that the two countries would add to the alliance’s firepower. Finland shares a long border with Russia.',
      ['Mr. Biden argued that the two countries would add to the alliance’s firepower.', 'Finland shares a long border with Russia.'],
    ],
    // reason: "U.S." inside a sentence before an organisation name, from the guardian-nyt corpus
    [
      'Marc Fogel, a teacher who previously worked for the U.S. Embassy in Moscow, was convicted of drug smuggling, according to his family. He was sentenced to 14 years.',
      ['Marc Fogel, a teacher who previously worked for the U.S. Embassy in Moscow, was convicted of drug smuggling, according to his family.', 'He was sentenced to 14 years.'],
    ],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('an ordinary full stop still ends a sentence', () => {
    expect(sentencesOf('Russian troops took Vuhledar. Pokrovsk is next, analysts say. Kyiv denies it.')).toEqual([
      'Russian troops took Vuhledar.',
      'Pokrovsk is next, analysts say.',
      'Kyiv denies it.',
    ]);
  });
});

describe('splitSentences: lines', () => {
  it('a headline line followed by a blank line is its own sentence', () => {
    const text =
      'Russia launches offensive on Kharkov as NATO threatens escalation in Ukraine\n\nSince the end of last week, Russian army units have attacked southwards into Ukraine. It is now evident that this is a significant offensive.';
    expect(sentencesOf(text)).toEqual([
      'Russia launches offensive on Kharkov as NATO threatens escalation in Ukraine',
      'Since the end of last week, Russian army units have attacked southwards into Ukraine.',
      'It is now evident that this is a significant offensive.',
    ]);
  });

  it('a line ending in an abbreviation still ends at the line break', () => {
    // reason: a headline can end with "U.S."; the paragraph below is a new sentence
    expect(sentencesOf('Ukraine aid stalls in the U.S.\n\nCongress has not voted on the package.')).toEqual([
      'Ukraine aid stalls in the U.S.',
      'Congress has not voted on the package.',
    ]);
  });

  it('a by-line at the end stands apart from the paragraph before it', () => {
    const text = 'We must continue to push for a ceasefire and peace talks.\n\n20 May 2024 by Andrew Murray\n\nSign Up\n';
    expect(sentencesOf(text)).toEqual(['We must continue to push for a ceasefire and peace talks.', '20 May 2024 by Andrew Murray', 'Sign Up']);
  });

  it('sentence spans never begin or end with whitespace', () => {
    const text = '  \n Kyiv said the attack failed.   Moscow said it succeeded.\u00a0\n\n\tBoth sides claimed victory. \r\n';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Kyiv said the attack failed.', 'Moscow said it succeeded.', 'Both sides claimed victory.']);
    for (const s of spans) {
      expect(text[s.start]).toMatch(/\S/);
      expect(text[s.end - 1]).toMatch(/\S/);
    }
  });

  it('text with no words gives no sentences', () => {
    expect(splitSentences('  \n\n \t')).toEqual([]);
    expect(splitSentences('')).toEqual([]);
  });

  it('the annotator adds the layer to the document', () => {
    const doc = new Document('Kyiv was quiet. Kharkiv was not.', emptyMeta());
    sentencesAnnotator.annotate(doc);
    expect(doc.layer('sentences')).toEqual([
      { start: 0, end: 15 },
      { start: 16, end: 32 },
    ]);
  });
});

const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!existsSync(SEEDS))('sentences on the seed articles (skipped when ../shared/corpus/seeds is absent)', () => {
  it('there are seed articles to check', () => {
    expect(seedFiles.length).toBeGreaterThan(0);
  });

  it.each(seedFiles)('%s: ordered, non-overlapping, inside the text, covering every non-whitespace character', (file) => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(10);
    const covered = new Uint8Array(text.length);
    let previousEnd = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text[s.start]).toMatch(/\S/);
      expect(text[s.end - 1]).toMatch(/\S/);
      covered.fill(1, s.start, s.end);
      previousEnd = s.end;
    }
    const missed: string[] = [];
    for (let i = 0; i < text.length; i++) if (!covered[i] && /\S/.test(text[i]!)) missed.push(`${i}:${text[i]}`);
    expect(missed).toEqual([]);
  });
});
