/**
 * @module analyze/times/calendar
 *
 * Calendar arithmetic for TIMEX3 values: a `Point` is a date known to some
 * granularity (a day, an ISO week, a month, a quarter, a half, a season, a
 * year, a decade, a century), with its year unknown where no reference date
 * told it. `timexValue` writes a Point as TIMEX3 writes it (`2024-05-08`,
 * `2024-W19`, `2024-W19-WE`, `2024-05`, `2024-Q3`, `2024-H1`, `2024-SP`,
 * `2024`, `202`, `20`, `XXXX-10`). Everything here is pure and in UTC: a
 * calendar date has no time zone.
 */

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** TIMEX3's parts of a day: morning, afternoon, evening, night, daytime. */
export type DayPart = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';

/** A day of the calendar. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/**
 * A date at a granularity. `year` null: not known (no reference date). The
 * fields that `gran` needs are set: `month` and `day` for a day, `week` (ISO)
 * for a week (its `year` then the ISO week-year), `month` for a month,
 * `quarter`, `half`, `season`; `year` alone for a year; a decade's and a
 * century's first year in `year`.
 */
export interface Point {
  gran: Granularity;
  year: number | null;
  month?: number;
  day?: number;
  week?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  /** An ISO week's weekend (`2024-W19-WE`). */
  weekend?: boolean;
  /** A day's part (`TMO`), or a clock time "HH:MM" (or "24"); only on days. */
  part?: DayPart;
  clock?: string;
}

const DAY_MS = 86_400_000;

/** The publication date as a calendar day: the date part of an ISO date or date-time; null when absent or unreadable. */
export function referenceDay(published: string | null | undefined): Ymd | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim()) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(published.trim());
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ year, month, day }: Ymd): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toEpochDay({ year, month, day }: Ymd): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

function fromEpochDay(epochDay: number): Ymd {
  const date = new Date(epochDay * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(day) + n);
}

/** Days from a to b (b − a). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday, as Date does. */
export function weekdayOf(day: Ymd): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** ISO 8601 week-year and week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: Ymd): { year: number; week: number } {
  const isoWeekday = (weekdayOf(day) + 6) % 7; // Monday 0
  const thursday = addDays(day, 3 - isoWeekday);
  const firstThursday = { year: thursday.year, month: 1, day: 4 };
  const weekOne = addDays(firstThursday, -((weekdayOf(firstThursday) + 6) % 7));
  return { year: thursday.year, week: Math.floor(daysBetween(weekOne, thursday) / 7) + 1 };
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): Ymd {
  const jan4 = { year, month: 1, day: 4 };
  const weekOne = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(weekOne, (week - 1) * 7);
}

/** The closest day with this weekday (0 = Sunday) on or before `day` (direction −1) or on or after it (+1). */
export function weekdayFrom(day: Ymd, weekday: number, direction: -1 | 1, includeSameDay = true): Ymd {
  const current = weekdayOf(day);
  let shift = direction < 0 ? -((current - weekday + 7) % 7) : (weekday - current + 7) % 7;
  if (shift === 0 && !includeSameDay) shift = 7 * direction;
  return addDays(day, shift);
}

/** A month shifted by n months: {year, month}. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Meteorological seasons of the northern hemisphere, as TIMEX3 readers take them: winter holds December. */
export function seasonOf(day: Ymd): { year: number; season: Season } {
  const m = day.month;
  if (m >= 3 && m <= 5) return { year: day.year, season: 'SP' };
  if (m >= 6 && m <= 8) return { year: day.year, season: 'SU' };
  if (m >= 9 && m <= 11) return { year: day.year, season: 'FA' };
  return { year: m === 12 ? day.year : day.year - 1, season: 'WI' };
}

const SEASON_ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];

/** A season shifted by n seasons. */
export function addSeasons(year: number, season: Season, n: number): { year: number; season: Season } {
  const index = year * 4 + SEASON_ORDER.indexOf(season) + n;
  return { year: Math.floor(index / 4), season: SEASON_ORDER[(index % 4 + 4) % 4]! };
}

export function dayPoint(day: Ymd): Point {
  return { gran: 'day', year: day.year, month: day.month, day: day.day };
}

export function weekPoint(day: Ymd): Point {
  const { year, week } = isoWeek(day);
  return { gran: 'week', year, week };
}

/** The point at granularity `gran` that holds `day`. */
export function pointAt(day: Ymd, gran: Granularity): Point {
  switch (gran) {
    case 'day':
      return dayPoint(day);
    case 'week':
      return weekPoint(day);
    case 'month':
      return { gran, year: day.year, month: day.month };
    case 'quarter':
      return { gran, year: day.year, quarter: quarterOf(day.month) };
    case 'half':
      return { gran, year: day.year, half: day.month <= 6 ? 1 : 2 };
    case 'season':
      return { gran, ...seasonOf(day) };
    case 'year':
      return { gran, year: day.year };
    case 'decade':
      return { gran, year: Math.floor(day.year / 10) * 10 };
    case 'century':
      return { gran, year: Math.floor(day.year / 100) * 100 };
  }
}

/** A day inside a point (its first), where the point has a known year; for arithmetic on anchors. */
export function firstDay(point: Point): Ymd | null {
  if (point.year === null) return null;
  const year = point.year;
  switch (point.gran) {
    case 'day':
      return { year, month: point.month!, day: point.day! };
    case 'week':
      return mondayOfIsoWeek(year, point.week!);
    case 'month':
      return { year, month: point.month!, day: 1 };
    case 'quarter':
      return { year, month: (point.quarter! - 1) * 3 + 1, day: 1 };
    case 'half':
      return { year, month: point.half === 1 ? 1 : 7, day: 1 };
    case 'season': {
      const month = { SP: 3, SU: 6, FA: 9, WI: 12 }[point.season!];
      return { year, month, day: 1 };
    }
    default:
      return { year, month: 1, day: 1 };
  }
}

/**
 * A point moved by n units of `unit`, written at the granularity of `unit`
 * where the point is fine enough to say it (two years after March 2022 is
 * 2024; three days after 2022 is still only 2022), or at the point's own
 * where `keepGranularity` (a quarter a year earlier is a quarter).
 */
export function shift(point: Point, unit: Granularity, n: number, keepGranularity = false): Point {
  if (point.year === null) return { ...point };
  const start = firstDay(point)!;
  const finer = !keepGranularity && GRAN_RANK[point.gran] <= GRAN_RANK[unit];
  const target: Granularity = finer ? unit : point.gran;
  let moved: Ymd;
  switch (unit) {
    case 'day':
      moved = addDays(start, n);
      break;
    case 'week':
      moved = addDays(start, 7 * n);
      break;
    case 'month':
      moved = { ...addMonths(start.year, start.month, n), day: 1 };
      if (point.gran === 'day') moved.day = Math.min(start.day, daysInMonth(moved.year, moved.month));
      break;
    case 'quarter':
      moved = { ...addMonths(start.year, start.month, 3 * n), day: start.day };
      break;
    case 'half':
      moved = { ...addMonths(start.year, start.month, 6 * n), day: start.day };
      break;
    case 'season':
      moved = { ...addMonths(start.year, start.month, 3 * n), day: start.day };
      break;
    case 'year':
      moved = { year: start.year + n, month: start.month, day: Math.min(start.day, daysInMonth(start.year + n, start.month)) };
      break;
    case 'decade':
      moved = { year: start.year + 10 * n, month: start.month, day: start.day };
      break;
    case 'century':
      moved = { year: start.year + 100 * n, month: start.month, day: start.day };
      break;
  }
  // A point finer than the unit keeps its own granularity (a quarter a year earlier is a quarter).
  const result = pointAt(moved, finer ? target : point.gran);
  if (point.gran === 'season' && point.season) {
    return { ...addSeasonsPoint(point, unit, n) };
  }
  if (!finer && point.gran === 'week' && point.weekend) result.weekend = true;
  return result;
}

function addSeasonsPoint(point: Point, unit: Granularity, n: number): Point {
  const steps = unit === 'year' ? 4 * n : unit === 'season' || unit === 'quarter' ? n : unit === 'decade' ? 40 * n : 0;
  if (point.year === null || steps === 0) return { ...point };
  return { gran: 'season', ...addSeasons(point.year, point.season!, steps) };
}

export const GRAN_RANK: Record<Granularity, number> = {
  day: 0,
  week: 1,
  month: 2,
  season: 3,
  quarter: 3,
  half: 4,
  year: 5,
  decade: 6,
  century: 7,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The TIMEX3 value of a point: `2024-05-08`, `2024-W19`, `2024-Q3`, `XXXX-10`, `202`, `2024-05-12TNI`. */
export function timexValue(point: Point): string {
  const y = point.year === null ? 'XXXX' : pad(point.year, 4);
  switch (point.gran) {
    case 'day': {
      const date = `${y}-${point.month ? pad(point.month) : 'XX'}-${point.day ? pad(point.day) : 'XX'}`;
      if (point.clock) return `${date}T${point.clock}`;
      return point.part ? `${date}T${point.part}` : date;
    }
    case 'week':
      return `${y}-W${point.week ? pad(point.week) : 'XX'}${point.weekend ? '-WE' : ''}`;
    case 'month':
      return `${y}-${point.month ? pad(point.month) : 'XX'}`;
    case 'quarter':
      return `${y}-Q${point.quarter ?? 'X'}`;
    case 'half':
      return `${y}-H${point.half ?? 'X'}`;
    case 'season':
      return `${y}-${point.season}`;
    case 'year':
      return y;
    case 'decade':
      return point.year === null ? 'XXX' : pad(point.year, 4).slice(0, 3);
    case 'century':
      return point.year === null ? 'XX' : pad(point.year, 4).slice(0, 2);
  }
}
