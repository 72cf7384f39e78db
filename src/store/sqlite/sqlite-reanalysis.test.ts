import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.js';
import { FORMAT_VERSION, type Analysis } from '../../format/analysis.js';
import { analyzeText } from '../../surfaces/testing/fixture-articles.js';
import { VERSION } from '../../version.js';
import { reanalysisInput } from '../reanalysis.js';
import { writeSchema2Store } from '../testing/schema2-store.js';
import { SqliteStore } from './sqlite-store.js';

const SAMPLES = resolve(import.meta.dirname, '../../../samples/dispatches');

/** The sample dispatches as `sitrep ingest` analyses them (sidecars read). */
function sampleAnalyses(): Analysis[] {
  return readdirSync(SAMPLES)
    .filter((name) => !name.endsWith('.meta.json'))
    .sort()
    .flatMap((name) => analyzeText(readFileSync(join(SAMPLES, name), 'utf8'), join(SAMPLES, name)));
}

/** An analysis as sitrep wrote format 1.1: no places layer, quotes and figures always empty. */
function asFormat11({ places: _places, ...a }: Analysis): Analysis {
  return { ...a, formatVersion: '1.1', quotes: [], quantities: [] };
}

const OUTDATED = { kind: 'outdated', formatVersion: FORMAT_VERSION, analyzerVersion: VERSION } as const;

describe('SqliteStore: analysing stored articles again', () => {
  let dir: string;
  let path: string;
  let store: SqliteStore;
  let current: Analysis[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-reanalysis-'));
    path = join(dir, 'schema2.db');
    current = sampleAnalyses();
    writeSchema2Store(path, current.map(asFormat11));
    store = new SqliteStore(path);
  });
  afterEach(async () => store.close());

  /** What `sitrep reanalyze` hands the store: each article analysed again from what the store holds. */
  async function reanalysed(ids: string[]) {
    return Promise.all(ids.map(async (id) => ({ id, analysis: analyze(reanalysisInput((await store.getArticle(id))!)) })));
  }

  it('selects the articles older than the running analyzer, the ones before a format version, all of them, or the ones named', async () => {
    const ids = current.map((a) => a.id);
    expect((await store.articlesToReanalyze(OUTDATED)).map((c) => c.id)).toEqual(ids);
    expect((await store.articlesToReanalyze({ kind: 'before', formatVersion: '1.1' }))).toEqual([]);
    expect((await store.articlesToReanalyze({ kind: 'before', formatVersion: '1.10' })).length).toBe(ids.length);
    expect((await store.articlesToReanalyze({ kind: 'ids', ids: [ids[2]!, 'no-such-id', ids[0]!] })).map((c) => c.id)).toEqual([ids[2], ids[0]]);
    const [first] = await store.articlesToReanalyze({ kind: 'all' });
    expect(first).toEqual({ id: ids[0], title: current[0]!.meta.title, formatVersion: '1.1', analyzerVersion: VERSION });
  });

  it('brings a store written at format 1.1 up to date, keeping ids, sources, ingest times and search', async () => {
    const before = await Promise.all(current.map(async (a) => (await store.getArticle(a.id))!));
    expect((await store.stats()).layers.places).toBe(0);
    const results = await store.replaceAnalyses(await reanalysed(current.map((a) => a.id)));
    expect(results.every((r) => r.status === 'reanalyzed')).toBe(true);
    for (const [i, a] of current.entries()) {
      const after = (await store.getArticle(a.id))!;
      // What `sitrep ingest` stores today, but for where it was read from and when.
      expect(after.analysis).toEqual({ ...a, source: before[i]!.analysis.source });
      expect([after.sources, after.ingestedAt]).toEqual([before[i]!.sources, before[i]!.ingestedAt]);
    }
    const stats = await store.stats();
    expect(stats.layers.places).toBe(current.reduce((n, a) => n + a.places!.length, 0));
    expect(stats.layers.quotes).toBeGreaterThan(0);
    expect(stats.articles).toBe(current.length);
    expect(await store.articlesToReanalyze(OUTDATED)).toEqual([]);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT DISTINCT has_places AS h FROM articles').all()).toEqual([{ h: 1 }]);
    db.close();
    expect((await store.search('Pokrovsk', {}, { limit: 10, offset: 0 })).total).toBeGreaterThan(0);
    // The map now reads the places layer: "Moscow said"-style mentions are no longer counted as locations.
    expect((await store.articlePlaceMentions(current[0]!.id))?.some((m) => m.rule === 'stored-before-places')).toBe(false);
  });

  it("keeps users' corrections, and the registry counts the new rows under them", async () => {
    const [kharkiv] = current;
    const people = kharkiv!.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG');
    const [keep, merged] = people;
    expect(merged).toBeDefined();
    await store.mergeEntities(keep!.id, merged!.id, 'one source');
    const corrections = await store.corrections();
    const entityBefore = (await store.entity(keep!.id))!;
    await store.replaceAnalyses(await reanalysed(current.map((a) => a.id)));
    expect(await store.corrections()).toEqual(corrections);
    const entityAfter = (await store.entity(keep!.id))!;
    expect(entityAfter.mentions).toBe(entityBefore.mentions);
    expect(entityAfter.corrections).toEqual(entityBefore.corrections);
    expect(await store.entity(merged!.id)).toBeNull();
    // Quotes did not exist before; their speakers come through the registry with the merge applied.
    const quotes = await store.quotes({}, {}, { limit: 100, offset: 0 });
    expect(quotes.total).toBeGreaterThan(0);
    expect(quotes.items.some((q) => q.speaker?.id === merged!.id)).toBe(false);
  });

  it('tells which corrections move nothing once the analyzer gives other ids, and keeps them', async () => {
    await store.close();
    // An older identity annotator that spelled one id otherwise, and a user who merged that id into another.
    const [a] = current;
    const [renamed, other] = a!.entities;
    const oldId = `${renamed!.id}-old`;
    const rename = (id: string | null) => (id === renamed!.id ? oldId : id);
    const old = {
      ...asFormat11(a!),
      entities: a!.entities.map((e) => ({ ...e, id: rename(e.id)! })),
      mentions: a!.mentions.map((m) => ({ ...m, entity: rename(m.entity) })),
    };
    path = join(dir, 'renamed.db');
    writeSchema2Store(path, [old]);
    store = new SqliteStore(path);
    await store.mergeEntities(other!.id, oldId, 'the same');
    expect(await store.unmatchedCorrections()).toEqual([]);
    const corrections = await store.corrections();
    await store.replaceAnalyses(await reanalysed([a!.id]));
    expect(await store.corrections()).toEqual(corrections);
    expect(await store.unmatchedCorrections()).toEqual(corrections);
  });

  it('leaves the registry and the map as a store built afresh from the same files would have them, whatever they had counted before', async () => {
    const everything = { limit: 1000, offset: 0 };
    // Counted before, so that a stale count would show: these reads are kept until the store says it changed.
    const oldRegistry = await store.entities({}, everything);
    const oldPlaces = await store.places({});
    await store.replaceAnalyses(await reanalysed(current.map((a) => a.id)));
    const fresh = new SqliteStore(join(dir, 'fresh.db'));
    await fresh.saveBatch(current.map((analysis) => ({ analysis, source: { path: analysis.id } })));
    const [registry, places] = [await store.entities({}, everything), await store.places({})];
    expect(registry).toEqual(await fresh.entities({}, everything));
    expect(places).toEqual(await fresh.places({}));
    // Before, every mention of a place with a point counted on the map (a capital standing for its government too).
    expect(places).not.toEqual(oldPlaces);
    expect(registry.total).toBe(oldRegistry.total);
    await fresh.close();
  });

  it('rolls back an article whose new rows are refused, and stores the others of the batch', async () => {
    const [good, bad] = await reanalysed([current[0]!.id, current[1]!.id]);
    const before = (await store.getArticle(bad!.id))!;
    // A value SQLite cannot bind, in a layer written after the old rows were deleted.
    const broken = { ...bad!.analysis, quotes: [{ ...bad!.analysis.quotes[0]!, text: {} as unknown as string }] };
    expect(bad!.analysis.quotes.length).toBeGreaterThan(0);
    const results = await store.replaceAnalyses([good!, { id: bad!.id, analysis: broken }]);
    expect(results[0]).toEqual({ id: good!.id, status: 'reanalyzed' });
    expect(results[1]).toMatchObject({ id: bad!.id, status: 'failed' });
    expect(await store.getArticle(bad!.id)).toEqual(before);
    expect((await store.getArticle(good!.id))?.analysis.formatVersion).toBe(FORMAT_VERSION);
  });

  it('refuses an analysis of another text, or an id no article has', async () => {
    const [a, b] = await reanalysed([current[0]!.id, current[1]!.id]);
    const results = await store.replaceAnalyses([{ id: a!.id, analysis: b!.analysis }, { id: 'no-such-id', analysis: a!.analysis }]);
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect((await store.getArticle(a!.id))?.analysis.formatVersion).toBe('1.1');
  });

  it('indexes a new title for search, and no longer the old one', async () => {
    const [item] = await reanalysed([current[0]!.id]);
    const retitled = { ...item!.analysis, meta: { ...item!.analysis.meta, title: 'Quibbleworth heading' } };
    await store.replaceAnalyses([{ id: item!.id, analysis: retitled }]);
    expect((await store.search('Quibbleworth', {}, { limit: 10, offset: 0 })).items.map((h) => h.id)).toEqual([item!.id]);
    await store.close();
    const db = new Database(path);
    const titled = (word: string) => db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(`title : ${word}`);
    expect([titled('Quibbleworth'), titled('interceptions')]).toEqual([{ n: 1 }, { n: 0 }]);
    // The index still agrees with the articles table it is built from.
    expect(() => db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    db.close();
    store = new SqliteStore(path);
  });
});
