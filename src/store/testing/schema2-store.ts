/**
 * @module store/testing/schema2-store
 *
 * For tests of upgrades and re-analysis: a store file as an older sitrep wrote it.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../sqlite/migrations.js';
import { LAYER_TABLES, sqlColumns, toRow } from '../layer-tables.js';
import type { Analysis } from '../../format/analysis.js';

/**
 * A store as sitrep wrote it at schema 2 (format 1.1): migrations 1 and 2 only, and each analysis's
 * rows written to the tables those migrations made, without a places layer.
 */
export function writeSchema2Store(path: string, analyses: Analysis[]) {
  const db = new Database(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const migration of MIGRATIONS.filter((m) => m.version <= 2)) {
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2024-10-01T00:00:00Z');
  }
  for (const a of analyses) {
    db.prepare(
      `INSERT INTO articles (id, title, outlet, author, published, language, url, dateline, format, status, text, words,
        format_version, analyzer_version, annotators, meta_provenance, notes, framing, ingested_at)
       VALUES (@id, @title, @outlet, @author, @published, @language, @url, @dateline, @format, @status, @text, @words,
        '1.1', @analyzerVersion, @annotators, @metaProvenance, @notes, '{}', '2024-10-01T00:00:00Z')`,
    ).run({
      id: a.id, ...a.meta, format: a.source.format, status: a.status, text: a.text, words: a.text.split(/\s+/).length,
      analyzerVersion: a.analyzer.version, annotators: JSON.stringify(a.analyzer.annotators), metaProvenance: JSON.stringify(a.metaProvenance), notes: JSON.stringify(a.notes),
    });
    db.prepare("INSERT INTO article_sources (path, record, article_id, stamp, duplicate, first_seen) VALUES (?, -1, ?, NULL, 0, '2024-10-01T00:00:00Z')").run(`${a.id}.json`, a.id);
    a.sentences.forEach(([start, end], idx) => db.prepare('INSERT INTO sentences VALUES (?, ?, ?, ?)').run(a.id, idx, start, end));
    for (const whole of LAYER_TABLES.filter((t) => (t.since ?? 1) <= 2)) {
      // The tables as schema 2 had them: without the columns later migrations added (times.anchor, 4).
      const table = { ...whole, columns: whole.columns.filter((c) => (c.since ?? 1) <= 2) };
      const columns = table.columns.flatMap(sqlColumns);
      const insert = db.prepare(`INSERT INTO ${table.table} (article_id, idx, ${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${['?', '?', ...columns.map(() => '?')].join(', ')})`);
      (a[table.layer] as unknown as Array<Record<string, unknown>>).forEach((item, idx) => insert.run(a.id, idx, ...toRow(table, item)));
    }
  }
  db.close();
}
