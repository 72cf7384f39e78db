/**
 * @module analyze/identity/forms
 *
 * A name's form: the surface text made comparable. The recognizer follows
 * CoNLL (no titles, no determiners, possessive outside), but a span from a
 * rule or a gazetteer may still carry "the", a title or a stray "'s"; the
 * form drops them so that "President Zelensky" and "Zelensky" compare equal.
 * The mention itself keeps its span and text.
 */
import type { MentionType } from '../names/types.js';

/** Titles that may open a person's span; dropped from the form, several in a row ("Former President"). */
const PERSON_TITLES = new Set([
  'president', 'former', 'ex-president', 'prime', 'minister', 'chancellor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.',
  'gen', 'gen.', 'general', 'lt', 'lt.', 'col', 'col.', 'colonel', 'capt', 'capt.', 'captain', 'sgt', 'sgt.',
  'adm', 'adm.', 'admiral', 'marshal', 'commander', 'commander-in-chief', 'rep', 'rep.', 'sen', 'sen.', 'senator', 'gov', 'gov.',
  'governor', 'mayor', 'king', 'queen', 'pope', 'sir', 'foreign', 'defence', 'defense', 'secretary', 'speaker',
]);

/** The surface made a form: space collapsed, a stray possessive, "the" and (for people) titles dropped. */
export function cleanForm(surface: string, type: MentionType): string {
  let form = surface.replace(/\s+/gu, ' ').trim();
  form = form.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
  form = form.replace(/[,;:!?]+$/u, '').trim();
  form = form.replace(/^the\s+/iu, '');
  if (type === 'PERSON') {
    const words = form.split(' ');
    while (words.length > 1 && PERSON_TITLES.has(words[0]!.toLowerCase())) words.shift();
    form = words.join(' ');
  }
  return form;
}

export function wordsOf(form: string): string[] {
  return form.split(/\s+/u).filter((word) => word.length > 0);
}

/** An initial: "V." or "V". */
export function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

/** A person's words without middle initials or a generation ("Joseph R. Biden Jr." → Joseph, Biden). */
export function personWords(form: string): string[] {
  const words = wordsOf(form.replace(/,?\s+(?:jr|sr)\.?$|\s+(?:ii|iii|iv)$/iu, ''));
  if (words.length <= 2) return words;
  return words.filter((word, i) => i === 0 || i === words.length - 1 || !isInitial(word));
}

/** "NATO", "CIA", "U.S.", "DPRK": two to eight capitals, dotted or not. */
export function isAcronym(form: string): boolean {
  return /^(?:\p{Lu}\.){2,8}$/u.test(form) || /^\p{Lu}(?:\p{Lu}|&){1,7}$/u.test(form);
}

/** The letters of an acronym, upper-cased, dots dropped: "U.S." → "US". */
export function acronymLetters(form: string): string {
  return form.replace(/[.&]/gu, '').toUpperCase();
}

/** Words an acronym usually skips: "North Atlantic Treaty Organization" → NATO, "Armed Forces of Ukraine" → AFU. */
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', '&', 'de', 'du', 'la', 'le', 'des']);

/**
 * Whether an acronym abbreviates a longer form: its letters are the initials
 * of the form's words (hyphenated parts count: "Co-operation" gives C),
 * with or without the function words.
 */
export function abbreviates(acronym: string, form: string): boolean {
  const letters = acronymLetters(acronym);
  const parts = form.split(/[\s-]+/u).filter((part) => /\p{L}/u.test(part));
  if (parts.length < 2) return false;
  const all = parts.map((part) => part[0]!.toUpperCase()).join('');
  const content = parts
    .filter((part) => !FUNCTION_WORDS.has(part.toLowerCase()))
    .map((part) => part[0]!.toUpperCase())
    .join('');
  return letters === all || letters === content;
}
