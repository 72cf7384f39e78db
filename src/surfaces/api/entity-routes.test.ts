/**
 * The entity registry in the JSON API, through app.request(), on a store
 * whose mention layers are filled by hand (fixture-mentions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { createRegistryStore, HOSTILE_ENTITY, type RegistryStore } from '../testing/fixture-mentions.js';

describe('the entity API', () => {
  let fixture: RegistryStore;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    fixture = await createRegistryStore();
    app = createApp(fixture.store);
  });
  afterAll(async () => fixture?.close());

  it('documents both routes in /openapi.json', async () => {
    const { body } = await get('/openapi.json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/entities', '/api/entities/{id}']));
    expect(body.paths['/api/entities'].get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['q', 'type', 'outlet', 'limit', 'offset']));
    expect(body.components.schemas.EntityDetail.properties.why).toBeDefined();
    expect(body.paths['/api/entities/{id}'].get.responses['404']).toBeDefined();
  });

  it('lists the registry most mentioned first, with the types and outlets to filter by', async () => {
    const { status, body } = await get('/api/entities?limit=2');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 7, limit: 2, offset: 0 });
    expect(body.entities.map((e: any) => e.id)).toEqual(['kharkiv', 'kyiv']);
    expect(body.entities[0]).toEqual({ id: 'kharkiv', name: 'Kharkiv', type: 'GPE', mentions: 6, articles: 3, outlets: 2, firstSeen: '2024-05-19', lastSeen: '2024-06-11' });
    expect(body.types).toEqual(['GPE', 'MISC', 'ORG', 'PERSON']);
    expect(body.outlets).toContain('Moscow Courier');
  });

  it('filters by spelling, type and outlet', async () => {
    expect((await get('/api/entities?q=Kharkov')).body.entities.map((e: any) => e.id)).toEqual(['kharkiv', 'kharkov']);
    expect((await get('/api/entities?type=person')).body.entities.map((e: any) => e.id)).toEqual(['oleh-syniehubov']);
    const wire = (await get('/api/entities?outlet=kyiv%20wire')).body;
    expect(wire.entities.map((e: any) => [e.id, e.mentions])).toEqual([['kharkiv', 4], ['kyiv', 2], ['oleh-syniehubov', 2]]);
  });

  it('serves one entity with spellings by outlet, articles, sentences and reasons', async () => {
    const { status, body } = await get('/api/entities/kyiv');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'kyiv', name: 'Kyiv', type: 'GPE', wikidata: 'Q1899', mentions: 4, articleCount: 4 });
    expect(body.aliases).toEqual([
      { text: 'Kiev', mentions: 2, outlets: [{ outlet: 'Moscow Courier', mentions: 2 }] },
      { text: 'Kyiv', mentions: 2, outlets: [{ outlet: 'Kyiv Wire', mentions: 2 }] },
    ]);
    expect(body.articles).toHaveLength(4);
    for (const s of body.sentences) expect(['Kiev', 'Kyiv']).toContain(s.text.slice(s.marks[0][0], s.marks[0][1]));
    expect(body.why[0]).toMatch(/^same id "kyiv" from the analyzer in 4 articles/);
    expect((await get('/api/entities/kyiv?sentences=1&articles=1')).body).toMatchObject({ articleCount: 4, articles: [expect.anything()], sentences: [expect.anything()] });
  });

  it('takes any id in the path, markup included', async () => {
    const { status, body } = await get(`/api/entities/${encodeURIComponent(HOSTILE_ENTITY.id)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: HOSTILE_ENTITY.id, name: HOSTILE_ENTITY.name, mentions: 4 });
  });

  it('answers a bad parameter with 400 and an unknown id with a JSON 404', async () => {
    expect((await get('/api/entities?limit=0')).status).toBe(400);
    expect((await get('/api/entities/kyiv?sentences=-1')).status).toBe(400);
    const missing = await get('/api/entities/vuhledar');
    expect(missing).toEqual({ status: 404, body: { error: { status: 404, message: 'no entity has this id' } } });
  });

  it('applies a merge made through the store, and says where a merged id went', async () => {
    await fixture.store.mergeEntities('kharkiv', 'kharkov', 'same city');
    const { body } = await get('/api/entities/kharkiv');
    expect(body.mentions).toBe(8);
    expect(body.corrections).toEqual([expect.objectContaining({ kind: 'merge', source: 'kharkov', target: 'kharkiv', note: 'same city' })]);
    const gone = await get('/api/entities/kharkov');
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe('no entity has this id: it was merged into "kharkiv"');
  });
});
