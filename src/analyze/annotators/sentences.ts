/**
 * @module analyze/annotators/sentences
 *
 * Sentence boundaries from ICU's rules (Intl.Segmenter, built into Node), then
 * one refiner of ours: ICU breaks after every "U.S." or "Gen." followed by a
 * capital, which news text is full of, so a break after a known abbreviation
 * or an initial is undone. Line breaks always end a sentence (headlines,
 * by-lines and datelines stand on lines of their own).
 */
import type { Annotator } from '../pipeline.js';
import type { Document, Span } from '../document.js';

/** Abbreviations after which a full stop does not end a sentence (lower-cased, without the final dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov', 'sen',
  'rep', 'pres', 'st', 'mt', 'ft', 'jr', 'sr', 'rev', 'hon', 'vs', 'approx', 'dept', 'corp',
  'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u',
  'u.s.a', 'e.g', 'i.e',
]);

/** A sentence layer span; the format writes it as a `[start, end]` pair. */
export type Sentence = Span;

export const sentencesAnnotator: Annotator = {
  name: 'sentences',
  requires: [],
  assigns: ['sentences'],
  languages: 'any',
  annotate(doc: Document) {
    doc.addLayer<Sentence>('sentences', splitSentences(doc.text, doc.meta.language ?? 'en'));
  },
};

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    const locale = Intl.Segmenter.supportedLocalesOf([language]).length > 0 ? language : 'en';
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

export function splitSentences(text: string, language = 'en'): Sentence[] {
  const raw: Sentence[] = [];
  for (const { index, segment } of segmenterFor(language).segment(text)) {
    raw.push({ start: index, end: index + segment.length });
  }
  return mergeAfterAbbreviations(text, raw).map((s) => trim(text, s)).filter((s) => s.end > s.start);
}

function mergeAfterAbbreviations(text: string, segments: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const segment of segments) {
    const previous = merged[merged.length - 1];
    if (previous && endsWithAbbreviation(text.slice(previous.start, previous.end))) {
      previous.end = segment.end;
    } else {
      merged.push({ ...segment });
    }
  }
  return merged;
}

function endsWithAbbreviation(segment: string): boolean {
  // A break that ICU took at a line end is a real one, whatever precedes it.
  if (/\n\s*$/.test(segment)) return false;
  const match = /(?:^|[\s(“"'‘])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(segment);
  if (!match?.[1]) return false;
  const word = match[1];
  if (/^[A-Z]$/.test(word)) return true; // an initial: "Vladimir V. Putin"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function trim(text: string, span: Sentence): Sentence {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
