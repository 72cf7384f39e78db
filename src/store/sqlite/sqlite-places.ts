/**
 * @module store/sqlite/sqlite-places
 *
 * Places: the entities of the registry that have a point. The point is in
 * the per-article `entities` table (`geo`, where the gazetteer has one);
 * the mentions that count are those of `mentions`, resolved through the
 * registry's views (`resolved_mentions`, `resolved_records`, sqlite-registry.ts),
 * so a user's merge or split moves them here as on the entity pages. An
 * entity a split made has no record of its own, hence no point: it is not
 * a place until an analysis gives it one.
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
import type { ArticlePlace, Page, Paging, PlaceFilter, PlaceSummary } from '../store.js';

interface PlacePoint {
  name: string;
  type: string;
  lat: number;
  lon: number;
  geonamesId: number | null;
  country: string | null;
}

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
  ) {}

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
    const key = JSON.stringify([filter.outlet?.toLowerCase() ?? null, filter.since ?? null, filter.until ?? null]);
    const cached = this.counted.get(key);
    if (cached) return cached;
    const rows = this.sql(
      `WITH picked AS (SELECT a.id, a.outlet, a.published FROM articles a ${where})
       SELECT rm.entity AS id, count(*) AS mentions, count(DISTINCT rm.article_id) AS articles, count(DISTINCT p.outlet) AS outlets,
         min(p.published) AS firstSeen, max(p.published) AS lastSeen, json_group_array(DISTINCT rm.text) AS spellings
       FROM resolved_mentions rm JOIN picked p ON p.id = rm.article_id GROUP BY rm.entity`,
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
      const rows = this.sql('SELECT entity, start, "end", text FROM resolved_mentions WHERE article_id = ? ORDER BY start, "end"').all(articleId) as Array<{
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
}
