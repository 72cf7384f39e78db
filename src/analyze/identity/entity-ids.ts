/**
 * @module analyze/identity/entity-ids
 *
 * The id of an entity, the same in every document and every run:
 *
 * - the gazetteer entry's id, when the entity's name matched an entry
 *   (gazetteer-match.ts decides which);
 * - otherwise a slug of its name made from the transliteration-folded
 *   spelling (transliteration.ts `foldSpelling`), so that "Oleksandr
 *   Syrskiy" in one outlet and "Oleksandr Syrskyi" in another get one id
 *   with no entry for him: lower-case ASCII words joined by "-", a person's
 *   middle initials dropped ("Vladimir V. Putin" → vladimir-putin), an
 *   acronym's dots dropped ("U.S." → us);
 * - a nationality no entry knows is named for the people, in the plural
 *   (FORMAT.md: "Russian" → Russians), so that "German" in one article and
 *   "Germans" in another meet: peopleName("German") = "Germans".
 *
 * No counter, no randomness, nothing that depends on the order documents
 * come in: the id is a function of the name alone.
 */
import { createHash } from 'node:crypto';
import type { MentionType } from '../names/types.js';
import { nameKey, slugify } from '../gazetteer/gazetteer.js';
import { acronymLetters, isAcronym, personWords, wordsOf } from './forms.js';
import { foldSpelling } from './transliteration.js';

/** The id of a name that no gazetteer entry matched. */
export function nameId(form: string, type: MentionType): string {
  const text = isAcronym(form) ? acronymLetters(form) : (type === 'PERSON' ? personWords(form) : wordsOf(form)).join(' ');
  const slug = slugify(foldSpelling(text)) || slugify(text);
  // A name in a script with no ASCII letters still gets a stable id.
  return slug || `name-${createHash('sha256').update(nameKey(form), 'utf8').digest('hex').slice(0, 12)}`;
}

/** A people's name from a nationality word: "German" → "Germans", "Trotskyist" → "Trotskyists"; "French", "Swiss", "Chinese" stay. */
export function peopleName(form: string): string {
  return /(?:ese|sh|ch|ss|x|z|s)$/iu.test(form) ? form : `${form}s`;
}
