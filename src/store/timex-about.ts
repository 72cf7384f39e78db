/**
 * @module store/timex-about
 *
 * The TIMEX3 calendar values a user may ask about (`?about=`, `--about`):
 * a day, month, year, week, quarter, half, season, decade (`199`) or
 * century (`19`). One reading for the API's schemas and the CLI's options,
 * so that both refuse the same values with the same words; and the calendar
 * periods the timeline counts by, each one level finer than the last.
 */

/** The values ArticleFilter.about and Store.timeMentions take. */
export const TIMEX_ABOUT = /^(?:\d{2,3}|\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?)$/;

export const TIMEX_ABOUT_MESSAGE = 'must be a TIMEX3 date value such as 2024-05, 2024-05-08, 2024-W19 or 2024';

export const isTimexAbout = (value: string): boolean => TIMEX_ABOUT.test(value);

/** The calendar periods of the timeline, coarsest first. */
export const GRANULARITIES = ['century', 'decade', 'year', 'month', 'day'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/**
 * How precise a value is, when it is one of the timeline's periods (19, 199, 2024, 2024-05, 2024-05-12); null for the
 * others (a week, a quarter, a season: they do not nest in months, so the timeline does not drill into them).
 */
export function periodOf(value: string): Granularity | null {
  if (/^\d{2}$/.test(value)) return 'century';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  return null;
}

export const TIMELINE_ABOUT_MESSAGE = 'must be a century (20), decade (202), year (2024), month (2024-05) or day (2024-05-12)';

/**
 * The buckets of a timeline about `about`: one level finer (a century's decades, a year's months, a month's days);
 * years when there is no `about`; a day is the finest, and is its own one bucket. Null when `about` is no period.
 */
export function bucketsOf(about: string | null): Granularity | null {
  if (about === null) return 'year';
  const period = periodOf(about);
  if (period === null) return null;
  return GRANULARITIES[Math.min(GRANULARITIES.indexOf(period) + 1, GRANULARITIES.length - 1)]!;
}

