/**
 * Articles and sentences found by the dates they speak of, not by the day
 * they were published: /api/times?about= and /api/articles?about= through
 * app.request(), on a store of dispatches the real analyzer read; the
 * OpenAPI document names the parameter, and a value that is not a TIMEX3
 * date is a 400.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { analyze } from '../../analyze/index.js';
import { emptyMeta } from '../../format/analysis.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';

const DISPATCHES = [
  { text: 'Russian troops crossed the border north of Kharkiv on May 10. Shelling went on last night.', published: '2024-05-13', outlet: 'Kyiv Wire' },
  { text: 'Looking back on May 2024, officials said the offensive had stalled. Talks resume in January.', published: '2024-11-19', outlet: 'Daily Report' },
  { text: 'The bridge was hit yesterday, the ministry said.', published: '2024-06-02', outlet: 'Kyiv Wire' },
  { text: 'Grain exports fell in early 2023 and recovered by late 2023.', published: '2024-02-01', outlet: 'Daily Report' },
];

describe('times in the JSON API', () => {
  let dir: string;
  let store: SqliteStore;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-times-'));
    store = new SqliteStore(join(dir, 'times.db'));
    const analyses = DISPATCHES.map(({ text, published, outlet }, i) => ({
      analysis: analyze({
        text,
        source: { path: `d${i}.txt`, url: null, format: 'txt' },
        meta: { ...emptyMeta(), published, outlet, language: 'en' },
        metaProvenance: { published: 'sidecar', outlet: 'sidecar' },
        notes: [],
      }),
      source: { path: join(dir, `d${i}.txt`) },
    }));
    await store.saveBatch(analyses);
    app = createApp(store);
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the sentences that speak of May 2024, its days and nights included, whenever they were published', async () => {
    const { status, body } = await get('/api/times?about=2024-05');
    expect(status).toBe(200);
    expect(body.about).toBe('2024-05');
    expect(body.times.map((t: any) => [t.time.text, t.time.value, t.article.published])).toEqual([
      ['May 2024', '2024-05', '2024-11-19'],
      ['May 10', '2024-05-10', '2024-05-13'],
      ['last night', '2024-05-12TNI', '2024-05-13'],
    ]);
    expect(body.times[1].sentence.text).toBe('Russian troops crossed the border north of Kharkiv on May 10.');
    expect(body.times[2].time.anchor).toBe('published');
  });

  it("keeps each time's mod and its place in the article's times layer through the store", async () => {
    const { body } = await get('/api/times?about=2023');
    expect(body.times.map((t: any) => [t.time.text, t.time.value, t.time.mod, t.index])).toEqual([
      ['early 2023', '2023', 'START', 0],
      ['late 2023', '2023', 'END', 1],
    ]);
    const article = (await get(`/api/articles/${body.times[0].article.id}`)).body;
    expect(article.analysis.times.map((t: any) => t.mod)).toEqual(["START", "END"]);
  });

  it('narrows to one day, and takes the article filters too', async () => {
    expect((await get('/api/times?about=2024-06-01')).body.times.map((t: any) => t.time.text)).toEqual(['yesterday']);
    expect((await get('/api/times?about=2024-05&outlet=Daily%20Report')).body.total).toBe(1);
    expect((await get('/api/times?about=2025')).body.times.map((t: any) => t.time.value)).toEqual(['2025-01']);
  });

  it('narrows search hits and the places on the map to the articles that speak of a date', async () => {
    expect((await get('/api/search?q=shelling')).body.total).toBe(1);
    expect((await get('/api/search?q=shelling&about=2024-05-12')).body.total).toBe(1);
    expect((await get('/api/search?q=shelling&about=2023')).body.total).toBe(0);
    expect((await get('/api/places?about=2024-05-10')).body.places.map((p: any) => p.name)).toEqual(['Kharkiv']);
    expect((await get('/api/places?about=2023')).body.total).toBe(0);
    expect((await get('/api/places?about=May')).status).toBe(400);
  });

  it('filters the article list by the dates the articles speak of', async () => {
    const { body } = await get('/api/articles?about=2024-05');
    expect(body.articles.map((a: any) => a.published)).toEqual(['2024-11-19', '2024-05-13']);
    expect((await get('/api/articles?about=2024-05-100')).status).toBe(400);
  });

  it('answers 400 for a value that is not a TIMEX3 date, and documents the routes', async () => {
    expect((await get('/api/times?about=May')).status).toBe(400);
    expect((await get('/api/times')).status).toBe(400);
    const { body } = await get('/openapi.json');
    expect(body.paths['/api/times'].get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['about', 'outlet', 'since', 'until', 'limit', 'offset']));
    expect(body.paths['/api/articles'].get.parameters.map((p: any) => p.name)).toContain('about');
    expect(body.paths['/api/search'].get.parameters.map((p: any) => p.name)).toContain('about');
    expect(body.paths['/api/places'].get.parameters.map((p: any) => p.name)).toContain('about');
  });
});
