/**
 * @module analyze/places/candidates
 *
 * The places a name may be: the names gazetteer's entries of a place type
 * that have a point, and the places index's towns, regions and counties,
 * made one shape (`PlaceCandidate`) so that the chooser can weigh them
 * against each other. A place both sources know (same GeoNames id) is the
 * gazetteer's.
 */
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { MentionType } from '../names/types.js';
import { nameKey } from '../gazetteer/gazetteer.js';
import { placeKey, type IndexedPlace, type PlaceLookup } from './place-index.js';
import { usStateNameOf } from './qualifiers.js';

/** What kind of place: the chooser's priors differ by kind. */
export type PlaceKind = 'country' | 'region' | 'county' | 'town' | 'water' | 'area' | 'facility';

export interface PlaceCandidate {
  id: string;
  name: string;
  type: MentionType;
  lat: number;
  lon: number;
  geonamesId?: number;
  country?: string;
  /** GeoNames first-level division code within `country`. */
  admin1?: string;
  featureClass: string;
  featureCode?: string;
  population: number;
  kind: PlaceKind;
  /** The names gazetteer's entry, when the candidate is one. */
  entry?: GazetteerEntry;
  /** Whether the name looked up is the candidate's own name (not an alternate or an alias). */
  ownName: boolean;
  /** Found only under one of the places index's alternate names (GeoNames lists "Iraq" among Arak's): a weak reading. */
  alternate: boolean;
  /** An alternate reading where other places go by the name as their own ("Franklin": towns so named, and an old name of Columbus). */
  shadowed?: boolean;
  /** The whole that a name for a side of it stands for ("Venezuela" for "South Venezuela"): its point, not its identity. */
  partOf?: boolean;
}

/** The little of a names gazetteer the resolver needs. */
export interface PlaceGazetteer {
  byId(id: string): GazetteerEntry | undefined;
  lookup(name: string): readonly GazetteerEntry[];
  /** Whether a one-word key is an everyday English word ("deal", "march", "union"). */
  isCommonWord?(key: string): boolean;
}

const PLACE_TYPES: readonly MentionType[] = ['GPE', 'LOC', 'FAC'];

export function isPlaceEntry(entry: GazetteerEntry): boolean {
  return PLACE_TYPES.includes(entry.type);
}

function kindOfEntry(entry: GazetteerEntry): PlaceKind {
  const code = entry.geo?.featureCode ?? '';
  const featureClass = entry.geo?.featureClass ?? '';
  if (code.startsWith('PCL')) return 'country';
  if (code === 'ADM1' || (featureClass === 'A' && entry.type === 'GPE')) return 'region';
  if (code.startsWith('ADM')) return 'county';
  if (featureClass === 'H') return 'water';
  if (featureClass === 'S' || entry.type === 'FAC') return 'facility';
  if (featureClass === 'L' || featureClass === 'T' || entry.type === 'LOC') return 'area';
  return 'town';
}

/** A gazetteer entry as a candidate; undefined for one that is not a place or has no point. */
export function entryCandidate(entry: GazetteerEntry, form: string): PlaceCandidate | undefined {
  if (!isPlaceEntry(entry) || !entry.geo) return undefined;
  const c: PlaceCandidate = {
    id: entry.id,
    name: entry.name,
    type: entry.type,
    lat: entry.geo.lat,
    lon: entry.geo.lon,
    featureClass: entry.geo.featureClass ?? (entry.type === 'GPE' ? 'P' : 'L'),
    population: entry.population ?? 0,
    kind: kindOfEntry(entry),
    entry,
    ownName: nameKey(entry.name) === nameKey(form),
    alternate: false,
  };
  if (entry.geo.geonamesId !== undefined) c.geonamesId = entry.geo.geonamesId;
  if (entry.country) c.country = entry.country;
  if (entry.admin1) c.admin1 = entry.admin1;
  if (entry.geo.featureCode) c.featureCode = entry.geo.featureCode;
  return c;
}

export function indexedCandidate(place: IndexedPlace, form: string): PlaceCandidate {
  const kind: PlaceKind = place.featureCode === 'ADM1' ? 'region' : place.featureCode === 'ADM2' ? 'county' : 'town';
  const c: PlaceCandidate = {
    id: place.id,
    name: place.name,
    type: 'GPE',
    lat: place.lat,
    lon: place.lon,
    country: place.country,
    featureClass: place.featureClass,
    featureCode: place.featureCode,
    population: place.population,
    kind,
    ownName: placeKey(place.name) === placeKey(form),
    alternate: placeKey(place.name) !== placeKey(form),
  };
  if (place.admin1) c.admin1 = place.admin1;
  if (place.geonamesId !== undefined) c.geonamesId = place.geonamesId;
  return c;
}

/** A river's name without "River" ("Dnipro River" → "Dnipro"), which only a river (or a sea) may go by; undefined if none. */
export function riverName(form: string): string | undefined {
  const river = /^(?:the\s+)?(.+?)\s+river$/iu.exec(form) ?? /^river\s+(.+)$/iu.exec(form);
  return river?.[1];
}

/**
 * Every place a name may be, the gazetteer's first (in its order), then the
 * index's; each place once (by id, and by GeoNames id).
 */
/** A division's name without the word for what it is ("Oaxaca State" → "Oaxaca", "County Kerry" → "Kerry"); undefined if none. */
export function divisionName(form: string): string | undefined {
  const m = /^(.+?)\s+(?:state|province|region|oblast|county|governorate|prefecture|district|department)$/iu.exec(form) ?? /^(?:county|province|state)\s+(?:of\s+)?(.+)$/iu.exec(form);
  return m?.[1];
}

/** "South Venezuela", "Western US", "northern Syria": a part of a country or region named by its compass side; the whole's name. */
export function compassPartName(form: string): string | undefined {
  const SIDE = String.raw`(?:North|South|East|West|Central|North-?[Ee]ast|North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est)(?:ern)?`;
  const whole = new RegExp(String.raw`^${SIDE}\s+(\p{Lu}.+)$`, 'iu').exec(form)?.[1];
  // "North Eastern Province" is a province of its own, no side of an "Eastern Province".
  return whole && !new RegExp(String.raw`^${SIDE}\b`, 'iu').test(whole) ? whole : undefined;
}

/** A short name in capitals ("WA", "SA") is an abbreviation, not a town written so in mixed case ("Wa", in Ghana). */
function acronymOfTown(form: string, c: PlaceCandidate): boolean {
  return !c.entry && c.kind === 'town' && /^\p{Lu}{2,4}$/u.test(form) && c.name !== form;
}

export function candidatesFor(form: string, gazetteer: PlaceGazetteer, index: PlaceLookup | undefined): PlaceCandidate[] {
  const out = candidatesOf(form, gazetteer, index).filter((c) => !acronymOfTown(form, c));
  const add = (name: string | undefined, kinds: readonly PlaceKind[], partOf = false) => {
    if (!name) return;
    for (const c of candidatesOf(name, gazetteer, index)) {
      // The whole by its own name or an abbreviation ("Western US"), not by another word for it: "Central America" is no part of the US.
      if (partOf && !c.ownName && !/^\p{Lu}{2,3}$/u.test(name)) continue;
      if (kinds.includes(c.kind) && !out.some((o) => o.id === c.id)) out.push({ ...c, ownName: false, ...(partOf ? { partOf } : {}) });
    }
  };
  // "Mississippi River" is the river, not the state; "River North" is no town called North.
  add(riverName(form), ['water', 'area']);
  // "Oaxaca State" is the state of Oaxaca, not its capital; "Calif." is California.
  add(divisionName(form), ['region', 'county']);
  add(usStateNameOf(form), ['region']);
  // A side of a country, region or city that no gazetteer lists on its own ("South Venezuela", "West Berlin"): the whole, the best
  // point there is for it.
  if (out.length === 0) add(compassPartName(form), ['country', 'region', 'county', 'town'], true);
  // A region found by GeoNames' bare name that is also its own town's ("Kharkiv", "New York"): the town; the region
  // reading of such a name is identity's to make ("the Kharkiv region").
  return out.filter((c) => !(c.alternate && c.kind === 'region' && out.some((t) => t.kind === 'town' && t.entry && t.country === c.country && t.admin1 === c.admin1)));
}

function candidatesOf(form: string, gazetteer: PlaceGazetteer, index: PlaceLookup | undefined): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const ids = new Set<string>();
  const geonames = new Set<number>();
  const push = (c: PlaceCandidate | undefined) => {
    if (!c || ids.has(c.id) || (c.geonamesId !== undefined && geonames.has(c.geonamesId))) return;
    ids.add(c.id);
    if (c.geonamesId !== undefined) geonames.add(c.geonamesId);
    out.push(c);
  };
  for (const entry of gazetteer.lookup(form)) push(entryCandidate(entry, form));
  for (const place of index?.lookup(form) ?? []) {
    // A town the gazetteer has, found under an alternate name ("Gothenburg"): the gazetteer's entry.
    // A region the gazetteer has, by GeoNames' bare name ("Washington" for Washington State): the entry, read weakly
    // where the gazetteer does not know it by that name ("Kharkiv" is the city before it is the oblast).
    const entry = gazetteer.byId(place.id);
    if (entry && (entry.geo?.geonamesId === place.geonamesId || place.geonamesId === undefined)) {
      const c = entryCandidate(entry, form);
      if (c) c.alternate = !gazetteer.lookup(form).includes(entry) && placeKey(place.name) !== placeKey(form);
      if (c && place.geonamesId === undefined) c.alternate = !gazetteer.lookup(form).includes(entry);
      push(c);
    } else push(indexedCandidate(place, form));
  }
  return out;
}
