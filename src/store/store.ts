/**
 * @module store
 *
 * The one interface every backend implements: SQLite in one file by default
 * (`sqlite/`), PostgreSQL for a team server later. It is asynchronous,
 * although better-sqlite3 is not, so that a networked backend fits it.
 */
import type { Analysis, PlaceRole, Quantity, Quote, Time } from '../format/analysis.js';
import type { Granularity } from './timex-about.js';

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
  /**
   * A TIMEX3 value the article's times must speak of ("2024-05", "2024", "2024-W19"): a time whose value is it or
   * lies inside it (2024-05-08, 2024-05-12TNI for 2024-05), whatever the publication date.
   */
  about?: string;
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

/** Which entities `Store.entities` lists; counts are of the articles the filter keeps. */
export interface EntityFilter {
  /** Part of the id, the name or any spelling (case-insensitive for ASCII). */
  q?: string;
  /** The entity's type (PERSON, GPE...), case-insensitive. */
  type?: string;
  /** Only what articles of this outlet say (case-insensitive). */
  outlet?: string;
}

/** One entity of the registry across documents, with user corrections applied. */
export interface EntitySummary {
  id: string;
  /** The most frequent name the analyzer gave it (else its most frequent spelling). */
  name: string;
  type: string;
  mentions: number;
  articles: number;
  outlets: number;
  /** Publication date of the first and last article that names it; null when none is dated. */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface OutletCount {
  outlet: string | null;
  mentions: number;
  articles: number;
}

/** One spelling of an entity in the texts, and which outlets write it so. */
export interface EntityAlias {
  text: string;
  mentions: number;
  outlets: Array<{ outlet: string | null; mentions: number }>;
}

export interface EntityArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  mentions: number;
}

/** A sentence that mentions the entity; `marks` are `[start, end)` of its mentions within `text`. */
export interface EntitySentence {
  articleId: string;
  start: number;
  end: number;
  text: string;
  marks: Array<[number, number]>;
}

/**
 * A user's correction of the registry, a record of its own: the analyses
 * are never edited, and the registry applies corrections in `seq` order
 * when it is read. A merge shows every mention of `source` under `target`;
 * a split shows the mentions of `source` spelled one of `spellings` under `target`.
 */
export interface EntityCorrection {
  seq: number;
  kind: 'merge' | 'split';
  source: string;
  target: string;
  /** For a split: the spellings that move (exact text). Empty for a merge. */
  spellings: string[];
  note: string;
  createdAt: string;
}

export interface CorrectionResult {
  correction: EntityCorrection;
  /** What moved when the correction was made. */
  mentions: number;
  articles: number;
}

export interface EntityDetail extends Omit<EntitySummary, 'articles' | 'outlets'> {
  wikidata: string | null;
  /** How many articles name it (`articles` holds at most the limit asked for). */
  articleCount: number;
  aliases: EntityAlias[];
  outlets: OutletCount[];
  articles: EntityArticle[];
  sentences: EntitySentence[];
  /** Why these names are one entity, in words: the analyzer's ids, then the user's corrections. */
  why: string[];
  /** The corrections that shaped this entity, oldest first. */
  corrections: EntityCorrection[];
}

export interface EntityLimits {
  /** At most this many articles, newest first (default 100). */
  articles?: number;
  /** At most this many sentences, newest article first (default 50). */
  sentences?: number;
}

/**
 * Which places `Store.places` lists; counts are of the mentions in the articles the filter keeps that
 * put the place on the map (role `location` in the `places` layer; for an article stored before that
 * layer existed, every mention of an entity with a point).
 */
export interface PlaceFilter {
  /** Only mentions in articles of this outlet (case-insensitive). */
  outlet?: string;
  /** ISO date: only mentions in articles published on or after. */
  since?: string;
  /** ISO date: only mentions in articles published on or before (the whole day). */
  until?: string;
  /** Only mentions in articles whose times speak of this TIMEX3 date (ArticleFilter.about): where the news of May 2024 was. */
  about?: string;
  /** Part of the id, the name or any spelling (case-insensitive). */
  q?: string;
}

/**
 * An entity of the registry that has a point (its `geo` in the analyses),
 * corrections applied, counted over the mentions the filter keeps.
 */
export interface PlaceSummary {
  id: string;
  name: string;
  type: string;
  lat: number;
  lon: number;
  geonamesId: number | null;
  country: string | null;
  mentions: number;
  /** Articles with at least one mention of it. */
  articles: number;
  outlets: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/**
 * A place one article puts on the map, with its point and the spans of the mentions that name it as a
 * location (not those where it stands for an actor, "Moscow said").
 */
export interface ArticlePlace {
  entity: string;
  name: string;
  type: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, as the gazetteer gives it. */
  country: string | null;
  mentions: Array<{ start: number; end: number; text: string }>;
}

/**
 * One GPE, LOC or FAC mention of an article and its role, from the article's `places` layer, with
 * users' corrections applied to its entity. An article stored before the layer existed has its
 * mentions of an entity with a point as locations and its other GPE, LOC and FAC mentions as `none`,
 * rule `stored-before-places`.
 */
export interface ArticlePlaceMention {
  start: number;
  end: number;
  text: string;
  /** The entity the mention names, corrections applied. */
  entity: string;
  /** The entity's name: the registry's for a place with a point, else the article's. */
  name: string | null;
  role: PlaceRole;
  /** What decided the role or the point (docs/format.md). */
  rule: string;
  /** A location's point as the analysis gave it; null for an actor or an unplaced name. */
  lat: number | null;
  lon: number | null;
  geonamesId: number | null;
  country: string | null;
  featureClass: string | null;
}

/** A time an article speaks of, with the sentence it stands in: what was said about a date. */
export interface TimeMention {
  article: ArticleSummary;
  time: Time;
  /** Its place in the article's times layer: the reader's anchor `#time-N`. */
  index: number;
  sentence: { start: number; end: number; text: string };
}

/**
 * What the articles speak of in one calendar period: how many of their times fall inside it (a time of day in its day)
 * and in how many articles.
 */
export interface TimelineBucket {
  /** The period as a TIMEX3 value: 2024, 2024-05, 2024-05-12, 202 (the 2020s). */
  value: string;
  mentions: number;
  articles: number;
}

/**
 * The times of the stored articles counted by calendar period (Store.timeline). Only calendar values count (DATE and
 * TIME values that begin with a digit): not durations, sets, or PRESENT_REF and its kin.
 */
export interface Timeline {
  /** The period counted inside; null for all of them. */
  about: string | null;
  /** What each bucket is: one level finer than `about` (docs/times.md). */
  granularity: Granularity;
  /** The periods with at least one time, in calendar order. */
  buckets: TimelineBucket[];
  /**
   * Times inside `about` too coarse for any bucket: "in 2024" when the buckets are months, and a week, quarter,
   * half or season of the year, which no one month holds.
   */
  coarser: number;
}

/** A stretch of an article's text: `[start, end)` offsets into it, and the text itself. */
export interface TextPassage {
  start: number;
  end: number;
  text: string;
}

/** Who a quote or a figure is credited to: the registry's entity, users' corrections applied, and its name there. */
export interface Claimant {
  id: string;
  name: string;
}

/** Which quotes `Store.quotes` lists. */
export interface QuoteFilter {
  /** The speaker's entity id, corrections applied: the quotes of an entity merged into this one are listed under it. */
  speaker?: string;
  kind?: Quote['kind'];
}

/** A quote of a stored article, with who said it and the sentences around it. */
export interface QuoteMention {
  article: ArticleSummary;
  /** Its place in the article's quotes layer: the reader's anchor `#quote-N`. */
  index: number;
  /** As the analysis wrote it (`speaker` is the analyzer's id). */
  quote: Quote;
  /** The speaker, corrections applied; null for an unnamed source, which `quote.speakerText` describes. */
  speaker: Claimant | null;
  /** The sentences that hold the quote and its cue. */
  context: TextPassage;
}

/** Which figures `Store.quantities` lists. */
export interface QuantityFilter {
  /** Who claims it, as an entity id, corrections applied (as QuoteFilter.speaker). */
  attributedTo?: string;
  dimension?: Quantity['dimension'];
  /** The unit or counted noun ("troops", "km", "USD"), case-insensitive. */
  unit?: string;
  /** Only values of at least (at most) this. */
  min?: number;
  max?: number;
}

/** A figure of a stored article, with who claims it and its sentence. */
export interface QuantityMention {
  article: ArticleSummary;
  /** Its place in the article's quantities layer: the reader's anchor `#quantity-N`. */
  index: number;
  /** As the analysis wrote it (`attributedTo` is the analyzer's id). */
  quantity: Quantity;
  /** Who claims it, corrections applied; null when the text credits it to no one. */
  claimant: Claimant | null;
  sentence: TextPassage;
}

/**
 * Which stored articles `sitrep reanalyze` analyses again: those older than the running analyzer
 * (`outdated`: a format or analyzer version before these), every article, those of a format version
 * before `formatVersion`, or the ones named.
 */
export type ReanalysisSelector =
  | { kind: 'outdated'; formatVersion: string; analyzerVersion: string }
  | { kind: 'all' }
  | { kind: 'before'; formatVersion: string }
  | { kind: 'ids'; ids: string[] };

/** A stored article a selector chose, with the versions of the analysis it holds now. */
export interface ReanalysisCandidate {
  id: string;
  title: string | null;
  formatVersion: string;
  analyzerVersion: string;
}

/** What replacing one article's analysis did: `failed` left everything stored for it as it was. */
export type ReplaceResult = { id: string; status: 'reanalyzed' } | { id: string; status: 'failed'; error: string };

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
  /** The registry of entities across articles, most mentioned first, corrections applied. */
  entities(filter: EntityFilter, paging: Paging): Promise<Page<EntitySummary>>;
  /** The types the registry's entities have, for a filter. */
  entityTypes(): Promise<string[]>;
  /** One entity with its spellings, outlets, articles and sentences; null when nothing resolves to this id. */
  entity(id: string, limits?: EntityLimits): Promise<EntityDetail | null>;
  /** Shows every mention of `b` under `a` from now on; throws EntityCorrectionError for an unknown id or a = b. */
  mergeEntities(a: string, b: string, note?: string): Promise<CorrectionResult>;
  /** Shows the mentions of `id` spelled one of `spellings` under `newId`; throws EntityCorrectionError when one is not a spelling of `id`. */
  splitEntity(id: string, spellings: string[], newId: string, note?: string): Promise<CorrectionResult>;
  /** Every correction, oldest first. */
  corrections(): Promise<EntityCorrection[]>;
  /** The corrections that move nothing now (no stored mention has what they name: a re-analysis gave other ids); kept all the same. */
  unmatchedCorrections(): Promise<EntityCorrection[]>;
  /**
   * The entities with a point that the kept articles mention, most mentioned first, corrections applied;
   * without paging, all of them.
   */
  places(filter: PlaceFilter, paging?: Paging): Promise<Page<PlaceSummary>>;
  /** The places an article names as locations, most mentioned first; null when no article has this id. */
  articlePlaces(articleId: string): Promise<ArticlePlace[] | null>;
  /** Every place mention of an article with its role (locations, actors, names not placed), in text order; null when no article has this id. */
  articlePlaceMentions(articleId: string): Promise<ArticlePlaceMention[] | null>;
  /** The times whose value speaks of `about` (see ArticleFilter.about), with their sentences, newest article first. */
  timeMentions(about: string, filter: ArticleFilter, paging: Paging): Promise<Page<TimeMention>>;
  /**
   * The calendar periods the kept articles' times speak of, one level finer than `about` (a year's months; years
   * when it is null), with what is too coarse for them apart. `filter.about` is not read: `about` is the period.
   */
  timeline(about: string | null, filter: ArticleFilter): Promise<Timeline>;
  /** What was quoted, newest article first, then in text order. */
  quotes(filter: QuoteFilter, articles: ArticleFilter, paging: Paging): Promise<Page<QuoteMention>>;
  /** The figures the articles give, newest article first, then in text order. */
  quantities(filter: QuantityFilter, articles: ArticleFilter, paging: Paging): Promise<Page<QuantityMention>>;
  /** The articles a selector chooses, in the order they were stored (for `ids`, in the order asked; unknown ids are left out). */
  articlesToReanalyze(selector: ReanalysisSelector): Promise<ReanalysisCandidate[]>;
  /**
   * Replaces stored articles' analyses (a new analysis of the same text) in one transaction: layers,
   * metadata, status and versions; the id, sources, ingest time and users' corrections stay. An article
   * that cannot be written (unknown id, another text, a row refused) fails alone and keeps what it had.
   */
  replaceAnalyses(items: Array<{ id: string; analysis: Analysis }>): Promise<ReplaceResult[]>;
  close(): Promise<void>;
}
