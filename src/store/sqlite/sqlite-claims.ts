/**
 * @module store/sqlite/sqlite-claims
 *
 * What the quotes and the figures share: a layer row names an entity by the
 * analyzer's id (a quote's `speaker`, a quantity's `attributed_to`), and the
 * registry shows it under another when a user merged or split it. These
 * fragments resolve such a column through the registry's
 * `entity_resolution` (sqlite-registry.ts), and read a row's article.
 */
import type { ArticleSummary, TextPassage } from '../store.js';

/** The article columns of a row, under their own names (no layer table has a column of the same name). */
export const ARTICLE_COLUMNS = 'a.id, a.title, a.outlet, a.author, a.published, a.language, a.status, a.words, a.text AS body';

export interface ArticleColumns extends ArticleSummary {
  body: string;
}

export const summaryOf = (row: ArticleColumns): ArticleSummary => ({
  id: row.id, title: row.title, outlet: row.outlet, author: row.author, published: row.published, language: row.language, status: row.status, words: row.words,
});

export const passage = (body: string, start: number, end: number): TextPassage => ({ start, end, text: body.slice(start, end) });

/**
 * The id the entity column `alias.column` is shown under now. A merge moves every row of an id; a split
 * moves the mentions of some spellings, and a layer row has no spelling of its own, so it takes that of
 * the entity's mention nearest to `near` in its article (the name beside "said"; for "he said", the
 * person the pronoun stands for). That mention is looked up only for an id some split names.
 */
export function resolvedEntitySql(alias: string, column: string, near: string): string {
  const id = `${alias}.${column}`;
  const spelling = `(SELECT m.text FROM main.mentions m WHERE m.article_id = ${alias}.article_id AND m.entity_id = ${id} ORDER BY abs(m.start - (${near})), m.start LIMIT 1)`;
  return `coalesce(
    CASE WHEN EXISTS (SELECT 1 FROM entity_resolution r WHERE r.entity_id = ${id} AND r.text IS NOT NULL)
      THEN (SELECT r.resolved FROM entity_resolution r WHERE r.entity_id = ${id} AND r.text = ${spelling}) END,
    (SELECT r.resolved FROM entity_resolution r WHERE r.entity_id = ${id} AND r.text IS NULL),
    ${id})`;
}

/**
 * The rows whose entity column may now stand for the id `param`: its own, and those of every id a
 * correction moves to it (the index on the column finds them); `resolvedEntitySql` then decides.
 */
export const candidatesSql = (alias: string, column: string, param: string) =>
  `${alias}.${column} IN (SELECT ${param} UNION SELECT entity_id FROM entity_resolution WHERE resolved = ${param})`;

/** Newest article first, then in text order: the order of both lists. */
const ORDER = 'a.published DESC NULLS LAST, a.seq DESC, q.start, q.idx';

/**
 * A page of the rows of a layer table `q` (joined to `articles a`) that `from` (its FROM and WHERE)
 * keeps, with `columns`. The page is chosen on the rows' keys alone, and only its rows are then read
 * whole: sorting every match with its article's text and sentences would cost as much as the whole list.
 */
export function pageSql(table: 'quotes' | 'quantities', from: string, columns: string): string {
  return `WITH page AS (SELECT q.article_id, q.idx ${from} ORDER BY ${ORDER} LIMIT @limit OFFSET @offset)
    SELECT ${columns} FROM page p JOIN main.${table} q ON q.article_id = p.article_id AND q.idx = p.idx JOIN articles a ON a.id = q.article_id
    ORDER BY ${ORDER}`;
}
