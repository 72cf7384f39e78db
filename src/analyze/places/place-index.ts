/**
 * @module analyze/places/place-index
 *
 * The places index at run time: models/places.json.gz (built with the names
 * gazetteer by `npm run build:gazetteer`, see
 * gazetteer/place-index-build.ts), loaded once. It answers one question:
 * which places of the world go by this name (`lookup`). The file stays two
 * strings in memory; a record is made only for a row that a lookup returns.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { nameKey, slugify } from '../gazetteer/gazetteer.js';

export const PLACE_INDEX_PATH = new URL('../../../models/places.json.gz', import.meta.url);

export const PLACE_INDEX_FORMAT = 2;

/** Between the parts of the file. */
const PART = '\n\u0000\n';

/**
 * The file (gzipped text, not JSON, so that loading is a gunzip and no
 * parse): a JSON header line {format, sources}, then `rows`, then `keys`,
 * each part after "\n\0\n". `rows`: one place a line, tab-separated: name,
 * lat, lon, feature code, country, admin1, population, GeoNames id (empty:
 * none), id (empty: the slug of the name). `keys`: one line per name key
 * (placeKey), sorted by code unit, then a tab and the comma-separated offsets
 * into `rows` of the places that go by it. A lookup is a binary search.
 */
export interface PlaceIndexFile {
  format: typeof PLACE_INDEX_FORMAT;
  sources: Record<string, string>;
  /** Keys of one-word names that are also everyday English words ("valley", "republic", "deal"). */
  common: string[];
  rows: string;
  keys: string;
}

export function serializePlaceIndex(file: PlaceIndexFile): string {
  return JSON.stringify({ format: file.format, sources: file.sources, common: file.common }) + PART + file.rows + PART + file.keys;
}

export function parsePlaceIndex(text: string): PlaceIndexFile {
  const a = text.indexOf(PART);
  const b = a < 0 ? -1 : text.indexOf(PART, a + PART.length);
  if (b < 0) throw new Error('not a places index');
  const header = JSON.parse(text.slice(0, a)) as { format: number; sources: Record<string, string>; common?: string[] };
  if (header.format !== PLACE_INDEX_FORMAT) throw new Error(`a places index of format ${header.format}, not ${PLACE_INDEX_FORMAT}`);
  return { format: PLACE_INDEX_FORMAT, sources: header.sources, common: header.common ?? [], rows: text.slice(a + PART.length, b), keys: text.slice(b + PART.length) };
}

/** One place of the index. */
export interface IndexedPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** GeoNames feature code: PPL, PPLA, PPLC... for towns; ADM1, ADM2 for regions and counties. */
  featureCode: string;
  /** GeoNames feature class: P for towns, A for regions. */
  featureClass: 'P' | 'A';
  country: string;
  admin1: string;
  population: number;
  geonamesId?: number;
}

/** What the resolver needs of an index: tests pass a few places. */
export interface PlaceLookup {
  lookup(name: string): readonly IndexedPlace[];
  /** Whether a name is an everyday English word ("Valley", "Republic"). */
  isCommonWord?(name: string): boolean;
}

/** The key places are compared by: the gazetteer's, apostrophes and quotes dropped ("‘Afrīn" = "Afrin", "Vovchans’k" = "Vovchansk"). */
export function placeKey(name: string): string {
  return nameKey(name).replace(/['"]/g, '').replace(/\s+/g, ' ').trim();
}

export class PlaceIndex implements PlaceLookup {
  private readonly rows: string;
  private readonly keys: string;
  private readonly records = new Map<number, IndexedPlace>();
  private readonly common: Set<string>;

  constructor(file: Pick<PlaceIndexFile, 'rows' | 'keys'> & { common?: readonly string[] }) {
    this.rows = file.rows;
    this.keys = file.keys;
    this.common = new Set(file.common ?? []);
  }

  isCommonWord(name: string): boolean {
    return this.common.has(placeKey(name));
  }

  /** The places that go by this name, in the file's order. */
  lookup(name: string): IndexedPlace[] {
    const key = placeKey(name);
    if (key === '') return [];
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = mid === 0 ? 0 : keys.lastIndexOf('\n', mid - 1) + 1;
      const newline = keys.indexOf('\n', start);
      const end = newline < 0 ? keys.length : newline;
      const tab = keys.indexOf('\t', start);
      const k = keys.slice(start, tab);
      if (k === key) return keys.slice(tab + 1, end).split(',').map((offset) => this.record(Number(offset)));
      if (k < key) lo = end + 1;
      else hi = start;
    }
    return [];
  }

  private record(offset: number): IndexedPlace {
    let record = this.records.get(offset);
    if (!record) {
      const newline = this.rows.indexOf('\n', offset);
      const line = this.rows.slice(offset, newline < 0 ? undefined : newline);
      const [name, lat, lon, featureCode, country, admin1, population, geonamesId, id] = line.split('\t') as [string, string, string, string, string, string, string, string, string];
      record = {
        id: id || slugify(name),
        name,
        lat: Number(lat),
        lon: Number(lon),
        featureCode,
        featureClass: featureCode.startsWith('ADM') ? 'A' : 'P',
        country,
        admin1,
        population: Number(population) || 0,
      };
      if (geonamesId) record.geonamesId = Number(geonamesId);
      this.records.set(offset, record);
    }
    return record;
  }
}

let cached: PlaceIndex | null = null;

export function readPlaceIndexFile(path: URL | string = PLACE_INDEX_PATH): PlaceIndexFile {
  try {
    return parsePlaceIndex(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch (err) {
    throw new Error(`${String(path)}: ${err instanceof Error ? err.message : String(err)}; run npm run build:gazetteer`);
  }
}

/** The shipped index, loaded on first use and kept. */
export function loadPlaceIndex(): PlaceIndex {
  if (!cached) cached = new PlaceIndex(readPlaceIndexFile());
  return cached;
}
