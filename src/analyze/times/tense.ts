/**
 * @module analyze/times/tense
 *
 * Which way a date without a year or a week points: "the talks will resume
 * on Monday" (the coming Monday) against "Russia struck on Monday" (the last
 * one). The nearest tense cue in the clause decides; with none, the caller
 * keeps news's past bias. No part-of-speech tagger: the cues are words
 * (will, 'll, going to, plans to, scheduled; was, were, had, said, -ed);
 * some point ahead only for what follows them (would, might, planned to),
 * "as soon as" before the time outweighs all, and a deadline ("by
 * Wednesday") in the past perfect has passed.
 */

export type Tense = 'past' | 'future';

/** The tense a clause speaks in, and whether its cue is firm: a past read only from an -ed word may be an adjective ("payable on a still unspecified date"). */
export interface TenseCue {
  tense: Tense;
  firm: boolean;
}

// "next to" is a place, not a time ahead; "pending" is a preposition ("took effect Aug. 9 pending ratification").
const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|going\s+to|plans?\s+to|scheduled|(?:is|are)\s+to\s+\p{L}+|(?:is|are|was|were)\s+due|due\s+to|expected\s+to|expects?\s+to|set\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming|must|should|needs?\s+to|has\s+to|have\s+to|deadline|until|next(?!\s+to\b)|ahead|forthcoming|looming)\b/giu;
/**
 * Cues of a future only for what follows them: reported speech's "would" and "might" ("said the father would be
 * traveling Thursday"), a plan ("planned to leave on Thursday"), a decision or a promise ("agreed to reduce their use
 * of gas over the winter"). Before them a time is the planning's or the
 * speaking's ("On Friday, the government planned to pay"; "April 8, ... he would be seen").
 */
const FUTURE_BEFORE = /\b(?:would|might(?!\s+have\b)|planned\s+(?:to|for|an?)|planning\s+(?:to|for|an?)|(?:agreed|decided|promised|pledged|vowed|voted|threatened|offered)\s+to)\b/giu;
const PAST = /\b(?:was|were|had|did|ago|last|yesterday|earlier|previously|since|has\s+been|have\s+been|said|told|saw|took|made|came|went|gave|got|met|began|fell|rose|won|lost|left|held|struck|shot|fought|sent|spent|brought|thought|found|became|knew|wrote|spoke|broke|drove|flew|ran|sold|bought|paid|kept|stood|fled|sank|sought|taught|threw|withdrew|overran|underwent|\p{L}{2,}ed)\b/giu;
const FUTURE_IN_PAST = /^\s+(?:still\s+)?(?:planning|planned|going|expected|scheduled|set|due|about|hoping|preparing)\s+to\b/i;
/** Cues farther than this from the expression say nothing about it. */
const MAX_CUE_DISTANCE = 80;
/** Past cues that are no participle: the check for a passive or an adjective ("will be held") leaves them be. */
const NOT_PARTICIPLE = new Set(['was', 'were', 'had', 'did', 'ago', 'last', 'yesterday', 'earlier', 'previously', 'since']);
/** A plan in the past perfect ("had been due to expire Friday", "had been scheduled to expire at midnight Friday") has passed. */
const PAST_PERFECT_PLAN = /\bhad\s+(?:previously\s+|originally\s+)?been\s+(?:due|scheduled|set|expected|slated|supposed)\s+to\b/i;
const NOT_PAST = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'bred', 'led', 'fled', 'sled', 'hundred', 'indeed', 'proceed', 'exceed', 'succeed', 'united', 'limited', 'based', 'expected', 'scheduled', 'planned', 'armed', 'alleged', 'so-called', 'embed', 'wed', 'reed', 'creed', 'breed', 'weed', 'greed', 'deed', 'heed']);

/** A clause around [start, end) inside the sentence [sentenceStart, sentenceEnd): cut at ';' and at quotation boundaries. */
function clause(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): [number, number] {
  let from = sentenceStart;
  let to = sentenceEnd;
  for (let i = start - 1; i >= sentenceStart; i -= 1) {
    if (text[i] === ';') {
      from = i + 1;
      break;
    }
  }
  for (let i = end; i < sentenceEnd; i += 1) {
    if (text[i] === ';') {
      to = i;
      break;
    }
  }
  return [from, to];
}

/**
 * A past cue is firm when it is a past form that is no adjective and no reporting frame: "said" dates the saying,
 * not what was said ("said it is calling for the redemption on Dec. 7"). An irregular past verb is firm, an -ed word only after a pronoun.
 */
function isFirm(tense: Tense, word: string, before: string): boolean {
  if (tense === 'future') return true;
  if (word === 'said' || word === 'told') return false;
  // An auxiliary or an adverb ("was", "had", "earlier") may belong to another clause than the time's ("oil for
  // September delivery was worth"); an irregular past verb is a verb.
  if (NOT_PARTICIPLE.has(word) || /\s/.test(word)) return false;
  if (!/^\p{L}{2,}ed$/u.test(word)) return true;
  // After a subject pronoun an -ed word is a verb: "it happened", "they returned".
  return /\b(?:it|he|she|they|we|i|who)\s+$/i.test(before);
}

/** The tense the words nearest the expression speak in, or null when no cue is found. */
export function tenseAround(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): TenseCue | null {
  const [from, to] = clause(text, sentenceStart, sentenceEnd, start, end);
  // "Created an office of the chairman, effective Feb. 1": the day a thing takes effect is the notice's, not the verb's;
  // the nearest such day answers (TimeBank wsj_0527, wsj_0927).
  if (/\beffective\s+$/i.test(text.slice(Math.max(from, start - 12), start))) return null;
  const window = text.slice(from, to);
  // In the past perfect a deadline has passed: "had filed reports by Wednesday", "Until Thursday, they had not called him".
  const pastPerfect = /\bhad\b/i.test(window);
  let best: { distance: number; tense: Tense; firm: boolean } | null = null;
  const consider = (pattern: RegExp, tense: Tense, onlyBefore = false) => {
    pattern.lastIndex = 0;
    for (const match of window.matchAll(pattern)) {
      const word = match[0].toLowerCase();
      if (tense === 'past' && NOT_PAST.has(word)) continue;
      const justBefore = window.slice(Math.max(0, match.index - 8), match.index);
      // "Enough gas to last the winter", "it will last": the verb "last", no past.
      if (word === 'last' && /\b(?:to|will|would|could|can|may|might|should|must|not|'ll|’ll)\s+$/i.test(justBefore)) continue;
      // "were planning to drive on Monday", "was expected to land Friday": the auxiliary of a future in the past.
      if (tense === 'past' && /^(?:was|were|had)$/.test(word) && FUTURE_IN_PAST.test(window.slice(match.index + match[0].length, match.index + match[0].length + 24))) continue;
      if (pastPerfect && word === 'until') continue;
      // An -ed word after a determiner or an auxiliary is an adjective or a passive ("the reduced dividend", "can be exercised").
      // So is an irregular participle after "be" ("the summit will be held on April 24", "are made").
      if (tense === 'past' && (word.endsWith('ed') || !NOT_PARTICIPLE.has(word)) && /\b(?:the|a|an|its|their|his|her|our|be|being|is|are|can|will|to|would|may|might|must|should|could|newly|fully)\s+$/i.test(window.slice(Math.max(0, match.index - 12), match.index))) continue;
      const at = from + match.index;
      const atEnd = at + match[0].length;
      if (at >= start && atEnd <= end) continue; // a cue inside the expression itself ("last", "next") is the expression's, not the clause's
      if (onlyBefore && atEnd > start) continue;
      const distance = atEnd <= start ? start - atEnd : at - end;
      // A cue before the expression weighs a little more than one after it: "will meet on Friday, officials said".
      if (distance > MAX_CUE_DISTANCE) continue;
      const weighted = atEnd <= start ? distance : distance * 1.5 + 5;
      if (!best || weighted < best.distance) best = { distance: weighted, tense, firm: isFirm(tense, word, justBefore) };
    }
  };
  consider(FUTURE, 'future');
  consider(FUTURE_BEFORE, 'future', true);
  // "As soon as Tuesday", "as early as next month" reach ahead: the strongest cue there is.
  if (/\bas\s+(?:soon|early)\s+as\s+$/i.test(text.slice(Math.max(from, start - 16), start))) best = { distance: 0, tense: 'future', firm: true };
  // A deadline ("by August", "until Friday") points ahead, unless a past tense stands closer.
  if (!pastPerfect && /\b(?:by|until|till)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, start - 12), start))) {
    const weighted = 15;
    if (!best || weighted < (best as { distance: number }).distance) best = { distance: weighted, tense: 'future', firm: true };
  }
  consider(PAST, 'past');
  // "It had been due to expire Friday evening": the plan's day lies before the writing, whatever cue is nearer.
  const plan = PAST_PERFECT_PLAN.exec(window);
  if (plan && from + plan.index + plan[0].length <= start) return { tense: 'past', firm: true };
  const found = best as { tense: Tense; firm: boolean } | null;
  return found ? { tense: found.tense, firm: found.firm } : null;
}
