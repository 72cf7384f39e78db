/**
 * @module analyze/quantities/find-quantities
 *
 * Every count, percentage, sum of money, length, mass or volume in a text.
 *
 * One regex finds the number-like places (a digit, a currency sign, a number
 * word); only the lines holding one are tokenized (tokens.ts) and read
 * (assemble.ts). The times and names layers are masks over the text, so that
 * "more than 1,000 days", "20 May 2024" and "Hwasong-11" stay theirs.
 * Conversions ("900 kilometers (560 miles)") are linked last.
 */
import type { Span } from '../document.js';
import { MENTION_TYPES } from '../names/types.js';
import type { FoundQuantity, QuantityInput } from './types.js';
import { quantitiesInLine, type LineContext } from './assemble.js';
import { NUMBER_WORDS } from './numerals.js';
import { tokenize } from './tokens.js';

/** Where a quantity may begin: a digit, a currency sign, or a number word (whole words only). */
const CANDIDATE = new RegExp(`\\d|[$£€¥₴₽₹]|(?<![\\p{L}\\p{N}])(?:${NUMBER_WORDS.join('|')})(?![\\p{L}])`, 'giu');

export function findQuantities(input: QuantityInput): FoundQuantity[] {
  const { text } = input;
  const times = spanMask(text.length, input.times, () => 1);
  const names = spanMask(text.length, input.names, (n) => MENTION_TYPES.indexOf(n.type) + 1);
  const sentenceStarts = new Set(input.sentences.map((s) => firstCharAt(text, s.start)));
  const ctx: LineContext = {
    inTime: (offset) => times[offset] === 1,
    nameType: (offset) => (names[offset] ? MENTION_TYPES[names[offset]! - 1] ?? null : null),
    sentenceStart: (offset) => sentenceStarts.has(offset),
    inTimes: (start, end) => {
      for (let k = start; k < end; k += 1) if (times[k]) return true;
      return false;
    },
    nameIn: (start, end) => {
      for (let k = start; k < end; k += 1) if (names[k]) return MENTION_TYPES[names[k]! - 1] ?? null;
      return null;
    },
  };

  const found: FoundQuantity[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const newline = text.indexOf('\n', m.index);
    const lineEnd = newline < 0 ? text.length : newline;
    found.push(...quantitiesInLine(tokenize(text, lineStart, lineEnd), ctx));
    CANDIDATE.lastIndex = lineEnd;
  }
  linkConversions(text, found);
  return found;
}

/** A Uint8Array over the text: each character's code (a name's type, 1 for a time), 0 outside every span. */
function spanMask<T extends Span>(length: number, spans: readonly T[], code: (span: T) => number): Uint8Array {
  const mask = new Uint8Array(length);
  for (const s of spans) mask.fill(code(s), Math.max(0, s.start), Math.min(length, s.end));
  return mask;
}

function firstCharAt(text: string, offset: number): number {
  let k = offset;
  while (k < text.length && /\s/.test(text[k]!)) k += 1;
  return k;
}

/** Between a quantity and its restatement in other units: "900 kilometers (560 miles)", "£20m, or $25m,". */
const CONVERSION_GAP = /^\s*(?:\(|,?\s*or|,)\s*(?:about|around|roughly|approximately|some|nearly|almost|more than|over|~)?\s*$/;

/** Marks the second of two neighbouring measures of one dimension, in different units, as a conversion of the first. */
function linkConversions(text: string, found: FoundQuantity[]): void {
  for (let q = 1; q < found.length; q += 1) {
    const a = found[q - 1]!;
    const b = found[q]!;
    if (a.dimension === 'count' || a.dimension === 'percent' || a.dimension !== b.dimension || a.unit === b.unit || a.conversionOf !== undefined) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 24 || !CONVERSION_GAP.test(gap)) continue;
    if (gap.includes('(') && !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
    b.conversionOf = q - 1;
  }
}
