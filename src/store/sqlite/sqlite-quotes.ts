/**
 * @module store/sqlite/sqlite-quotes
 *
 * What was quoted: the rows of the `quotes` table with their articles,
 * filtered by speaker (users' corrections applied, sqlite-claims.ts), kind
 * and the article filters, newest article first; each with the speaker's
 * name in the registry and the sentences that hold the quote and its cue.
 */
import type Database from 'better-sqlite3';
import { LAYER_TABLES, fromRow } from '../layer-tables.js';
import { articleFilterSql } from './article-filter.js';
import { ARTICLE_COLUMNS, candidatesSql, pageSql, passage, resolvedEntitySql, summaryOf, type ArticleColumns } from './sqlite-claims.js';
import type { SqliteRegistry } from './sqlite-registry.js';
import type { Quote } from '../../format/analysis.js';
import type { ArticleFilter, Page, Paging, QuoteFilter, QuoteMention } from '../store.js';

const QUOTES = LAYER_TABLES.find((t) => t.layer === 'quotes')!;

/** Where the quote and its cue begin and end: the cue ("he said") may stand before, after or inside the quote. */
const FIRST = 'min(q.start, coalesce(q.cue_start, q.start))';
const LAST = 'max(q."end", coalesce(q.cue_end, q."end"))';

interface QuoteRow extends ArticleColumns {
  idx: number;
  speaker_entity: string | null;
  first: number;
  last: number;
  ctx_start: number | null;
  ctx_end: number | null;
}

export function quoteMentions(
  sql: (source: string) => Database.Statement,
  registry: SqliteRegistry,
  filter: QuoteFilter,
  articles: ArticleFilter,
  paging: Paging,
): Page<QuoteMention> {
  registry.resolve();
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  const resolved = resolvedEntitySql('q', 'speaker', 'coalesce(q.cue_start, q.start)');
  if (filter.speaker !== undefined) {
    clauses.push(candidatesSql('q', 'speaker', '@speaker'), `${resolved} = @speaker`);
    params.speaker = filter.speaker;
  }
  if (filter.kind) {
    clauses.push('q.kind = @kind');
    params.kind = filter.kind;
  }
  const { where, params: articleParams } = articleFilterSql(articles, clauses.length ? 'AND' : 'WHERE');
  Object.assign(params, articleParams);
  const from = `FROM main.quotes q JOIN articles a ON a.id = q.article_id ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ${where}`;
  const total = (sql(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = sql(
    pageSql('quotes', from, `q.*, ${ARTICLE_COLUMNS}, ${filter.speaker !== undefined ? '@speaker' : resolved} AS speaker_entity,
       ${FIRST} AS first, ${LAST} AS last,
       (SELECT s.start FROM sentences s WHERE s.article_id = q.article_id AND s.start <= ${FIRST} AND ${FIRST} < s."end") AS ctx_start,
       (SELECT s."end" FROM sentences s WHERE s.article_id = q.article_id AND s.start < ${LAST} AND ${LAST} <= s."end") AS ctx_end`),
  ).all({ ...params, ...paging }) as QuoteRow[];
  const names = registry.namesOf([...new Set(rows.flatMap((row) => (row.speaker_entity === null ? [] : [row.speaker_entity])))]);
  return {
    total,
    items: rows.map((row): QuoteMention => ({
      article: summaryOf(row),
      index: row.idx,
      quote: fromRow(QUOTES, row as unknown as Record<string, unknown>) as unknown as Quote,
      speaker: row.speaker_entity === null ? null : { id: row.speaker_entity, name: names.get(row.speaker_entity) ?? row.speaker_entity },
      // A quote that begins or ends between sentences (or an article without them) keeps its own edges there.
      context: passage(row.body, row.ctx_start ?? row.first, row.ctx_end ?? row.last),
    })),
  };
}
