/**
 * @module analyze/identity/types
 *
 * What identity reads and writes. It reads the `names` layer (typed spans, no
 * identity yet) and a gazetteer; it writes `mentions` (FORMAT.md's Mention:
 * every name with the id of the thing it names) and `entities` (one record per
 * distinct id in the document).
 */
import type { Span } from '../document.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { MentionType } from '../names/types.js';

/**
 * The little of a gazetteer that identity needs, so that tests can pass a
 * handful of real entries. `lookup` is an exact match after the gazetteer's
 * own normalization (case, diacritics, quotes, a leading "the").
 */
export interface IdentityGazetteer {
  byId(id: string): GazetteerEntry | undefined;
  lookup(name: string): readonly GazetteerEntry[];
  /**
   * Every entry, to match a spelling that `lookup` does not know by the
   * transliteration rules. Optional: without it, only `lookup` matches.
   */
  readonly entries?: Iterable<GazetteerEntry>;
}

/** A mention of the `mentions` layer: FORMAT.md's Mention. */
export interface MentionSpan extends Span {
  text: string;
  type: MentionType;
  entity: string;
}

/**
 * A record of the `entities` layer: FORMAT.md's Entity, with the span of its
 * first mention, so that the layer is a layer of spans like every other (the
 * Analysis drops `start`/`end`).
 */
export interface EntitySpan extends Span, EntityRef {
  /** Every distinct surface form of the entity in this document, in order of first appearance. */
  aliases: string[];
}

/** FORMAT.md's `geo` of an entity: its point, for places the gazetteer placed. */
export interface EntityGeo {
  lat: number;
  lon: number;
  geonamesId?: number;
  country?: string;
  /** GeoNames feature class: A (countries, regions), P (towns), H (water), L (areas), T (islands, spits), S (facilities). */
  featureClass?: string;
}

/** What an entity's id and name come from: a gazetteer entry, or the document's own spelling. */
export interface EntityRef {
  id: string;
  name: string;
  type: MentionType;
  wikidata?: string;
  geo?: EntityGeo;
}

/** The scorer's type classes: a place is a place whether the recognizer said GPE, LOC or FAC. */
export type TypeClass = 'PER' | 'ORG' | 'LOC' | 'NORP' | 'WEAPON' | 'MISC';

export function typeClass(type: MentionType): TypeClass {
  switch (type) {
    case 'PERSON':
      return 'PER';
    case 'GPE':
    case 'LOC':
    case 'FAC':
      return 'LOC';
    default:
      return type;
  }
}

export function isPlaceType(type: MentionType): boolean {
  return typeClass(type) === 'LOC';
}

/** An entity as its gazetteer entry describes it. */
export function refOf(entry: GazetteerEntry): EntityRef {
  const ref: EntityRef = { id: entry.id, name: entry.name, type: entry.type };
  if (entry.wikidata) ref.wikidata = entry.wikidata;
  if (entry.geo) {
    ref.geo = { lat: entry.geo.lat, lon: entry.geo.lon };
    if (entry.geo.geonamesId !== undefined) ref.geo.geonamesId = entry.geo.geonamesId;
    if (entry.country) ref.geo.country = entry.country;
    if (entry.geo.featureClass) ref.geo.featureClass = entry.geo.featureClass;
  }
  return ref;
}
