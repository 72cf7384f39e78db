/**
 * @module store/sqlite/article-filter
 *
 * The article filters (outlet, published since, until, the dates its times
 * speak of) as SQL over `articles a`: one reading for the article list,
 * search and the map.
 */
import type { ArticleFilter } from '../store.js';

export function articleFilterSql(filter: ArticleFilter, join: 'WHERE' | 'AND' = 'WHERE'): { where: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  if (filter.outlet) {
    clauses.push('a.outlet = @outlet COLLATE NOCASE');
    params.outlet = filter.outlet;
  }
  if (filter.since) {
    clauses.push('substr(a.published, 1, 10) >= @since');
    params.since = filter.since;
  }
  if (filter.until) {
    clauses.push('substr(a.published, 1, 10) <= @until');
    params.until = filter.until;
  }
  if (filter.about) {
    clauses.push(`EXISTS (SELECT 1 FROM times t WHERE t.article_id = a.id AND ${TIME_ABOUT_SQL})`);
    Object.assign(params, timeAboutParams(filter.about));
  }
  if (clauses.length === 0) return { where: '', params };
  return { where: `${join} ${clauses.join(' AND ')}`, params };
}

/**
 * A time `t` whose TIMEX3 value is `@about` or lies inside it: the value starts with it and goes on, if at all, with
 * "-" or "T" (2024-05 holds 2024-05-08 and 2024-05-12TNI, not 2024-050); a decade or a century (199, 19) holds
 * every value that starts with it. The range lets SQLite use times_value.
 */
export const TIME_ABOUT_SQL = `t.value >= @about AND t.value < @aboutEnd AND (length(@about) < 4 OR length(t.value) = length(@about) OR substr(t.value, length(@about) + 1, 1) IN ('-', 'T'))`;

export function timeAboutParams(about: string): { about: string; aboutEnd: string } {
  // '~' sorts after every character a TIMEX3 value holds.
  return { about, aboutEnd: `${about}~` };
}
