/**
 * The entity registry across articles, on hand-made mention layers over
 * real text (fixture-mentions): two outlets that spell Kharkiv and Kyiv
 * differently, an analyzer miss that a merge fixes and a wrong link that a
 * split fixes. Corrections are applied when the registry is read, so they
 * must hold through re-ingest, re-analysis, a reopened store and another
 * process's store.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.js';
import { MIGRATIONS } from './migrations.js';
import { EntityCorrectionError } from '../entity-registry.js';
import { analyzeOne } from '../../surfaces/testing/fixture-articles.js';
import { registryAnalyses, withMentions } from '../../surfaces/testing/fixture-mentions.js';

const ALL = { limit: 100, offset: 0 };

describe('the entity registry', () => {
  let dir: string;
  let store: SqliteStore;
  const path = () => join(dir, 'registry.db');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-registry-'));
    store = new SqliteStore(path());
    await store.saveBatch(registryAnalyses());
  });
  afterEach(async () => store.close());

  const ids = async (filter = {}) => (await store.entities(filter, ALL)).items.map((e) => e.id);

  describe('across articles and spellings', () => {
    it('counts each entity over every article, outlet and spelling, most mentioned first', async () => {
      const page = await store.entities({}, ALL);
      expect(page.total).toBe(6);
      expect(page.items[0]).toEqual({
        id: 'kharkiv', name: 'Kharkiv', type: 'GPE', mentions: 6, articles: 3, outlets: 2, firstSeen: '2024-05-19', lastSeen: '2024-06-11',
      });
      expect(page.items.find((e) => e.id === 'kyiv')).toMatchObject({ mentions: 4, articles: 4, outlets: 2, firstSeen: '2024-05-19', lastSeen: '2024-07-30' });
      expect(page.items.find((e) => e.id === 'kharkov')).toMatchObject({ name: 'Kharkov', mentions: 2, articles: 1, outlets: 1 });
      expect(page.items.find((e) => e.id === 'russian-defence-ministry')?.name).toBe('Ministry of Defence of Russia');
    });

    it('shows which outlet writes which spelling, and where the entity was seen', async () => {
      const kharkiv = await store.entity('kharkiv');
      expect(kharkiv).toMatchObject({ id: 'kharkiv', name: 'Kharkiv', type: 'GPE', wikidata: 'Q42308', mentions: 6, articleCount: 3 });
      expect(kharkiv?.aliases).toEqual([
        { text: 'Kharkiv', mentions: 3, outlets: [{ outlet: 'Kyiv Wire', mentions: 3 }] },
        { text: 'Kharkov', mentions: 2, outlets: [{ outlet: 'Moscow Courier', mentions: 2 }] },
        { text: 'Kharkiv Oblast', mentions: 1, outlets: [{ outlet: 'Kyiv Wire', mentions: 1 }] },
      ]);
      expect(kharkiv?.outlets).toEqual([
        { outlet: 'Kyiv Wire', mentions: 4, articles: 2 },
        { outlet: 'Moscow Courier', mentions: 2, articles: 1 },
      ]);
      expect(kharkiv?.articles.map((a) => [a.title, a.mentions])).toEqual([
        ['Talks in Kyiv', 1],
        ['Strikes on military targets near Kharkov', 2],
        ['Drones strike Kharkiv overnight', 3],
      ]);
      const kyiv = await store.entity('kyiv');
      expect(kyiv?.aliases.map((a) => [a.text, a.outlets.map((o) => o.outlet)])).toEqual([
        ['Kiev', ['Moscow Courier']],
        ['Kyiv', ['Kyiv Wire']],
      ]);
    });

    it('gives the sentences that mention it, with each mention marked', async () => {
      const kharkiv = await store.entity('kharkiv');
      const sentences = kharkiv!.sentences;
      expect(sentences.length).toBe(5);
      for (const sentence of sentences) {
        expect(sentence.marks.length).toBeGreaterThan(0);
        for (const [start, end] of sentence.marks) expect(['Kharkiv', 'Kharkov', 'Kharkiv Oblast']).toContain(sentence.text.slice(start, end));
      }
      // Newest article first; one sentence with two mentions is given once, with two marks.
      expect(sentences[0]?.text).toBe('Officials met in Kyiv to discuss air defence for Kharkiv.');
      const twice = sentences.find((s) => s.marks.length === 2);
      expect(twice?.text).toBe('The Russian Defence Ministry said its forces hit military targets near Kharkov overnight, after Kiev had moved new air defence systems to Kharkov.');
      expect((await store.entity('kharkiv', { sentences: 2 }))?.sentences).toHaveLength(2);
    });

    it('says why the names are one entity', async () => {
      const why = (await store.entity('kharkiv'))!.why;
      expect(why).toEqual(['same id "kharkiv" from the analyzer in 3 articles (6 mentions), for 3 spellings: "Kharkiv", "Kharkov", "Kharkiv Oblast"']);
    });

    it('filters by type, by outlet (counting only that outlet) and by any part of a name or spelling', async () => {
      expect(await ids({ type: 'person' })).toEqual(['oleh-syniehubov']);
      const courier = await store.entities({ outlet: 'moscow courier' }, ALL);
      expect(courier.items.map((e) => [e.id, e.mentions])).toEqual([
        ['kyiv', 2],
        ['kharkiv', 2],
        ['kharkov', 2],
        ['belgorod', 1],
        ['russian-defence-ministry', 1],
      ]);
      expect(await ids({ q: 'kiev' })).toEqual(['kyiv']);
      expect(await ids({ q: 'Defence of' })).toEqual(['russian-defence-ministry']);
      expect(await ids({ q: 'kharkiv oblast' })).toEqual(['kharkiv']);
      expect(await ids({ q: '%' })).toEqual([]);
      expect(await ids({ q: '_' })).toEqual([]);
      expect(await store.entityTypes()).toEqual(['GPE', 'ORG', 'PERSON']);
    });

    it('pages the registry and counts it all', async () => {
      const first = await store.entities({}, { limit: 2, offset: 0 });
      const rest = await store.entities({}, { limit: 10, offset: 2 });
      expect(first.total).toBe(6);
      expect(first.items.map((e) => e.id)).toEqual(['kharkiv', 'kyiv']);
      expect(rest.items).toHaveLength(4);
    });

    it('answers null for an id nothing resolves to', async () => {
      expect(await store.entity('vuhledar')).toBeNull();
    });
  });

  describe('corrections', () => {
    it('merges: the second id\'s mentions are shown under the first, which survives', async () => {
      const result = await store.mergeEntities('kharkiv', 'kharkov', 'same city, Russian spelling');
      expect(result).toMatchObject({ mentions: 2, articles: 1, correction: { seq: 1, kind: 'merge', source: 'kharkov', target: 'kharkiv', spellings: [], note: 'same city, Russian spelling' } });
      expect(await store.entity('kharkov')).toBeNull();
      expect(await ids()).not.toContain('kharkov');
      const kharkiv = await store.entity('kharkiv');
      expect(kharkiv).toMatchObject({ name: 'Kharkiv', mentions: 8, articleCount: 4, lastSeen: '2024-07-30' });
      expect(kharkiv?.aliases.find((a) => a.text === 'Kharkov')?.mentions).toBe(4);
      expect(kharkiv?.why).toEqual([
        expect.stringMatching(/^same id "kharkiv" from the analyzer in 3 articles/),
        'the analyzer\'s id "kharkov" in 1 article (2 mentions), spelled "Kharkov"; shown here by the corrections below',
        expect.stringMatching(/^merged by a user on \d{4}-\d{2}-\d{2} \(correction #1\): "kharkov" into "kharkiv": same city, Russian spelling$/),
      ]);
      expect(kharkiv?.corrections.map((c) => c.seq)).toEqual([1]);
      expect(await store.corrections()).toEqual([result.correction]);
    });

    it('splits: the mentions with the given spellings move to the new id, the rest stay', async () => {
      const result = await store.splitEntity('kharkiv', ['Kharkiv Oblast'], 'kharkiv-oblast', 'the region, not the city');
      expect(result).toMatchObject({ mentions: 1, articles: 1, correction: { kind: 'split', source: 'kharkiv', target: 'kharkiv-oblast', spellings: ['Kharkiv Oblast'] } });
      const oblast = await store.entity('kharkiv-oblast');
      expect(oblast).toMatchObject({ name: 'Kharkiv Oblast', type: 'GPE', wikidata: null, mentions: 1, articleCount: 1 });
      expect(oblast?.why.at(-1)).toMatch(/split by a user on .*: mentions of "kharkiv" spelled "Kharkiv Oblast" moved to "kharkiv-oblast": the region, not the city$/);
      expect(oblast?.sentences.map((s) => s.text.slice(...s.marks[0]!))).toEqual(['Kharkiv Oblast']);
      const kharkiv = await store.entity('kharkiv');
      expect(kharkiv?.mentions).toBe(5);
      expect(kharkiv?.aliases.map((a) => a.text)).toEqual(['Kharkiv', 'Kharkov']);
      expect(kharkiv?.why.at(-1)).toMatch(/^split by a user/);
    });

    it('resolves a chain of corrections in the order they were made', async () => {
      await store.splitEntity('kharkiv', ['Kharkiv Oblast'], 'kharkiv-oblast');
      await store.mergeEntities('kharkov', 'kharkiv');
      await store.mergeEntities('kharkiv-oblast', 'kharkov');
      expect(await ids({ q: 'khark' })).toEqual(['kharkiv-oblast']);
      const all = await store.entity('kharkiv-oblast');
      expect(all).toMatchObject({ mentions: 8, articleCount: 4 });
      expect(all?.corrections.map((c) => c.seq)).toEqual([1, 2, 3]);
      // The city's records outnumber the region's: the name follows the majority, the id the user.
      expect(all?.name).toBe('Kharkiv');
      await expect(store.mergeEntities('kyiv', 'kharkiv')).rejects.toThrow(/no entity has the id "kharkiv" \(it was merged into "kharkiv-oblast"\)/);
    });

    it('lets a split bring back mentions a merge took', async () => {
      await store.mergeEntities('kharkiv', 'kharkov');
      await store.splitEntity('kharkiv', ['Kharkov'], 'kharkov');
      expect((await store.entity('kharkov'))?.mentions).toBe(4);
      expect((await store.entity('kharkiv'))?.aliases.map((a) => a.text)).toEqual(['Kharkiv', 'Kharkiv Oblast']);
    });

    it('refuses unknown ids, an id merged with itself and spellings the entity does not have, recording nothing', async () => {
      const refusal = async (promise: Promise<unknown>) => {
        const error = await promise.then(() => null, (e: unknown) => e);
        expect(error).toBeInstanceOf(EntityCorrectionError);
        return error as EntityCorrectionError;
      };
      expect((await refusal(store.mergeEntities('kharkiv', 'vuhledar'))).code).toBe('UNKNOWN_ENTITY');
      expect((await refusal(store.mergeEntities('vuhledar', 'kharkiv'))).code).toBe('UNKNOWN_ENTITY');
      expect((await refusal(store.mergeEntities('kharkiv', ' kharkiv '))).code).toBe('SAME_ENTITY');
      expect((await refusal(store.mergeEntities('', 'kharkiv'))).code).toBe('INVALID');
      const spelling = await refusal(store.splitEntity('kharkiv', ['Kharkiv Oblast', 'Charkiw'], 'kharkiv-oblast'));
      expect(spelling.code).toBe('NO_SUCH_SPELLING');
      expect(spelling.message).toBe('cannot split "kharkiv": "Charkiw" is not a spelling of it (its spellings: "Kharkiv", "Kharkov", "Kharkiv Oblast")');
      expect((await refusal(store.splitEntity('kharkiv', [], 'kharkiv-oblast'))).code).toBe('INVALID');
      expect((await refusal(store.splitEntity('kharkiv', ['Kharkov'], 'kharkiv'))).code).toBe('SAME_ENTITY');
      expect((await refusal(store.splitEntity('vuhledar', ['Vuhledar'], 'x'))).code).toBe('UNKNOWN_ENTITY');
      expect(await store.corrections()).toEqual([]);
    });
  });

  describe('corrections are records of their own', () => {
    beforeEach(async () => {
      await store.mergeEntities('kharkiv', 'kharkov', 'same city');
      await store.splitEntity('kharkiv', ['Kharkiv Oblast'], 'kharkiv-oblast');
    });

    const expectCorrected = async (s: SqliteStore, kharkivMentions = 7) => {
      expect(await s.entity('kharkov')).toBeNull();
      expect((await s.entity('kharkiv'))?.mentions).toBe(kharkivMentions);
      expect((await s.entity('kharkiv-oblast'))?.mentions).toBe(1);
    };

    it('never edit the analyses', async () => {
      const front = registryAnalyses()[3]!.analysis;
      const stored = await store.getArticle(front.id);
      expect(stored?.analysis.mentions.map((m) => m.entity)).toEqual(front.mentions.map((m) => m.entity));
      expect(stored?.analysis.mentions.some((m) => m.entity === 'kharkov')).toBe(true);
    });

    it('survive ingesting the same articles again, from the same files and from copies', async () => {
      const again = registryAnalyses();
      const results = await store.saveBatch([...again, ...again.map(({ analysis, source }) => ({ analysis, source: { path: `copy/${source.path}` } }))]);
      expect(results.map((r) => r.status)).toEqual([...Array(4).fill('unchanged'), ...Array(4).fill('duplicate')]);
      await expectCorrected(store);
    });

    it('survive re-analysis, and apply to articles that arrive later', async () => {
      expect((await store.entities({}, ALL)).total).toBe(6);
      // What a re-analysis does to the store: the old rows go and the new analyser's take their place.
      const db = new Database(path());
      db.pragma('foreign_keys = ON');
      db.prepare('DELETE FROM articles').run();
      db.close();
      expect((await store.entities({}, ALL)).total).toBe(0);
      await store.saveBatch(registryAnalyses({ analyzerVersion: '0.2.0' }));
      await expectCorrected(store);
      const later = withMentions(
        analyzeOne(JSON.stringify({ title: 'Evacuations', outlet: 'Moscow Courier', published: '2024-08-15', text: 'Residents left villages north of Kharkov as shelling continued.' }), 'later.json'),
        [{ text: 'Kharkov', entity: 'kharkov' }],
      );
      await store.saveBatch([{ analysis: later, source: { path: 'later.json' } }]);
      await expectCorrected(store, 8);
      expect((await store.entity('kharkiv'))?.lastSeen).toBe('2024-08-15');
    });

    it('survive closing and reopening the store, and reach another process\'s store at once', async () => {
      const other = new SqliteStore(path());
      await expectCorrected(other);
      // The registry counted once is counted again when another connection adds an article.
      expect((await store.entities({ q: 'kharkiv' }, ALL)).items.find((e) => e.id === 'kharkiv')?.articles).toBe(4);
      const later = withMentions(analyzeOne(JSON.stringify({ title: 'Shelling', outlet: 'Kyiv Wire', published: '2024-09-01', text: 'Shelling hit Kharkiv again.' }), 'later.json'), [
        { text: 'Kharkiv', entity: 'kharkiv' },
      ]);
      await other.saveBatch([{ analysis: later, source: { path: 'later.json' } }]);
      expect((await store.entities({ q: 'kharkiv' }, ALL)).items.find((e) => e.id === 'kharkiv')).toMatchObject({ articles: 5, lastSeen: '2024-09-01' });
      await store.mergeEntities('kyiv', 'belgorod', 'testing another connection');
      expect(await other.entity('belgorod')).toBeNull();
      expect((await other.entity('kyiv'))?.corrections.map((c) => c.note)).toEqual(['testing another connection']);
      await other.close();
      await store.close();
      store = new SqliteStore(path());
      expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
      expect((await store.corrections()).map((c) => c.kind)).toEqual(['merge', 'split', 'merge']);
      await expectCorrected(store, 8);
    });
  });
});
