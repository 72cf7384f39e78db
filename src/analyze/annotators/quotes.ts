/**
 * @module analyze/annotators/quotes
 *
 * The `quotes` layer (FORMAT.md's Quote): direct quotes in quotation marks
 * and reported speech, each with its cue and its speaker resolved to an
 * entity (quotes/ does the work; find-quotes.ts says how). Reads mentions,
 * so that a speaker is an entity of the document.
 */
import type { Annotator } from '../pipeline.js';
import type { Document, Span } from '../document.js';
import type { MentionSpan } from '../identity/types.js';
import { findQuotes } from '../quotes/find-quotes.js';

export type { QuoteSpan } from '../quotes/types.js';

export const quotesAnnotator: Annotator = {
  name: 'quotes',
  requires: ['sentences', 'mentions'],
  assigns: ['quotes'],
  languages: ['en'],
  annotate(doc: Document) {
    doc.addLayer('quotes', findQuotes({ text: doc.text, sentences: doc.layer<Span>('sentences'), mentions: doc.layer<MentionSpan>('mentions') }));
  },
};
