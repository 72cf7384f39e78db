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
import { contextFeatures, documentContext, wordInfo, type DocumentContext } from './features.js';
import { NerModel, TAGS } from './model.js';
import { entitySpans } from './conll.js';
import type { Span } from '../document.js';
import { conventionalSpan } from './span-rules.js';

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
 * The document context is built from all of its words, as in training;
 * `gazetteerTags` holds the gazetteer's tag for each token (gazetteer-tags.ts).
 */
export function recognize(
  text: string,
  tokens: readonly Span[],
  sentences: ReadonlyArray<[number, number]>,
  gazetteerTags: ReadonlyArray<string | undefined>,
): ModelName[] {
  const ner = loadModel();
  const words = sentences.map(([first, end]) => tokens.slice(first, end).map((t) => text.slice(t.start, t.end)));
  const context = documentContext(words);
  const titleCase = words.map(isTitleCase);
  // Which words the prose (not a Title Case headline, where every word is capitalized) writes in lower case.
  const prose = titleCase.some(Boolean) ? documentContext(words.filter((_, s) => !titleCase[s])) : context;
  const names: ModelName[] = [];
  sentences.forEach(([first, end], s) => {
    const sentenceWords = words[s]!;
    if (sentenceWords.length === 0) return;
    const seen = titleCase[s] ? truecase(sentenceWords, prose) : sentenceWords;
    const infos = seen.map(wordInfo);
    const path = ner.decode(contextFeatures(infos, context, gazetteerTags.slice(first, end)), infos.map((info) => ner.wordScores(info.intrinsic)));
    for (const [from, to, conll] of entitySpans(path.map((t) => TAGS[t]!))) {
      const kept = conventionalSpan(sentenceWords, { first: from, end: to }, conll === 'PER');
      if (!kept) continue;
      names.push({ start: tokens[first + kept.first]!.start, end: tokens[first + kept.end - 1]!.end, conll, tokens: [first + kept.first, first + kept.end] });
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

/**
 * A headline in Title Case ("US Wants to Help Ukraine Retake More Territory")
 * capitalizes words that are not names, which CoNLL's capitals-or-lower
 * training text never showed the model.
 */
function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}$/u.test(w));
  return long.length >= 4 && long.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length / long.length >= 0.7;
}

/**
 * Lower-cases the words of a Title Case line that are function words, or
 * that the rest of the document writes in lower case and never capitalizes
 * mid-sentence. The first word keeps its capital, as any sentence's would.
 */
function truecase(words: readonly string[], context: DocumentContext): string[] {
  return words.map((word, i) => {
    const lower = word.toLowerCase();
    if (i === 0 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return word;
    if (FUNCTION_WORDS.has(lower)) return lower;
    return context.lower.has(lower) && !context.capitalized.has(lower) ? lower : word;
  });
}

const FUNCTION_WORDS = new Set(
  ('a an the and or but nor for so yet to of in on at by with from into onto over under after before as than about against ' +
    'between during without within through is are was were be been has have had do does did will would can could may might must ' +
    'shall should not no its his her their our your my this that these those it he she they we you who what when where why how ' +
    'more most less up down out off again new says said').split(' '),
);
