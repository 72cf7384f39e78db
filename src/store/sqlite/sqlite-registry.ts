/**
 * @module store/sqlite/sqlite-registry
 *
 * The entity registry across documents, in SQL over the per-article
 * `entities` and `mentions` tables, with the users' corrections
 * (`entity_corrections`) applied at read time. The corrections are
 * replayed into a small temporary table, `entity_resolution` (rebuilt when
 * a correction is added, by this process or another), which the temporary
 * views `resolved_mentions` and `resolved_records` join: each row keeps the
 * analyzer's id as `original` and shows the id it now belongs to as
 * `entity`. Nothing here edits an analysis.
 *
 * Counting the whole registry reads every mention, so the counts are kept
 * in a temporary table, `entity_registry`, rebuilt only when the store has
 * changed since (by this connection, or by another: `PRAGMA data_version`);
 * filters, paging and a server's repeated reads then cost little. One
 * entity's rows are gathered into `entity_focus` (through the index on
 * mentions' entity id) and each part of its page is read from there.
 */
import type Database from 'better-sqlite3';
import {
  EntityCorrectionError, checkEntityId, correctionsOf, describeCorrection, mergedInto, resolutionRows, type ResolutionRow,
} from '../entity-registry.js';
import type {
  CorrectionResult, EntityAlias, EntityCorrection, EntityDetail, EntityFilter, EntityLimits, EntitySentence, EntitySummary, Page, Paging,
} from '../store.js';

const DEFAULT_ARTICLES = 100;
const DEFAULT_SENTENCES = 50;
/** Characters either side of a mention in an article without sentences. */
const BARE_CONTEXT = 80;

const SETUP = `
  CREATE TEMP TABLE IF NOT EXISTS entity_resolution (entity_id TEXT NOT NULL, text TEXT, resolved TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS temp.entity_resolution_key ON entity_resolution(entity_id, text);
  CREATE INDEX IF NOT EXISTS temp.entity_resolution_resolved ON entity_resolution(resolved);
  CREATE TEMP VIEW IF NOT EXISTS resolved_mentions AS
    SELECT m.article_id, m.idx, m.start, m."end", m.text, m.type, m.entity_id AS original,
      coalesce(
        (SELECT r.resolved FROM entity_resolution r WHERE r.entity_id = m.entity_id AND r.text = m.text),
        (SELECT r.resolved FROM entity_resolution r WHERE r.entity_id = m.entity_id AND r.text IS NULL),
        m.entity_id) AS entity
    FROM main.mentions m WHERE m.entity_id IS NOT NULL;
  CREATE TEMP VIEW IF NOT EXISTS resolved_records AS
    SELECT e.article_id, e.idx, e.name, e.type, e.aliases, e.wikidata, e.entity_id AS original,
      coalesce((SELECT r.resolved FROM entity_resolution r WHERE r.entity_id = e.entity_id AND r.text IS NULL), e.entity_id) AS entity
    FROM main.entities e;
  CREATE TEMP TABLE IF NOT EXISTS entity_registry (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL, articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL, firstSeen TEXT, lastSeen TEXT
  );
  CREATE TEMP TABLE IF NOT EXISTS entity_spellings (entity TEXT NOT NULL, text TEXT NOT NULL);
  CREATE TEMP TABLE IF NOT EXISTS entity_focus (
    article_id TEXT NOT NULL, aseq INTEGER NOT NULL, outlet TEXT, published TEXT, original TEXT NOT NULL, mention INTEGER NOT NULL,
    text TEXT, type TEXT, name TEXT, wikidata TEXT, start INTEGER, "end" INTEGER
  );
  CREATE TEMP VIEW IF NOT EXISTS entity_occurrences AS
    SELECT entity, original, article_id, text, type, 1 AS mention FROM resolved_mentions
    UNION ALL SELECT entity, original, article_id, NULL, type, 0 FROM resolved_records;
`;

/**
 * The most frequent of a field among an entity's per-article records, else
 * among its mentions; ties go to the first in binary order.
 */
const ranked = (field: 'name' | 'type', mentionField: 'text' | 'type') => `
  SELECT entity, ${field} FROM (
    SELECT entity, ${field}, row_number() OVER (PARTITION BY entity ORDER BY src, n DESC, ${field}) AS rn FROM (
      SELECT entity, ${field}, 0 AS src, count(*) AS n FROM resolved_records GROUP BY entity, ${field}
      UNION ALL SELECT entity, ${mentionField}, 1, count(*) FROM resolved_mentions GROUP BY entity, ${mentionField}
    )
  ) WHERE rn = 1`;

/** Gathers one entity's mentions and records, whichever analyzer id they came under, into entity_focus. */
const GATHER = `
  WITH originals(id) AS (SELECT @id UNION SELECT entity_id FROM entity_resolution WHERE resolved = @id)
  INSERT INTO entity_focus (article_id, aseq, outlet, published, original, mention, text, type, name, wikidata, start, "end")
  SELECT rm.article_id, a.seq, a.outlet, a.published, rm.original, 1, rm.text, rm.type, NULL, NULL, rm.start, rm."end"
    FROM resolved_mentions rm JOIN articles a ON a.id = rm.article_id
    WHERE rm.original IN (SELECT id FROM originals) AND rm.entity = @id
  UNION ALL
  SELECT rr.article_id, a.seq, a.outlet, a.published, rr.original, 0, NULL, rr.type, rr.name, rr.wikidata, NULL, NULL
    FROM resolved_records rr JOIN articles a ON a.id = rr.article_id
    WHERE rr.original IN (SELECT id FROM originals) AND rr.entity = @id`;

/** What the queries about the focused entity start from: its mentions (m), its records (r) and both (occ). */
const FOCUS = `
  WITH m AS (SELECT * FROM entity_focus WHERE mention = 1),
  r AS (SELECT * FROM entity_focus WHERE mention = 0),
  occ AS (SELECT * FROM entity_focus)`;

/**
 * The name of each id in @ids (a JSON array), as an entity page gives it: the most frequent name among
 * the per-article records now shown under it, else its most frequent spelling.
 */
const NAMES = `
  WITH wanted(id) AS (SELECT DISTINCT value FROM json_each(@ids)),
  origin(id, original) AS (SELECT id, id FROM wanted UNION SELECT r.resolved, r.entity_id FROM entity_resolution r JOIN wanted w ON w.id = r.resolved),
  named AS (
    SELECT o.id, rr.name, 0 AS src, count(*) AS n FROM origin o JOIN resolved_records rr ON rr.original = o.original AND rr.entity = o.id
      WHERE rr.name IS NOT NULL GROUP BY o.id, rr.name
    UNION ALL
    SELECT o.id, rm.text, 1, count(*) FROM origin o JOIN resolved_mentions rm ON rm.original = o.original AND rm.entity = o.id GROUP BY o.id, rm.text
  )
  SELECT id, name FROM (SELECT id, name, row_number() OVER (PARTITION BY id ORDER BY src, n DESC, name) AS rn FROM named) WHERE rn = 1`;

interface CorrectionRow {
  seq: number;
  kind: 'merge' | 'split';
  source_id: string;
  target_id: string;
  spellings: string;
  note: string;
  created_at: string;
}

const toCorrection = (row: CorrectionRow): EntityCorrection => ({
  seq: row.seq,
  kind: row.kind,
  source: row.source_id,
  target: row.target_id,
  spellings: JSON.parse(row.spellings) as string[],
  note: row.note,
  createdAt: row.created_at,
});

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export class SqliteRegistry {
  /** The newest correction replayed into entity_resolution; -1 before the first read. */
  private replayed = -1;
  /** The `data_version` entity_registry (and entity_spellings) were counted at; null: to count again. */
  private counted: number | null = null;
  private spelled: number | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly sql: (source: string) => Database.Statement,
  ) {
    db.exec(SETUP);
  }

  /** Replays the corrections again when one was added since the last read (here or by another process). */
  private refresh(): void {
    const newest = (this.sql('SELECT coalesce(max(seq), 0) AS seq FROM entity_corrections').get() as { seq: number }).seq;
    if (newest === this.replayed) return;
    const rows = resolutionRows(this.loadCorrections());
    this.db.transaction(() => {
      this.sql('DELETE FROM entity_resolution').run();
      const insert = this.sql('INSERT INTO entity_resolution (entity_id, text, resolved) VALUES (?, ?, ?)');
      for (const row of rows) insert.run(row.entityId, row.text, row.resolved);
    })();
    this.replayed = newest;
    this.touched();
  }

  /** Called after this connection writes (articles or corrections): `data_version` only tells of other connections' writes. */
  touched(): void {
    this.counted = null;
    this.spelled = null;
  }

  /**
   * Brings `entity_resolution` up to date with the corrections, for other
   * readers of the views `resolved_mentions` and `resolved_records` on this
   * connection (sqlite-places.ts).
   */
  resolve(): void {
    this.refresh();
  }

  /** The registry's name of each id (corrections applied); an id nothing resolves to is left out. */
  namesOf(ids: string[]): Map<string, string> {
    this.refresh();
    const rows = this.sql(NAMES).all({ ids: JSON.stringify(ids) }) as Array<{ id: string; name: string }>;
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** Counts the whole registry into entity_registry, unless nothing changed since the last time. */
  private ensureCounted(): void {
    this.refresh();
    const version = this.dataVersion();
    if (version === this.counted) return;
    this.db.transaction(() => {
      this.sql('DELETE FROM entity_registry').run();
      this.sql(
        `INSERT INTO entity_registry (id, name, type, mentions, articles, outlets, firstSeen, lastSeen)
         WITH pairs AS (
           SELECT o.entity, o.article_id, sum(o.mention) AS n FROM entity_occurrences o GROUP BY o.article_id, o.entity
         ),
         counted AS (
           SELECT p.entity AS id, sum(p.n) AS mentions, count(*) AS articles, count(DISTINCT a.outlet) AS outlets,
             min(a.published) AS firstSeen, max(a.published) AS lastSeen
           FROM pairs p JOIN articles a ON a.id = p.article_id GROUP BY p.entity
         ),
         named AS (${ranked('name', 'text')}),
         typed AS (${ranked('type', 'type')})
         SELECT c.id, coalesce(n.name, c.id), coalesce(t.type, ''), c.mentions, c.articles, c.outlets, c.firstSeen, c.lastSeen
         FROM counted c LEFT JOIN named n ON n.entity = c.id LEFT JOIN typed t ON t.entity = c.id`,
      ).run();
    })();
    this.counted = version;
  }

  /** Every spelling, name and alias of each entity into entity_spellings, for the search filter. */
  private ensureSpelled(): void {
    const version = this.dataVersion();
    if (version === this.spelled) return;
    this.db.transaction(() => {
      this.sql('DELETE FROM entity_spellings').run();
      this.sql(
        `INSERT INTO entity_spellings (entity, text)
         SELECT entity, text FROM resolved_mentions
         UNION SELECT entity, name FROM resolved_records WHERE name IS NOT NULL
         UNION SELECT rr.entity, j.value FROM resolved_records rr, json_each(rr.aliases) j WHERE j.type = 'text'`,
      ).run();
    })();
    this.spelled = version;
  }

  /** Gathers one entity's rows into entity_focus; what is read next is about it. */
  private focus(id: string): void {
    this.sql('DELETE FROM entity_focus').run();
    this.sql(GATHER).run({ id });
  }

  private loadCorrections(): EntityCorrection[] {
    return (this.sql('SELECT * FROM entity_corrections ORDER BY seq').all() as CorrectionRow[]).map(toCorrection);
  }

  corrections(): EntityCorrection[] {
    return this.loadCorrections();
  }

  /**
   * The corrections that move nothing the store holds now: no stored mention or record has the
   * analyzer id (for a split, with the spelling) they name, as after a re-analysis that gave other ids.
   * A correction moves what its resolution rows match (entity-registry.ts); an id row is taken as
   * matched by any mention of the id, which can keep a correction that a split has emptied.
   */
  unmatchedCorrections(): EntityCorrection[] {
    const corrections = this.loadCorrections();
    const held = (row: ResolutionRow) =>
      (row.text === null
        ? this.sql('SELECT 1 FROM mentions WHERE entity_id = @id UNION ALL SELECT 1 FROM entities WHERE entity_id = @id LIMIT 1').get({ id: row.entityId })
        : this.sql('SELECT 1 FROM mentions WHERE entity_id = ? AND text = ? LIMIT 1').get(row.entityId, row.text)) !== undefined;
    const used = new Set(resolutionRows(corrections).filter(held).flatMap((row) => row.path));
    return corrections.filter((c) => !used.has(c.seq));
  }

  entities(filter: EntityFilter, paging: Paging): Page<EntitySummary> {
    return this.db.transaction((): Page<EntitySummary> => {
      this.ensureCounted();
      const params: Record<string, string | number> = {};
      const clauses: string[] = [];
      if (filter.type) {
        clauses.push('r.type = @type COLLATE NOCASE');
        params.type = filter.type;
      }
      if (filter.q) {
        this.ensureSpelled();
        params.q = likePattern(filter.q);
        clauses.push(`(r.id LIKE @q ESCAPE '\\' OR r.name LIKE @q ESCAPE '\\' OR r.id IN (SELECT entity FROM entity_spellings WHERE text LIKE @q ESCAPE '\\'))`);
      }
      let from = 'entity_registry r';
      if (filter.outlet) {
        // Counted again over that outlet's articles alone; name and type stay those of the whole registry.
        params.outlet = filter.outlet;
        from = `(
          WITH picked AS (SELECT id, outlet, published FROM articles WHERE outlet = @outlet COLLATE NOCASE),
          occ AS (
            SELECT entity, article_id, 1 AS mention FROM resolved_mentions WHERE article_id IN (SELECT id FROM picked)
            UNION ALL SELECT entity, article_id, 0 FROM resolved_records WHERE article_id IN (SELECT id FROM picked)
          )
          SELECT o.entity AS id, g.name, g.type, sum(o.mention) AS mentions, count(DISTINCT o.article_id) AS articles,
            count(DISTINCT p.outlet) AS outlets, min(p.published) AS firstSeen, max(p.published) AS lastSeen
          FROM occ o JOIN picked p ON p.id = o.article_id JOIN entity_registry g ON g.id = o.entity GROUP BY o.entity
        ) r`;
      }
      const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
      const total = (this.sql(`SELECT count(*) AS n FROM ${from} ${where}`).get(params) as { n: number }).n;
      const items = this.sql(
        `SELECT r.id, r.name, r.type, r.mentions, r.articles, r.outlets, r.firstSeen, r.lastSeen FROM ${from} ${where}
         ORDER BY r.mentions DESC, r.articles DESC, r.id LIMIT @limit OFFSET @offset`,
      ).all({ ...params, limit: paging.limit, offset: paging.offset }) as EntitySummary[];
      return { total, items };
    })();
  }

  entityTypes(): string[] {
    return (
      this.sql('SELECT type FROM entities WHERE type IS NOT NULL UNION SELECT type FROM mentions WHERE entity_id IS NOT NULL AND type IS NOT NULL ORDER BY type').all() as Array<{
        type: string;
      }>
    ).map((r) => r.type);
  }

  /** Mentions and articles that now resolve to the id: zero for an id nothing resolves to. */
  private occurrences(id: string): { occurrences: number; mentions: number; articles: number; firstSeen: string | null; lastSeen: string | null } {
    this.focus(id);
    const row = this.sql(
      `${FOCUS} SELECT count(*) AS occurrences, coalesce(sum(mention), 0) AS mentions, count(DISTINCT article_id) AS articles,
         min(published) AS firstSeen, max(published) AS lastSeen FROM occ`,
    ).get() as { occurrences: number; mentions: number; articles: number; firstSeen: string | null; lastSeen: string | null };
    return row;
  }

  entity(id: string, limits: EntityLimits = {}): EntityDetail | null {
    // One transaction, so that every part is read from one state of the store.
    return this.db.transaction(() => this.read(id, limits))();
  }

  private read(id: string, limits: EntityLimits): EntityDetail | null {
    this.refresh();
    const totals = this.occurrences(id);
    if (totals.occurrences === 0) return null;
    const pick = (sql: string) => (this.sql(`${FOCUS} ${sql}`).get() as { v: string } | undefined)?.v ?? null;
    const name = pick(`SELECT v FROM (SELECT name AS v, 0 AS src, count(*) AS n FROM r GROUP BY name UNION ALL SELECT text, 1, count(*) FROM m GROUP BY text) ORDER BY src, n DESC, v LIMIT 1`);
    const type = pick(`SELECT v FROM (SELECT type AS v, 0 AS src, count(*) AS n FROM r GROUP BY type UNION ALL SELECT type, 1, count(*) FROM m GROUP BY type) ORDER BY src, n DESC, v LIMIT 1`);
    const wikidata = pick(`SELECT wikidata AS v FROM r WHERE wikidata IS NOT NULL GROUP BY wikidata ORDER BY count(*) DESC, wikidata LIMIT 1`);

    const spellingRows = this.sql(`${FOCUS} SELECT text, outlet, count(*) AS n FROM m GROUP BY text, outlet`).all() as Array<{ text: string; outlet: string | null; n: number }>;
    const aliases = new Map<string, EntityAlias>();
    for (const row of spellingRows) {
      const alias = aliases.get(row.text) ?? { text: row.text, mentions: 0, outlets: [] };
      alias.mentions += row.n;
      alias.outlets.push({ outlet: row.outlet, mentions: row.n });
      aliases.set(row.text, alias);
    }
    const byCount = <T extends { mentions: number }>(key: (t: T) => string) => (a: T, b: T) => b.mentions - a.mentions || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    const sortedAliases = [...aliases.values()].sort(byCount((a) => a.text));
    for (const alias of sortedAliases) alias.outlets.sort(byCount((o) => o.outlet ?? '\uffff'));

    const outlets = this.sql(
      `${FOCUS} SELECT outlet, sum(mention) AS mentions, count(DISTINCT article_id) AS articles FROM occ GROUP BY outlet
       ORDER BY mentions DESC, articles DESC, outlet IS NULL, outlet`,
    ).all() as EntityDetail['outlets'];
    const articles = this.sql(
      `${FOCUS} SELECT a.id, a.title, a.outlet, a.published, o.mentions FROM (SELECT article_id, sum(mention) AS mentions FROM occ GROUP BY article_id) o
       JOIN articles a ON a.id = o.article_id ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT @limit`,
    ).all({ limit: limits.articles ?? DEFAULT_ARTICLES }) as EntityDetail['articles'];

    const corrections = this.loadCorrections();
    return {
      id,
      name: name ?? id,
      type: type ?? '',
      wikidata,
      mentions: totals.mentions,
      articleCount: totals.articles,
      firstSeen: totals.firstSeen,
      lastSeen: totals.lastSeen,
      aliases: sortedAliases,
      outlets,
      articles,
      sentences: this.sentences(limits.sentences ?? DEFAULT_SENTENCES),
      ...this.why(id, corrections),
    };
  }

  /** The sentences holding the entity's mentions, newest article first; a mention outside every sentence gets the text around it. */
  private sentences(limit: number): EntitySentence[] {
    if (limit <= 0) return [];
    const hits = this.sql(
      `${FOCUS} SELECT m.article_id, m.start AS ms, m."end" AS me, s.start AS ss, s."end" AS se
       FROM m LEFT JOIN sentences s ON s.article_id = m.article_id AND s.start <= m.start AND m.start < s."end"
       ORDER BY m.published DESC NULLS LAST, m.aseq DESC, coalesce(s.start, m.start), m.start, m."end"`,
    );
    const chosen = new Map<string, { articleId: string; ms: number; me: number; ss: number | null; se: number | null; marks: Array<[number, number]> }>();
    for (const hit of hits.iterate() as IterableIterator<{ article_id: string; ms: number; me: number; ss: number | null; se: number | null }>) {
      const key = hit.ss === null ? `${hit.article_id}@${hit.ms}:${hit.me}` : `${hit.article_id}#${hit.ss}`;
      const sentence = chosen.get(key);
      if (sentence) {
        sentence.marks.push([hit.ms, hit.me]);
        continue;
      }
      if (chosen.size >= limit) break;
      chosen.set(key, { articleId: hit.article_id, ms: hit.ms, me: hit.me, ss: hit.ss, se: hit.se, marks: [[hit.ms, hit.me]] });
    }
    const texts = new Map<string, string>();
    const textOf = (articleId: string) => {
      let text = texts.get(articleId);
      if (text === undefined) {
        text = (this.sql('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string }).text;
        texts.set(articleId, text);
      }
      return text;
    };
    return [...chosen.values()].map((s) => {
      const text = textOf(s.articleId);
      const start = s.ss ?? Math.max(0, s.ms - BARE_CONTEXT);
      const end = Math.min(text.length, s.se ?? s.me + BARE_CONTEXT);
      return {
        articleId: s.articleId,
        start,
        end,
        text: text.slice(start, end),
        marks: s.marks.map(([ms, me]): [number, number] => [ms - start, Math.min(me, end) - start]),
      };
    });
  }

  /** Why these names are one entity: the analyzer's ids, with their spellings, then the corrections that moved mentions here. */
  private why(id: string, all: EntityCorrection[]): { why: string[]; corrections: EntityCorrection[] } {
    const held = this.sql(`${FOCUS} SELECT DISTINCT original, text FROM occ`).all() as Array<{ original: string; text: string | null }>;
    const corrections = correctionsOf(all, id, held);
    const origins = this.sql(
      `${FOCUS} SELECT original, coalesce(sum(mention), 0) AS mentions, count(DISTINCT article_id) AS articles FROM occ GROUP BY original ORDER BY original <> @id, articles DESC, original`,
    ).all({ id }) as Array<{ original: string; mentions: number; articles: number }>;
    const spellings = this.sql(`${FOCUS} SELECT original, text, count(*) AS n FROM m GROUP BY original, text ORDER BY n DESC, text`).all() as Array<{
      original: string;
      text: string;
    }>;
    const reasons = origins.map(({ original, mentions, articles }) => {
      const texts = spellings.filter((s) => s.original === original).map((s) => `"${s.text}"`);
      const how = original === id ? `same id "${original}" from the analyzer` : `the analyzer's id "${original}"`;
      const where = `in ${plural(articles, 'article')}`;
      if (mentions === 0) return `${how} ${where}, with no mention in the text`;
      const spelled = texts.length === 1 ? `spelled ${texts[0]}` : `for ${texts.length} spellings: ${texts.join(', ')}`;
      return `${how} ${where} (${plural(mentions, 'mention')}), ${spelled}${original === id ? '' : '; shown here by the corrections below'}`;
    });
    return { why: [...reasons, ...corrections.map(describeCorrection)], corrections };
  }

  /** The message for an id nothing resolves to, saying where a merged id went. */
  private unknown(id: string, what: string): EntityCorrectionError {
    const into = mergedInto(this.loadCorrections(), id);
    return new EntityCorrectionError('UNKNOWN_ENTITY', `${what}: no entity has the id "${id}"${into ? ` (it was merged into "${into}")` : ''}`);
  }

  private insert(kind: 'merge' | 'split', source: string, target: string, spellings: string[], note: string): EntityCorrection {
    const row = this.sql(
      `INSERT INTO entity_corrections (kind, source_id, target_id, spellings, note, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
    ).get(kind, source, target, JSON.stringify(spellings), note.trim(), new Date().toISOString()) as CorrectionRow;
    return toCorrection(row);
  }

  mergeEntities(a: string, b: string, note = ''): CorrectionResult {
    return this.db.transaction((): CorrectionResult => {
      this.refresh();
      const into = checkEntityId(a, 'the entity to keep');
      const from = checkEntityId(b, 'the entity to merge');
      if (into === from) throw new EntityCorrectionError('SAME_ENTITY', `cannot merge "${into}" with itself`);
      if (this.occurrences(into).occurrences === 0) throw this.unknown(into, 'cannot merge');
      const moved = this.occurrences(from);
      if (moved.occurrences === 0) throw this.unknown(from, 'cannot merge');
      return { correction: this.insert('merge', from, into, [], note), mentions: moved.mentions, articles: moved.articles };
    })();
  }

  splitEntity(id: string, spellings: string[], newId: string, note = ''): CorrectionResult {
    return this.db.transaction((): CorrectionResult => {
      this.refresh();
      const from = checkEntityId(id, 'the entity to split');
      const into = checkEntityId(newId, 'the new id');
      const wanted = [...new Set(spellings)];
      if (wanted.length === 0) throw new EntityCorrectionError('INVALID', 'a split needs at least one spelling to move');
      if (into === from) throw new EntityCorrectionError('SAME_ENTITY', `cannot split "${from}" into itself`);
      if (this.occurrences(from).occurrences === 0) throw this.unknown(from, 'cannot split');
      const known = this.sql(`${FOCUS} SELECT text, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM m GROUP BY text ORDER BY mentions DESC, text`).all() as Array<{ text: string; mentions: number; articles: number }>;
      const missing = wanted.filter((s) => !known.some((k) => k.text === s));
      if (missing.length > 0) {
        throw new EntityCorrectionError(
          'NO_SUCH_SPELLING',
          `cannot split "${from}": ${missing.map((s) => `"${s}"`).join(', ')} ${missing.length === 1 ? 'is not a spelling' : 'are not spellings'} of it (its spellings: ${known.map((k) => `"${k.text}"`).join(', ') || 'none'})`,
        );
      }
      const movedRows = known.filter((k) => wanted.includes(k.text));
      const articles = (
        this.sql(`${FOCUS} SELECT count(DISTINCT article_id) AS n FROM m WHERE text IN (SELECT value FROM json_each(@spellings))`).get({
          spellings: JSON.stringify(wanted),
        }) as { n: number }
      ).n;
      return {
        correction: this.insert('split', from, into, wanted, note),
        mentions: movedRows.reduce((sum, k) => sum + k.mentions, 0),
        articles,
      };
    })();
  }
}
