/**
 * @module surfaces/web/map/atlas
 *
 * The offline basemap: country polygons from Natural Earth (public domain)
 * as world-atlas packages them (`countries-50m.json` for regional maps,
 * `countries-110m.json` for wide ones; TopoJSON), read once from
 * node_modules and turned into GeoJSON with topojson-client. Nothing is
 * fetched at run time.
 *
 * Natural Earth draws borders as they are controlled on the ground, so its
 * Russia holds Crimea: in both files the peninsula is one polygon of
 * Russia's MultiPolygon, joined to Ukraine's mainland along the Perekop
 * isthmus and the Syvash. The map must not draw it as Russian. Here that
 * polygon is taken out of Russia (the polygons of Russia whose centroid
 * lies within CRIMEA_OUTLINE below) into a geometry of its own, `crimea`,
 * which the map draws with Ukraine's colour and an "occupied" hatch; the
 * outline of Ukraine's internationally recognized territory is the merge
 * of Ukraine and Crimea, and the line between them is not drawn as a
 * border. Because the split works on the topology's own arcs, Crimea keeps
 * Natural Earth's coastline and the Perekop line exactly.
 *
 * Russian-occupied parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson
 * oblasts are not outlined: the front line moves, and no outline of it ships
 * with the project that could be defended as more than a guess. The map
 * marks those oblasts, which Russia claims, at their centres with the
 * occupation hatch (claimed.ts), and its legend says what is not drawn.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

/** ISO 3166-1 numeric codes, as world-atlas ids its countries. */
export const UKRAINE_ID = '804';
export const RUSSIA_ID = '643';
export const CRIMEA_ID = 'crimea';

/**
 * An approximate outline of the Crimean peninsula, [lon, lat], drawn by
 * hand for this map from the coordinates of its coast on ordinary maps of
 * the region (capes Tarkhankut, Sarych, Chauda, Takil and Fonar; Yevpatoria,
 * Sevastopol, Yalta, Sudak, Feodosia, Kerch), a few kilometres out to sea;
 * in the north it crosses the Perekop isthmus at about 46.2°N and runs
 * along the Syvash, the Chonhar strait and the Arabat Spit to the Henichesk
 * strait; in the east it follows the middle of the Kerch Strait, so that
 * Russia's Taman peninsula stays outside. It only picks out which polygon
 * of the atlas is Crimea; its coarse shape is drawn only if an atlas had no
 * such polygon in Russia (see `crimeaGeometry`).
 */
export const CRIMEA_OUTLINE: Array<[number, number]> = [
  [33.6, 46.2], [33.85, 46.15], [34.4, 46.05], [34.65, 46.15], [34.85, 46.2],
  [35.2, 45.8], [35.5, 45.4], [35.9, 45.47], [36.3, 45.48], [36.6, 45.45],
  [36.62, 45.3], [36.5, 45.05], [36.1, 44.95], [35.4, 44.98], [35.0, 44.78],
  [34.42, 44.62], [34.15, 44.42], [33.75, 44.33], [33.35, 44.5], [33.45, 44.8],
  [33.45, 45.1], [33.0, 45.25], [32.42, 45.33], [32.6, 45.55], [33.0, 45.8],
  [33.3, 46.0], [33.6, 46.2],
];

/** A ring as d3-geo wants it: clockwise, so that it holds the peninsula and not the rest of the globe. */
function outlinePolygon(ring: Array<[number, number]>): Polygon {
  const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
  return geoArea(polygon) > 2 * Math.PI ? { type: 'Polygon', coordinates: [[...ring].reverse()] } : polygon;
}

export const CRIMEA_POLYGON: Polygon = outlinePolygon(CRIMEA_OUTLINE);

export interface AtlasCountry {
  /** world-atlas's id (ISO numeric), or the name for the few without one. */
  id: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** [[west, south], [east, north]] in degrees; west > east when it crosses the antimeridian. */
  bounds: [[number, number], [number, number]];
}

export interface Atlas {
  countries: AtlasCountry[];
  /** Crimea: part of Ukraine, occupied by Russia since 2014. */
  crimea: Feature<Polygon | MultiPolygon>;
  /** Whether `crimea` is the atlas's own polygon (else the approximate CRIMEA_OUTLINE). */
  crimeaFromAtlas: boolean;
  /** Ukraine within its internationally recognized borders: the mainland and Crimea merged. */
  ukraineRecognized: MultiPolygon;
  /** Land borders between countries, the line between Crimea and the mainland left out. */
  borders: MultiLineString;
}

type CountryGeometry = (TopoPolygon | TopoMultiPolygon) & { id?: string | number; properties?: { name?: string } };

const idOf = (g: { id?: string | number; properties?: { name?: string } | null }) => String(g.id ?? g.properties?.name ?? '');

export type Resolution = '50m' | '110m';

const cached = new Map<Resolution, Atlas>();

/** The atlas with Crimea split out of Russia; read and built once per process and resolution. */
export function loadAtlas(resolution: Resolution = '50m'): Atlas {
  const hit = cached.get(resolution);
  if (hit) return hit;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geometries = (topology.objects.countries.geometries as GeometryObject[]).filter((g): g is CountryGeometry => g.type === 'Polygon' || g.type === 'MultiPolygon');
  const { geometries: split, crimea, fromAtlas } = crimeaGeometry(topology, geometries);
  const collection: GeometryCollection = { type: 'GeometryCollection', geometries: split as GeometryObject[] };
  const ukraine = split.find((g) => idOf(g) === UKRAINE_ID);
  const isUkraineCrimeaLine = (a: GeometryObject, b: GeometryObject) => {
    const ids = [idOf(a), idOf(b)].sort().join(',');
    return ids === [UKRAINE_ID, CRIMEA_ID].sort().join(',');
  };
  const crimeaFeature: Feature<Polygon | MultiPolygon> = fromAtlas
    ? (feature(topology, crimea as TopoMultiPolygon) as Feature<MultiPolygon>)
    : { type: 'Feature', properties: { name: 'Crimea' }, geometry: CRIMEA_POLYGON };
  const ukraineRecognized: MultiPolygon =
    ukraine && fromAtlas ? merge(topology, [ukraine, crimea as TopoMultiPolygon]) : ukraine ? merge(topology, [ukraine]) : { type: 'MultiPolygon', coordinates: [] };
  const atlas: Atlas = {
    countries: split
      .filter((g) => idOf(g) !== CRIMEA_ID)
      .map((g) => {
        const country = feature(topology, g as TopoMultiPolygon) as Feature<Polygon | MultiPolygon>;
        return { id: idOf(g), name: g.properties?.name ?? idOf(g), feature: country, bounds: geoBounds(country) };
      }),
    crimea: crimeaFeature,
    crimeaFromAtlas: fromAtlas,
    ukraineRecognized,
    borders: mesh(topology, collection, (a, b) => a !== b && !isUkraineCrimeaLine(a, b)),
  };
  cached.set(resolution, atlas);
  return atlas;
}

/**
 * The country geometries with the polygons of Russia that lie in Crimea
 * moved into a geometry of their own. Without such a polygon (an atlas
 * that draws Crimea inside Ukraine already) the geometries stay as they
 * are and the approximate outline stands for Crimea.
 */
function crimeaGeometry(topology: Topology, geometries: CountryGeometry[]): { geometries: CountryGeometry[]; crimea: CountryGeometry | null; fromAtlas: boolean } {
  const russia = geometries.find((g) => idOf(g) === RUSSIA_ID);
  if (!russia) return { geometries, crimea: null, fromAtlas: false };
  const polygons = russia.type === 'Polygon' ? [russia.arcs] : russia.arcs;
  const inCrimea = (arcs: number[][]) => geoContains(CRIMEA_POLYGON, geoCentroid(feature(topology, { type: 'Polygon', arcs } as TopoPolygon)));
  const crimean = polygons.filter(inCrimea);
  if (crimean.length === 0) return { geometries, crimea: null, fromAtlas: false };
  const rest = polygons.filter((arcs) => !inCrimea(arcs));
  const crimea: CountryGeometry = { type: 'MultiPolygon', arcs: crimean, id: CRIMEA_ID, properties: { name: 'Crimea' } };
  const russiaWithout: CountryGeometry = { ...russia, type: 'MultiPolygon', arcs: rest } as CountryGeometry;
  return { geometries: [...geometries.map((g) => (g === russia ? russiaWithout : g)), crimea], crimea, fromAtlas: true };
}

/**
 * Where the map writes the names of countries and seas: spots [lon, lat]
 * chosen by hand inside each, near the war, best first; the map takes the
 * first that is in view and free.
 */
export const BASEMAP_LABELS: Array<{ text: string; kind: 'country' | 'region' | 'sea'; at: Array<[number, number]> }> = [
  { text: 'UKRAINE', kind: 'country', at: [[31.2, 49.35], [28.5, 49.6], [34.0, 48.2]] },
  { text: 'RUSSIA', kind: 'country', at: [[40.5, 53.2], [40.0, 50.6], [41.0, 48.2], [34.5, 54.8]] },
  { text: 'BELARUS', kind: 'country', at: [[28.0, 53.5], [27.5, 52.4]] },
  { text: 'POLAND', kind: 'country', at: [[19.4, 52.2], [22.4, 51.0]] },
  { text: 'MOLDOVA', kind: 'country', at: [[28.6, 47.3]] },
  { text: 'ROMANIA', kind: 'country', at: [[24.8, 45.9], [27.0, 44.6]] },
  { text: 'HUNGARY', kind: 'country', at: [[19.4, 47.1]] },
  { text: 'SLOVAKIA', kind: 'country', at: [[19.6, 48.75]] },
  { text: 'LITHUANIA', kind: 'country', at: [[23.9, 55.3]] },
  { text: 'LATVIA', kind: 'country', at: [[25.6, 56.85]] },
  { text: 'BULGARIA', kind: 'country', at: [[25.2, 42.7]] },
  { text: 'TURKEY', kind: 'country', at: [[33.0, 39.3]] },
  { text: 'GEORGIA', kind: 'country', at: [[43.6, 42.2]] },
  { text: 'KAZAKHSTAN', kind: 'country', at: [[55.0, 48.5]] },
  { text: 'Black Sea', kind: 'sea', at: [[34.2, 43.35], [31.4, 44.7], [35.6, 44.05]] },
  { text: 'Sea of Azov', kind: 'sea', at: [[36.6, 46.1], [36.1, 45.8]] },
  { text: 'Baltic Sea', kind: 'sea', at: [[19.0, 55.6]] },
  { text: 'Crimea', kind: 'region', at: [[34.3, 45.45], [33.6, 45.5]] },
];

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  latlng: [number, number];
}

let countryIndex: { byName: Map<string, WorldCountry>; byCode: Map<string, WorldCountry> } | null = null;

function countries(): NonNullable<typeof countryIndex> {
  if (countryIndex) return countryIndex;
  const require = createRequire(import.meta.url);
  const list = require('world-countries') as WorldCountry[];
  const byName = new Map<string, WorldCountry>();
  for (const c of list) for (const name of [c.name.common, c.name.official]) byName.set(name.toLowerCase(), c);
  countryIndex = { byName, byCode: new Map(list.map((c) => [c.cca2, c])) };
  return countryIndex;
}

/**
 * Whether a place is a whole country ("Ukraine", "Russia"): its name is a
 * country's (world-countries, a dependency already) and its country code,
 * where known, agrees; or its point is that country's centre as
 * world-countries gives it. A map does not draw such a place as a circle
 * at the country's centre, which would read as something happening there.
 */
export function isCountryPlace(place: { name: string; lat: number; lon: number; country?: string | null }): boolean {
  const { byName, byCode } = countries();
  const named = byName.get(place.name.trim().toLowerCase());
  if (named && (!place.country || place.country === named.cca2)) return true;
  const own = place.country ? byCode.get(place.country) : undefined;
  return own !== undefined && Math.abs(own.latlng[0] - place.lat) < 0.05 && Math.abs(own.latlng[1] - place.lon) < 0.05;
}
