/**
 * The JSON API through Hono's app.request(): no server, the real store.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { SCHEMA_PATH } from '../../format/build-schema.js';
import { analyzeText } from '../testing/fixture-articles.js';

const WIRE = [
  { title: 'Drones hit Kharkiv', outlet: 'Sample Wire', published: '2024-05-19', text: 'Russian drones struck Kharkiv overnight. Air defence shot down 17 of 23 drones, the governor said.' },
  { title: 'Fighting near Pokrovsk', outlet: 'Sample Monitor', published: '2024-09-02', text: 'Ukrainian troops are holding positions east of Pokrovsk as Russian units advance.' },
  { title: 'Talks in Kyiv', outlet: 'Sample Wire', published: '2024-06-11', text: 'Officials met in Kyiv to discuss the grain corridor and air defence for Kharkiv.' },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

describe('the API', () => {
  let store: SqliteStore;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sitrep-api-')), 'api.db'));
    await store.saveBatch(analyzeText(WIRE, 'wire.ndjson').map((analysis) => ({ analysis, source: { path: 'wire.ndjson', record: analysis.source.record! } })));
    app = createApp(store);
  });
  afterAll(async () => store.close());

  it('documents every API route in /openapi.json', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\.1/);
    const documented = Object.keys(body.paths).map((p) => p.replace(/\{(\w+)\}/g, ':$1'));
    const served = [...new Set(app.routes.filter((r) => r.path.startsWith('/api/')).map((r) => r.path))];
    expect(served.length).toBeGreaterThanOrEqual(4);
    for (const path of served) expect(documented).toContain(path);
    expect(body.components.schemas.Analysis.properties.mentions).toBeDefined();
  });

  it('lists articles newest first, with paging, filters and the outlets to filter by', async () => {
    const { body } = await get('/api/articles?limit=2');
    expect(body.total).toBe(3);
    expect(body.articles.map((a: any) => a.title)).toEqual(['Fighting near Pokrovsk', 'Talks in Kyiv']);
    expect(body.outlets).toEqual(['Sample Monitor', 'Sample Wire']);
    const page2 = await get('/api/articles?limit=2&offset=2');
    expect(page2.body.articles.map((a: any) => a.title)).toEqual(['Drones hit Kharkiv']);
    const filtered = await get('/api/articles?outlet=sample%20wire&since=2024-06-01');
    expect(filtered.body.articles.map((a: any) => a.title)).toEqual(['Talks in Kyiv']);
  });

  it('answers a bad parameter with a 400 that says which', async () => {
    const { status, body } = await get('/api/articles?since=yesterday');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/since/);
    expect((await get('/api/articles?limit=100000')).status).toBe(400);
    expect((await get('/api/search')).status).toBe(400);
  });

  it('searches with ranking and paging, and never fails on FTS syntax', async () => {
    const { body } = await get('/api/search?q=Kharkiv');
    expect(body.total).toBe(2);
    expect(body.hits[0].title).toBe('Drones hit Kharkiv');
    const syntax = await get(`/api/search?q=${encodeURIComponent('" AND (')}`);
    expect([200, 400]).toContain(syntax.status);
    const nothing = await get(`/api/search?q=${encodeURIComponent('()')}`);
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.message).toMatch(/no words/);
  });

  it('serves an article with its whole analysis, valid against the shipped schema', async () => {
    const { body: list } = await get('/api/articles');
    const { status, body } = await get(`/api/articles/${list.articles[0].id}`);
    expect(status).toBe(200);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    expect(validate(body.analysis), JSON.stringify(validate.errors)).toBe(true);
    expect(body.sources).toEqual([expect.objectContaining({ path: 'wire.ndjson', duplicate: false })]);
  });

  it('answers an unknown article or path with a JSON 404', async () => {
    const missing = await get('/api/articles/0000000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.status).toBe(404);
    expect((await get('/api/nothing-here')).status).toBe(404);
  });

  it('sends the content security policy with every response', async () => {
    const { headers } = await get('/api/articles');
    expect(headers.get('content-security-policy')).toContain("script-src 'none'");
  });
});
