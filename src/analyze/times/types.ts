/**
 * @module analyze/times/types
 *
 * What the recognizers find (a `Candidate`: a span and a `Reading`, what the
 * words say before any reference date is applied) and what the resolver
 * makes of it (a `ResolvedTime`: FORMAT.md's Time, with the TIMEX3 value
 * written against the reference date).
 */
import type { DayPart, Granularity, Point, Season } from './calendar.js';
import type { Unit } from './lexicon.js';
import type { TimeMod } from './mods.js';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Which = 'last' | 'this' | 'next';

/** A day part or a clock time attached to a day ("Friday morning", "10 p.m. Wednesday"). */
export interface TimeOfDay {
  part?: DayPart;
  /** "HH:MM", or "24" for midnight, as TimeBank writes it. */
  clock?: string;
}

export type Reading =
  /** A calendar date, some fields stated; a missing year comes from the reference date. */
  | ({
      kind: 'calendar';
      gran: Granularity;
      year?: number;
      /** The year relative to the reference date's ("next year's first quarter": +1). */
      yearOffset?: number;
      /** The year relative to the year of the date last spoken of ("June the following year": +1). */
      anchorYearOffset?: number;
      month?: number;
      day?: number;
      quarter?: number;
      half?: number;
      season?: Season;
      /** A weekday stated beside the date ("Friday, Nov. 16"). */
      weekday?: number | null;
      /** A movable feast, computed per year. */
      holiday?: 'easter' | 'thanksgiving';
      /** "The new year": the coming one late in a year, the current one early in it. */
      newYear?: boolean;
      which?: Which;
      /** "The week of March 6": the ISO week the day falls in. */
      weekOf?: boolean;
    } & TimeOfDay)
  /** A weekday ("on Sunday", "last Friday", "Tuesday night"). */
  | ({ kind: 'weekday'; weekday: number; which?: Which | 'before-anchor' | 'after-anchor' } & TimeOfDay)
  /** n units from the reference date, at the unit's granularity: today (day 0), last year (year −1), this weekend. */
  | ({ kind: 'deictic'; gran: Granularity; offset: number; weekend?: boolean; nearestWeekend?: boolean } & TimeOfDay)
  /** n units before (negative) or after the reference date ("two years ago") or the last date mentioned ("two years later"). */
  | { kind: 'offset'; unit: Unit; n: number; from: 'reference' | 'anchor' }
  /** The last date mentioned, at a granularity ("that year", "the same day"), moved by n of it ("the previous day"). */
  | ({ kind: 'anchored'; gran: Granularity; n: number; weekend?: boolean } & TimeOfDay)
  /** The quarter the text is speaking of ("the quarter", "the latest period"). */
  | {
      kind: 'focus-quarter';
      year?: number;
      orYear?: boolean;
      /** "The latest quarter", "the just-ended period": one that has ended by the reference date. */
      ended?: boolean;
    }
  /** "A year ago", "year-earlier": the quarter spoken of a year back where the text speaks of quarters, else the year before. */
  | { kind: 'year-back'; from: 'reference' | 'anchor'; sign?: number }
  /** A value that needs no reference date: durations, sets, PRESENT_REF. */
  | { kind: 'fixed'; type: TimeType; value: string };

export interface Candidate {
  start: number;
  end: number;
  reading: Reading;
  /** The recognizer that found it, for tests and debugging ("month-day-year", "chrono"). */
  rule: string;
  /** Higher wins when two candidates of the same length overlap. */
  priority: number;
}

/** A time as the layer holds it: FORMAT.md's Time plus what decided the value. */
export interface ResolvedTime {
  start: number;
  end: number;
  type: TimeType;
  value: string;
  rule: string;
  /** What a relative value was resolved against: "published", a time's value (an anchor), or "unknown" (no reference date). */
  anchor?: string;
  /** TIMEX3's mod: the part of the value meant or how the amount is hedged ("early 2023": START). */
  mod?: TimeMod;
}

export type { Point };
