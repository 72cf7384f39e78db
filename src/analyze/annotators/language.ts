/**
 * @module analyze/annotators/language
 *
 * Tells the document's language when the metadata does not. franc's trigram
 * model is reliable on a paragraph of text and guesswork on a line, so a
 * short Latin-script text is left unknown (and read as English, with a note)
 * rather than mislabelled and skipped.
 */
import { francAll } from 'franc-min';
import { fromIso6393 } from '../../common/languages.js';
import type { Annotator } from '../pipeline.js';
import type { Document } from '../document.js';

/** Below this many letters franc's guess is not worth trusting (it takes a Cyrillic headline for Serbian). */
const MIN_LETTERS_FOR_GUESS = 60;
const SAMPLE_CHARS = 4000;

export const languageAnnotator: Annotator = {
  name: 'language',
  requires: [],
  assigns: ['meta.language'],
  languages: 'any',
  annotate(doc: Document) {
    if (doc.meta.language) return;
    const language = detectLanguage(doc.text);
    if (language) doc.inferMeta('language', language, 'detected');
    else doc.notes.push('language could not be told from so little text; read as English');
  },
};

/**
 * The text's language (common/languages.ts codes), or null when it cannot be
 * told. A text in another script that is too short for franc is still
 * certainly not English: it gets "und-<Script>" and is not read as English.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const mostlyLatin = latin / letters > 0.5;
  const unknown = mostlyLatin ? null : `und-${dominantScript(sample)}`;
  if (letters < MIN_LETTERS_FOR_GUESS) return unknown;
  const [best] = francAll(sample, { minLength: 10 });
  return !best || best[0] === 'und' ? unknown : fromIso6393(best[0]);
}

const SCRIPTS = ['Cyrillic', 'Arabic', 'Hebrew', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Thai', 'Georgian', 'Armenian'];
const SCRIPT_CODES: Record<string, string> = {
  Cyrillic: 'Cyrl', Arabic: 'Arab', Hebrew: 'Hebr', Greek: 'Grek', Han: 'Hani', Hiragana: 'Jpan', Katakana: 'Jpan',
  Hangul: 'Kore', Devanagari: 'Deva', Thai: 'Thai', Georgian: 'Geor', Armenian: 'Armn',
};

function dominantScript(sample: string): string {
  let best = 'Zyyy';
  let most = 0;
  for (const script of SCRIPTS) {
    const count = sample.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0;
    if (count > most) {
      most = count;
      best = SCRIPT_CODES[script] ?? best;
    }
  }
  return best;
}
