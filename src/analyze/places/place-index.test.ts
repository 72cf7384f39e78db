import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlaceIndex } from '../gazetteer/place-index-build.js';
import { PLACE_INDEX_PATH, PlaceIndex, loadPlaceIndex, placeKey, serializePlaceIndex, parsePlaceIndex } from './place-index.js';

const index = loadPlaceIndex();

describe('the places index', () => {
  it('finds small towns of the world the names gazetteer leaves out, with GeoNames ids', () => {
    const [nenagh] = index.lookup('Nenagh');
    expect(nenagh).toMatchObject({ name: 'Nenagh', country: 'IE', featureClass: 'P', geonamesId: 2962304 });
    expect(index.lookup('Kryve Ozero').some((p) => p.country === 'UA' && Math.abs(p.lat - 47.95) < 0.05)).toBe(true);
  });

  it('reads names the way texts write them: diacritics, okinas and apostrophes dropped', () => {
    expect(placeKey('‘Afrīn')).toBe('afrin');
    expect(placeKey('Vovchans’k')).toBe(placeKey('Vovchansk'));
    expect(index.lookup('Afrin').some((p) => p.country === 'SY')).toBe(true);
  });

  it('knows first-level divisions without the word GeoNames names them with ("Zamfara State" as "Zamfara")', () => {
    expect(index.lookup('Zamfara').some((p) => p.featureCode === 'ADM1' && p.country === 'NG')).toBe(true);
    expect(index.lookup('Mashonaland East').some((p) => p.featureCode === 'ADM1' && p.country === 'ZW')).toBe(true);
  });

  it('knows Arabic towns without the article, and mid-sized towns by their other names', () => {
    expect(index.lookup('Qamishli').some((p) => p.country === 'SY' && Math.abs(p.lat - 37.05) < 0.1)).toBe(true); // Al Qāmishlī
    expect(index.lookup('Ayodhya').some((p) => p.country === 'IN')).toBe(true); // Ajodhya, 53,000
  });

  it('has regions and counties, at the middle of their towns', () => {
    const rajasthan = index.lookup('Rajasthan').find((p) => p.featureCode === 'ADM1')!;
    expect(rajasthan).toMatchObject({ country: 'IN', featureClass: 'A' });
    expect(Math.abs(rajasthan.lat - 26.6) + Math.abs(rajasthan.lon - 73.8)).toBeLessThan(3);
    expect(index.lookup('Morris County').some((p) => p.featureCode === 'ADM2' && p.admin1 === 'NJ')).toBe(true);
  });

  it('has the English counties that GeoNames splits into its divisions, at the middle of their towns', () => {
    const county = (name: string) => index.lookup(name).find((p) => p.featureCode === 'ADM2' && p.country === 'GB')!;
    expect(Math.abs(county('Yorkshire').lat - 53.9) + Math.abs(county('Yorkshire').lon + 1.3)).toBeLessThan(1);
    expect(Math.abs(county('Berkshire').lat - 51.45) + Math.abs(county('Berkshire').lon + 0.95)).toBeLessThan(1);
    expect(Math.abs(county('Northamptonshire').lat - 52.3) + Math.abs(county('Northamptonshire').lon + 0.85)).toBeLessThan(1);
  });

  it('gives each place one stable id, and a region the gazetteer has the gazetteer’s id', () => {
    const parises = index.lookup('Paris');
    expect(new Set(parises.map((p) => p.id)).size).toBe(parises.length);
    expect(parises.find((p) => p.geonamesId === 4717560)?.id).toMatch(/^paris-us/);
    expect(index.lookup('Washington').find((p) => p.featureCode === 'ADM1')?.id).toBe('washington-state');
  });

  it('marks names that are everyday words', () => {
    expect(index.isCommonWord('Valley')).toBe(true);
    expect(index.isCommonWord('Nenagh')).toBe(false);
  });

  it('reads back what it writes, and finds nothing for a name it does not have', () => {
    const first = 'Aa\t1\t2\tPPL\tUA\t05\t10\t7\t';
    const file = { format: 2 as const, sources: {}, common: [], rows: `${first}\nBb\t3\t4\tADM1\tUA\t05\t0\t\tbb-ua`, keys: `aa\t0\nbb\t${first.length + 1}` };
    const small = new PlaceIndex(parsePlaceIndex(serializePlaceIndex(file)));
    expect(small.lookup('AA')).toEqual([{ id: 'aa', name: 'Aa', lat: 1, lon: 2, featureCode: 'PPL', featureClass: 'P', country: 'UA', admin1: '05', population: 10, geonamesId: 7 }]);
    expect(small.lookup('Bb')[0]).toMatchObject({ id: 'bb-ua', featureClass: 'A' });
    expect(small.lookup('Cc')).toEqual([]);
  });

  it('builds deterministically, the same bytes as the shipped file (else run npm run build:gazetteer)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'places-'));
    try {
      const out = join(dir, 'places.json.gz');
      const report = buildPlaceIndex(out);
      expect(report.bytes).toBeLessThan(6 * 1024 * 1024);
      expect(readFileSync(out).equals(readFileSync(PLACE_INDEX_PATH)), 'models/places.json.gz is stale: run npm run build:gazetteer').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
