/**
 * @module surfaces/web/map/layout
 *
 * Where everything on a map goes, computed on the server: the extent (the
 * places shown, with a margin, never closer than a region; Ukraine and its
 * neighbours when there is none), a Lambert conformal conic projection
 * centred on it, the basemap's SVG paths (cached per projection, as the
 * same few extents come back), the places as circles whose area grows with
 * their mentions, labels for the most mentioned that fit without
 * overlapping, the names of countries and seas where room is left, and a
 * scale bar. The page only turns the result into markup (place-map.tsx).
 */
import { geoConicConformal, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { claimedOblasts } from './claimed.js';
import { BASEMAP_LABELS, CRIMEA_ID, RUSSIA_ID, UKRAINE_ID, isCountryPlace, loadAtlas, type Resolution } from './atlas.js';

export interface MapPlaceInput {
  id: string;
  name: string;
  lat: number;
  lon: number;
  mentions: number;
  /** ISO 3166-1 alpha-2 code of the country it lies in, where known. */
  country?: string | null;
}

export interface MapOptions {
  width: number;
  height: number;
  /** At most this many places get a label. */
  maxLabels: number;
  /** The smallest extent shown, in degrees: one place is shown with its region, not filling the map. */
  minSpan: { lat: number; lon: number };
  /** Radius of the most mentioned place's circle, and the least any circle gets. */
  maxRadius: number;
  minRadius: number;
}

export const FULL_MAP: MapOptions = { width: 960, height: 620, maxLabels: 20, minSpan: { lat: 4, lon: 6 }, maxRadius: 26, minRadius: 3.5 };
export const SMALL_MAP: MapOptions = { width: 640, height: 400, maxLabels: 8, minSpan: { lat: 4.5, lon: 7 }, maxRadius: 14, minRadius: 4 };

/** An extent in degrees. */
export interface Frame {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The region the map is about: places beyond it (Washington, Beijing) are listed, not drawn, unless there is nothing else. */
export const THEATRE: Frame = { west: -12, south: 34, east: 62, north: 71 };
/** Ukraine and its neighbours, when no place is there to fit. */
export const DEFAULT_FRAME: Frame = { west: 21.5, south: 43.5, east: 41, north: 53 };

export interface BasemapPaths {
  /** Natural Earth's scale the paths were drawn from. */
  resolution: Resolution;
  countries: Array<{ id: string; name: string; kind: 'ukraine' | 'russia' | 'other'; d: string }>;
  crimea: string;
  ukraineOutline: string;
  borders: string;
  /** The oblasts Russia claims, partly occupied (map/claimed.ts), at their points in the frame. */
  claimed: Array<{ id: string; name: string; x: number; y: number }>;
}

export interface MapCircle {
  id: string;
  name: string;
  mentions: number;
  cx: number;
  cy: number;
  r: number;
}

export interface MapLabel {
  /** The place's id; null for a country or sea. */
  id: string | null;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  kind: 'major' | 'place' | 'country' | 'region' | 'sea';
}

export interface MapLayout {
  width: number;
  height: number;
  frame: Frame;
  basemap: BasemapPaths;
  /** Largest first, so that small circles are drawn over big ones. */
  circles: MapCircle[];
  labels: MapLabel[];
  /** Ids of the places outside the map's extent. */
  offMap: string[];
  /** Ids of the places that are whole countries: listed, not drawn. */
  countries: string[];
  maxMentions: number;
  scale: { x: number; y: number; length: number; km: number } | null;
}

const inFrame = (f: Frame, lon: number, lat: number) => lon >= f.west && lon <= f.east && lat >= f.south && lat <= f.north;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The extent for these places: their box, a margin, at least `minSpan`, snapped outwards to half degrees. */
export function frameFor(places: Array<{ lat: number; lon: number }>, minSpan: MapOptions['minSpan']): Frame {
  const near = places.filter((p) => inFrame(THEATRE, p.lon, p.lat));
  const used = near.length > 0 ? near : places;
  if (used.length === 0) return DEFAULT_FRAME;
  let west = Math.min(...used.map((p) => p.lon));
  let east = Math.max(...used.map((p) => p.lon));
  let south = Math.min(...used.map((p) => p.lat));
  let north = Math.max(...used.map((p) => p.lat));
  const padLon = Math.max((east - west) * 0.12, 0.6);
  const padLat = Math.max((north - south) * 0.12, 0.4);
  west -= padLon;
  east += padLon;
  south -= padLat;
  north += padLat;
  if (east - west < minSpan.lon) {
    const middle = (east + west) / 2;
    west = middle - minSpan.lon / 2;
    east = middle + minSpan.lon / 2;
  }
  if (north - south < minSpan.lat) {
    const middle = (north + south) / 2;
    south = middle - minSpan.lat / 2;
    north = middle + minSpan.lat / 2;
  }
  return {
    west: clamp(Math.floor(west * 2) / 2, -180, 180),
    east: clamp(Math.ceil(east * 2) / 2, -180, 180),
    south: clamp(Math.floor(south * 2) / 2, -80, 80),
    north: clamp(Math.ceil(north * 2) / 2, -80, 80),
  };
}

/** Points along the edges of the frame, so that the fit holds the whole of it, curved edges included. */
function frameOutline(f: Frame): MultiPoint {
  const coordinates: Array<[number, number]> = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const lon = f.west + ((f.east - f.west) * i) / steps;
    const lat = f.south + ((f.north - f.south) * i) / steps;
    coordinates.push([lon, f.south], [lon, f.north], [f.west, lat], [f.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** A Lambert conformal conic centred on the frame, with standard parallels at a quarter and three quarters of it, fitted to the size. */
export function projectionFor(f: Frame, width: number, height: number): GeoProjection {
  const span = f.north - f.south;
  const projection = geoConicConformal()
    .rotate([-(f.west + f.east) / 2, 0])
    .parallels([f.south + span / 4, f.north - span / 4])
    .fitExtent(
      [
        [6, 6],
        [width - 6, height - 6],
      ],
      frameOutline(f),
    );
  return projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
}

const MAX_CACHED_BASEMAPS = 48;
const basemaps = new Map<string, BasemapPaths>();

/** 1:50m for a region, 1:110m for a continent: finer lines than a wide map can show only weigh the page down. */
export const resolutionFor = (f: Frame): Resolution => (f.east - f.west > 30 ? '110m' : '50m');

/**
 * Whether a country may show on a map of the frame: its bounds meet the
 * frame grown by its own size on every side (the map shows more than the
 * frame where the aspect differs). Projecting only those keeps a new
 * basemap cheap: far-off polar polygons cost most to clip.
 */
function mayShow(bounds: [[number, number], [number, number]], f: Frame): boolean {
  const lonPad = f.east - f.west;
  const latPad = f.north - f.south;
  const [[west, south], [east, north]] = bounds;
  if (north < f.south - latPad || south > f.north + latPad) return false;
  const lo = f.west - lonPad;
  const hi = f.east + lonPad;
  if (lo <= -180 || hi >= 180) return true;
  const meets = (a: number, b: number) => a <= hi && b >= lo;
  return west <= east ? meets(west, east) : meets(west, 180) || meets(-180, east);
}

const kindOf = (id: string): BasemapPaths['countries'][number]['kind'] => (id === UKRAINE_ID ? 'ukraine' : id === RUSSIA_ID ? 'russia' : 'other');

/** The basemap's paths for a frame and size; rendered once, then served from the cache. */
export function basemapFor(f: Frame, width: number, height: number): BasemapPaths {
  const resolution = resolutionFor(f);
  const key = `${resolution}:${width}x${height}:${f.west},${f.south},${f.east},${f.north}`;
  const hit = basemaps.get(key);
  if (hit) {
    // Most recently used last, so that the oldest is the one let go.
    basemaps.delete(key);
    basemaps.set(key, hit);
    return hit;
  }
  const atlas = loadAtlas(resolution);
  const projection = projectionFor(f, width, height);
  const path = geoPath(projection).digits(1);
  const rendered: BasemapPaths = {
    resolution,
    countries: atlas.countries
      .filter((c) => mayShow(c.bounds, f))
      .map((c) => ({ id: c.id, name: c.name, kind: kindOf(c.id), d: path(c.feature) ?? '' }))
      .filter((c) => c.d !== '' && c.id !== CRIMEA_ID),
    crimea: path(atlas.crimea) ?? '',
    ukraineOutline: path(atlas.ukraineRecognized) ?? '',
    borders: path(atlas.borders) ?? '',
    claimed: claimedOblasts()
      .filter((o) => inFrame(f, o.lon, o.lat))
      .map((o) => {
        const [x, y] = projection([o.lon, o.lat])!;
        return { id: o.id, name: o.name, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
      }),
  };
  if (basemaps.size >= MAX_CACHED_BASEMAPS) basemaps.delete(basemaps.keys().next().value!);
  basemaps.set(key, rendered);
  return rendered;
}

/** How many basemaps are cached (for tests). */
export const cachedBasemaps = () => basemaps.size;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A label's width in the map's units: an estimate, as the server has no fonts to measure with. */
function textWidth(text: string, size: number, caps: boolean): number {
  // Capitals with the stylesheet's letter-spacing (.16em) are wider.
  return text.length * size * (caps ? 0.92 : 0.56);
}

const MAX_LABEL_CHARS = 28;
const shorten = (name: string) => (name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1)}…` : name);

/** Font sizes in the map's units; the stylesheet sets the same. */
export const LABEL_SIZES: Record<MapLabel['kind'], number> = { major: 14, place: 12, country: 12, region: 11, sea: 12 };

const EARTH_RADIUS_KM = 6371.0088;
const NICE_KM = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];

/** A scale bar near the bottom left, true at the map's centre (a conformal map's scale changes a little across it). */
function scaleBar(projection: GeoProjection, width: number, height: number): MapLayout['scale'] {
  const a = projection.invert?.([width / 2, height / 2]);
  const b = projection.invert?.([width / 2 + 100, height / 2]);
  if (!a || !b) return null;
  const kmPerUnit = (geoDistance(a, b) * EARTH_RADIUS_KM) / 100;
  if (!Number.isFinite(kmPerUnit) || kmPerUnit <= 0) return null;
  const km = [...NICE_KM].reverse().find((k) => k / kmPerUnit <= width * 0.18) ?? NICE_KM[0]!;
  return { x: 16, y: height - 18, length: km / kmPerUnit, km };
}

/** Everything a map of these places needs, in the map's units. */
export function layoutMap(all: MapPlaceInput[], options: MapOptions): MapLayout {
  const { width, height } = options;
  const countries = all.filter((p) => isCountryPlace(p)).map((p) => p.id);
  const places = all.filter((p) => !countries.includes(p.id));
  const frame = frameFor(places, options.minSpan);
  const projection = projectionFor(frame, width, height);
  const basemap = basemapFor(frame, width, height);

  const drawn: Array<MapPlaceInput & { x: number; y: number }> = [];
  const offMap: string[] = [];
  for (const place of places) {
    const xy = projection([place.lon, place.lat]);
    if (xy && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height) drawn.push({ ...place, x: xy[0], y: xy[1] });
    else offMap.push(place.id);
  }
  const maxMentions = Math.max(1, ...drawn.map((p) => p.mentions));
  const round = (v: number) => Math.round(v * 10) / 10;
  const circles: MapCircle[] = drawn
    .map((p) => ({
      id: p.id,
      name: p.name,
      mentions: p.mentions,
      cx: round(p.x),
      cy: round(p.y),
      // Area, not radius, grows with the count.
      r: round(Math.max(options.minRadius, options.maxRadius * Math.sqrt(Math.max(0, p.mentions) / maxMentions))),
    }))
    .sort((a, b) => b.r - a.r || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));

  const scale = scaleBar(projection, width, height);
  // The scale bar's corner is kept free of labels.
  const taken: Box[] = scale ? [{ x0: scale.x - 4, y0: scale.y - 16, x1: scale.x + scale.length + 48, y1: scale.y + 10 }] : [];
  const inside = (box: Box) => box.x0 >= 2 && box.y0 >= 2 && box.x1 <= width - 2 && box.y1 <= height - 2;
  const labels: MapLabel[] = [];
  const byMentions = [...circles].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  byMentions.slice(0, options.maxLabels).forEach((circle, rank) => {
    const kind: MapLabel['kind'] = rank < 3 ? 'major' : 'place';
    const size = LABEL_SIZES[kind];
    const text = shorten(circle.name);
    const w = textWidth(text, size, false);
    const { cx, cy, r } = circle;
    const candidates: Array<{ box: Box; x: number; y: number; anchor: MapLabel['anchor'] }> = [
      { box: { x0: cx + r + 3, y0: cy - size / 2, x1: cx + r + 3 + w, y1: cy + size / 2 }, x: cx + r + 3, y: cy + size * 0.35, anchor: 'start' },
      { box: { x0: cx - r - 3 - w, y0: cy - size / 2, x1: cx - r - 3, y1: cy + size / 2 }, x: cx - r - 3, y: cy + size * 0.35, anchor: 'end' },
      { box: { x0: cx - w / 2, y0: cy - r - 3 - size, x1: cx + w / 2, y1: cy - r - 3 }, x: cx, y: cy - r - 3 - size * 0.15, anchor: 'middle' },
      { box: { x0: cx - w / 2, y0: cy + r + 2, x1: cx + w / 2, y1: cy + r + 2 + size }, x: cx, y: cy + r + 2 + size * 0.85, anchor: 'middle' },
    ];
    // A label may lie over a circle's edge, not over another place's centre.
    const centres = circles.filter((c) => c.id !== circle.id).map((c) => ({ x0: c.cx - 2, y0: c.cy - 2, x1: c.cx + 2, y1: c.cy + 2 }));
    const spot = candidates.find((c) => inside(c.box) && !taken.some((t) => overlaps(t, c.box)) && !centres.some((t) => overlaps(t, c.box)));
    if (!spot) return;
    taken.push(spot.box);
    labels.push({ id: circle.id, text, x: round(spot.x), y: round(spot.y), anchor: spot.anchor, kind });
  });

  // Countries and seas where room is left: they orient the reader and give way to the places.
  const circleBoxes = circles.map((c) => ({ x0: c.cx - c.r, y0: c.cy - c.r, x1: c.cx + c.r, y1: c.cy + c.r }));
  const named = new Set(labels.map((l) => l.text.toLowerCase()));
  for (const label of BASEMAP_LABELS) {
    // A place of that name is labelled already ("Crimea").
    if (named.has(label.text.toLowerCase())) continue;
    const size = LABEL_SIZES[label.kind];
    const w = textWidth(label.text, size, label.kind === 'country');
    for (const at of label.at) {
      const xy = projection(at);
      if (!xy) continue;
      const box = { x0: xy[0] - w / 2, y0: xy[1] - size / 2, x1: xy[0] + w / 2, y1: xy[1] + size / 2 };
      if (!inside(box) || taken.some((t) => overlaps(t, box)) || circleBoxes.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      labels.push({ id: null, text: label.text, x: round(xy[0]), y: round(xy[1] + size * 0.35), anchor: 'middle', kind: label.kind });
      break;
    }
  }

  return { width, height, frame, basemap, circles, labels, offMap, countries, maxMentions, scale: scale && { ...scale, length: round(scale.length) } };
}
