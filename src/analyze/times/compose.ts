/**
 * @module analyze/times/compose
 *
 * What neighbouring times say together, once overlaps are settled: a date
 * without a year shares the year of the date it is coordinated with ("late
 * February and early March 2022": both 2022; "from December to February
 * 2023": December 2022), and "the night of 12 to 13 May" is the night that
 * begins on the 12th (TIME 2024-05-12TNI), as war reports write overnight
 * strikes. TIMEX3 keeps "three days after Christmas" as two times, a
 * duration and a date, and so does sitrep.
 */
import type { Candidate, Reading } from './types.js';

type Calendar = Extract<Reading, { kind: 'calendar' }>;

/** Words that coordinate two dates of one kind: "and", "or", a list's comma, a range ("to", "through", a dash). */
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+|(?:to|through|thru|until|till|into)\s+|[-–—]\s*)$/i;
const RANGE = /^\s*(?:(?:to|through|thru|until|till|into)\s+|[-–—]\s*)$/i;

function calendar(candidate: Candidate): Calendar | null {
  return candidate.reading.kind === 'calendar' ? candidate.reading : null;
}

function hasYear(reading: Calendar): boolean {
  return reading.year !== undefined || reading.yearOffset !== undefined;
}

/** The order of a date within its year, for telling "December to February 2023" (across New Year) from "May and June 2023". */
function rankInYear(reading: Calendar): number | null {
  if (reading.month !== undefined) return reading.month * 32 + (reading.day ?? 0);
  if (reading.season !== undefined) return { SP: 1, SU: 2, FA: 3, WI: 4 }[reading.season] * 100;
  return null;
}

/**
 * Dates without a year take the year of the next date they are coordinated with, right to left so that a list
 * ("January, February and March 2022") passes the year along. Only dates of one granularity are coordinated: "May
 * 12 and 2023" is no pair.
 */
export function shareYears(text: string, candidates: Candidate[]): Candidate[] {
  const out = [...candidates];
  for (let i = out.length - 2; i >= 0; i -= 1) {
    const current = out[i]!;
    const next = out[i + 1]!;
    const a = calendar(current);
    const b = calendar(next);
    if (!a || !b || hasYear(a) || !hasYear(b) || a.gran !== b.gran || a.holiday || a.which) continue;
    if (a.gran !== 'day' && a.gran !== 'month' && a.gran !== 'season') continue;
    const between = text.slice(current.end, next.start);
    if (!COORDINATION.test(between)) continue;
    // A bare comma lists dates only before another coordinated one ("January, February and March 2022").
    if (/^\s*,\s*$/.test(between) && !(i + 2 < out.length && COORDINATION.test(text.slice(next.end, out[i + 2]!.start)))) continue;
    const rankA = rankInYear(a);
    const rankB = rankInYear(b);
    const acrossNewYear = RANGE.test(between) && rankA !== null && rankB !== null && rankA > rankB;
    const year = b.year !== undefined ? { year: b.year - (acrossNewYear ? 1 : 0) } : { yearOffset: b.yearOffset! - (acrossNewYear ? 1 : 0) };
    out[i] = { ...current, reading: { ...a, ...year }, rule: `${current.rule}+shared-year` };
  }
  return out;
}

/** "the night of", "on the morning of" just before a day, with the first day of a pair ("the night of 12 to 13 May"). */
const PART_OF_DAY_BEFORE = /\bthe\s+(night|morning|afternoon|evening)\s+of\s+(?:(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:[-–]|to|into|and)\s*)?$/i;
/** "May 12-13", "Nov. 17 to 18": the second day of a pair, after the first. */
const SECOND_DAY_AFTER = /^\s*(?:[-–]|to|into|and)\s*$/i;

/**
 * "The night of 12 to 13 May", "the night of May 12-13": one date spanning the phrase, the first day named. The
 * value is the day, not a TIME with its part: TimeBank and AQUAINT both date "the night of [Oct. 23]" by the day,
 * and span the day alone, as sitrep does where one day is named.
 */
export function joinPartOfDay(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const current = candidates[i]!;
    const reading = calendar(current);
    const window = text.slice(Math.max(0, current.start - 40), current.start);
    const before = PART_OF_DAY_BEFORE.exec(window);
    if (!reading || reading.gran !== 'day' || reading.part || reading.clock || reading.holiday || !before || !before[1]) {
      out.push(current);
      continue;
    }
    const start = current.start - (window.length - before.index);
    // "Throughout the night of 17 November": "the night" alone was found first, and is no time of its own.
    while (out.length > 0 && out[out.length - 1]!.end > start) out.pop();
    const next = candidates[i + 1];
    const pairedAfter = !before[2] && next && calendar(next) && next.rule === 'second-day' && SECOND_DAY_AFTER.test(text.slice(current.end, next.start));
    if (!before[2] && !pairedAfter) {
      // One day named: its own span, as the gold spans "the night of [Oct. 23]".
      out.push(current);
      continue;
    }
    let day = before[2] ? parseInt(before[2], 10) : reading.day;
    if (day === undefined || day > (reading.day ?? 31)) day = reading.day;
    const end = pairedAfter ? next.end : current.end;
    if (pairedAfter) i += 1;
    out.push({ ...current, start, end, reading: { ...reading, day }, rule: `part-of+${current.rule}` });
  }
  return out;
}

/** A 24-hour clock right after a day, as live blogs stamp their entries: "23 Jul 2022 19.38", "2024-05-12 14:30". */
const CLOCK_AFTER_DAY = /^[ \t]+([01]\d|2[0-3])[:.]([0-5]\d)(?![\d:]|[.,]\d|\s*(?:%|percent|billion|million|a\.?m\b|p\.?m\b|am\b|pm\b))/i;

/** "23 Jul 2022 19.38 Germany has delayed…": the day and the clock as one TIME. */
export function joinDayClock(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((candidate, i) => {
    const reading = calendar(candidate);
    if (!reading || reading.gran !== 'day' || reading.clock || reading.part || reading.year === undefined) return candidate;
    const clock = CLOCK_AFTER_DAY.exec(text.slice(candidate.end, candidate.end + 12));
    const next = candidates[i + 1];
    if (!clock || (next && next.start < candidate.end + clock[0].length)) return candidate;
    return { ...candidate, end: candidate.end + clock[0].length, reading: { ...reading, clock: `${clock[1]}:${clock[2]}` }, rule: `${candidate.rule}+clock` };
  });
}
