/**
 * @module store/sqlite/sqlite-store
 *
 * The default store: one SQLite file (better-sqlite3), in WAL mode so that
 * `sitrep serve` reads while `sitrep ingest` writes. Articles and their
 * layers are rows of their own tables; search is FTS5 ranked by BM25.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations.js';
import { LAYER_TABLES, fromRow, type TableLayer } from '../layer-tables.js';
import { toFtsQuery } from '../search-query.js';
import { articleFilterSql } from './article-filter.js';
import { SqliteRegistry } from './sqlite-registry.js';
import { SqlitePlaces } from './sqlite-places.js';
import { timeMentions } from './sqlite-times.js';
import { timeline } from './sqlite-timeline.js';
import { quoteMentions } from './sqlite-quotes.js';
import { quantityMentions } from './sqlite-quantities.js';
import { writeLayers } from './sqlite-layers.js';
import { reanalysisCandidates, replaceArticle } from './sqlite-reanalysis.js';
import type { Analysis, SentenceSpan } from '../../format/analysis.js';
import type {
  ArticleFilter, ArticlePlace, ArticlePlaceMention, ArticleSummary, CorrectionResult, EntityCorrection, EntityDetail, EntityFilter, EntityLimits, EntitySummary,
  Page, Paging, PlaceFilter, PlaceSummary, QuantityFilter, QuantityMention, QuoteFilter, QuoteMention, ReanalysisCandidate, ReanalysisSelector, ReplaceResult, SaveResult, SearchHit, SourceKey, Store,
  StoreStats, StoredArticle, TimeMention, Timeline,
} from '../store.js';

/** Marks FTS5's snippet() puts around matches; control characters that article text never holds. */
const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';
const BM25_WEIGHTS = 'bm25(articles_fts, 4.0, 1.0)';
const SUMMARY_COLUMNS = 'a.id, a.title, a.outlet, a.author, a.published, a.language, a.status, a.words';

export class StoreError extends Error {}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  /** The entity registry across articles, with users' corrections applied (sqlite-registry.ts). */
  private readonly registry: SqliteRegistry;
  /** Entities with a point and the mentions that name them as locations (sqlite-places.ts). */
  private readonly placeIndex: SqlitePlaces;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      // WAL with synchronous=NORMAL keeps every committed batch across a crash of the process (kill -9).
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
      this.migrate();
      this.registry = new SqliteRegistry(this.db, (source) => this.sql(source));
      this.placeIndex = new SqlitePlaces(this.db, (source) => this.sql(source), this.registry);
    } catch (error) {
      throw new StoreError(`cannot open the store ${path}: ${(error as Error).message}`);
    }
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, compiled once per store: saving a batch runs the same few statements many times. */
  private sql(source: string): Database.Statement {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement;
  }

  get schemaVersion(): number {
    return (this.sql('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  }

  private migrate() {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const current = this.schemaVersion;
    const newest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
    if (current > newest) throw new StoreError(`it was written by a newer sitrep (schema ${current}; this one knows ${newest})`);
    for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.sql('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
      })();
    }
  }

  async fileStamp(path: string): Promise<string | null> {
    const row = this.sql('SELECT stamp FROM article_sources WHERE path = ? AND stamp IS NOT NULL LIMIT 1').get(path) as
      | { stamp: string }
      | undefined;
    return row?.stamp ?? null;
  }

  async saveBatch(items: Array<{ analysis: Analysis; source: SourceKey }>): Promise<SaveResult[]> {
    const results = this.db.transaction(() => items.map(({ analysis, source }) => this.saveOne(analysis, source)))();
    this.registry.touched();
    this.placeIndex.touched();
    return results;
  }

  private saveOne(analysis: Analysis, source: SourceKey): SaveResult {
    const now = new Date().toISOString();
    // Text from stdin has no path: each distinct text is its own source.
    const path = source.path ?? `stdin:${analysis.id}`;
    const record = source.record ?? -1;
    const existing = this.sql('SELECT article_id FROM article_sources WHERE path = ? AND record = ?').get(path, record) as
      | { article_id: string }
      | undefined;
    if (existing?.article_id === analysis.id) {
      this.sql('UPDATE article_sources SET stamp = ? WHERE path = ? AND record = ?').run(source.stamp ?? null, path, record);
      return { id: analysis.id, status: 'unchanged' };
    }
    const firstSource = this.sql('SELECT path FROM article_sources WHERE article_id = ? AND duplicate = 0 ORDER BY first_seen LIMIT 1')
      .get(analysis.id) as { path: string } | undefined;
    const known = this.sql('SELECT 1 FROM articles WHERE id = ?').get(analysis.id) !== undefined;
    if (!known) this.insertArticle(analysis, now);
    this.sql(
        `INSERT INTO article_sources (path, record, article_id, stamp, duplicate, first_seen) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (path, record) DO UPDATE SET article_id = excluded.article_id, stamp = excluded.stamp, duplicate = excluded.duplicate`,
      )
      .run(path, record, analysis.id, source.stamp ?? null, known ? 1 : 0, now);
    if (known) return { id: analysis.id, status: 'duplicate', duplicateOf: firstSource?.path ?? null };
    return { id: analysis.id, status: existing ? 'updated' : 'stored' };
  }

  private insertArticle(a: Analysis, now: string) {
    this.sql(
        `INSERT INTO articles (id, title, outlet, author, published, language, url, dateline, format, status, text, words,
          format_version, analyzer_version, annotators, meta_provenance, notes, framing, ingested_at, has_places)
         VALUES (@id, @title, @outlet, @author, @published, @language, @url, @dateline, @format, @status, @text, @words,
          @formatVersion, @analyzerVersion, @annotators, @metaProvenance, @notes, @framing, @ingestedAt, @hasPlaces)`,
      )
      .run({
        id: a.id,
        ...a.meta,
        format: a.source.format,
        status: a.status,
        text: a.text,
        words: countWords(a.text),
        formatVersion: a.formatVersion,
        analyzerVersion: a.analyzer.version,
        annotators: JSON.stringify(a.analyzer.annotators),
        metaProvenance: JSON.stringify(a.metaProvenance),
        notes: JSON.stringify(a.notes),
        framing: JSON.stringify(a.framing),
        ingestedAt: now,
        hasPlaces: a.places === undefined ? 0 : 1,
      });
    writeLayers((source) => this.sql(source), a);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.sql('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) return null;
    const sources = this.sql('SELECT path, record, first_seen, duplicate FROM article_sources WHERE article_id = ? ORDER BY first_seen, path')
      .all(id) as Array<{ path: string; record: number; first_seen: string; duplicate: number }>;
    const primary = sources.find((s) => s.duplicate === 0) ?? sources[0];
    const analysis = {
      id: row.id,
      formatVersion: row.format_version,
      analyzer: { version: row.analyzer_version, annotators: JSON.parse(row.annotators) },
      status: row.status,
      notes: JSON.parse(row.notes),
      source: {
        path: primary && !primary.path.startsWith('stdin:') ? primary.path : null,
        url: row.url,
        format: row.format,
        ...(primary && primary.record >= 0 ? { record: primary.record } : {}),
      },
      meta: {
        title: row.title, outlet: row.outlet, author: row.author, published: row.published,
        language: row.language, url: row.url, dateline: row.dateline,
      },
      metaProvenance: JSON.parse(row.meta_provenance),
      text: row.text,
      sentences: (this.sql('SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY idx').all(id) as Array<{ start: number; end: number }>).map(
        (s): SentenceSpan => [s.start, s.end],
      ),
      ...(this.layersOf(id, row.has_places === 1) as unknown as Pick<Analysis, TableLayer>),
      framing: JSON.parse(row.framing),
    } satisfies Analysis;
    return {
      analysis,
      ingestedAt: row.ingested_at,
      sources: sources.map((s) => ({
        path: s.path.startsWith('stdin:') ? null : s.path,
        record: s.record >= 0 ? s.record : null,
        firstSeen: s.first_seen,
        duplicate: s.duplicate === 1,
      })),
    };
  }

  /**
   * Every layer kept in a table of its own, read back into its Analysis field; `places` only where the
   * analysis had one (an article stored before format 1.2 has none, and reads back without the field).
   */
  private layersOf(id: string, hasPlaces: boolean): Record<string, unknown[]> {
    return Object.fromEntries(
      LAYER_TABLES.filter((table) => table.layer !== 'places' || hasPlaces).map((table) => {
        const rows = this.sql(`SELECT * FROM ${table.table} WHERE article_id = ? ORDER BY idx`).all(id) as Array<Record<string, unknown>>;
        return [table.layer, rows.map((r) => fromRow(table, r))];
      }),
    );
  }

  async listArticles(filter: ArticleFilter, paging: Paging): Promise<Page<ArticleSummary>> {
    const { where, params } = articleFilterSql(filter);
    const total = (this.sql(`SELECT count(*) AS n FROM articles a ${where}`).get(params) as { n: number }).n;
    const items = this.sql(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, ...paging }) as ArticleSummary[];
    return { total, items };
  }

  async search(query: string, filter: ArticleFilter, paging: Paging): Promise<Page<SearchHit>> {
    const match = toFtsQuery(query);
    const { where, params } = articleFilterSql(filter, 'AND');
    const base = `FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH @match ${where}`;
    const total = (this.sql(`SELECT count(*) AS n ${base}`).get({ ...params, match }) as { n: number }).n;
    const rows = this.sql(
        `SELECT ${SUMMARY_COLUMNS}, ${BM25_WEIGHTS} AS score,
           snippet(articles_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) AS snippet
         ${base} ORDER BY score LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, ...paging, match }) as Array<ArticleSummary & { score: number; snippet: string }>;
    return { total, items: rows.map((row) => ({ ...row, ...unmark(row.snippet) })) };
  }

  async outlets(): Promise<string[]> {
    return (this.sql('SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet COLLATE NOCASE').all() as Array<{ outlet: string }>).map(
      (r) => r.outlet,
    );
  }

  async stats(): Promise<StoreStats> {
    const one = <T>(sql: string) => this.sql(sql).get() as T;
    const counts = one<{ articles: number; analyzed: number; words: number | null; first: string | null; last: string | null }>(
      `SELECT count(*) AS articles, sum(status = 'analyzed') AS analyzed, sum(words) AS words, min(published) AS first, max(published) AS last FROM articles`,
    );
    const sources = one<{ sources: number; duplicates: number | null }>('SELECT count(*) AS sources, sum(duplicate) AS duplicates FROM article_sources');
    const layers: Record<string, number> = { sentences: one<{ n: number }>('SELECT count(*) AS n FROM sentences').n };
    for (const table of LAYER_TABLES) layers[table.layer] = one<{ n: number }>(`SELECT count(*) AS n FROM ${table.table}`).n;
    return {
      articles: counts.articles,
      analyzed: counts.analyzed ?? 0,
      notAnalyzed: counts.articles - (counts.analyzed ?? 0),
      sources: sources.sources,
      duplicates: sources.duplicates ?? 0,
      words: counts.words ?? 0,
      outlets: this.sql('SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet ORDER BY articles DESC, outlet').all() as StoreStats['outlets'],
      languages: this.sql('SELECT language, count(*) AS articles FROM articles GROUP BY language ORDER BY articles DESC').all() as StoreStats['languages'],
      published: { first: counts.first, last: counts.last },
      layers,
      schemaVersion: this.schemaVersion,
    };
  }

  async entities(filter: EntityFilter, paging: Paging): Promise<Page<EntitySummary>> {
    return this.registry.entities(filter, paging);
  }

  async entityTypes(): Promise<string[]> {
    return this.registry.entityTypes();
  }

  async entity(id: string, limits?: EntityLimits): Promise<EntityDetail | null> {
    return this.registry.entity(id, limits);
  }

  async mergeEntities(a: string, b: string, note?: string): Promise<CorrectionResult> {
    return this.registry.mergeEntities(a, b, note);
  }

  async splitEntity(id: string, spellings: string[], newId: string, note?: string): Promise<CorrectionResult> {
    return this.registry.splitEntity(id, spellings, newId, note);
  }

  async corrections(): Promise<EntityCorrection[]> {
    return this.registry.corrections();
  }

  async unmatchedCorrections(): Promise<EntityCorrection[]> {
    return this.registry.unmatchedCorrections();
  }

  async places(filter: PlaceFilter, paging?: Paging): Promise<Page<PlaceSummary>> {
    return this.placeIndex.places(filter, paging);
  }

  async articlePlaces(articleId: string): Promise<ArticlePlace[] | null> {
    return this.placeIndex.articlePlaces(articleId);
  }

  async articlePlaceMentions(articleId: string): Promise<ArticlePlaceMention[] | null> {
    return this.placeIndex.articlePlaceMentions(articleId);
  }

  async timeMentions(about: string, filter: ArticleFilter, paging: Paging): Promise<Page<TimeMention>> {
    return timeMentions((source) => this.sql(source), about, filter, paging);
  }

  async timeline(about: string | null, filter: ArticleFilter): Promise<Timeline> {
    return timeline((source) => this.sql(source), about, filter);
  }

  async quotes(filter: QuoteFilter, articles: ArticleFilter, paging: Paging): Promise<Page<QuoteMention>> {
    // One transaction: the page, its total and the speakers' names read one state of the store.
    return this.db.transaction(() => quoteMentions((source) => this.sql(source), this.registry, filter, articles, paging))();
  }

  async quantities(filter: QuantityFilter, articles: ArticleFilter, paging: Paging): Promise<Page<QuantityMention>> {
    return this.db.transaction(() => quantityMentions((source) => this.sql(source), this.registry, filter, articles, paging))();
  }

  async articlesToReanalyze(selector: ReanalysisSelector): Promise<ReanalysisCandidate[]> {
    return reanalysisCandidates((source) => this.sql(source), selector);
  }

  async replaceAnalyses(items: Array<{ id: string; analysis: Analysis }>): Promise<ReplaceResult[]> {
    const results = this.db.transaction(() =>
      items.map(({ id, analysis }): ReplaceResult => {
        try {
          // A transaction inside a transaction is a savepoint: an article that fails is rolled back alone.
          this.db.transaction(() => replaceArticle((source) => this.sql(source), id, analysis))();
          return { id, status: 'reanalyzed' };
        } catch (error) {
          return { id, status: 'failed', error: (error as Error).message };
        }
      }),
    )();
    // The registry's and the map's counts are cached until this connection says it wrote.
    this.registry.touched();
    this.placeIndex.touched();
    return results;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

interface ArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
  dateline: string | null;
  format: Analysis['source']['format'];
  status: Analysis['status'];
  text: string;
  format_version: string;
  analyzer_version: string;
  annotators: string;
  meta_provenance: string;
  notes: string;
  framing: string;
  ingested_at: string;
  /** 1 when the analysis had a `places` layer (migration 3). */
  has_places: number;
}


/** FTS5's marked snippet to plain text plus the offsets of the marked words. */
function unmark(marked: string): { snippet: string; highlights: Array<[number, number]> } {
  let snippet = '';
  const highlights: Array<[number, number]> = [];
  let open = -1;
  for (const char of marked) {
    if (char === MARK_OPEN) open = snippet.length;
    else if (char === MARK_CLOSE && open >= 0) {
      highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += char;
  }
  // Line breaks become spaces one for one, so the offsets still hold.
  return { snippet: snippet.replace(/\s/g, ' '), highlights };
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
