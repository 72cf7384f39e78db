/**
 * @module surfaces/cli/filters
 *
 * The article filters `search`, `quotes` and `quantities` share:
 * `--outlet`, `--since`, `--until`, `--about` (the dates the articles
 * speak of, read as the API reads `?about=`), `--limit`, `--offset`.
 */
import { InvalidArgumentError, Option } from 'commander';
import { TIMEX_ABOUT_MESSAGE, isTimexAbout } from '../../store/timex-about.js';
import type { ArticleFilter, Paging } from '../../store/store.js';

export const filterOptions = (): Option[] => [
  new Option('--outlet <name>', 'only articles from this outlet (case does not matter)'),
  new Option('--since <date>', 'only articles published on or after this date (YYYY-MM-DD)').argParser(isoDay),
  new Option('--until <date>', 'only articles published on or before this date (YYYY-MM-DD)').argParser(isoDay),
  new Option('--about <timex>', 'only articles whose times speak of this date, whenever published (TIMEX3: 2024-05, 2024-05-08, 2024, 2024-W19, 2024-Q3, 199)').argParser(timexAbout),
  new Option('--limit <n>', 'at most this many results').default(20).argParser(count),
  new Option('--offset <n>', 'skip this many results first').default(0).argParser(count),
];

export interface FilterOptions {
  outlet?: string;
  since?: string;
  until?: string;
  about?: string;
  limit: number;
  offset: number;
}

export function toFilter(options: Omit<FilterOptions, 'limit' | 'offset'>): ArticleFilter {
  return {
    ...(options.outlet ? { outlet: options.outlet } : {}),
    ...(options.since ? { since: options.since } : {}),
    ...(options.until ? { until: options.until } : {}),
    ...(options.about ? { about: options.about } : {}),
  };
}

export function toPaging(options: FilterOptions): Paging {
  return { limit: options.limit, offset: options.offset };
}

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`"${value}" is not a date of the form YYYY-MM-DD`);
  }
  return value;
}

/** A TIMEX3 calendar value, refused in the API's words. */
export function timexAbout(value: string): string {
  if (!isTimexAbout(value)) throw new InvalidArgumentError(`"${value}" ${TIMEX_ABOUT_MESSAGE}`);
  return value;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}
