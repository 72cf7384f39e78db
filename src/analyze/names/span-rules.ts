/**
 * @module analyze/names/span-rules
 *
 * CoNLL's span conventions, enforced on what the model proposes: a name
 * does not begin or end with punctuation or a quotation mark, carries no
 * determiner ("The Washington Post" → "Washington Post") and no title
 * ("Lt. Colonel Ihor Hryb" → "Ihor Hryb", "President Zelensky" → "Zelensky").
 */
import type { Span } from '../document.js';

/** Words that name an office or rank, not the person: dropped from the front of a PERSON name. */
const TITLES = new Set(
  [
    'president', 'vice', 'prime', 'minister', 'chancellor', 'secretary', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.',
    'mayor', 'general', 'gen.', 'lieutenant', 'lt.', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.',
    'admiral', 'adm.', 'marshal', 'commander', 'commander-in-chief', 'chief', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr',
    'prof.', 'professor', 'pope', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady', 'ambassador', 'spokesman',
    'spokeswoman', 'spokesperson', 'deputy', 'foreign', 'defence', 'defense', 'speaker', 'leader', 'patriarch', 'metropolitan',
    'private', 'pte.', 'corporal', 'cpl.', 'commissioner', 'director', 'judge', 'justice', 'attorney', 'envoy',
  ],
);
const DETERMINERS = new Set(['the', 'a', 'an']);

export interface TokenSpan {
  /** Token indices [first, end). */
  first: number;
  end: number;
}

/**
 * The tokens of a proposed name that CoNLL's conventions keep, or null when
 * none are left. `isPerson` allows dropping titles.
 */
export function conventionalSpan(words: readonly string[], span: TokenSpan, isPerson: boolean): TokenSpan | null {
  let { first, end } = span;
  const isPunctuation = (w: string) => !/[\p{L}\p{N}]/u.test(w);
  for (;;) {
    const word = words[first];
    if (first >= end || word === undefined) return null;
    const lower = word.toLowerCase();
    // A determiner or title goes only when a capitalized word is left after it: "The Hague" stays whole if nothing else is there.
    const nextIsName = first + 1 < end && /^\p{Lu}/u.test(words[first + 1] ?? '');
    if (isPunctuation(word)) first++;
    else if (DETERMINERS.has(lower) && nextIsName) first++;
    else if (isPerson && TITLES.has(lower) && nextIsName) first++;
    else break;
  }
  while (end > first && isPunctuation(words[end - 1]!)) end--;
  return end > first ? { first, end } : null;
}

/** The character span of tokens [first, end). */
export function charSpan(tokens: readonly Span[], span: TokenSpan): Span {
  return { start: tokens[span.first]!.start, end: tokens[span.end - 1]!.end };
}
