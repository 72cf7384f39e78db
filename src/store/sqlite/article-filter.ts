/**
 * @module store/sqlite/article-filter
 *
 * The article filters (outlet, published since, until) as SQL over
 * `articles a`: one reading for the article list, search and the map.
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
  if (clauses.length === 0) return { where: '', params };
  return { where: `${join} ${clauses.join(' AND ')}`, params };
}
