/**
 * Quotes and figures in the store, on the sample dispatches (and the seed
 * articles where ../shared is) as the real analyzer reads them: what the
 * store lists is what the analyses say, with speakers' and claimants'
 * names from the registry, their sentences, the filters, and users'
 * merges and splits applied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVoicesStore, type VoicesStore } from '../../surfaces/testing/fixture-voices.js';
import { SEEDS_AVAILABLE, SEEDS_DIR } from '../../surfaces/testing/fixture-store.js';
import type { Analysis } from '../../format/analysis.js';

const ALL = { limit: 500, offset: 0 };
/** Newest article first, as the store lists them. */
const newestFirst = (analyses: Analysis[]) => [...analyses].sort((a, b) => (b.meta.published ?? '').localeCompare(a.meta.published ?? ''));

describe('quotes and figures in the store', () => {
  let fixture: VoicesStore;
  let kharkiv: Analysis;

  beforeAll(async () => {
    fixture = await createVoicesStore();
    kharkiv = fixture.article('kharkiv-overnight.txt');
  });
  afterAll(async () => fixture?.close());

  it('lists every quote, newest article first and in text order, each as the analysis wrote it', async () => {
    const page = await fixture.store.quotes({}, {}, ALL);
    const expected = newestFirst(fixture.analyses).flatMap((a) => [...a.quotes].sort((x, y) => x.start - y.start).map((q) => [a.id, q]));
    expect(page.total).toBe(expected.length);
    expect(page.items.map((item) => [item.article.id, item.quote])).toEqual(expected);
    for (const item of page.items) {
      const analysis = fixture.analyses.find((a) => a.id === item.article.id)!;
      expect(analysis.quotes[item.index]).toEqual(item.quote);
    }
    const second = await fixture.store.quotes({}, {}, { limit: 2, offset: 2 });
    expect(second.items.map((i) => i.quote)).toEqual(page.items.slice(2, 4).map((i) => i.quote));
  });

  it("gives a speaker's quotes with the registry's name and the sentence that holds the quote and its cue", async () => {
    const page = await fixture.store.quotes({ speaker: 'oleh-syniehubov' }, {}, ALL);
    expect(page.items.map((i) => i.quote)).toEqual(kharkiv.quotes.filter((q) => q.speaker === 'oleh-syniehubov'));
    const [said] = page.items;
    expect(said).toMatchObject({ speaker: { id: 'oleh-syniehubov', name: 'Oleh Syniehubov' }, article: { id: kharkiv.id, outlet: 'Sample Wire', published: '2024-05-19' } });
    expect(said!.quote.speakerText).toBe('He');
    expect((await fixture.store.getArticle(kharkiv.id))?.analysis.quotes).toEqual(kharkiv.quotes);
    expect(said!.context.text).toBe('He said air defence units shot down 17 of 23 drones and that three people were wounded.');
    expect(said!.context.text.slice(said!.quote.start - said!.context.start, said!.quote.end - said!.context.start)).toBe(said!.quote.text);
  });

  it('keeps an unnamed source as no speaker, with its description', async () => {
    const page = await fixture.store.quotes({}, { outlet: 'Sample Post' }, ALL);
    const unnamed = page.items.find((i) => i.quote.text === 'We will not stop,');
    expect(unnamed).toMatchObject({ speaker: null, quote: { speaker: null, speakerText: 'a senior administration official', kind: 'direct' } });
    expect(unnamed!.context.text).toBe('"We will not stop," a senior administration official told reporters in Washington.');
  });

  it('filters by kind and by the article filters', async () => {
    const direct = await fixture.store.quotes({ kind: 'direct' }, {}, ALL);
    expect(direct.total).toBe(fixture.analyses.flatMap((a) => a.quotes).filter((q) => q.kind === 'direct').length);
    expect(direct.items.every((i) => i.quote.kind === 'direct')).toBe(true);
    const courier = await fixture.store.quotes({}, { outlet: 'sample courier' }, ALL);
    expect(courier.items.map((i) => i.speaker?.id)).toEqual(['kremlin', 'dmitry-peskov', 'dmitry-peskov']);
    expect((await fixture.store.quotes({ speaker: 'dmitry-peskov', kind: 'direct' }, {}, ALL)).items.map((i) => i.quote.text)).toEqual(['well known']);
    const summer = await fixture.store.quotes({}, { since: '2024-06-01', until: '2024-08-31' }, ALL);
    expect(new Set(summer.items.map((i) => i.article.published?.slice(0, 10)))).toEqual(new Set(['2024-06-11', '2024-07-01', '2024-08-15']));
    expect((await fixture.store.quotes({ speaker: 'nobody-at-all' }, {}, ALL))).toEqual({ total: 0, items: [] });
  });

  it('lists the figures a claimant is credited with, and filters by dimension, unit and value', async () => {
    const syniehubov = await fixture.store.quantities({ attributedTo: 'oleh-syniehubov' }, {}, ALL);
    expect(syniehubov.items.map((i) => i.quantity)).toEqual(kharkiv.quantities.filter((q) => q.attributedTo === 'oleh-syniehubov'));
    expect(syniehubov.items.map((i) => [i.quantity.text, i.claimant?.name])).toEqual([['17', 'Oleh Syniehubov'], ['23 drones', 'Oleh Syniehubov'], ['three people', 'Oleh Syniehubov']]);
    expect(syniehubov.items[0]!.sentence.text).toBe('He said air defence units shot down 17 of 23 drones and that three people were wounded.');
    const all = await fixture.store.quantities({}, {}, ALL);
    expect(all.total).toBe(fixture.analyses.flatMap((a) => a.quantities).length);
    for (const item of all.items) expect(fixture.analyses.find((a) => a.id === item.article.id)!.quantities[item.index]).toEqual(item.quantity);
    expect((await fixture.store.quantities({ unit: 'DRONES' }, {}, ALL)).items.map((i) => i.quantity.value)).toEqual([17, 23]);
    expect((await fixture.store.quantities({ dimension: 'mass' }, {}, ALL)).items.map((i) => [i.quantity.text, i.claimant])).toEqual([['30 million tonnes', { id: 'ukraine', name: 'Ukraine' }]]);
    expect((await fixture.store.quantities({ min: 3, max: 20 }, {}, ALL)).items.map((i) => i.quantity.value)).toEqual([17, 3]);
    expect((await fixture.store.quantities({ attributedTo: 'oleh-syniehubov' }, { outlet: 'Sample Courier' }, ALL)).total).toBe(0);
  });

  it("applies a merge: the merged entity's quotes and figures come under the id kept", async () => {
    await fixture.store.mergeEntities('dmitry-peskov', 'kremlin', 'the Kremlin speaks through its spokesman');
    const peskov = await fixture.store.quotes({ speaker: 'dmitry-peskov' }, {}, ALL);
    expect(peskov.items.map((i) => [i.quote.speaker, i.speaker])).toEqual([
      ['kremlin', { id: 'dmitry-peskov', name: 'Dmitry Peskov' }],
      ['dmitry-peskov', { id: 'dmitry-peskov', name: 'Dmitry Peskov' }],
      ['dmitry-peskov', { id: 'dmitry-peskov', name: 'Dmitry Peskov' }],
    ]);
    expect((await fixture.store.quotes({ speaker: 'kremlin' }, {}, ALL)).total).toBe(0);
    await fixture.store.mergeEntities('kyiv', 'ukraine', 'a test: the government for the country');
    expect((await fixture.store.quantities({ attributedTo: 'kyiv' }, {}, ALL)).items.map((i) => [i.quantity.text, i.claimant?.id])).toEqual([['30 million tonnes', 'kyiv']]);
    expect((await fixture.store.quantities({ attributedTo: 'ukraine' }, {}, ALL)).total).toBe(0);
  });

  it("applies a split by the spelling of the speaker's name nearest the quote", async () => {
    // "Moscow's defence ministry said" is a quote of russia spelled "Moscow"; "Russia's foreign ministry called" stays with russia.
    await fixture.store.splitEntity('russia', ['Moscow'], 'russian-defence-ministry', 'the ministry, not the country');
    const ministry = await fixture.store.quotes({ speaker: 'russian-defence-ministry' }, {}, ALL);
    expect(ministry.items.map((i) => [i.article.id, i.quote.text, i.speaker])).toEqual(
      kharkiv.quotes.filter((q) => q.speaker === 'russia').map((q) => [kharkiv.id, q.text, { id: 'russian-defence-ministry', name: 'Moscow' }]),
    );
    const russia = await fixture.store.quotes({ speaker: 'russia' }, {}, ALL);
    expect(russia.items.map((i) => i.quote.text)).toEqual(['a provocation']);
    expect((await fixture.store.quotes({}, { outlet: 'Sample Wire' }, ALL)).items.filter((i) => i.article.id === kharkiv.id).map((i) => i.speaker?.id)).toEqual([
      'oleh-syniehubov', 'russian-defence-ministry', 'russian-defence-ministry',
    ]);
  });
});

describe.skipIf(!SEEDS_AVAILABLE)(`quotes and figures of the seed articles (needs ${SEEDS_DIR})`, () => {
  let fixture: VoicesStore;
  beforeAll(async () => {
    fixture = await createVoicesStore({ seeds: true });
  });
  afterAll(async () => fixture?.close());

  it("lists each speaker's quotes and each claimant's figures as the analyses give them", async () => {
    const speakers = new Set(fixture.analyses.flatMap((a) => a.quotes.map((q) => q.speaker)).filter((s): s is string => s !== null));
    expect(speakers.size).toBeGreaterThan(10);
    for (const speaker of speakers) {
      const page = await fixture.store.quotes({ speaker }, {}, ALL);
      expect(page.items.map((i) => i.quote).sort((a, b) => a.start - b.start || a.end - b.end), speaker).toEqual(
        fixture.analyses.flatMap((a) => a.quotes.filter((q) => q.speaker === speaker)).sort((a, b) => a.start - b.start || a.end - b.end),
      );
      for (const item of page.items) expect(item.context.text).toContain(item.quote.text);
    }
    const claimants = new Set(fixture.analyses.flatMap((a) => a.quantities.map((q) => q.attributedTo)).filter((s): s is string => s !== null));
    for (const claimant of claimants) {
      const expected = fixture.analyses.flatMap((a) => a.quantities.filter((q) => q.attributedTo === claimant));
      expect((await fixture.store.quantities({ attributedTo: claimant }, {}, ALL)).total, claimant).toBe(expected.length);
    }
  });

  it('names a speaker as the entity page does', async () => {
    const [item] = (await fixture.store.quotes({ speaker: 'volodymyr-zelensky' }, {}, { limit: 1, offset: 0 })).items;
    expect(item?.speaker?.name).toBe((await fixture.store.entity('volodymyr-zelensky'))?.name);
  });
});
