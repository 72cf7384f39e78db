/**
 * @module analyze/quotes/words
 *
 * Word-level views of a stretch of text for the attribution rules: the
 * words with their offsets, so a rule can walk back from a cue to its
 * subject or forward to its clause without re-tokenizing.
 */
import type { Span } from '../document.js';

export interface Word extends Span {
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
}

/** Abbreviations that keep their full stop, so "Mr. Bush said" is one subject ("U.S." keeps its own). */
const TITLE_ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Prof|Rev|St|Jr|Sr|Amb|Pres)\./;

/** Initialisms written with stops ("S.E.C.", "U.S."): one word, full stop and all, so the subject does not end at it. */
const INITIALISM = /(?:\p{Lu}\.){2,}/u;

const WORD = new RegExp(`${TITLE_ABBREVIATION.source}|${INITIALISM.source}|[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}.'’\\-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}]`, 'gu');

/** Words and single punctuation marks (a possessive "’s" stays on its word). */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const re = WORD;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return words;
}

/** A word is a single punctuation mark. */
export function isPunct(word: Word): boolean {
  return !/[\p{L}\p{N}]/u.test(word.text);
}

/** The word without a possessive ending: "Monde’s" → "monde". */
export function stem(word: Word): string {
  return word.lower.replace(/'s$|'$/, '');
}

export function isPossessive(word: Word): boolean {
  return /['’]s?$/.test(word.text) && word.text.length > 2;
}
