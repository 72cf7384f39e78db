/**
 * @module store/sqlite/sqlite-times
 *
 * What was said about a date: the times of the stored articles whose value
 * speaks of a TIMEX3 value ("2024-05"), each with the sentence it stands in
 * and its article, newest article first.
 */
import type Database from 'better-sqlite3';
import { TIME_ABOUT_SQL, articleFilterSql, timeAboutParams } from './article-filter.js';
import type { Time } from '../../format/analysis.js';
import type { ArticleFilter, ArticleSummary, Page, Paging, TimeMention } from '../store.js';

interface TimeRow extends ArticleSummary {
  t_start: number;
  t_end: number;
  t_text: string;
  t_type: Time['type'];
  t_value: string;
  t_anchor: string | null;
  t_mod: Time['mod'] | null;
  t_idx: number;
  s_start: number | null;
  s_end: number | null;
  body: string;
}

export function timeMentions(sql: (source: string) => Database.Statement, about: string, filter: ArticleFilter, paging: Paging): Page<TimeMention> {
  const { where, params } = articleFilterSql(filter, 'AND');
  const all = { ...params, ...timeAboutParams(about) };
  const from = 'FROM times t JOIN articles a ON a.id = t.article_id';
  const condition = `WHERE ${TIME_ABOUT_SQL} ${where}`;
  const total = (sql(`SELECT count(*) AS n ${from} ${condition}`).get(all) as { n: number }).n;
  const rows = sql(
    `SELECT a.id, a.title, a.outlet, a.author, a.published, a.language, a.status, a.words, a.text AS body,
       t.start AS t_start, t."end" AS t_end, t.text AS t_text, t.type AS t_type, t.value AS t_value, t.anchor AS t_anchor, t.mod AS t_mod, t.idx AS t_idx,
       s.start AS s_start, s."end" AS s_end
     ${from} LEFT JOIN sentences s ON s.article_id = t.article_id AND s.start <= t.start AND t.start < s."end"
     ${condition}
     ORDER BY a.published DESC NULLS LAST, a.seq DESC, t.start LIMIT @limit OFFSET @offset`,
  ).all({ ...all, ...paging }) as TimeRow[];
  return {
    total,
    items: rows.map((row) => {
      const sentence = row.s_start === null || row.s_end === null ? { start: row.t_start, end: row.t_end } : { start: row.s_start, end: row.s_end };
      return {
        article: { id: row.id, title: row.title, outlet: row.outlet, author: row.author, published: row.published, language: row.language, status: row.status, words: row.words },
        time: { start: row.t_start, end: row.t_end, text: row.t_text, type: row.t_type, value: row.t_value, ...(row.t_anchor ? { anchor: row.t_anchor } : {}), ...(row.t_mod ? { mod: row.t_mod } : {}) },
        index: row.t_idx,
        sentence: { ...sentence, text: row.body.slice(sentence.start, sentence.end) },
      };
    }),
  };
}
