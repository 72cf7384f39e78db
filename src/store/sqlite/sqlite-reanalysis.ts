/**
 * @module store/sqlite/sqlite-reanalysis
 *
 * The store's side of `sitrep reanalyze`: which articles a selector chooses, and one article's
 * analysis replaced in place. The articles row is updated, not replaced, so that its id, its `seq`
 * (the full-text index's rowid), its sources and its ingest time stay; its layer rows are deleted and
 * written again. Users' corrections are rows of their own, keyed by entity ids, and are not touched.
 */
import type Database from 'better-sqlite3';
import { selectsVersions } from '../reanalysis.js';
import { deleteLayers, writeLayers } from './sqlite-layers.js';
import type { Analysis } from '../../format/analysis.js';
import type { ReanalysisCandidate, ReanalysisSelector } from '../store.js';

type Sql = (source: string) => Database.Statement;

const CANDIDATE_COLUMNS = 'id, title, format_version AS formatVersion, analyzer_version AS analyzerVersion';

export function reanalysisCandidates(sql: Sql, selector: ReanalysisSelector): ReanalysisCandidate[] {
  if (selector.kind === 'ids') {
    const rows = sql(`SELECT ${CANDIDATE_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(selector.ids)) as ReanalysisCandidate[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return [...new Set(selector.ids)].flatMap((id) => byId.get(id) ?? []);
  }
  // Versions are compared as numbers in JS (reanalysis.ts); three short columns a row is little to read.
  const rows = sql(`SELECT ${CANDIDATE_COLUMNS} FROM articles ORDER BY seq`).all() as ReanalysisCandidate[];
  return rows.filter((row) => selectsVersions(selector, row.formatVersion, row.analyzerVersion));
}

/** Replaces the stored analysis of article `id`; throws, writing nothing the caller's transaction keeps, when it cannot. */
export function replaceArticle(sql: Sql, id: string, a: Analysis): void {
  const row = sql('SELECT seq, title, text FROM articles WHERE id = ?').get(id) as { seq: number; title: string | null; text: string } | undefined;
  if (!row) throw new Error(`no article has the id ${id}`);
  // The id is the text's hash: an analysis of another text is another article, never this one's.
  if (a.id !== id || a.text !== row.text) throw new Error(`the analysis is of another text (${a.id}), not of article ${id}`);
  sql(
    `UPDATE articles SET title = @title, outlet = @outlet, author = @author, published = @published, language = @language, url = @url,
       dateline = @dateline, status = @status, format_version = @formatVersion, analyzer_version = @analyzerVersion, annotators = @annotators,
       meta_provenance = @metaProvenance, notes = @notes, framing = @framing, has_places = @hasPlaces
     WHERE id = @id`,
  ).run({
    id,
    ...a.meta,
    status: a.status,
    formatVersion: a.formatVersion,
    analyzerVersion: a.analyzer.version,
    annotators: JSON.stringify(a.analyzer.annotators),
    metaProvenance: JSON.stringify(a.metaProvenance),
    notes: JSON.stringify(a.notes),
    framing: JSON.stringify(a.framing),
    hasPlaces: a.places === undefined ? 0 : 1,
  });
  if (a.meta.title !== row.title) {
    // The full-text index holds the title too, and has triggers for insert and delete only: an external-content
    // FTS5 row is removed with the values it was indexed with, then indexed again.
    sql("INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)").run(row.seq, row.title ?? '', row.text);
    sql('INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)').run(row.seq, a.meta.title ?? '', row.text);
  }
  deleteLayers(sql, id);
  writeLayers(sql, a);
}
