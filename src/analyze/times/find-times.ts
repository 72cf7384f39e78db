/**
 * @module analyze/times/find-times
 *
 * The times of one text: candidates from our grammar and from chrono-node,
 * false ones filtered out with the names layer, overlaps settled (the
 * longest span wins), a clock time joined to the day beside it ("10 p.m.
 * Wednesday"), then each resolved in document order against the publication
 * date, with the tense of its clause and what the text spoke of before it
 * (anchors.ts: "two years later"; quoted speech: the speaker's day).
 */
import { referenceDay, timexValue, type Point, type Ymd } from './calendar.js';
import { chronoCandidates } from './chrono-dates.js';
import { isNotATime, type NameSpan } from './filters.js';
import { grammarCandidates } from './grammar.js';
import { joinDayClock, joinPartOfDay, shareYears } from './compose.js';
import { modOf } from './mods.js';
import { resolve, type ResolveContext } from './resolve.js';
import { tenseAround } from './tense.js';
import { quoteSpans, speechDay } from './anchors.js';
import type { Candidate, Reading, ResolvedTime } from './types.js';

export interface FindTimesInput {
  text: string;
  /** meta.published: an ISO date or date-time, or null. */
  published: string | null;
  sentences: ReadonlyArray<{ start: number; end: number }>;
  names?: readonly NameSpan[];
}

export interface FoundTimes {
  times: ResolvedTime[];
  notes: string[];
}

export function findTimes(input: FindTimesInput): FoundTimes {
  const { text } = input;
  const names = input.names ?? [];
  const ours = grammarCandidates(text);
  // chrono-node reads only where our grammar found nothing: its spans take in prepositions ("on Saturday, April 25").
  const chronos = chronoCandidates(text, input.sentences).filter((c) => !ours.some((o) => o.start < c.end && c.start < o.end));
  const candidates = [...ours, ...chronos].filter((c) => !isNotATime(c, names, text));
  const chosen = joinDayClock(text, joinPartOfDay(text, shareYears(text, joinClockTimes(text, selectLongest(candidates)))));

  // The tense is read from the words around a time, not from the other times ("next" of "the end of next month" says
  // nothing of "mid-March" beside it): their spans are blanked, offsets kept.
  const tenseText = blankSpans(text, chosen);
  const reference = referenceDay(input.published);
  const quotes = quoteSpans(text);
  const times: ResolvedTime[] = [];
  let anchor: Point | null = null;
  let focusQuarter: Point | null = null;
  let unresolved = 0;
  for (const candidate of chosen) {
    const sentence = input.sentences.find((s) => s.start <= candidate.start && candidate.start < s.end) ?? { start: 0, end: text.length };
    // A possessive time ("Wednesday's ruling") dates a noun, not the clause's verb: the clause's tense says nothing of it.
    const possessive = /^['’]s\b/.test(text.slice(candidate.end, candidate.end + 3));
    const cue = possessive ? null : tenseAround(tenseText, sentence.start, sentence.end, candidate.start, candidate.end);
    let speech: { day: Ymd; value: string } | null = null;
    if (isRelative(candidate.reading)) speech = speechDay(candidate, quotes, chosen, text, input.published);
    const ctx: ResolveContext = { reference: speech?.day ?? reference, tense: cue?.tense ?? null, tenseFirm: cue?.firm ?? false, anchor, focusQuarter };
    const resolution = resolve(candidate.reading, ctx);
    if (!resolution) continue;
    const time: ResolvedTime = { start: candidate.start, end: candidate.end, type: resolution.type, value: resolution.value, rule: candidate.rule };
    // A vague reference or an amount not stated ("for some time", PXX) has nothing to hedge.
    const vague = resolution.value.endsWith('_REF') || (resolution.type === 'DURATION' && resolution.value.includes('X'));
    const mod = vague ? undefined : modOf(text.slice(candidate.start, candidate.end));
    if (mod) time.mod = mod;
    if (resolution.basis === 'reference') time.anchor = speech ? speech.value : 'published';
    else if (resolution.basis === 'anchor') time.anchor = anchorValue(ctx, candidate.reading);
    else if (resolution.basis === 'unknown') {
      time.anchor = 'unknown';
      unresolved += 1;
    }
    times.push(time);
    if (resolution.point && resolution.point.year !== null && (resolution.type === 'DATE' || resolution.type === 'TIME')) {
      // Only dates that stand on their own move the anchors: a quarter spoken of ("the quarter") or a year back does not.
      // "The latest quarter" that set aside a coming quarter a forecast spoke of is the quarter spoken of from then on.
      if (candidate.reading.kind === 'focus-quarter' && candidate.reading.ended && resolution.basis === 'reference') focusQuarter = resolution.point;
      else if (candidate.reading.kind !== 'focus-quarter' && candidate.reading.kind !== 'year-back') {
        anchor = resolution.point;
        if (resolution.point.gran === 'quarter') focusQuarter = resolution.point;
      }
    }
  }
  const notes: string[] = [];
  if (unresolved > 0) {
    notes.push(`times: no publication date is known, so ${unresolved} relative time${unresolved === 1 ? '' : 's'} keep only what the text states (X for the rest, as in XXXX-10)`);
  }
  return { times, notes };
}

function anchorValue(ctx: ResolveContext, reading: Reading): string {
  const point = reading.kind === 'focus-quarter' || (reading.kind === 'year-back' && ctx.focusQuarter) ? ctx.focusQuarter : ctx.anchor;
  return point ? timexValue(point) : 'published';
}

/** Readings whose value depends on the day they are said on. */
function isRelative(reading: Reading): boolean {
  if (reading.kind === 'deictic' || reading.kind === 'weekday') return true;
  if (reading.kind === 'offset') return reading.from === 'reference';
  if (reading.kind === 'calendar') return reading.year === undefined;
  return false;
}

/** Non-overlapping candidates: the longest first, then the higher priority, then the earlier. */
export function selectLongest(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const candidate of ordered) {
    if (candidate.end <= candidate.start) continue;
    if (taken.some((t) => t.start < candidate.end && candidate.start < t.end)) continue;
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

const CLOCK_THEN_DAY = /^(?:,?\s+(?:on\s+)?|\s*,\s*)$/;

/** "10 p.m. Wednesday", "midnight Friday", "5 p.m. EST, Nov. 6": one TIME of the day and the clock. */
export function joinClockTimes(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const current = candidates[i]!;
    const next = candidates[i + 1];
    if ((current.rule === 'clock' || current.rule === 'clock-24h') && next && current.reading.kind === 'anchored' && isDay(next.reading) && CLOCK_THEN_DAY.test(text.slice(current.end, next.start))) {
      out.push({ ...next, start: current.start, reading: { ...next.reading, clock: current.reading.clock } as Reading, rule: `clock+${next.rule}` });
      i += 1;
      continue;
    }
    out.push(current);
  }
  return out;
}

function isDay(reading: Reading): boolean {
  if (reading.kind === 'weekday') return !reading.part && !reading.clock;
  if (reading.kind === 'calendar') return reading.gran === 'day' && !reading.clock && !reading.part;
  if (reading.kind === 'deictic') return reading.gran === 'day' && !reading.clock && !reading.part;
  return false;
}

function blankSpans(text: string, spans: readonly Candidate[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}
