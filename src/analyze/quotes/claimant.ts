/**
 * @module analyze/quotes/claimant
 *
 * Who claims what a span says: the speaker of the quote it stands in. Direct
 * quotes and reported clauses ("Syrskiy said that the Kremlin is massing
 * 45,000 troops", "according to Kyiv, 38 of 63 drones were shot down")
 * cover the spans they attribute, so a figure inside one is its speaker's.
 * The innermost quote wins: a figure quoted inside an outlet's report is the
 * quoted speaker's, not the outlet's.
 */
import type { Span } from '../document.js';
import type { QuoteSpan } from './types.js';

export function claimantOf(span: Span, quotes: readonly QuoteSpan[]): string | null {
  let best: QuoteSpan | null = null;
  for (const quote of quotes) {
    if (quote.start <= span.start && span.end <= quote.end && (!best || quote.end - quote.start < best.end - best.start)) best = quote;
  }
  return best?.speaker ?? null;
}
