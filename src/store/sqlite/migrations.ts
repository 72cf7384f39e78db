/**
 * @module store/sqlite/migrations
 *
 * The schema, as numbered steps applied in order and recorded in
 * `schema_migrations`. A released step is never edited: a change is a new step.
 */
import { layerTablesDdl } from '../layer-tables.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, sources, annotation layers, full-text index',
    sql: `
      -- seq is an INTEGER PRIMARY KEY so that the full-text index's rowids survive VACUUM.
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT, outlet TEXT, author TEXT, published TEXT, language TEXT, url TEXT, dateline TEXT,
        format TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('analyzed', 'not_analyzed')),
        text TEXT NOT NULL,
        words INTEGER NOT NULL,
        format_version TEXT NOT NULL,
        analyzer_version TEXT NOT NULL,
        annotators TEXT NOT NULL,
        meta_provenance TEXT NOT NULL,
        notes TEXT NOT NULL,
        framing TEXT NOT NULL DEFAULT '{}',
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
      CREATE INDEX articles_published ON articles(published);

      -- Where each article was read from. A second source with the same text is a duplicate of the first.
      CREATE TABLE article_sources (
        path TEXT NOT NULL,
        record INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        stamp TEXT,
        duplicate INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (path, record)
      );
      CREATE INDEX article_sources_article ON article_sources(article_id);

      CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
      );
      ${layerTablesDdl()}

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'entity corrections (merges and splits by users)',
    sql: `
      -- A user's corrections of the entity registry: records of their own, never edits of the analyses.
      -- The registry applies them in seq order when it is read (store/entity-registry.ts), so they
      -- survive re-ingest and re-analysis. merge: every mention of source_id is shown under target_id;
      -- split: the mentions of source_id whose text is one of spellings (a JSON array) are.
      CREATE TABLE entity_corrections (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        source_id TEXT NOT NULL,
        target_id TEXT NOT NULL,
        spellings TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (source_id <> target_id),
        CHECK (kind = 'split' OR spellings = '[]')
      );
      CREATE INDEX entity_corrections_source ON entity_corrections(source_id);
      CREATE INDEX entity_corrections_target ON entity_corrections(target_id);
      -- An entity's spellings, and the mentions a split moves, by (id, text).
      CREATE INDEX mentions_entity_text ON mentions(entity_id, text);
    `,
  },
  {
    version: 3,
    name: 'the places layer (format 1.2)',
    sql: `
      -- Every GPE, LOC and FAC mention with its role (location, actor, none) and, for a location, its point.
      ${layerTablesDdl(3)}
      -- A place row is found from its mention by (article_id, start, end).
      CREATE INDEX places_span ON places(article_id, start, "end");
      -- 1 when the article's analysis had a places layer (format 1.2 on). An article stored before has none,
      -- and the store counts its mentions of an entity with a point as locations, as it did before.
      ALTER TABLE articles ADD COLUMN has_places INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 4,
    name: 'times: the anchor of a relative value, and an index on values',
    sql: `
      -- What a relative time was resolved against: published, an earlier time's value, a speaker's day, unknown.
      ALTER TABLE times ADD COLUMN anchor TEXT;
      -- Articles and sentences are found by the dates they speak of (?about=2024-05): a prefix range on value.
      CREATE INDEX times_value ON times(value);
    `,
  },
  {
    version: 5,
    name: 'quotes: the words that stand for an unnamed speaker; indexes on speakers and claimants',
    sql: `
      -- Format 1.3: "an administration official" (speaker null) or the pronoun standing for the speaker.
      ALTER TABLE quotes ADD COLUMN speaker_text TEXT;
      -- What an entity is quoted saying (/api/quotes?speaker=) and the figures credited to it (/api/quantities?attributedTo=).
      CREATE INDEX quotes_speaker ON quotes(speaker);
      CREATE INDEX quantities_attributed_to ON quantities(attributed_to);
    `,
  },
  {
    version: 6,
    name: 'quantities: the range a vague amount allows, the noun it measures, the quantity it converts',
    sql: `
      -- Format 1.3: "hundreds of thousands" [100000, 999999] (JSON), the counted noun's span, "(560 miles)" restating index n.
      ALTER TABLE quantities ADD COLUMN value_range TEXT;
      ALTER TABLE quantities ADD COLUMN noun_start INTEGER;
      ALTER TABLE quantities ADD COLUMN noun_end INTEGER;
      ALTER TABLE quantities ADD COLUMN conversion_of INTEGER;
    `,
  },
  {
    version: 7,
    name: 'times: the TIMEX3 mod',
    sql: `
      -- Format 1.4: START, MID, END (early 2023, mid-March, late February), APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE.
      ALTER TABLE times ADD COLUMN mod TEXT;
    `,
  },
];
