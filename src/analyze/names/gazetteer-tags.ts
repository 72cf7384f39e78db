/**
 * @module analyze/names/gazetteer-tags
 *
 * The gazetteer's verdict on each token, as a feature for the recognizer:
 * "B-LOC", "I-ORG"… where a known name starts or goes on, in CoNLL's
 * classes. The model learns from CoNLL's training text how far to trust it
 * (a city's name is often a person's too). Training and recognition derive
 * the tags the same way, from the gazetteer's scan.
 */
import { loadGazetteer, type ScanMatch } from '../gazetteer/gazetteer.js';
import type { MentionType } from './types.js';
import type { Span } from '../document.js';

const CLASS_OF_TYPE: Record<MentionType, string> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', WEAPON: 'MISC', MISC: 'MISC',
};

/** One tag (or undefined) per token, from the scan's matches over those tokens. */
export function tagsFromMatches(matches: readonly ScanMatch[], tokens: readonly Span[]): Array<string | undefined> {
  const tags: Array<string | undefined> = new Array(tokens.length).fill(undefined);
  const indexOfStart = new Map(tokens.map((t, i) => [t.start, i]));
  for (const match of matches) {
    const entry = match.entries[0];
    const first = indexOfStart.get(match.start);
    if (!entry || first === undefined) continue;
    const cls = CLASS_OF_TYPE[entry.type];
    for (let i = first; i < tokens.length && tokens[i]!.end <= match.end; i++) tags[i] = `${i === first ? 'B' : 'I'}-${cls}`;
  }
  return tags;
}

/** For training on CoNLL's tokens: the tags of a sentence given as words. */
export function tagWords(words: readonly string[]): Array<string | undefined> {
  const tokens: Span[] = [];
  let text = '';
  for (const word of words) {
    if (text) text += ' ';
    tokens.push({ start: text.length, end: text.length + word.length });
    text += word;
  }
  return tagsFromMatches(loadGazetteer().scan(text, tokens), tokens);
}
