/**
 * @module surfaces/web/periods
 *
 * The timeline's periods in words and in order: "May 2024" for 2024-05,
 * "the 2020s" for 202 (and the values inside them: "12 May 2024, night"); the periods that hold one (its breadcrumb); and the
 * slots of a chart, where a year's twelve months and a month's days are all
 * drawn, so that a month nobody wrote about shows as a gap, not as nothing.
 */
import { periodOf, type Granularity } from '../../store/timex-about.js';
import type { TimelineBucket } from '../../store/store.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/** A period in words: "12 May 2024", "May 2024", "2024", "the 2020s", "the 21st century"; a night, a week, a season too; any other value as it is. */
export function periodWords(value: string): string {
  switch (periodOf(value)) {
    case 'century':
      // TIMEX3's 19 is the years 1900–1999: the 20th century as people count it.
      return `the ${ordinal(Number(value) + 1)} century`;
    case 'decade':
      return `the ${value}0s`;
    case 'year':
      return value;
    case 'month':
      return `${MONTHS[Number(value.slice(5, 7)) - 1] ?? value.slice(5, 7)} ${value.slice(0, 4)}`;
    case 'day':
      return `${Number(value.slice(8, 10))} ${MONTHS[Number(value.slice(5, 7)) - 1] ?? value.slice(5, 7)} ${value.slice(0, 4)}`;
    default:
      return partWords(value);
  }
}

const DAY_PARTS: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** A value that is no period, in words where TIMEX3 says plainly what it is: a day's night, a week, a season, a quarter. */
function partWords(value: string): string {
  const time = /^(\d{4}-\d{2}-\d{2})T(?:(MO|MI|AF|EV|NI|DT)|(\d{2}:\d{2}))/.exec(value);
  if (time) return `${periodWords(time[1]!)}, ${time[2] ? DAY_PARTS[time[2]] : time[3]}`;
  const part = /^(\d{4})-(?:W(\d{2})|(SP|SU|FA|WI)|Q([1-4])|H([12]))$/.exec(value);
  if (!part) return value;
  const [, year, week, season, quarter, half] = part;
  if (week) return `week ${Number(week)} of ${year}`;
  if (season) return `${SEASONS[season]} ${year}`;
  if (quarter) return `Q${quarter} ${year}`;
  return `${half === '1' ? 'first' : 'second'} half of ${year}`;
}

/**
 * The finest period the timeline divides that holds a time's value: its day for a night (2024-05-12TNI), its year for
 * a week or a season; null for what no calendar period holds (a duration, PRESENT_REF, XXXX-05).
 */
export function timelinePeriodOf(value: string): string | null {
  if (periodOf(value) !== null) return value;
  for (const width of [10, 7, 4]) if (periodOf(value.slice(0, width)) !== null) return value.slice(0, width);
  return null;
}

/** A bar's label under the chart, short: the year, the month's first three letters, the day's number. */
export function barLabel(value: string): string {
  switch (periodOf(value)) {
    case 'month':
      return (MONTHS[Number(value.slice(5, 7)) - 1] ?? value).slice(0, 3);
    case 'day':
      return String(Number(value.slice(8, 10)));
    case 'decade':
      return `${value}0s`;
    default:
      return value;
  }
}

/** The periods that hold `about` and it, coarsest first: 2024-05-12 → 2024, 2024-05, 2024-05-12; a decade or century alone. */
export function periodTrail(about: string): string[] {
  const period = periodOf(about);
  if (period === 'year' || period === 'month' || period === 'day') return [4, 7, 10].filter((width) => width <= about.length).map((width) => about.slice(0, width));
  return [about];
}

/**
 * The chart's slots: a year's every month and a month's every day, empty ones at zero; years and decades as the
 * store gives them, since a span of centuries drawn year by year would be all gaps.
 */
export function chartSlots(about: string | null, granularity: Granularity, buckets: TimelineBucket[]): TimelineBucket[] {
  const found = new Map(buckets.map((bucket) => [bucket.value, bucket]));
  let values: string[] | null = null;
  if (about !== null && granularity === 'month' && periodOf(about) === 'year') {
    values = MONTHS.map((_, i) => `${about}-${String(i + 1).padStart(2, '0')}`);
  } else if (about !== null && granularity === 'day' && periodOf(about) === 'month') {
    const days = new Date(Date.UTC(Number(about.slice(0, 4)), Number(about.slice(5, 7)), 0)).getUTCDate();
    values = Array.from({ length: days }, (_, i) => `${about}-${String(i + 1).padStart(2, '0')}`);
  }
  if (values === null) return buckets;
  return values.map((value) => found.get(value) ?? { value, mentions: 0, articles: 0 });
}
