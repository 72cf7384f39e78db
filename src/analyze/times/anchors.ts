/**
 * @module analyze/times/anchors
 *
 * Reference dates other than the publication date. A relative date inside a
 * quotation is the speaker's: in «“We were attacked yesterday,” he said on
 * Monday», yesterday is the Sunday before that Monday, whatever day the
 * article came out. The speaker's day is a day-level time standing beside a
 * speech verb next to the quotation, in the same sentence.
 * (The other anchor, the last date the text spoke of, is kept by
 * find-times.ts as it walks through the text.)
 */
import { referenceDay, type Ymd } from './calendar.js';
import { resolve } from './resolve.js';
import type { Candidate } from './types.js';

export interface QuoteSpan {
  start: number;
  end: number;
}

/** Spans of quoted text: “…” pairs, and straight "…" pairs taken two by two. */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”' && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  let straight = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== '"') continue;
    if (straight < 0) straight = i;
    else {
      spans.push({ start: straight, end: i + 1 });
      straight = -1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const SPEECH = /\b(?:said|says|told|tells|stated|wrote|writes|announced|added|declared|posted|tweeted|warned|insisted|claimed|recalled|explained|remarked)\b/i;
const SENTENCE_END = /[.!?]\s/;
/** How far from the quotation its attribution's time may stand, in characters (no sentence end between). */
const ATTRIBUTION_REACH = 160;

/**
 * The day a quoted speaker spoke, where the text states it beside the
 * quotation ("he said on Monday"), resolved against the publication date;
 * null where it does not, or the candidate is not inside a quotation.
 */
export function speechDay(
  candidate: Candidate,
  quotes: readonly QuoteSpan[],
  candidates: readonly Candidate[],
  text: string,
  published: string | null,
): { day: Ymd; value: string } | null {
  const quote = quotes.find((q) => q.start < candidate.start && candidate.end < q.end);
  if (!quote) return null;
  const reference = referenceDay(published);
  if (!reference) return null;
  for (const other of candidates) {
    if (other === candidate || (other.start >= quote.start && other.end <= quote.end)) continue;
    // The attribution may carry an apposition: «…,” General Oleksandr Syrskii, the commander-in-chief of the armed forces, wrote on Sunday».
    const afterQuote = other.start >= quote.end && other.start - quote.end < ATTRIBUTION_REACH;
    const beforeQuote = other.end <= quote.start && quote.start - other.end < ATTRIBUTION_REACH;
    if (!afterQuote && !beforeQuote) continue;
    const between = afterQuote ? text.slice(quote.end, other.start) : text.slice(other.end, quote.start);
    if (SENTENCE_END.test(between)) continue;
    // The speech verb must stand just before the time ("said on Monday", "told reporters Tuesday").
    const lead = text.slice(Math.max(afterQuote ? quote.end : other.start - 40, other.start - 40), other.start);
    if (!SPEECH.test(lead)) continue;
    const resolution = resolve(other.reading, { reference, tense: 'past', anchor: null, focusQuarter: null });
    const point = resolution?.point;
    if (!point || point.gran !== 'day' || point.year === null || resolution.type !== 'DATE') continue;
    return { day: { year: point.year, month: point.month!, day: point.day! }, value: resolution.value };
  }
  return null;
}
