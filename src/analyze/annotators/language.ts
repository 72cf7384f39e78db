/**
 * @module analyze/annotators/language
 *
 * Tells the document's language when the metadata does not. franc's trigram
 * model is reliable on a paragraph of text and guesswork on a line, so a
 * short Latin-script text is left unknown (and read as English, with a note)
 * rather than mislabelled and skipped.
 */
import { francAll } from 'franc-min';
import type { Annotator } from '../pipeline.js';
import type { Document } from '../document.js';

/** franc answers ISO 639-3; the format speaks ISO 639-1 where one exists. */
const ISO_639_3_TO_1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it',
  nld: 'nl', pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', bul: 'bg', srp: 'sr', hrv: 'hr',
  bos: 'bs', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', tur: 'tr', arb: 'ar', pes: 'fa', heb: 'he',
  hin: 'hi', urd: 'ur', ben: 'bn', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms',
  tha: 'th', ell: 'el', kaz: 'kk', uzn: 'uz', azj: 'az', kat: 'ka', hye: 'hy', amh: 'am', swh: 'sw',
};

/** Below this many letters franc's guess among Latin-script languages is not worth trusting. */
const MIN_LETTERS_FOR_LATIN_GUESS = 60;
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

/** ISO 639-1 (or 639-3 where there is no 639-1 code) of the text's language, or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const [best] = francAll(sample, { minLength: 10 });
  if (!best || best[0] === 'und') return null;
  // A mostly non-Latin text is certainly not English even when franc cannot split Russian from Ukrainian.
  if (latin / letters > 0.5 && letters < MIN_LETTERS_FOR_LATIN_GUESS) return null;
  return ISO_639_3_TO_1[best[0]] ?? best[0];
}
