/**
 * The shipped model: it loads, it scores above a floor on CoNLL-2003 text it
 * was tuned on but not trained on, and it finds the names of real sentences.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, recognize, sentenceTokenRanges } from './recognizer.js';
import { tagsFromMatches } from './gazetteer-tags.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { parseConll, entitySpans } from './conll.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from '../annotators/sentences.js';

const VALID = resolve(import.meta.dirname, '../../../../shared/data/conll2003/valid.txt');

/** The model's own names (before the merge with the gazetteer), with the gazetteer's tags as features, as in training. */
function modelNames(text: string) {
  const tokens = tokenize(text);
  const tags = tagsFromMatches(loadGazetteer().scan(text, tokens), tokens);
  return recognize(text, tokens, sentenceTokenRanges(tokens, splitSentences(text)), tags);
}

function names(text: string) {
  return modelNames(text).map((n) => [text.slice(n.start, n.end), n.conll]);
}

describe('the shipped name model', () => {
  it('loads, and is small', () => {
    const model = loadModel();
    expect(model.featureCount).toBeGreaterThan(50_000);
    expect(model.weights.length).toBe(model.featureCount * 9);
  });

  it('was trained with the gazetteer that ships (rebuild the gazetteer, then run `npm run train:ner`)', () => {
    const models = resolve(import.meta.dirname, '../../../models');
    const report = JSON.parse(readFileSync(resolve(models, 'ner.report.json'), 'utf8'));
    const shipped = createHash('sha256').update(readFileSync(resolve(models, 'gazetteer.json.gz'))).digest('hex');
    expect(report.gazetteer.sha256).toBe(shipped);
    expect(report.validF1).toBeGreaterThan(0.88);
  });

  it.each([
    [
      'Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Friday.',
      [['Ukrainian', 'MISC'], ['Volodymyr Zelensky', 'PER'], ['German', 'MISC'], ['Olaf Scholz', 'PER'], ['Berlin', 'LOC']],
      'titles stay outside the names; nationalities are MISC in CoNLL',
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('finds the span of a town the 1996 training text never saw, whatever class it guesses (the gazetteer decides types)', () => {
    const found = names('The Kremlin said Russian forces had captured Vuhledar, a town in the Donetsk region.').map(([text]) => text);
    expect(found).toEqual(['Kremlin', 'Russian', 'Vuhledar', 'Donetsk']);
  });

  it.skipIf(!existsSync(VALID))('scores above a floor on the first 60 documents of CoNLL-2003 valid (needs ../shared)', () => {
    const documents = parseConll(readFileSync(VALID, 'utf8')).slice(0, 60);
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const document of documents) {
      const text = document.map((s) => s.words.join(' ')).join('\n');
      const goldSpans = new Set<string>();
      let offset = 0;
      for (const sentence of document) {
        const starts: number[] = [];
        let at = offset;
        for (const word of sentence.words) {
          starts.push(at);
          at += word.length + 1;
        }
        for (const [first, end, type] of entitySpans(sentence.tags)) {
          goldSpans.add(`${starts[first]}:${starts[end - 1]! + sentence.words[end - 1]!.length}:${type}`);
        }
        offset = at;
      }
      const found = modelNames(text).map((n) => `${n.start}:${n.end}:${n.conll}`);
      gold += goldSpans.size;
      predicted += found.length;
      tp += found.filter((f) => goldSpans.has(f)).length;
    }
    const p = tp / predicted;
    const r = tp / gold;
    expect(gold).toBeGreaterThan(500);
    expect((2 * p * r) / (p + r)).toBeGreaterThan(0.85);
  });
});
