/**
 * @module store/sqlite/sqlite-quantities
 *
 * The figures the articles give: the rows of the `quantities` table with
 * their articles, filtered by who claims them (users' corrections applied,
 * sqlite-claims.ts), dimension, unit, a range of values and the article
 * filters, newest article first; each with the claimant's name in the
 * registry and the sentence it stands in.
 */
import type Database from 'better-sqlite3';
import { LAYER_TABLES, fromRow } from '../layer-tables.js';
import { articleFilterSql } from './article-filter.js';
import { ARTICLE_COLUMNS, candidatesSql, pageSql, passage, resolvedEntitySql, summaryOf, type ArticleColumns } from './sqlite-claims.js';
import type { SqliteRegistry } from './sqlite-registry.js';
import type { Quantity } from '../../format/analysis.js';
import type { ArticleFilter, Page, Paging, QuantityFilter, QuantityMention } from '../store.js';

const QUANTITIES = LAYER_TABLES.find((t) => t.layer === 'quantities')!;

interface QuantityRow extends ArticleColumns {
  idx: number;
  start: number;
  end: number;
  claimant: string | null;
  s_start: number | null;
  s_end: number | null;
}

export function quantityMentions(
  sql: (source: string) => Database.Statement,
  registry: SqliteRegistry,
  filter: QuantityFilter,
  articles: ArticleFilter,
  paging: Paging,
): Page<QuantityMention> {
  registry.resolve();
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  const resolved = resolvedEntitySql('q', 'attributed_to', 'q.start');
  if (filter.attributedTo !== undefined) {
    clauses.push(candidatesSql('q', 'attributed_to', '@attributedTo'), `${resolved} = @attributedTo`);
    params.attributedTo = filter.attributedTo;
  }
  if (filter.dimension) {
    clauses.push('q.dimension = @dimension');
    params.dimension = filter.dimension;
  }
  if (filter.unit) {
    clauses.push('q.unit = @unit COLLATE NOCASE');
    params.unit = filter.unit;
  }
  if (filter.min !== undefined) {
    clauses.push('q.value >= @min');
    params.min = filter.min;
  }
  if (filter.max !== undefined) {
    clauses.push('q.value <= @max');
    params.max = filter.max;
  }
  const { where, params: articleParams } = articleFilterSql(articles, clauses.length ? 'AND' : 'WHERE');
  Object.assign(params, articleParams);
  const from = `FROM main.quantities q JOIN articles a ON a.id = q.article_id ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ${where}`;
  const total = (sql(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = sql(
    pageSql('quantities', from, `q.*, ${ARTICLE_COLUMNS}, ${filter.attributedTo !== undefined ? '@attributedTo' : resolved} AS claimant,
       (SELECT s.start FROM sentences s WHERE s.article_id = q.article_id AND s.start <= q.start AND q.start < s."end") AS s_start,
       (SELECT s."end" FROM sentences s WHERE s.article_id = q.article_id AND s.start <= q.start AND q.start < s."end") AS s_end`),
  ).all({ ...params, ...paging }) as QuantityRow[];
  const names = registry.namesOf([...new Set(rows.flatMap((row) => (row.claimant === null ? [] : [row.claimant])))]);
  return {
    total,
    items: rows.map((row): QuantityMention => ({
      article: summaryOf(row),
      index: row.idx,
      quantity: fromRow(QUANTITIES, row as unknown as Record<string, unknown>) as unknown as Quantity,
      claimant: row.claimant === null ? null : { id: row.claimant, name: names.get(row.claimant) ?? row.claimant },
      sentence: row.s_start === null || row.s_end === null ? passage(row.body, row.start, row.end) : passage(row.body, row.s_start, row.s_end),
    })),
  };
}
