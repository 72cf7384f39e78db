/**
 * @module analyze/quotes/find-quotes
 *
 * Every quote of a document, direct and indirect, with its speaker. The
 * candidates of both kinds are ordered by where they are spoken and their
 * speakers resolved in that order, so that "he said" can refer to whoever
 * was quoted just before.
 */
import type { Span } from '../document.js';
import type { MentionSpan } from '../identity/types.js';
import { directQuotes } from './direct.js';
import { indirectQuotes } from './indirect.js';
import { SpeakerResolver, type Speaker } from './speakers.js';
import type { QuoteSpan } from './types.js';

export interface QuoteInput {
  text: string;
  sentences: readonly Span[];
  mentions: readonly MentionSpan[];
}

export function findQuotes(input: QuoteInput): QuoteSpan[] {
  const direct = directQuotes(input.text, input.sentences);
  const indirect = indirectQuotes(input.text, input.sentences, direct);
  const resolver = new SpeakerResolver(input.text, input.mentions);
  const quotes: QuoteSpan[] = [];
  for (const candidate of [...direct, ...indirect].sort((a, b) => a.at - b.at || a.start - b.start)) {
    const outer = /^direct-(in-sentence|sentence-subject)$/.test(candidate.rule) ? innermost(quotes, candidate) : undefined;
    const speaker: Speaker = outer ? { entity: outer.speaker, how: 'reported-clause' } : candidate.speaker(resolver);
    // As GOLD.md has it, reported speech is kept where the speaker is named or a pronoun: not from
    // unnamed sources ("officials say", "the governor of Zaporizhzhia reported").
    if (candidate.kind === 'indirect' && !speaker.entity && speaker.how !== 'pronoun') continue;
    quotes.push({
      start: candidate.start,
      end: candidate.end,
      kind: candidate.kind,
      speaker: speaker.entity,
      cue: candidate.cue,
      ...(speaker.text && speaker.how !== 'name' ? { speakerText: speaker.text } : {}),
      ...(speaker.span ? { speakerSpan: speaker.span } : {}),
      rule: `${candidate.rule}/${speaker.how}`,
    });
  }
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The smallest reported clause that holds a span: a short quote inside "Ederer said he had called on Russia to “remain calm”" is Ederer's, not the agency's that reported it all. */
function innermost(quotes: readonly QuoteSpan[], span: { start: number; end: number }): QuoteSpan | undefined {
  let best: QuoteSpan | undefined;
  for (const q of quotes) {
    if (q.kind === 'indirect' && q.start <= span.start && span.end <= q.end + 2 && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}
