/**
 * The map's geometry and layout, without a page: Crimea split out of
 * Natural Earth's Russia into Ukraine's recognized outline, at both scales;
 * the extent for a set of places; circle sizes, labels, the scale bar and
 * the cache of rendered basemaps.
 */
import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { CRIMEA_POLYGON, RUSSIA_ID, UKRAINE_ID, isCountryPlace, loadAtlas, type Resolution } from './atlas.js';
import { DEFAULT_FRAME, FULL_MAP, SMALL_MAP, basemapFor, frameFor, layoutMap } from './layout.js';

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const SEVASTOPOL: [number, number] = [33.52, 44.6];
const KERCH: [number, number] = [36.47, 45.36];
const MOSCOW: [number, number] = [37.62, 55.75];
const BELGOROD: [number, number] = [36.58, 50.61];
const KHARKIV: [number, number] = [36.25, 49.98];
const KHERSON: [number, number] = [32.62, 46.66];
const TAMAN: [number, number] = [37.0, 45.2];

describe.each(['50m', '110m'] as Resolution[])('the atlas at 1:%s', (resolution) => {
  const atlas = loadAtlas(resolution);
  const russia = atlas.countries.find((c) => c.id === RUSSIA_ID)!.feature;
  const ukraine = atlas.countries.find((c) => c.id === UKRAINE_ID)!.feature;

  it('takes Crimea out of Russia into a geometry of its own, from the atlas itself', () => {
    expect(atlas.crimeaFromAtlas).toBe(true);
    for (const point of resolution === '50m' ? [SIMFEROPOL, SEVASTOPOL, KERCH] : [SIMFEROPOL]) {
      expect(geoContains(russia, point), `Russia holds ${point}`).toBe(false);
      expect(geoContains(atlas.crimea, point), `Crimea lacks ${point}`).toBe(true);
      expect(geoContains(atlas.ukraineRecognized, point), `recognized Ukraine lacks ${point}`).toBe(true);
    }
    expect(geoContains(russia, MOSCOW)).toBe(true);
    expect(geoContains(russia, BELGOROD)).toBe(true);
    expect(geoContains(russia, TAMAN)).toBe(true);
    expect(geoContains(ukraine, KHARKIV)).toBe(true);
    expect(geoContains(atlas.ukraineRecognized, KHARKIV)).toBe(true);
    expect(geoContains(atlas.crimea, KHERSON)).toBe(false);
  });

  it('draws no border between Crimea and the mainland', () => {
    const points = (atlas.borders as MultiLineString).coordinates.flat();
    expect(points.length).toBeGreaterThan(1000);
    expect(points.filter((p) => geoContains(CRIMEA_POLYGON, p as [number, number]))).toEqual([]);
  });
});

describe('the hand-drawn Crimea outline', () => {
  it('holds the peninsula and nothing of the mainland or of Taman', () => {
    expect(geoArea(CRIMEA_POLYGON)).toBeLessThan(0.001);
    for (const point of [SIMFEROPOL, SEVASTOPOL, KERCH]) expect(geoContains(CRIMEA_POLYGON, point)).toBe(true);
    for (const point of [TAMAN, KHERSON, KHARKIV, MOSCOW]) expect(geoContains(CRIMEA_POLYGON, point)).toBe(false);
  });
});

describe('the extent', () => {
  it('is Ukraine and its neighbours without places, and a region around one place', () => {
    expect(frameFor([], FULL_MAP.minSpan)).toEqual(DEFAULT_FRAME);
    const one = frameFor([{ lon: KHARKIV[0], lat: KHARKIV[1] }], FULL_MAP.minSpan);
    expect(one.east - one.west).toBeGreaterThanOrEqual(FULL_MAP.minSpan.lon);
    expect(one.north - one.south).toBeGreaterThanOrEqual(FULL_MAP.minSpan.lat);
    expect(one.west).toBeLessThan(KHARKIV[0]);
    expect(one.east).toBeGreaterThan(KHARKIV[0]);
    // Snapped to half degrees, so that nearby extents share a cached basemap.
    for (const edge of Object.values(one)) expect(edge * 2).toBe(Math.round(edge * 2));
  });

  it('leaves a place far from the war off the map, and lists it', () => {
    const places = [
      { id: 'kharkiv', name: 'Kharkiv', lon: KHARKIV[0], lat: KHARKIV[1], mentions: 4 },
      { id: 'moscow', name: 'Moscow', lon: MOSCOW[0], lat: MOSCOW[1], mentions: 2 },
      { id: 'washington', name: 'Washington', lon: -77.04, lat: 38.9, mentions: 3 },
    ];
    const layout = layoutMap(places, FULL_MAP);
    expect(layout.offMap).toEqual(['washington']);
    expect(layout.circles.map((c) => c.id)).toEqual(['kharkiv', 'moscow']);
    // Only Washington: then the map is about Washington.
    expect(layoutMap(places.slice(2), FULL_MAP).offMap).toEqual([]);
  });
});

describe('the layout', () => {
  const places = [
    { id: 'kharkiv', name: 'Kharkiv', lon: KHARKIV[0], lat: KHARKIV[1], mentions: 16 },
    { id: 'sevastopol', name: 'Sevastopol', lon: SEVASTOPOL[0], lat: SEVASTOPOL[1], mentions: 4 },
    { id: 'kyiv', name: 'Kyiv', lon: 30.52, lat: 50.45, mentions: 1 },
  ];

  it('sizes circles by the square root of their mentions, largest first, inside the map', () => {
    const layout = layoutMap(places, FULL_MAP);
    expect(layout.circles.map((c) => c.id)).toEqual(['kharkiv', 'sevastopol', 'kyiv']);
    const [kharkiv, sevastopol, kyiv] = layout.circles;
    expect(kharkiv!.r).toBe(FULL_MAP.maxRadius);
    expect(sevastopol!.r).toBeCloseTo(FULL_MAP.maxRadius / 2, 0);
    expect(kyiv!.r).toBe(FULL_MAP.minRadius < FULL_MAP.maxRadius / 4 ? FULL_MAP.maxRadius / 4 : FULL_MAP.minRadius);
    for (const c of layout.circles) {
      expect(c.cx).toBeGreaterThan(0);
      expect(c.cx).toBeLessThan(FULL_MAP.width);
      expect(c.cy).toBeGreaterThan(0);
      expect(c.cy).toBeLessThan(FULL_MAP.height);
    }
    // North is up, east is right.
    expect(kyiv!.cx).toBeLessThan(kharkiv!.cx);
    expect(sevastopol!.cy).toBeGreaterThan(kyiv!.cy);
  });

  it('labels the places, names countries and seas where there is room, and has a scale bar of a round length', () => {
    const layout = layoutMap(places, FULL_MAP);
    expect(layout.labels.filter((l) => l.id !== null).map((l) => l.text)).toEqual(['Kharkiv', 'Sevastopol', 'Kyiv']);
    expect(layout.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['UKRAINE', 'RUSSIA', 'Black Sea']));
    expect(layout.scale).not.toBeNull();
    expect([50, 100, 200, 250, 500]).toContain(layout.scale!.km);
    expect(layout.scale!.length).toBeGreaterThan(20);
    expect(layout.scale!.length).toBeLessThanOrEqual(FULL_MAP.width * 0.18);
  });

  it('lists a whole country without drawing it at its centre, and fits the map without it', () => {
    expect(isCountryPlace({ name: 'Ukraine', lat: 49, lon: 32, country: 'UA' })).toBe(true);
    expect(isCountryPlace({ name: 'Україна', lat: 49, lon: 32, country: 'UA' })).toBe(true);
    expect(isCountryPlace({ name: 'United States', lat: 39.76, lon: -98.5, country: 'US' })).toBe(true);
    expect(isCountryPlace({ name: 'Kharkiv', lat: KHARKIV[1], lon: KHARKIV[0], country: 'UA' })).toBe(false);
    expect(isCountryPlace({ name: 'Crimea', lat: 45.3, lon: 34.4, country: 'UA' })).toBe(false);
    const withCountries = [...places, { id: 'usa', name: 'United States', lat: 39.76, lon: -98.5, mentions: 40, country: 'US' }];
    const layout = layoutMap(withCountries, FULL_MAP);
    expect(layout.countries).toEqual(['usa']);
    expect(layout.offMap).toEqual([]);
    expect(layout.circles.map((c) => c.id)).toEqual(['kharkiv', 'sevastopol', 'kyiv']);
    expect(layout.frame).toEqual(layoutMap(places, FULL_MAP).frame);
  });

  it('renders a basemap once per extent and size', () => {
    const frame = frameFor(places, SMALL_MAP.minSpan);
    const first = basemapFor(frame, SMALL_MAP.width, SMALL_MAP.height);
    expect(basemapFor(frame, SMALL_MAP.width, SMALL_MAP.height)).toBe(first);
    expect(basemapFor(frame, FULL_MAP.width, FULL_MAP.height)).not.toBe(first);
    expect(first.resolution).toBe('50m');
    expect(first.crimea).toMatch(/^M[\d.,\-LMZ]+$/);
    expect(first.countries.find((c) => c.id === RUSSIA_ID)?.kind).toBe('russia');
    // Far-off countries are not projected at all.
    expect(first.countries.find((c) => c.name === 'Antarctica')).toBeUndefined();
  });
});
