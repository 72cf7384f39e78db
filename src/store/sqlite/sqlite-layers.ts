/**
 * @module store/sqlite/sqlite-layers
 *
 * An article's sentences and layer rows, written from its analysis and deleted: what saving a new
 * article and replacing a stored article's analysis both do.
 */
import type Database from 'better-sqlite3';
import { LAYER_TABLES, sqlColumns, toRow } from '../layer-tables.js';
import type { Analysis } from '../../format/analysis.js';

type Sql = (source: string) => Database.Statement;

export function writeLayers(sql: Sql, a: Analysis): void {
  const sentence = sql('INSERT INTO sentences (article_id, idx, start, "end") VALUES (?, ?, ?, ?)');
  a.sentences.forEach(([start, end], idx) => sentence.run(a.id, idx, start, end));
  for (const table of LAYER_TABLES) {
    const items = a[table.layer] as unknown as Array<Record<string, unknown>> | undefined;
    if (!items || items.length === 0) continue;
    const columns = table.columns.flatMap(sqlColumns);
    const insert = sql(
      `INSERT INTO ${table.table} (article_id, idx, ${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${['?', '?', ...columns.map(() => '?')].join(', ')})`,
    );
    items.forEach((item, idx) => insert.run(a.id, idx, ...toRow(table, item)));
  }
}

export function deleteLayers(sql: Sql, articleId: string): void {
  sql('DELETE FROM sentences WHERE article_id = ?').run(articleId);
  for (const table of LAYER_TABLES) sql(`DELETE FROM ${table.table} WHERE article_id = ?`).run(articleId);
}
