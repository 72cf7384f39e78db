import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.js';
import { MIGRATIONS } from './migrations.js';
import { writeSchema2Store } from '../testing/schema2-store.js';
import { SearchQueryError } from '../search-query.js';
import { analyzeOne } from '../../surfaces/testing/fixture-articles.js';
import type { Analysis } from '../../format/analysis.js';

const KHARKIV = `Drones strike Kharkiv overnight

KHARKIV, Ukraine — Russian drones struck the northern part of Kharkiv overnight, the governor said. Air defence units shot down 17 of 23 drones.`;
const POKROVSK = `Fighting near Pokrovsk

Ukrainian troops are holding positions east of Pokrovsk as Russian units advance along the railway. Shelling was reported in Myrnohrad.`;
const KYIV = `Talks in Kyiv

Officials met in Kyiv to discuss the grain corridor. Kharkiv was not on the agenda; drones were.`;

const MOSCOW = `Moscow claims two villages

Russian troops pushed toward Pokrovsk in the Donetsk region overnight, and drones struck Kharkiv. Moscow said its forces had taken two villages. Ukraine asked Washington for more air defence.`;

function record(text: string, meta: Record<string, string>) {
  return JSON.stringify({ text, ...meta });
}

describe('SqliteStore', () => {
  let dir: string;
  let store: SqliteStore;
  let kharkiv: Analysis;
  let pokrovsk: Analysis;
  let kyiv: Analysis;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    store = new SqliteStore(join(dir, 'test.db'));
    kharkiv = analyzeOne(record(KHARKIV, { outlet: 'Sample Wire', published: '2024-05-19', title: 'Drones strike Kharkiv' }), 'kharkiv.json');
    pokrovsk = analyzeOne(record(POKROVSK, { outlet: 'Sample Monitor', published: '2024-09-02', title: 'Fighting near Pokrovsk' }), 'pokrovsk.json');
    kyiv = analyzeOne(record(KYIV, { outlet: 'sample wire', published: '2024-06-11T09:30:00Z', title: 'Talks in Kyiv' }), 'kyiv.json');
  });
  afterEach(async () => store.close());

  it('stores an article once, however often it is saved from the same source', async () => {
    expect((await store.saveBatch([{ analysis: kharkiv, source: { path: 'a.json' } }]))[0]?.status).toBe('stored');
    expect((await store.saveBatch([{ analysis: kharkiv, source: { path: 'a.json' } }]))[0]?.status).toBe('unchanged');
    expect((await store.stats()).articles).toBe(1);
  });

  it('records the same text under another name as a duplicate of the first, without a second article', async () => {
    await store.saveBatch([{ analysis: kharkiv, source: { path: 'a.json' } }]);
    const [result] = await store.saveBatch([{ analysis: kharkiv, source: { path: 'copy/a.json' } }]);
    expect(result).toEqual({ id: kharkiv.id, status: 'duplicate', duplicateOf: 'a.json' });
    const stats = await store.stats();
    expect([stats.articles, stats.sources, stats.duplicates]).toEqual([1, 2, 1]);
    const stored = await store.getArticle(kharkiv.id);
    expect(stored?.sources.map((s) => [s.path, s.duplicate])).toEqual([['a.json', false], ['copy/a.json', true]]);
  });

  it('stores a changed file as a new article and keeps the old one', async () => {
    await store.saveBatch([{ analysis: kharkiv, source: { path: 'a.json' } }]);
    const [result] = await store.saveBatch([{ analysis: pokrovsk, source: { path: 'a.json' } }]);
    expect(result?.status).toBe('updated');
    expect((await store.stats()).articles).toBe(2);
  });

  it('gives back the analysis it was given, layer by layer', async () => {
    await store.saveBatch([{ analysis: kharkiv, source: { path: 'kharkiv.json', record: 0 } }]);
    const stored = await store.getArticle(kharkiv.id);
    expect(stored?.analysis).toEqual({ ...kharkiv, source: { ...kharkiv.source, path: 'kharkiv.json', record: 0 } });
    expect(stored?.analysis.sentences.length).toBeGreaterThan(2);
    expect(stored?.analysis.metadata.map((m) => m.field)).toContain('dateline');
  });

  it('keeps the places layer, roles and points, and gives it back with absent fields absent', async () => {
    const moscow = analyzeOne(record(MOSCOW, { outlet: 'Sample Wire', published: '2024-09-02', title: 'Moscow claims two villages' }), 'moscow.json');
    const at = (surface: string) => moscow.places?.find((p) => moscow.text.slice(p.start, p.end) === surface);
    const said = at('Moscow');
    expect(said).toEqual({ start: said!.start, end: said!.end, entity: 'russia', role: 'actor', rule: 'capital-for-government' });
    expect(at('Washington')).toMatchObject({ entity: 'united-states', role: 'actor' });
    expect(at('Kharkiv')).toMatchObject({ role: 'location', lat: 49.98081, lon: 36.25272, geonamesId: 706483, country: 'UA', featureClass: 'P' });
    await store.saveBatch([{ analysis: moscow, source: { path: 'moscow.json' } }]);
    const stored = await store.getArticle(moscow.id);
    expect(stored?.analysis.places).toEqual(moscow.places);
    const back = (surface: string) => stored?.analysis.places?.find((p) => moscow.text.slice(p.start, p.end) === surface);
    expect(Object.keys(back('Moscow')!).sort()).toEqual(['end', 'entity', 'role', 'rule', 'start']);
    // A region the gazetteer places without a GeoNames id reads back without one.
    for (const p of stored!.analysis.places!) if (p.role === 'location') expect(p.geonamesId === undefined).toBe(at(moscow.text.slice(p.start, p.end))?.geonamesId === undefined);
    expect((await store.stats()).layers.places).toBe(moscow.places!.length);
  });

  it('gives back an analysis of format 1.1, which has no places layer, without one', async () => {
    const { places: _places, ...old } = { ...kharkiv, formatVersion: '1.1' };
    await store.saveBatch([{ analysis: old, source: { path: 'old.json' } }]);
    const stored = await store.getArticle(kharkiv.id);
    expect(stored?.analysis).not.toHaveProperty('places');
    expect(stored?.analysis.formatVersion).toBe('1.1');
    expect(stored?.analysis.mentions).toEqual(kharkiv.mentions);
  });

  it('upgrades a store of schema 2 without losing its articles; they have no places until analysed again', async () => {
    await store.close();
    const path = join(dir, 'schema2.db');
    const old = [kharkiv, pokrovsk].map(({ places: _places, ...a }) => ({ ...a, formatVersion: '1.1' }));
    writeSchema2Store(path, old);
    store = new SqliteStore(path);
    expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
    const stats = await store.stats();
    expect([stats.articles, stats.sources, stats.layers.places]).toEqual([2, 2, 0]);
    expect(stats.layers.mentions).toBe(kharkiv.mentions.length + pokrovsk.mentions.length);
    for (const a of old) {
      const stored = (await store.getArticle(a.id))!.analysis;
      expect(stored).not.toHaveProperty('places');
      expect([stored.text, stored.sentences, stored.mentions, stored.entities, stored.metadata]).toEqual([a.text, a.sentences, a.mentions, a.entities, a.metadata]);
    }
    expect((await store.search('Pokrovsk', {}, { limit: 10, offset: 0 })).items.map((h) => h.id)).toEqual([pokrovsk.id]);
    // Their mentions of an entity with a point count on the map as they did, marked as read before the layer.
    expect((await store.places({})).items.map((p) => p.id)).toContain('kharkiv');
    expect((await store.articlePlaceMentions(kharkiv.id))?.every((m) => m.rule === 'stored-before-places')).toBe(true);
    // An article stored after the upgrade has its places layer.
    await store.saveBatch([{ analysis: kyiv, source: { path: 'kyiv.json' } }]);
    expect((await store.getArticle(kyiv.id))?.analysis.places).toEqual(kyiv.places);
    expect((await store.stats()).layers.places).toBe(kyiv.places!.length);
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
    const flags = db.prepare('SELECT id, has_places FROM articles ORDER BY seq').all();
    db.close();
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(flags).toEqual([{ id: kharkiv.id, has_places: 0 }, { id: pokrovsk.id, has_places: 0 }, { id: kyiv.id, has_places: 1 }]);
  });

  it('keeps annotation layers in tables of their own, queryable with SQL', async () => {
    await store.saveBatch([{ analysis: kharkiv, source: { path: 'k.json' } }]);
    await store.close();
    const db = new Database(join(dir, 'test.db'), { readonly: true });
    const sentences = db.prepare('SELECT count(*) AS n FROM sentences WHERE article_id = ?').get(kharkiv.id) as { n: number };
    const dateline = db.prepare("SELECT value FROM metadata_spans WHERE field = 'dateline'").get() as { value: string };
    db.close();
    expect(sentences.n).toBe(kharkiv.sentences.length);
    expect(dateline.value).toBe('KHARKIV, Ukraine');
    store = new SqliteStore(join(dir, 'test.db'));
  });

  it('rolls back a whole batch when one article in it cannot be stored', async () => {
    const broken = { ...pokrovsk, status: 'half-done' } as unknown as Analysis;
    await expect(store.saveBatch([{ analysis: kharkiv, source: { path: 'a' } }, { analysis: broken, source: { path: 'b' } }])).rejects.toThrow();
    expect((await store.stats()).articles).toBe(0);
  });

  it('survives being closed and reopened, and applies each migration once', async () => {
    await store.saveBatch([{ analysis: kharkiv, source: { path: 'a' } }]);
    await store.close();
    store = new SqliteStore(join(dir, 'test.db'));
    expect((await store.stats()).articles).toBe(1);
    expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
  });

  it('refuses a store written by a newer sitrep, saying so', async () => {
    await store.close();
    const db = new Database(join(dir, 'test.db'));
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'from the future', '2030-01-01')").run();
    db.close();
    expect(() => new SqliteStore(join(dir, 'test.db'))).toThrow(/newer sitrep/);
    store = new SqliteStore(join(dir, 'other.db'));
  });

  it('stores a Russian article as not analysed, and finds it by its words', async () => {
    const russian = analyzeOne(
      record('Российские войска продолжают наступление на Харьков, сообщило министерство обороны. Президент заявил, что переговоры возможны.', { outlet: 'Sample Vesti' }),
      'ru.json',
    );
    expect(russian.status).toBe('not_analyzed');
    await store.saveBatch([{ analysis: russian, source: { path: 'ru.json' } }]);
    const page = await store.search('Харьков', {}, { limit: 10, offset: 0 });
    expect(page.items.map((h) => [h.id, h.status])).toEqual([[russian.id, 'not_analyzed']]);
  });

  describe('search and lists', () => {
    beforeEach(async () => {
      await store.saveBatch([
        { analysis: kharkiv, source: { path: 'k' } },
        { analysis: pokrovsk, source: { path: 'p' } },
        { analysis: kyiv, source: { path: 'y' } },
      ]);
    });

    it('ranks the article about Kharkiv above the one that mentions it in passing', async () => {
      const page = await store.search('Kharkiv', {}, { limit: 10, offset: 0 });
      expect(page.total).toBe(2);
      expect(page.items.map((h) => h.id)).toEqual([kharkiv.id, kyiv.id]);
    });

    it('marks the matched words in a plain-text snippet', async () => {
      const [hit] = (await store.search('Pokrovsk', {}, { limit: 10, offset: 0 })).items;
      expect(hit?.highlights.length).toBeGreaterThan(0);
      for (const [start, end] of hit!.highlights) expect(hit!.snippet.slice(start, end)).toBe('Pokrovsk');
      expect(hit!.snippet).not.toMatch(/[\u0002\u0003]/);
    });

    it('finds other forms of a word (stemming) and prefixes', async () => {
      expect((await store.search('advancing', {}, { limit: 10, offset: 0 })).total).toBe(1);
      expect((await store.search('Pokrov*', {}, { limit: 10, offset: 0 })).total).toBe(1);
    });

    it('filters by outlet without regard to case, and by publication date', async () => {
      expect((await store.search('drones', { outlet: 'SAMPLE WIRE' }, { limit: 10, offset: 0 })).total).toBe(2);
      expect((await store.search('drones', { since: '2024-06-01' }, { limit: 10, offset: 0 })).items.map((h) => h.id)).toEqual([kyiv.id]);
      expect((await store.search('drones', { until: '2024-06-11' }, { limit: 10, offset: 0 })).total).toBe(2);
    });

    it.each([['"'], ['AND ('], ['*'], ['NEAR(a b'], ["'; DROP TABLE articles; --"]])('never crashes on FTS syntax: %s', async (query) => {
      try {
        await store.search(query, {}, { limit: 10, offset: 0 });
      } catch (error) {
        expect(error).toBeInstanceOf(SearchQueryError);
      }
      expect((await store.stats()).articles).toBe(3);
    });

    it('pages through articles newest first and counts them all', async () => {
      const first = await store.listArticles({}, { limit: 2, offset: 0 });
      const rest = await store.listArticles({}, { limit: 2, offset: 2 });
      expect(first.total).toBe(3);
      expect([...first.items, ...rest.items].map((a) => a.id)).toEqual([pokrovsk.id, kyiv.id, kharkiv.id]);
      expect(await store.outlets()).toEqual(['Sample Monitor', 'Sample Wire', 'sample wire']);
    });
  });
});
