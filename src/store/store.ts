/**
 * @module store
 *
 * The one interface every backend implements: SQLite in one file by default
 * (`sqlite/`), PostgreSQL for a team server later. It is asynchronous,
 * although better-sqlite3 is not, so that a networked backend fits it.
 */
import type { Analysis } from '../format/analysis.js';

export interface SourceKey {
  /** The file the article came from; null for stdin. */
  path: string | null;
  /** Index of the record in a JSON-array or NDJSON file. */
  record?: number;
  /** Size and modification time of the file when read: an unchanged file is not read again. */
  stamp?: string;
}

/**
 * What saving one article did:
 * `stored` (new), `unchanged` (this source was already stored with this text),
 * `duplicate` (the same text was already stored from another source; this one is recorded against it),
 * `updated` (this source now holds a different text, stored as a new article).
 */
export type SaveStatus = 'stored' | 'unchanged' | 'duplicate' | 'updated';

export interface SaveResult {
  id: string;
  status: SaveStatus;
  /** For a duplicate: the source the text was first stored from. */
  duplicateOf?: string | null;
}

export interface ArticleFilter {
  outlet?: string;
  /** ISO date: published on or after. */
  since?: string;
  /** ISO date: published on or before (the whole day). */
  until?: string;
}

export interface Paging {
  limit: number;
  offset: number;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  language: string | null;
  status: Analysis['status'];
  words: number;
}

export interface SearchHit extends ArticleSummary {
  /** BM25 score as SQLite reports it: lower is better. */
  score: number;
  /** A passage of the text around the matches, as plain text. */
  snippet: string;
  /** `[start, end)` offsets of the matched words in `snippet`. */
  highlights: Array<[number, number]>;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface StoredSource {
  path: string | null;
  record: number | null;
  firstSeen: string;
  duplicate: boolean;
}

export interface StoredArticle {
  analysis: Analysis;
  sources: StoredSource[];
  ingestedAt: string;
}

export interface StoreStats {
  articles: number;
  analyzed: number;
  notAnalyzed: number;
  sources: number;
  duplicates: number;
  words: number;
  outlets: Array<{ outlet: string | null; articles: number }>;
  languages: Array<{ language: string | null; articles: number }>;
  published: { first: string | null; last: string | null };
  layers: Record<string, number>;
  schemaVersion: number;
}

export interface Store {
  /** The stamp stored for a file, to skip reading it again while it has not changed. */
  fileStamp(path: string): Promise<string | null>;
  /** Saves analyses in one transaction: all of them are stored, or none. */
  saveBatch(items: Array<{ analysis: Analysis; source: SourceKey }>): Promise<SaveResult[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(filter: ArticleFilter, paging: Paging): Promise<Page<ArticleSummary>>;
  search(query: string, filter: ArticleFilter, paging: Paging): Promise<Page<SearchHit>>;
  outlets(): Promise<string[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
