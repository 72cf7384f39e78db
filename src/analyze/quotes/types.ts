/**
 * @module analyze/quotes/types
 *
 * What the quotes layer holds: FORMAT.md's Quote, with what the speaker
 * phrase said when it named nobody ("an administration official") and
 * which rule found the quote, so that a wrong one can be traced.
 */
import type { Span } from '../document.js';

export type QuoteKind = 'direct' | 'indirect';

export interface QuoteSpan extends Span {
  kind: QuoteKind;
  /** The entity id of the speaker; null when the text names none (anonymous sources, unresolved pronouns). */
  speaker: string | null;
  /** The verb or phrase that introduces the quote ("said", "told CNN", "according to"). */
  cue: [number, number] | null;
  /** The words that stand for the speaker, when they are not a name ("an administration official", "he"). */
  speakerText?: string;
  /** Where the words standing for the speaker are, when the text has them beside this quote. */
  speakerSpan?: [number, number];
  /** How the quote and its speaker were found: which position of the cue, which resolution of the speaker. */
  rule: string;
}
