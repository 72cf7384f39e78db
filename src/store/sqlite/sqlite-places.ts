/**
 * @module store/sqlite/sqlite-places
 *
 * Places: the entities of the registry that have a point. The point is in
 * the per-article `entities` table (`geo`, where the gazetteer has one);
 * the mentions that count are those the article's `places` layer (the
 * `places` table, migration 3) gives the role `location`: a capital standing
 * for its government ("Moscow said", role `actor`) or a name with no point
 * (`none`) is not on the map. An article stored before that layer existed
 * (`articles.has_places = 0`) has no rows there; its mentions of an entity
 * with a point count, as they did before, until it is analysed again. The
 * mentions are resolved through the registry's views (`resolved_mentions`,
 * `resolved_records`, sqlite-registry.ts), so a user's merge or split moves
 * them here as on the entity pages. An entity a split made has no record of
 * its own, hence no point: it is not a place until an analysis gives it one.
 *
 * Each entity's point is the one its records give most often (ties: the
 * first in binary order of the JSON), its name and type the most frequent
 * among its records, whatever the filter. The points, and the counts for
 * each filter asked for, are kept until the store changes (`data_version`,
 * a new correction, or a write by this connection: `touched()`), as the map
 * page asks for the same few again and again.
 */
import { articleFilterSql } from './article-filter.js';
import type Database from 'better-sqlite3';
import type { SqliteRegistry } from './sqlite-registry.js';
import type { ArticlePlace, ArticlePlaceMention, Page, Paging, PlaceFilter, PlaceSummary } from '../store.js';
import type { PlaceRole } from '../../format/analysis.js';

/** What the registry knows of a place entity's point: the summary's fields, before counting. */
type PlacePoint = Pick<PlaceSummary, 'name' | 'type' | 'lat' | 'lon' | 'geonamesId' | 'country'>;

interface CountRow {
  id: string;
  mentions: number;
  articles: number;
  outlets: number;
  firstSeen: string | null;
  lastSeen: string | null;
  spellings: string;
}

interface Counted extends PlaceSummary {
  /** Lower-cased id, name and the spellings in the counted articles, for the `q` filter. */
  haystack: string[];
}

/**
 * The mentions that put an entity on the map, resolved: a `places` row with the role `location` matches
 * its mention by span and analyzer id; an article without a places layer gives all its mentions.
 */
const LOCATED_VIEW = `
  CREATE TEMP VIEW IF NOT EXISTS located_mentions AS
    SELECT rm.article_id, rm.entity, rm.start, rm."end", rm.text FROM resolved_mentions rm
      JOIN main.places pl ON pl.article_id = rm.article_id AND pl.start = rm.start AND pl."end" = rm."end" AND pl.entity_id = rm.original
      WHERE pl.role = 'location'
    UNION ALL
    SELECT rm.article_id, rm.entity, rm.start, rm."end", rm.text FROM resolved_mentions rm
      JOIN main.articles a ON a.id = rm.article_id WHERE a.has_places = 0;`;

/** The rule of a place mention of an article stored before the places layer existed. */
const LEGACY_RULE = 'stored-before-places';
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

interface PlaceMentionRow {
  start: number;
  end: number;
  text: string | null;
  entity: string;
  record_name: string | null;
  /** Only for an article without a places layer: the mention's type. */
  type?: string;
  role: PlaceRole;
  rule: string;
  lat: number | null;
  lon: number | null;
  geonames_id: number | null;
  country: string | null;
  feature_class: string | null;
}

/** Filters kept at most; the map page and its twin ask for a few. */
const MAX_CACHED_FILTERS = 32;

/**
 * One row per (resolved entity, point), then the best point, name and type.
 * `resolved_records` has no geo: it is joined back to its row of `entities`.
 */
const POINTS = `
  WITH rec AS (
    SELECT rr.entity, rr.name, rr.type, e.geo FROM resolved_records rr
    JOIN main.entities e ON e.article_id = rr.article_id AND e.idx = rr.idx
  ),
  placed AS (
    SELECT entity, geo, row_number() OVER (PARTITION BY entity ORDER BY count(*) DESC, geo) AS rn
    FROM rec WHERE geo IS NOT NULL GROUP BY entity, geo
  ),
  named AS (
    SELECT entity, name, row_number() OVER (PARTITION BY entity ORDER BY count(*) DESC, name) AS rn
    FROM rec WHERE name IS NOT NULL AND entity IN (SELECT entity FROM placed) GROUP BY entity, name
  ),
  typed AS (
    SELECT entity, type, row_number() OVER (PARTITION BY entity ORDER BY count(*) DESC, type) AS rn
    FROM rec WHERE type IS NOT NULL AND entity IN (SELECT entity FROM placed) GROUP BY entity, type
  )
  SELECT p.entity, p.geo, n.name, t.type FROM placed p
  LEFT JOIN named n ON n.entity = p.entity AND n.rn = 1
  LEFT JOIN typed t ON t.entity = p.entity AND t.rn = 1
  WHERE p.rn = 1`;


function toPoint(geo: string, name: string | null, type: string | null, id: string): PlacePoint | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(geo);
  } catch {
    return null;
  }
  const g = parsed as { lat?: unknown; lon?: unknown; geonamesId?: unknown; country?: unknown };
  if (typeof g.lat !== 'number' || typeof g.lon !== 'number' || !Number.isFinite(g.lat) || !Number.isFinite(g.lon)) return null;
  if (Math.abs(g.lat) > 90 || Math.abs(g.lon) > 180) return null;
  return {
    name: name ?? id,
    type: type ?? '',
    lat: g.lat,
    lon: g.lon,
    geonamesId: typeof g.geonamesId === 'number' ? g.geonamesId : null,
    country: typeof g.country === 'string' ? g.country : null,
  };
}

const byCount = (a: PlaceSummary, b: PlaceSummary) => b.mentions - a.mentions || b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class SqlitePlaces {
  /** What the cached points and counts were read at; null: to read again. */
  private stamp: string | null = null;
  private generation = 0;
  private points = new Map<string, PlacePoint>();
  private readonly counted = new Map<string, Counted[]>();

  constructor(
    private readonly db: Database.Database,
    private readonly sql: (source: string) => Database.Statement,
    private readonly registry: SqliteRegistry,
  ) {
    db.exec(LOCATED_VIEW);
  }

  /** Called after this connection writes: `data_version` only tells of other connections' writes. */
  touched(): void {
    this.generation += 1;
  }

  /** Brings the registry's resolution and the cached points up to date with the store. */
  private ensurePoints(): void {
    this.registry.resolve();
    const corrections = (this.sql('SELECT coalesce(max(seq), 0) AS seq FROM entity_corrections').get() as { seq: number }).seq;
    const stamp = `${this.db.pragma('data_version', { simple: true }) as number}:${corrections}:${this.generation}`;
    if (stamp === this.stamp) return;
    const points = new Map<string, PlacePoint>();
    for (const row of this.sql(POINTS).all() as Array<{ entity: string; geo: string; name: string | null; type: string | null }>) {
      const point = toPoint(row.geo, row.name, row.type, row.entity);
      if (point) points.set(row.entity, point);
    }
    this.points = points;
    this.counted.clear();
    this.stamp = stamp;
  }

  private count(filter: PlaceFilter): Counted[] {
    const { where, params } = articleFilterSql(filter);
    const key = JSON.stringify([filter.outlet?.toLowerCase() ?? null, filter.since ?? null, filter.until ?? null, filter.about ?? null]);
    const cached = this.counted.get(key);
    if (cached) return cached;
    const rows = this.sql(
      `WITH picked AS (SELECT a.id, a.outlet, a.published FROM articles a ${where})
       SELECT rm.entity AS id, count(*) AS mentions, count(DISTINCT rm.article_id) AS articles, count(DISTINCT p.outlet) AS outlets,
         min(p.published) AS firstSeen, max(p.published) AS lastSeen, json_group_array(DISTINCT rm.text) AS spellings
       FROM located_mentions rm JOIN picked p ON p.id = rm.article_id GROUP BY rm.entity`,
    ).all(params) as CountRow[];
    const places: Counted[] = [];
    for (const row of rows) {
      const point = this.points.get(row.id);
      if (!point) continue;
      const spellings = (JSON.parse(row.spellings) as Array<string | null>).filter((s): s is string => typeof s === 'string');
      places.push({
        id: row.id,
        name: point.name,
        type: point.type,
        lat: point.lat,
        lon: point.lon,
        geonamesId: point.geonamesId,
        country: point.country,
        mentions: row.mentions,
        articles: row.articles,
        outlets: row.outlets,
        firstSeen: row.firstSeen,
        lastSeen: row.lastSeen,
        haystack: [row.id, point.name, ...spellings].map((s) => s.toLowerCase()),
      });
    }
    places.sort(byCount);
    if (this.counted.size >= MAX_CACHED_FILTERS) this.counted.delete(this.counted.keys().next().value!);
    this.counted.set(key, places);
    return places;
  }

  places(filter: PlaceFilter, paging?: Paging): Page<PlaceSummary> {
    return this.db.transaction((): Page<PlaceSummary> => {
      this.ensurePoints();
      let places = this.count(filter);
      const q = filter.q?.trim().toLowerCase();
      if (q) {
        // Any spelling in the whole store finds the place, as on the entity list; the counts stay the filter's.
        const everywhere = new Map(this.count({}).map((p) => [p.id, p.haystack]));
        places = places.filter((p) => (everywhere.get(p.id) ?? p.haystack).some((text) => text.includes(q)));
      }
      const page = paging ? places.slice(paging.offset, paging.offset + paging.limit) : places;
      return { total: places.length, items: page.map(({ haystack: _, ...place }) => place) };
    })();
  }

  articlePlaces(articleId: string): ArticlePlace[] | null {
    return this.db.transaction((): ArticlePlace[] | null => {
      if (this.sql('SELECT 1 FROM articles WHERE id = ?').get(articleId) === undefined) return null;
      this.ensurePoints();
      const rows = this.sql('SELECT entity, start, "end", text FROM located_mentions WHERE article_id = ? ORDER BY start, "end"').all(articleId) as Array<{
        entity: string;
        start: number;
        end: number;
        text: string;
      }>;
      const places = new Map<string, ArticlePlace>();
      for (const row of rows) {
        const point = this.points.get(row.entity);
        if (!point) continue;
        const place = places.get(row.entity) ?? {
          entity: row.entity, name: point.name, type: point.type, lat: point.lat, lon: point.lon, country: point.country, mentions: [],
        };
        place.mentions.push({ start: row.start, end: row.end, text: row.text });
        places.set(row.entity, place);
      }
      // Most mentioned first; then in the order the text names them.
      return [...places.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
    })();
  }

  articlePlaceMentions(articleId: string): ArticlePlaceMention[] | null {
    return this.db.transaction((): ArticlePlaceMention[] | null => {
      const article = this.sql('SELECT has_places, text FROM articles WHERE id = ?').get(articleId) as { has_places: number; text: string } | undefined;
      if (!article) return null;
      this.ensurePoints();
      const rows = (article.has_places === 1 ? this.sql(PLACE_MENTIONS) : this.sql(LEGACY_PLACE_MENTIONS)).all(articleId) as PlaceMentionRow[];
      const kept = article.has_places === 1 ? rows : rows.filter((row) => PLACE_TYPES.has(row.type ?? '') || this.points.has(row.entity));
      return kept.map((row): ArticlePlaceMention => {
        const point = this.points.get(row.entity);
        const span = { start: row.start, end: row.end, text: row.text ?? article.text.slice(row.start, row.end), entity: row.entity, name: point?.name ?? row.record_name };
        if (article.has_places === 1) {
          return { ...span, role: row.role, rule: row.rule, lat: row.lat, lon: row.lon, geonamesId: row.geonames_id, country: row.country, featureClass: row.feature_class };
        }
        // Stored before the places layer: what the old reading put on the map, a location; the rest not placed.
        return {
          ...span,
          role: point ? 'location' : 'none',
          rule: LEGACY_RULE,
          lat: point?.lat ?? null,
          lon: point?.lon ?? null,
          geonamesId: point?.geonamesId ?? null,
          country: point?.country ?? null,
          featureClass: null,
        };
      });
    })();
  }
}

/** The name the article's own entities layer gives the mention's analyzer id. */
const RECORD_NAME = (alias: string, column = 'entity_id') =>
  `(SELECT e.name FROM main.entities e WHERE e.article_id = ${alias}.article_id AND e.entity_id = ${alias}.${column} ORDER BY e.idx LIMIT 1)`;

/** An article's places layer, each row with its mention's text and resolved entity (the analyzer's where no mention matches). */
const PLACE_MENTIONS = `
  SELECT pl.start, pl."end", rm.text, coalesce(rm.entity, pl.entity_id) AS entity, ${RECORD_NAME('pl')} AS record_name, pl.role, pl.rule,
    pl.lat, pl.lon, pl.geonames_id, pl.country, pl.feature_class
  FROM main.places pl
  LEFT JOIN resolved_mentions rm ON rm.article_id = pl.article_id AND rm.start = pl.start AND rm."end" = pl."end" AND rm.original = pl.entity_id
  WHERE pl.article_id = ? ORDER BY pl.start, pl."end", pl.idx`;

/** An article stored before the places layer: its GPE, LOC and FAC mentions, and any other of an entity that may have a point. */
const LEGACY_PLACE_MENTIONS = `
  SELECT rm.start, rm."end", rm.text, rm.entity, ${RECORD_NAME('rm', 'original')} AS record_name, rm.type
  FROM resolved_mentions rm
  WHERE rm.article_id = ? ORDER BY rm.start, rm."end", rm.idx`;
