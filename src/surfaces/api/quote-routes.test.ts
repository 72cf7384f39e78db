/**
 * Quotes and figures in the JSON API, through app.request(), on the sample
 * dispatches as the real analyzer reads them (fixture-voices): the lists
 * and their filters, 400 for a value a parameter cannot take, the entity's
 * JSON with its quotes and figures, users' merges applied, and the routes
 * in /openapi.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { createVoicesStore, type VoicesStore } from '../testing/fixture-voices.js';

describe('quotes and figures in the JSON API', () => {
  let fixture: VoicesStore;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    fixture = await createVoicesStore();
    app = createApp(fixture.store);
  });
  afterAll(async () => fixture?.close());

  it("lists a speaker's quotes with their articles, the speaker's name and the sentence", async () => {
    const { status, body } = await get('/api/quotes?speaker=dmitry-peskov');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 2, limit: 20, offset: 0 });
    expect(body.quotes.map((q: any) => [q.quote.kind, q.quote.text, q.speaker.name, q.article.outlet])).toEqual([
      ['indirect', 'Russia\'s conditions were "well known', 'Dmitry Peskov', 'Sample Courier'],
      ['direct', 'well known', 'Dmitry Peskov', 'Sample Courier'],
    ]);
    expect(body.quotes[1].context.text).toBe('Spokesman Dmitry Peskov told reporters that Russia\'s conditions were "well known".');
  });

  it('filters by kind, outlet, dates and paging, and lists every quote without a filter', async () => {
    const total = fixture.analyses.flatMap((a) => a.quotes).length;
    expect((await get('/api/quotes?limit=500')).body.total).toBe(total);
    const direct = (await get('/api/quotes?kind=direct&limit=500')).body;
    expect(direct.quotes.every((q: any) => q.quote.kind === 'direct')).toBe(true);
    expect(direct.total).toBe(fixture.analyses.flatMap((a) => a.quotes).filter((q) => q.kind === 'direct').length);
    expect((await get('/api/quotes?outlet=sample%20courier&kind=indirect')).body.quotes.map((q: any) => q.speaker.id)).toEqual(['kremlin', 'dmitry-peskov']);
    expect((await get('/api/quotes?since=2024-10-04')).body.total).toBe(3);
    const page = (await get('/api/quotes?limit=1&offset=1')).body;
    expect(page).toMatchObject({ limit: 1, offset: 1, total });
    expect(page.quotes).toHaveLength(1);
  });

  it('lists the figures a claimant is credited with, by dimension, unit and value', async () => {
    const { status, body } = await get('/api/quantities?attributedTo=oleh-syniehubov');
    expect(status).toBe(200);
    expect(body.quantities.map((q: any) => [q.quantity.text, q.quantity.value, q.quantity.unit, q.claimant.name])).toEqual([
      ['17', 17, 'drones', 'Oleh Syniehubov'],
      ['23 drones', 23, 'drones', 'Oleh Syniehubov'],
      ['three people', 3, 'people', 'Oleh Syniehubov'],
    ]);
    expect((await get('/api/quantities?unit=Drones&min=20')).body.quantities.map((q: any) => q.quantity.value)).toEqual([23]);
    expect((await get('/api/quantities?dimension=mass&max=1e9')).body.quantities.map((q: any) => [q.quantity.text, q.sentence.text])).toEqual([
      ['30 million tonnes', "Ukraine's foreign minister said ships had carried more than 30 million tonnes of grain from the ports of Odesa region since the corridor opened."],
    ]);
  });

  it('answers 400 for a value a parameter cannot take', async () => {
    for (const path of [
      '/api/quotes?kind=rumour',
      '/api/quotes?speaker=',
      '/api/quotes?limit=0',
      '/api/quotes?since=yesterday',
      '/api/quantities?dimension=weight',
      '/api/quantities?min=many',
      '/api/quantities?about=May',
      '/api/entities/dmitry-peskov?quotes=-1',
    ]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error.status, path).toBe(400);
    }
  });

  it("gives the entity's JSON its quotes and figures, the first of each with totals and the paged lists", async () => {
    const { body } = await get('/api/entities/oleh-syniehubov?figures=2');
    expect(body.quotes).toMatchObject({ total: 1, href: '/api/quotes?speaker=oleh-syniehubov' });
    expect(body.quotes.items[0].quote.text).toBe('air defence units shot down 17 of 23 drones and that three people were wounded');
    expect(body.figures).toMatchObject({ total: 3, href: '/api/quantities?attributedTo=oleh-syniehubov' });
    expect(body.figures.items.map((f: any) => f.quantity.text)).toEqual(['17', '23 drones']);
    const all = (await get(body.figures.href)).body;
    expect(all.total).toBe(3);
  });

  it('applies a merge to speakers and claimants', async () => {
    await fixture.store.mergeEntities('dmitry-peskov', 'kremlin', 'the Kremlin speaks through its spokesman');
    expect((await get('/api/quotes?speaker=dmitry-peskov')).body.quotes.map((q: any) => [q.quote.speaker, q.speaker.id])).toEqual([
      ['kremlin', 'dmitry-peskov'],
      ['dmitry-peskov', 'dmitry-peskov'],
      ['dmitry-peskov', 'dmitry-peskov'],
    ]);
    expect((await get('/api/quotes?speaker=kremlin')).body.total).toBe(0);
    expect((await get('/api/entities/dmitry-peskov')).body.quotes.total).toBe(3);
  });

  it('documents both routes and the entity\'s new parts in /openapi.json', async () => {
    const { body } = await get('/openapi.json');
    const names = (path: string) => body.paths[path].get.parameters.map((p: any) => p.name);
    expect(names('/api/quotes')).toEqual(expect.arrayContaining(['speaker', 'kind', 'outlet', 'since', 'until', 'about', 'limit', 'offset']));
    expect(names('/api/quantities')).toEqual(expect.arrayContaining(['attributedTo', 'dimension', 'unit', 'min', 'max', 'outlet', 'since', 'until', 'limit', 'offset']));
    expect(names('/api/entities/{id}')).toEqual(expect.arrayContaining(['quotes', 'figures']));
    expect(body.components.schemas.EntityDetail.properties.quotes).toBeDefined();
    expect(body.components.schemas.QuoteMention.properties.speaker).toBeDefined();
    expect(body.components.schemas.QuantityMention.properties.claimant).toBeDefined();
  });
});
