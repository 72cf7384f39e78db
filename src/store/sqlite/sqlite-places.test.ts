/**
 * Places in the SQLite store: entities with a point, counted over the
 * mentions of the articles a filter keeps that the `places` layer makes
 * locations (not a capital standing for its government), with users'
 * corrections applied, and the places of one article. The first part stores
 * real dispatches as the analyzer reads them (its gazetteer gives the
 * points); then the seed articles of ../shared (skipped when absent); then
 * articles stored without a places layer (format 1.1); the last hand-made
 * mentions (fixture-mentions), for exact corrections.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.js';
import { analyzeOne, analyzeText } from '../../surfaces/testing/fixture-articles.js';
import { withMentions } from '../../surfaces/testing/fixture-mentions.js';
import type { Analysis } from '../../format/analysis.js';
import { expectedPlaces, placeAnalyses } from '../../surfaces/testing/fixture-places.js';

const ALL = { limit: 500, offset: 0 };

describe('places from analyzed dispatches', () => {
  let dir: string;
  let store: SqliteStore;
  let analyses: Analysis[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-places-'));
    store = new SqliteStore(join(dir, 'places.db'));
    analyses = placeAnalyses();
    await store.saveBatch(analyses.map((analysis, i) => ({ analysis, source: { path: `place-${i}.json` } })));
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists exactly the mentioned entities that have a point, with that point, most mentioned first', async () => {
    const page = await store.places({});
    const expected = expectedPlaces(analyses);
    const points = new Map(analyses.flatMap((a) => a.entities.filter((e) => e.geo).map((e) => [e.id, e.geo!] as const)));
    expect(expected.has('kharkiv')).toBe(true);
    expect(page.total).toBe(expected.size);
    expect(new Set(page.items.map((p) => p.id))).toEqual(new Set(expected.keys()));
    for (const place of page.items) {
      expect(place.lat, place.id).toBe(points.get(place.id)!.lat);
      expect(place.lon, place.id).toBe(points.get(place.id)!.lon);
      expect({ mentions: place.mentions, articles: place.articles }, place.id).toEqual(expected.get(place.id));
    }
    // Entities without a point (a person, a people, a country the gazetteer gives no point) are not places.
    const ids = page.items.map((p) => p.id);
    expect(ids).not.toContain('russians');
    for (const a of analyses) for (const e of a.entities) if (!e.geo) expect(ids).not.toContain(e.id);
    expect(page.items[0]).toMatchObject({
      id: 'kharkiv', name: 'Kharkiv', type: 'GPE', mentions: 5, articles: 4, outlets: 3, geonamesId: 706483, country: 'UA',
      firstSeen: '2024-05-19', lastSeen: '2024-09-02',
    });
    const mentions = page.items.map((p) => p.mentions);
    expect([...mentions].sort((a, b) => b - a)).toEqual(mentions);
    expect(page.items.find((p) => p.id === 'sevastopol')).toMatchObject({ mentions: 2, articles: 1, outlets: 1 });
  });

  it('counts only the mentions in the articles the outlet and date filters keep', async () => {
    const kharkiv = async (filter: Parameters<SqliteStore['places']>[0]) => (await store.places(filter)).items.find((p) => p.id === 'kharkiv');
    expect(await kharkiv({ outlet: 'kyiv wire' })).toMatchObject({ mentions: 3, articles: 2, outlets: 1, firstSeen: '2024-05-19', lastSeen: '2024-07-30' });
    expect(await kharkiv({ outlet: 'Moscow Courier' })).toMatchObject({ mentions: 1, articles: 1 });
    expect(await kharkiv({ since: '2024-06-01' })).toMatchObject({ mentions: 3, articles: 3, firstSeen: '2024-06-02T08:00:00Z' });
    // "until" takes the whole day, a timestamp included.
    expect(await kharkiv({ until: '2024-06-02' })).toMatchObject({ mentions: 3, articles: 2, lastSeen: '2024-06-02T08:00:00Z' });
    expect(await kharkiv({ since: '2024-06-03', until: '2024-06-30' })).toBeUndefined();
    const courier = await store.places({ outlet: 'Moscow Courier' });
    expect(courier.items.map((p) => p.id)).toContain('belgorod');
    expect(courier.items.map((p) => p.id)).not.toContain('sevastopol');
    expect((await store.places({ outlet: 'Kyiv Wire' })).items.map((p) => p.id)).not.toContain('belgorod');
    expect((await store.places({ outlet: 'nobody' })).total).toBe(0);
  });

  it('finds a place by id, name or any spelling, and pages', async () => {
    expect((await store.places({ q: 'Kharkov' })).items.map((p) => p.id)).toEqual(['kharkiv']);
    expect((await store.places({ q: 'SEVAST' })).items.map((p) => p.id)).toEqual(['sevastopol']);
    // A spelling finds the place wherever it is written; the counts stay those of the filter.
    expect((await store.places({ q: 'Kharkov', outlet: 'Kyiv Wire' })).items.map((p) => [p.id, p.mentions])).toEqual([['kharkiv', 3]]);
    const all = await store.places({}, ALL);
    const page = await store.places({}, { limit: 2, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.items).toEqual(all.items.slice(1, 3));
  });

  it("gives one article's places with their mentions' spans, and null for an unknown article", async () => {
    const sevastopol = analyses[2]!;
    const places = await store.articlePlaces(sevastopol.id);
    const expected = expectedPlaces(analyses, [sevastopol]);
    expect(new Set(places?.map((p) => p.entity))).toEqual(new Set(expected.keys()));
    expect(places?.map((p) => p.entity)).toEqual(expect.arrayContaining(['sevastopol', 'simferopol', 'kharkiv']));
    // Most mentioned first, then in the order the text names them.
    expect(places![0]!.entity).toBe('sevastopol');
    const starts = places!.slice(1).map((p) => p.mentions[0]!.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const first = places![0]!;
    expect(first).toMatchObject({ name: 'Sevastopol', type: 'GPE' });
    expect(first.lat).toBeCloseTo(44.6, 1);
    expect(first.lon).toBeCloseTo(33.5, 1);
    expect(first.mentions).toHaveLength(2);
    for (const place of places!) for (const m of place.mentions) expect(sevastopol.text.slice(m.start, m.end)).toBe(m.text);
    expect(await store.articlePlaces(analyses[3]!.id)).toEqual([]);
    expect(await store.articlePlaces('no-such-article')).toBeNull();
  });

  it('stores a capital standing for its government as an actor, and counts it nowhere on the map', async () => {
    const courier = analyses[1]!;
    const kiev = courier.places?.find((p) => courier.text.slice(p.start, p.end) === 'Kiev');
    expect(kiev).toEqual({ start: kiev!.start, end: kiev!.end, entity: 'ukraine', role: 'actor', rule: 'capital-for-government' });
    const db = new Database(join(dir, 'places.db'), { readonly: true });
    const rows = db.prepare('SELECT start, "end", entity_id, role, rule, lat, lon, geonames_id, country, feature_class FROM places WHERE article_id = ? ORDER BY idx').all(courier.id);
    db.close();
    expect(rows).toHaveLength(courier.places!.length);
    expect(rows).toContainEqual({ start: kiev!.start, end: kiev!.end, entity_id: 'ukraine', role: 'actor', rule: 'capital-for-government', lat: null, lon: null, geonames_id: null, country: null, feature_class: null });
    // Ukraine has a point (a country's), and "Kiev" is linked to it: still no mention puts Ukraine on the map.
    expect(courier.entities.find((e) => e.id === 'ukraine')?.geo).toMatchObject({ country: 'UA' });
    expect(courier.mentions.some((m) => m.entity === 'ukraine')).toBe(true);
    expect((await store.places({})).items.map((p) => p.id)).not.toContain('ukraine');
    expect((await store.places({ outlet: 'Moscow Courier' })).items.map((p) => p.id).sort()).toEqual(['belgorod', 'kharkiv']);
    expect((await store.places({ q: 'Kiev' })).items.map((p) => p.id)).toEqual([]);
    expect((await store.articlePlaces(courier.id))?.map((p) => p.entity).sort()).toEqual(['belgorod', 'kharkiv']);
  });

  it("gives every place mention of an article with its role, the actor's included", async () => {
    const courier = analyses[1]!;
    const mentions = (await store.articlePlaceMentions(courier.id))!;
    expect(mentions.map((m) => [m.text, m.entity, m.role])).toEqual([
      ['Kharkov', 'kharkiv', 'location'],
      ['Kiev', 'ukraine', 'actor'],
      ['Belgorod', 'belgorod', 'location'],
    ]);
    expect(mentions[1]).toMatchObject({ name: 'Ukraine', rule: 'capital-for-government', lat: null, lon: null, geonamesId: null, country: null, featureClass: null });
    expect(mentions[0]).toMatchObject({ name: 'Kharkiv', lat: 49.98081, lon: 36.25272, geonamesId: 706483, country: 'UA', featureClass: 'P' });
    for (const m of mentions) expect(courier.text.slice(m.start, m.end)).toBe(m.text);
    expect(await store.articlePlaceMentions(analyses[3]!.id)).toEqual([]);
    expect(await store.articlePlaceMentions('no-such-article')).toBeNull();
  });

  it('sees an article another connection adds, and one this connection adds', async () => {
    const before = (await store.places({})).items.find((p) => p.id === 'kharkiv')!.mentions;
    const other = new SqliteStore(join(dir, 'places.db'));
    const later = analyzeOne(JSON.stringify({ title: 'Kharkiv again', outlet: 'Kyiv Wire', published: '2024-09-10', text: 'Shelling hit Kharkiv again.' }), 'later.json');
    await other.saveBatch([{ analysis: later, source: { path: 'later.json' } }]);
    await other.close();
    expect((await store.places({})).items.find((p) => p.id === 'kharkiv')).toMatchObject({ mentions: before + 1, lastSeen: '2024-09-10' });
    const mine = analyzeOne(JSON.stringify({ title: 'And again', outlet: 'Kyiv Wire', published: '2024-09-11', text: 'Drones hit Kharkiv once more.' }), 'mine.json');
    await store.saveBatch([{ analysis: mine, source: { path: 'mine.json' } }]);
    expect((await store.places({})).items.find((p) => p.id === 'kharkiv')).toMatchObject({ mentions: before + 2, lastSeen: '2024-09-11' });
  });
});

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds', import.meta.url));
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.warn(`sqlite-places.test: ${SEEDS} is missing; the places of the seed articles are not checked`);

describe.skipIf(!haveSeeds)('places of the seed articles (skipped when ../shared is absent)', () => {
  let dir: string;
  let store: SqliteStore;
  let seeds: Analysis[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-places-seeds-'));
    store = new SqliteStore(join(dir, 'seeds.db'));
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    seeds = files.flatMap((f) => analyzeText(readFileSync(join(SEEDS, f), 'utf8'), join(SEEDS, f)));
    await store.saveBatch(seeds.map((analysis) => ({ analysis, source: { path: analysis.source.path } })));
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts only the mentions the places layer makes locations: "Kyiv said" is not a mention of Ukraine on the map', async () => {
    const actors = seeds.flatMap((a) => (a.places ?? []).filter((p) => p.role === 'actor'));
    expect(actors.length).toBeGreaterThan(5);
    for (const p of actors) expect(p.rule).toBe('capital-for-government');
    const page = await store.places({});
    const expected = expectedPlaces(seeds);
    expect(new Set(page.items.map((p) => p.id))).toEqual(new Set(expected.keys()));
    for (const place of page.items) expect({ mentions: place.mentions, articles: place.articles }, place.id).toEqual(expected.get(place.id));
    // What the old reading (every mention of an entity with a point) counted for Ukraine, less its mentions as an actor.
    const ukraineMentions = seeds.flatMap((a) => a.mentions.filter((m) => m.entity === 'ukraine')).length;
    const ukraineActors = actors.filter((p) => p.entity === 'ukraine').length;
    expect(ukraineActors).toBeGreaterThan(0);
    expect(page.items.find((p) => p.id === 'ukraine')?.mentions).toBe(ukraineMentions - ukraineActors);
  });

  it('keeps a name that is no place on a map ("the West") out of the places, and shows it with its role', async () => {
    const withWest = seeds.find((a) => a.places?.some((p) => p.role === 'none'))!;
    expect(withWest).toBeDefined();
    const none = withWest.places!.find((p) => p.role === 'none')!;
    expect((await store.places({})).items.map((p) => p.id)).not.toContain(none.entity);
    const mentions = (await store.articlePlaceMentions(withWest.id))!;
    expect(mentions).toHaveLength(withWest.places!.length);
    expect(mentions.find((m) => m.start === none.start)).toMatchObject({ entity: none.entity, role: 'none', rule: none.rule, lat: null, lon: null });
    expect(mentions.map((m) => m.role)).toEqual(withWest.places!.map((p) => p.role));
  });
});

describe('articles stored without a places layer (format 1.1)', () => {
  let dir: string;
  let store: SqliteStore;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-places-legacy-'));
    store = new SqliteStore(join(dir, 'legacy.db'));
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('count every mention of an entity with a point, as before, until analysed again', async () => {
    const courier = placeAnalyses()[1]!;
    const { places: _places, ...old } = { ...courier, formatVersion: '1.1' };
    await store.saveBatch([{ analysis: old, source: { path: 'old.json' } }]);
    expect((await store.getArticle(courier.id))?.analysis).not.toHaveProperty('places');
    // The old reading: "Kiev" (linked to Ukraine, which has a point) counts for Ukraine.
    expect((await store.places({})).items.map((p) => [p.id, p.mentions]).sort()).toEqual([['belgorod', 1], ['kharkiv', 1], ['ukraine', 1]]);
    const mentions = (await store.articlePlaceMentions(courier.id))!;
    expect(mentions.map((m) => [m.text, m.role, m.rule])).toEqual([
      ['Kharkov', 'location', 'stored-before-places'],
      ['Kiev', 'location', 'stored-before-places'],
      ['Belgorod', 'location', 'stored-before-places'],
    ]);
    expect(mentions[0]).toMatchObject({ entity: 'kharkiv', name: 'Kharkiv', lat: 49.98081, lon: 36.25272, country: 'UA' });
  });
});

describe('places with users\' corrections applied', () => {
  let dir: string;
  let store: SqliteStore;

  const KHARKIV = { entity: 'kharkiv', name: 'Kharkiv', geo: { lat: 49.98081, lon: 36.25272, geonamesId: 706483, country: 'UA' } };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-places-corrected-'));
    store = new SqliteStore(join(dir, 'places.db'));
    const wire = withMentions(
      analyzeOne(JSON.stringify({ title: 'Kharkiv', outlet: 'Kyiv Wire', published: '2024-05-19', text: 'Drones struck Kharkiv overnight. Air defence shot down 17 drones over Kharkiv Oblast.' }), 'wire.json'),
      [{ text: 'Kharkiv', ...KHARKIV }, { text: 'Kharkiv Oblast', ...KHARKIV }],
    );
    const courier = withMentions(
      analyzeOne(JSON.stringify({ title: 'Kharkov', outlet: 'Moscow Courier', published: '2024-06-02', text: 'Units near Kharkov returned fire, and Kharkov was shelled.' }), 'courier.json'),
      // Another id for the same city, with a point a little off: the merge keeps the point most records give.
      [{ text: 'Kharkov', entity: 'kharkov', name: 'Kharkov', geo: { lat: 50, lon: 36.2 } }],
    );
    const third = withMentions(
      analyzeOne(JSON.stringify({ title: 'Kharkiv again', outlet: 'Kyiv Wire', published: '2024-07-01', text: 'Repairs in Kharkiv go on.' }), 'third.json'),
      [{ text: 'Kharkiv', ...KHARKIV }],
    );
    await store.saveBatch([wire, courier, third].map((analysis, i) => ({ analysis, source: { path: `c${i}.json` } })));
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a merged id under the entity it went into, with the point most of its records give', async () => {
    expect((await store.places({})).items.map((p) => [p.id, p.mentions])).toEqual([['kharkiv', 3], ['kharkov', 2]]);
    await store.mergeEntities('kharkiv', 'kharkov', 'same city');
    const places = (await store.places({})).items;
    expect(places.map((p) => [p.id, p.mentions, p.articles, p.outlets])).toEqual([['kharkiv', 5, 3, 2]]);
    expect(places[0]).toMatchObject({ name: 'Kharkiv', lat: 49.98081, lon: 36.25272 });
    expect((await store.places({ q: 'Kharkov' })).items.map((p) => p.id)).toEqual(['kharkiv']);
  });

  it('takes split-off mentions away; a split-off id has no point of its own', async () => {
    await store.splitEntity('kharkiv', ['Kharkiv Oblast'], 'kharkiv-oblast', 'the region, not the city');
    const places = (await store.places({})).items;
    expect(places.map((p) => [p.id, p.mentions])).toEqual([['kharkiv', 4]]);
    const wire = (await store.listArticles({ outlet: 'Kyiv Wire' }, ALL)).items.find((a) => a.title === 'Kharkiv')!;
    expect((await store.articlePlaces(wire.id))?.map((p) => [p.entity, p.mentions.map((m) => m.text)])).toEqual([['kharkiv', ['Kharkiv']]]);
  });
});
