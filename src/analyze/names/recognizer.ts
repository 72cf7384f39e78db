/**
 * @module analyze/names/recognizer
 *
 * Names in a document's tokens: the trained model tags each sentence
 * (IOB2 over CoNLL's four classes), and its spans become typed names. The
 * model ships in models/ner.bin.gz (built by `npm run train:ner`) and is
 * loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentContext, sentenceFeatures } from './features.js';
import { NerModel, TAGS } from './model.js';
import { entitySpans } from './conll.js';
import type { GazetteerTagger } from './gazetteer-tags.js';
import type { Span } from '../document.js';

export const MODEL_FILE = fileURLToPath(new URL('../../../models/ner.bin.gz', import.meta.url));

let model: NerModel | null = null;

export function loadModel(): NerModel {
  model ??= NerModel.deserialize(readFileSync(MODEL_FILE));
  return model;
}

/** A span the model found, with its CoNLL class (PER, ORG, LOC, MISC). */
export interface ModelName extends Span {
  conll: string;
  /** Indices of its first and last-plus-one tokens. */
  tokens: [number, number];
}

/**
 * Tags every sentence (token index ranges `[first, end)`) of a document.
 * The document context is built from all of its words, as in training.
 */
export function recognize(text: string, tokens: readonly Span[], sentences: ReadonlyArray<[number, number]>, tagger: GazetteerTagger = null): ModelName[] {
  const ner = loadModel();
  const words = sentences.map(([first, end]) => tokens.slice(first, end).map((t) => text.slice(t.start, t.end)));
  const context = documentContext(words);
  const names: ModelName[] = [];
  sentences.forEach(([first], s) => {
    const sentenceWords = words[s]!;
    if (sentenceWords.length === 0) return;
    const path = ner.decode(sentenceFeatures(sentenceWords, context, tagger?.(sentenceWords)));
    for (const [from, to, conll] of entitySpans(path.map((t) => TAGS[t]!))) {
      names.push({ start: tokens[first + from]!.start, end: tokens[first + to - 1]!.end, conll, tokens: [first + from, first + to] });
    }
  });
  return names;
}

/** Token index ranges of each sentence span: a token belongs to the sentence its start falls in. */
export function sentenceTokenRanges(tokens: readonly Span[], sentences: readonly Span[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.start < sentence.end) t++;
    ranges.push([first, t]);
  }
  return ranges;
}
