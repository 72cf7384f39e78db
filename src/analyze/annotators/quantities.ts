/**
 * @module analyze/annotators/quantities
 *
 * The `quantities` layer (FORMAT.md's Quantity): every count, percentage,
 * sum of money, length, mass or volume (quantities/ finds and normalizes
 * them). Reads names, so that numbers inside names are left alone, times,
 * so that dates and durations stay times, and quotes, for who claims each
 * figure (`attributedTo`: the speaker of the quote it stands in).
 */
import type { Annotator } from '../pipeline.js';
import type { Document, Span } from '../document.js';
import type { Name } from '../names/types.js';
import { findQuantities } from '../quantities/find-quantities.js';
import { claimantOf } from '../quotes/claimant.js';
import type { QuoteSpan } from '../quotes/types.js';
import type { FoundQuantity } from '../quantities/types.js';

export const quantitiesAnnotator: Annotator = {
  name: 'quantities',
  requires: ['sentences', 'names', 'times', 'quotes'],
  assigns: ['quantities'],
  languages: ['en'],
  annotate(doc: Document) {
    const found = findQuantities({
      text: doc.text,
      sentences: doc.layer<Span>('sentences'),
      names: doc.layer<Name>('names'),
      times: doc.layer<Span>('times'),
    });
    const quotes = doc.layer<QuoteSpan>('quotes');
    doc.addLayer<QuantitySpan>('quantities', found.map((q) => ({ ...q, attributedTo: claimantOf(q, quotes) })));
  },
};

/** A span of the quantities layer: a found quantity with who claims it. */
export interface QuantitySpan extends FoundQuantity {
  attributedTo: string | null;
}
