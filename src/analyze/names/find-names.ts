/**
 * @module analyze/names/find-names
 *
 * The whole recognizer over one text: the gazetteer's scan, the model over
 * each sentence (with the scan as features), the two merged into typed
 * names, and the place rules over those (place-rules.ts). The names
 * annotator, the benchmark and the tests call this.
 */
import type { Span } from '../document.js';
import type { Name } from './types.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { tagsFromMatches } from './gazetteer-tags.js';
import { recognize, sentenceTokenRanges } from './recognizer.js';
import { mergeNames } from './merge.js';
import { placeRules, type PlaceDecision, type PlaceKnowledge } from './place-rules.js';

export function findNames(text: string, tokens: readonly Span[], sentences: readonly Span[], options: { knowledge?: PlaceKnowledge; decisions?: PlaceDecision[] } = {}): Name[] {
  const matches = loadGazetteer().scan(text, tokens);
  const found = recognize(text, tokens, sentenceTokenRanges(tokens, sentences), tagsFromMatches(matches, tokens));
  return placeRules(text, tokens, mergeNames(found, matches), options.knowledge, options.decisions);
}
