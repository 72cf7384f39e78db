/**
 * @module analyze/gazetteer/points
 *
 * The curated point tables the gazetteer build reads beside entities.json:
 *
 * - `data/curated/country-points.json`: GeoNames' own coordinates of its
 *   country features, by ISO 3166-1 alpha-2 code (world-countries' points
 *   are up to ~1,000 km off them: Canada, the United States);
 * - `data/curated/place-points.json`: points for curated entries that no
 *   package places (oblasts and other regions at GeoNames ADM1 points, seas,
 *   rivers, continents, facilities), by entry id; `null` marks an entry that
 *   deliberately has no point ("the West", the Soviet Union); its `extra`
 *   list adds the few places entities.json lacks (the Indian Ocean, Oceania).
 */
import { readFileSync } from 'node:fs';
import type { GazetteerGeo } from './types.js';

export const COUNTRY_POINTS_PATH = new URL('../../../data/curated/country-points.json', import.meta.url);
export const PLACE_POINTS_PATH = new URL('../../../data/curated/place-points.json', import.meta.url);

const FEATURE_CLASSES = ['A', 'H', 'L', 'P', 'R', 'S', 'T', 'U', 'V'];

function validPoint(lat: unknown, lon: unknown): boolean {
  return typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** ISO code → GeoNames country point (feature class A). */
export function readCountryPoints(path: URL | string = COUNTRY_POINTS_PATH): Map<string, GazetteerGeo> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { points: Record<string, [number, number, number?]> };
  const out = new Map<string, GazetteerGeo>();
  for (const [code, value] of Object.entries(data.points)) {
    const [lat, lon, geonamesId] = value;
    if (!/^[A-Z]{2}$/.test(code) || !validPoint(lat, lon)) throw new Error(`${String(path)}: bad point for ${code}`);
    const geo: GazetteerGeo = { lat, lon, featureClass: 'A' };
    if (geonamesId !== undefined) geo.geonamesId = geonamesId;
    out.set(code, geo);
  }
  return out;
}

/** A place entities.json lacks (an ocean, a continent), with its point: the build adds it as a curated entry. */
export interface ExtraPlace {
  name: string;
  type: 'GPE' | 'LOC' | 'FAC';
  aliases: string[];
  geo: GazetteerGeo;
}

export function readExtraPlaces(path: URL | string = PLACE_POINTS_PATH): ExtraPlace[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { extra?: Array<{ name: string; type: ExtraPlace['type']; aliases: string[]; lat: number; lon: number; featureClass?: string; geonamesId?: number }> };
  return (data.extra ?? []).map((e) => {
    if (!validPoint(e.lat, e.lon) || !['GPE', 'LOC', 'FAC'].includes(e.type)) throw new Error(`${String(path)}: bad extra place ${e.name}`);
    const geo: GazetteerGeo = { lat: e.lat, lon: e.lon };
    if (e.geonamesId !== undefined) geo.geonamesId = e.geonamesId;
    if (e.featureClass !== undefined) geo.featureClass = e.featureClass;
    return { name: e.name, type: e.type, aliases: [...e.aliases], geo };
  });
}

/** Entry id → its point, or null where the entry deliberately has none. */
export function readPlacePoints(path: URL | string = PLACE_POINTS_PATH): Map<string, GazetteerGeo | null> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { points: Record<string, GazetteerGeo | null> };
  const out = new Map<string, GazetteerGeo | null>();
  for (const [id, value] of Object.entries(data.points)) {
    if (value === null) {
      out.set(id, null);
      continue;
    }
    if (!validPoint(value.lat, value.lon)) throw new Error(`${String(path)}: bad point for ${id}`);
    if (value.featureClass !== undefined && !FEATURE_CLASSES.includes(value.featureClass)) throw new Error(`${String(path)}: bad feature class for ${id}`);
    const geo: GazetteerGeo = { lat: value.lat, lon: value.lon };
    if (value.geonamesId !== undefined) geo.geonamesId = value.geonamesId;
    if (value.featureClass !== undefined) geo.featureClass = value.featureClass;
    out.set(id, geo);
  }
  return out;
}
