/**
 * @module analyze/names/find-names
 *
 * The whole recognizer over one text: the gazetteer's scan, the model over
 * each sentence (with the scan as features), and the two merged into typed
 * names. The names annotator, the benchmark and the tests call this.
 */
import type { Span } from '../document.js';
import type { Name } from './types.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { tagsFromMatches } from './gazetteer-tags.js';
import { recognize, sentenceTokenRanges } from './recognizer.js';
import { mergeNames } from './merge.js';

export function findNames(text: string, tokens: readonly Span[], sentences: readonly Span[]): Name[] {
  const matches = loadGazetteer().scan(text, tokens);
  const found = recognize(text, tokens, sentenceTokenRanges(tokens, sentences), tagsFromMatches(matches, tokens));
  return mergeNames(found, matches);
}
