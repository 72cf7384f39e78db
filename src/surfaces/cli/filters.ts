/**
 * @module surfaces/cli/filters
 *
 * The article filters `search` (and later commands) share: `--outlet`,
 * `--since`, `--until`, `--limit`, `--offset`.
 */
import { InvalidArgumentError, Option } from 'commander';
import type { ArticleFilter, Paging } from '../../store/store.js';

export const filterOptions = (): Option[] => [
  new Option('--outlet <name>', 'only articles from this outlet (case does not matter)'),
  new Option('--since <date>', 'only articles published on or after this date (YYYY-MM-DD)').argParser(isoDay),
  new Option('--until <date>', 'only articles published on or before this date (YYYY-MM-DD)').argParser(isoDay),
  new Option('--limit <n>', 'at most this many results').default(20).argParser(count),
  new Option('--offset <n>', 'skip this many results first').default(0).argParser(count),
];

export interface FilterOptions {
  outlet?: string;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
}

export function toFilter(options: FilterOptions): ArticleFilter {
  return {
    ...(options.outlet ? { outlet: options.outlet } : {}),
    ...(options.since ? { since: options.since } : {}),
    ...(options.until ? { until: options.until } : {}),
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

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}
