/**
 * @module analyze/times/resolve
 *
 * A Reading to a TIMEX3 type and value, against a reference date (the
 * publication date, or the day a quoted speaker spoke), the tense of the
 * clause, and what the text spoke of last (the anchor: "two years later"
 * after "in 2022" is 2024). The rules of news: a date without a year or a
 * week ("May 8", "on Sunday", "in March") is the last one before the
 * reference unless the clause speaks of the future; "last Friday" is the one
 * before the reference day, "next Friday" the one after; a quarter is the
 * latest that has begun. With no reference date, `value` keeps what the text
 * states and writes X for the rest (`XXXX-10`).
 */
import {
  GRAN_RANK, addDays, addMonths, addSeasons, dayPoint, daysBetween, daysInMonth, firstDay, isoWeek, mondayOfIsoWeek, pointAt, quarterOf, seasonOf,
  shift, timexValue, weekdayFrom, weekdayOf, type Granularity, type Point, type Ymd,
} from './calendar.js';
import { durationValue, type Unit } from './lexicon.js';
import type { Tense } from './tense.js';
import type { Reading, TimeOfDay, TimeType } from './types.js';

export interface ResolveContext {
  /** The day relative expressions count from; null when no date is known. */
  reference: Ymd | null;
  tense: Tense | null;
  /** Whether the tense rests on a finite verb or adverb, not only on an -ed word that may be an adjective. */
  tenseFirm?: boolean;
  /** The last date the text spoke of, for "two years later", "that day". */
  anchor: Point | null;
  /** The last quarter the text spoke of, for "the quarter", "a year earlier". */
  focusQuarter: Point | null;
}

export interface Resolution {
  type: TimeType;
  value: string;
  /** The date this expression speaks of, where it is one: the next expressions' anchor. */
  point?: Point;
  /** What the value was resolved against. */
  basis: 'stated' | 'reference' | 'anchor' | 'unknown';
}

export function resolve(reading: Reading, ctx: ResolveContext): Resolution | null {
  switch (reading.kind) {
    case 'fixed':
      return { type: reading.type, value: reading.value, basis: 'stated' };
    case 'calendar': {
      const resolution = calendar(reading, ctx);
      return reading.weekOf && resolution ? weekOf(resolution) : resolution;
    }
    case 'weekday':
      return weekday(reading, ctx);
    case 'deictic':
      return deictic(reading, ctx);
    case 'offset':
      return offset(reading.unit, reading.n, reading.from, ctx);
    case 'anchored':
      return anchored(reading, ctx);
    case 'focus-quarter': {
      if (reading.year !== undefined) {
        // "The 1988 quarter": the quarter spoken of, in that year; "the 1989 period" with no quarter spoken of is the year.
        if (ctx.focusQuarter) return done({ ...ctx.focusQuarter, year: reading.year }, 'anchor');
        return done(reading.orYear ? { gran: 'year', year: reading.year } : { gran: 'quarter', year: reading.year }, 'stated');
      }
      // "The latest quarter" is one that has ended: not the coming quarter a forecast spoke of ("a fourth-quarter charge").
      const lastEnded = ctx.reference ? shift(pointAt(ctx.reference, 'quarter'), 'quarter', -1) : null;
      if (ctx.focusQuarter && !(reading.ended && lastEnded && laterQuarter(ctx.focusQuarter, lastEnded))) return done(ctx.focusQuarter, 'anchor');
      if (!lastEnded) return done({ gran: 'quarter', year: null }, 'unknown');
      return done(lastEnded, 'reference');
    }
    case 'year-back': {
      const sign = reading.sign ?? -1;
      const anchor = ctx.anchor;
      // In a text that speaks of a quarter, "a year earlier" and "the year-ago quarter" are that quarter a year back.
      if (ctx.focusQuarter && ctx.focusQuarter.year !== null) return done(shift(ctx.focusQuarter, 'year', sign, true), 'anchor');
      if (reading.from === 'anchor' && anchor && anchor.year !== null && GRAN_RANK[anchor.gran] <= GRAN_RANK.year) {
        return done(shift(anchor, 'year', sign, true), 'anchor');
      }
      if (!ctx.reference) return done({ gran: 'year', year: null }, 'unknown');
      return done({ gran: 'year', year: ctx.reference.year + sign }, 'reference');
    }
  }
}

/** Whether quarter a comes after quarter b. */
function laterQuarter(a: Point, b: Point): boolean {
  if (a.year === null || b.year === null) return false;
  return a.year > b.year || (a.year === b.year && (a.quarter ?? 0) > (b.quarter ?? 0));
}

function done(point: Point, basis: Resolution['basis'], type?: TimeType): Resolution {
  const isTime = point.gran === 'day' && (point.part !== undefined || point.clock !== undefined);
  return { type: type ?? (isTime ? 'TIME' : 'DATE'), value: timexValue(point), point, basis };
}

function withTimeOfDay(point: Point, time: TimeOfDay): Point {
  if (point.gran !== 'day') return point;
  return { ...point, ...(time.part ? { part: time.part } : {}), ...(time.clock ? { clock: time.clock } : {}) };
}

/** The span of days a point covers: [first, last]. */
function daysOf(point: Point): [Ymd, Ymd] | null {
  const first = firstDay(point);
  if (!first) return null;
  let last: Ymd;
  switch (point.gran) {
    case 'day':
      last = first;
      break;
    case 'week':
      last = addDays(first, 6);
      break;
    case 'month':
      last = { ...first, day: daysInMonth(first.year, first.month) };
      break;
    case 'quarter':
    case 'season': {
      const end = addMonths(first.year, first.month, 2);
      last = { ...end, day: daysInMonth(end.year, end.month) };
      break;
    }
    case 'half': {
      const end = addMonths(first.year, first.month, 5);
      last = { ...end, day: daysInMonth(end.year, end.month) };
      break;
    }
    default:
      last = { year: first.year, month: 12, day: 31 };
  }
  return [first, last];
}

const before = (a: Ymd, b: Ymd) => a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
const dayDistance = (a: Ymd, b: Ymd) => Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;

function distanceInDays(point: Point, reference: Ymd): number {
  const days = daysOf(point);
  if (!days) return Infinity;
  const [a, b] = days;
  if (!before(reference, a) && !before(b, reference)) return 0;
  return before(b, reference) ? dayDistance(b, reference) : dayDistance(reference, a);
}

type Bias = 'last' | 'next' | 'this' | 'past' | 'future' | 'nearest' | 'started';

/**
 * Picks the year of a yearless point among the reference year and its
 * neighbours: `past` the latest that has begun by the reference day, `future`
 * the first that has not ended, `last`/`next` strictly before/after the
 * reference day's own period, `nearest` the closest (the earlier on a tie),
 * `started` the latest that has begun.
 */
function chooseYear(make: (year: number) => Point | null, reference: Ymd, bias: Bias): Point | null {
  const options = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => make(year))
    .filter((p): p is Point => p !== null)
    .map((point) => ({ point, days: daysOf(point)! }));
  if (options.length === 0) return null;
  const containing = options.find(({ days: [a, b] }) => !before(reference, a) && !before(b, reference));
  switch (bias) {
    case 'this':
      return options.find(({ point }) => point.year === reference.year)?.point ?? options[0]!.point;
    case 'last':
      return [...options].reverse().find(({ days: [, b] }) => before(b, reference))?.point ?? options[0]!.point;
    case 'next':
      return options.find(({ days: [a] }) => before(reference, a))?.point ?? options[options.length - 1]!.point;
    case 'past':
    case 'started':
      return containing?.point ?? [...options].reverse().find(({ days: [a] }) => !before(reference, a))?.point ?? options[0]!.point;
    case 'future':
      return containing?.point ?? options.find(({ days: [, b] }) => !before(b, reference))?.point ?? options[options.length - 1]!.point;
    case 'nearest': {
      if (containing) return containing.point;
      let best = options[0]!;
      let bestDistance = Infinity;
      for (const option of options) {
        const [a, b] = option.days;
        // News looks back: a date ahead must be less than half as far as the one behind to be chosen.
        const distance = before(b, reference) ? dayDistance(b, reference) : 2 * dayDistance(reference, a);
        if (distance < bestDistance) {
          best = option;
          bestDistance = distance;
        }
      }
      return best.point;
    }
  }
}

function easter(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

function thanksgiving(year: number): Ymd {
  const first = { year, month: 11, day: 1 };
  return addDays(weekdayFrom(first, 4, 1), 21);
}

function calendar(reading: Extract<Reading, { kind: 'calendar' }>, ctx: ResolveContext): Resolution | null {
  const { gran } = reading;
  const make = (year: number): Point | null => {
    switch (gran) {
      case 'day': {
        if (reading.holiday) return dayPoint(reading.holiday === 'easter' ? easter(year) : thanksgiving(year));
        if (reading.day! > daysInMonth(year, reading.month!)) return null;
        return withTimeOfDay({ gran, year, month: reading.month!, day: reading.day! }, reading);
      }
      case 'month':
        return { gran, year, month: reading.month! };
      case 'quarter':
        return { gran, year, quarter: reading.quarter! };
      case 'half':
        return { gran, year, half: reading.half! };
      case 'season':
        return { gran, year, season: reading.season! };
      case 'week':
        return { gran, year, week: 1 };
      default:
        return { gran, year };
    }
  };
  if (reading.year !== undefined) {
    const point = make(reading.year);
    return point ? done(point, 'stated') : null;
  }
  // "June the following year", "in March of that year": the year counts from the date spoken of.
  if (reading.anchorYearOffset !== undefined && ctx.anchor && ctx.anchor.year !== null) {
    const point = make(ctx.anchor.year + reading.anchorYearOffset);
    return point ? done(point, 'anchor') : null;
  }
  const reference = ctx.reference;
  if (reading.newYear) {
    if (!reference) return done({ gran: 'year', year: null }, 'unknown');
    return done({ gran: 'year', year: reference.month >= 7 ? reference.year + 1 : reference.year }, 'reference');
  }
  if (!reference) {
    const point = make(2000);
    if (!point) return null;
    if (reading.holiday) return done({ gran: 'day', year: null }, 'unknown');
    return done({ ...point, year: null }, 'unknown');
  }
  if (reading.yearOffset !== undefined) {
    const point = make(reference.year + reading.yearOffset);
    return point ? done(point, 'reference') : null;
  }
  let bias: Bias;
  if (reading.which) bias = reading.which;
  else if (gran === 'quarter' || gran === 'half') bias = 'started';
  else if (ctx.tense === 'future') bias = 'future';
  else if (ctx.tense === 'past') bias = 'past';
  else bias = gran === 'day' || gran === 'month' || gran === 'season' ? 'nearest' : 'past';
  // A weekday stated beside the date picks the year it falls on ("Friday, Nov. 16").
  if (gran === 'day' && typeof reading.weekday === 'number') {
    // Back to six years: "Thursday 24 February" written in 2024 is 2022's, the war's first day.
    const fits = [reference.year, reference.year - 1, reference.year + 1, reference.year - 2, reference.year - 3, reference.year - 4, reference.year - 5, reference.year - 6].filter((year) => {
      const point = make(year);
      return point && weekdayOf({ year, month: point.month!, day: point.day! }) === reading.weekday;
    });
    if (fits.length > 0) return done(make(fits[0]!)!, 'reference');
  }
  let point = chooseYear(make, reference, bias);
  // "last February" said in March is the previous year's: the month just ended would be "last month".
  if (bias === 'last' && gran === 'month' && point && point.year === reference.year && point.month === reference.month - 1) {
    point = make(reference.year - 1);
  }
  // The tense is a weak cue: it does not move a date a year away when the same date lies within weeks of the reference.
  if (point && (bias === 'past' || bias === 'future')) {
    const nearest = chooseYear(make, reference, 'nearest');
    // A past reading gives way to a date within three months ahead (the -ed words it rests on are often adjectives);
    // a future reading only to a date a fortnight back (a deadline reported just after it passed).
    // A firm past (a past verb: "In January, the company brought in") yields only to a date within six weeks ("he subpoenaed
    // him to testify on Feb. 10": the date is the infinitive's).
    const limit = bias === 'past' ? (ctx.tenseFirm ? 45 : 90) : 14;
    if (nearest && distanceInDays(point, reference) > 180 && distanceInDays(nearest, reference) < limit) point = nearest;
  }
  return point ? done(point, 'reference') : null;
}

function weekday(reading: Extract<Reading, { kind: 'weekday' }>, ctx: ResolveContext): Resolution {
  const reference = ctx.reference;
  if (!reference) {
    const iso = reading.weekday === 0 ? 7 : reading.weekday;
    const suffix = reading.part ? `T${reading.part}` : reading.clock ? `T${reading.clock}` : '';
    return { type: suffix ? 'TIME' : 'DATE', value: `XXXX-WXX-${iso}${suffix}`, basis: 'unknown' };
  }
  let day: Ymd;
  const anchorDay = ctx.anchor && ctx.anchor.gran === 'day' && ctx.anchor.year !== null ? firstDay(ctx.anchor)! : reference;
  switch (reading.which) {
    case 'before-anchor':
      day = weekdayFrom(anchorDay, reading.weekday, -1, false);
      return done(withTimeOfDay(dayPoint(day), reading), anchorDay === reference ? 'reference' : 'anchor');
    case 'after-anchor':
      day = weekdayFrom(anchorDay, reading.weekday, 1, false);
      return done(withTimeOfDay(dayPoint(day), reading), anchorDay === reference ? 'reference' : 'anchor');
    case 'last':
      day = weekdayFrom(reference, reading.weekday, -1, false);
      break;
    case 'next':
      day = weekdayFrom(reference, reading.weekday, 1, false);
      break;
    case 'this': {
      const { year, week } = isoWeek(reference);
      day = addDays(mondayOfIsoWeek(year, week), (reading.weekday + 6) % 7);
      break;
    }
    default:
      day = weekdayFrom(reference, reading.weekday, ctx.tense === 'future' ? 1 : -1);
  }
  return done(withTimeOfDay(dayPoint(day), reading), 'reference');
}

function unknownAt(gran: Granularity, time: TimeOfDay = {}): Resolution {
  return done(withTimeOfDay({ gran, year: null }, time), 'unknown');
}

function deictic(reading: Extract<Reading, { kind: 'deictic' }>, ctx: ResolveContext): Resolution {
  const reference = ctx.reference;
  if (!reference) {
    const result = unknownAt(reading.gran, reading);
    if (reading.weekend) return { ...result, value: 'XXXX-WXX-WE' };
    return result;
  }
  let point: Point;
  switch (reading.gran) {
    case 'day':
      point = withTimeOfDay(dayPoint(addDays(reference, reading.offset)), reading);
      break;
    case 'week': {
      let offset = reading.offset;
      // "This weekend" (or "the weekend") written early in a week, in the past tense, is the one just gone.
      if (reading.weekend && offset === 0) {
        const wd = weekdayOf(reference);
        if (wd >= 1 && wd <= 3 && ctx.tense !== 'future') offset = -1;
      }
      point = weekPointOf(addDays(reference, 7 * offset));
      if (reading.weekend) point.weekend = true;
      break;
    }
    case 'season': {
      const { year, season } = seasonOf(reference);
      point = { gran: 'season', ...addSeasons(year, season, reading.offset) };
      break;
    }
    default:
      point = shift(pointAt(reference, reading.gran), reading.gran, reading.offset);
  }
  return done(point, 'reference');
}

/** The ISO week of a resolved day ("the week of March 6"); a day of unknown year is a week of unknown year. */
function weekOf(resolution: Resolution): Resolution {
  const day = resolution.point ? firstDay(resolution.point) : null;
  const point: Point = day ? weekPointOf(day) : { gran: 'week', year: null };
  return { ...resolution, type: 'DATE', value: timexValue(point), point };
}

function weekPointOf(day: Ymd): Point {
  const { year, week } = isoWeek(day);
  return { gran: 'week', year, week };
}

const UNIT_GRANULARITY: Record<Unit, Granularity | null> = {
  second: null, minute: null, hour: null, day: 'day', night: 'day', week: 'week', fortnight: 'week', month: 'month', quarter: 'quarter',
  season: 'season', half: 'half', year: 'year', decade: 'year', century: 'year',
};

function offset(unit: Unit, n: number, from: 'reference' | 'anchor', ctx: ResolveContext): Resolution | null {
  const gran = UNIT_GRANULARITY[unit];
  if (!gran) return null;
  let base: Point | null = null;
  let basis: Resolution['basis'] = 'reference';
  if (from === 'anchor' && ctx.anchor && ctx.anchor.year !== null) {
    base = ctx.anchor;
    basis = 'anchor';
  } else if (ctx.reference) {
    base = dayPoint(ctx.reference);
  }
  if (!base) return unknownAt(gran);
  let amount = n;
  let step: Granularity = gran;
  if (unit === 'decade') amount = 10 * n;
  if (unit === 'century') amount = 100 * n;
  if (unit === 'fortnight') {
    amount = 14 * n;
    step = 'day';
  }
  // "A week ago" is the day seven days back; "three weeks ago" a week.
  if (unit === 'week' && Math.abs(n) === 1 && base.gran === 'day') {
    amount = 7 * n;
    step = 'day';
  }
  const { part: _part, clock: _clock, ...plain } = base;
  const point = shift(plain, step, amount);
  // "Fifty years later, the tsar granted…" told in the past cannot lie after the writing: the anchor was not the
  // date it counts from (the text spoke of today in between, or of no date at all). The amount is what is known: a
  // duration, as TIMEX3 allows for "two years later".
  const first = firstDay(point);
  if (from === 'anchor' && n > 0 && ctx.tense === 'past' && ctx.reference && first && daysBetween(ctx.reference, first) > 0) {
    return { type: 'DURATION', value: durationValue(unit, Math.abs(n)), basis: 'stated' };
  }
  return done(point, basis);
}

function anchored(reading: Extract<Reading, { kind: 'anchored' }>, ctx: ResolveContext): Resolution {
  // An anchor coarser than what is asked ("that day" after "in 2022") says too little: the reference day answers instead.
  // But "that same day" after "last October" is a day of that month, its day unknown: 1998-10-XX.
  if (ctx.anchor && ctx.anchor.year !== null && ctx.anchor.gran === 'month' && reading.gran === 'day' && reading.n === 0 && !reading.part && !reading.clock) {
    return done({ gran: 'day', year: ctx.anchor.year, month: ctx.anchor.month }, 'anchor');
  }
  const anchor = ctx.anchor && ctx.anchor.year !== null && (GRAN_RANK[ctx.anchor.gran] <= GRAN_RANK[reading.gran] || reading.n !== 0) ? ctx.anchor : null;
  const base: Point | null = anchor ?? (ctx.reference ? dayPoint(ctx.reference) : null);
  if (!base) return unknownAt(reading.gran, reading);
  const basis = anchor ? 'anchor' : 'reference';
  const { part: _part, clock: _clock, ...plain } = base;
  let point: Point;
  if (GRAN_RANK[plain.gran] <= GRAN_RANK[reading.gran]) {
    point = shift(pointAt(firstDay(plain)!, reading.gran), reading.gran, reading.n);
    if (reading.gran === 'quarter' && plain.gran === 'day') point = shift(pointAt(firstDay(plain)!, 'quarter'), 'quarter', reading.n);
  } else {
    point = reading.n === 0 ? plain : shift(plain, reading.gran, reading.n);
  }
  if (reading.weekend && point.gran === 'week') point.weekend = true;
  return done(withTimeOfDay(point, reading), basis);
}

export { quarterOf };
