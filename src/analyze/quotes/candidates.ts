/**
 * @module analyze/quotes/candidates
 *
 * A quote before its speaker is known: the speaker is resolved in text
 * order (find-quotes.ts), because a pronoun refers back to whoever was
 * quoted last.
 */
import type { QuoteKind } from './types.js';
import type { Speaker, SpeakerResolver } from './speakers.js';

export interface QuoteCandidate {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: [number, number] | null;
  /** Where the quote stands in the order of speaking: its cue or its start, whichever comes first. */
  at: number;
  rule: string;
  speaker(resolver: SpeakerResolver): Speaker;
}
