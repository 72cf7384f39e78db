/**
 * Places in the JSON API, through app.request(), on a store of dispatches
 * the real analyzer read (fixture-places): the list with its filters and
 * paging, the GeoJSON twins (valid RFC 7946 FeatureCollections, positions
 * [longitude, latitude], served as application/geo+json, matching the
 * schemas /openapi.json documents), one article's places and every place
 * mention with its role (a capital standing for its government is an actor,
 * counted nowhere on the map), and the 404 for an unknown article.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { createPlaceStore, expectedPlaces, HOSTILE_PLACE, type PlaceStore } from '../testing/fixture-places.js';

/** The rules of RFC 7946 a FeatureCollection of points must keep. */
function expectPointCollection(body: any) {
  expect(body.type).toBe('FeatureCollection');
  expect(Array.isArray(body.features)).toBe(true);
  for (const feature of body.features) {
    expect(feature.type).toBe('Feature');
    expect(typeof feature.id === 'string' || typeof feature.id === 'number').toBe(true);
    expect(feature.geometry.type).toBe('Point');
    expect(feature.geometry.coordinates).toHaveLength(2);
    const [lon, lat] = feature.geometry.coordinates;
    expect(Number.isFinite(lon) && lon >= -180 && lon <= 180, `${feature.id} lon`).toBe(true);
    expect(Number.isFinite(lat) && lat >= -90 && lat <= 90, `${feature.id} lat`).toBe(true);
    expect(typeof feature.properties).toBe('object');
  }
}

describe('the places API', () => {
  let fixture: PlaceStore;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
  };

  beforeAll(async () => {
    fixture = await createPlaceStore();
    app = createApp(fixture.store);
  });
  afterAll(async () => fixture?.close());

  it('documents the three routes, their filters and the GeoJSON media type in /openapi.json', async () => {
    const { body } = await get('/openapi.json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/places', '/api/places.geojson', '/api/articles/{id}/places']));
    expect(body.paths['/api/places'].get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['outlet', 'since', 'until', 'limit', 'offset']));
    expect(body.paths['/api/places.geojson'].get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['outlet', 'since', 'until', 'limit', 'offset']));
    expect(Object.keys(body.paths['/api/places.geojson'].get.responses['200'].content)).toEqual(['application/geo+json']);
    expect(body.paths['/api/articles/{id}/places'].get.responses['404']).toBeDefined();
    expect(body.paths['/api/articles/{id}/places'].get.parameters.map((p: any) => p.name)).toContain('format');
    const article = body.paths['/api/articles/{id}/places'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(article.properties)).toEqual(['article', 'places', 'mentions']);
    expect(body.components.schemas.ArticlePlaceMention.properties.role.enum).toEqual(['location', 'actor', 'none']);
    expect(body.components.schemas.Place.properties.role.enum).toEqual(['location', 'actor', 'none']);
  });

  it('lists the places most mentioned first, with counts over the kept articles', async () => {
    const { status, body } = await get('/api/places');
    expect(status).toBe(200);
    expect(body).toMatchObject({ limit: 200, offset: 0 });
    expect(body.total).toBe(body.places.length);
    expect(body.places[0]).toMatchObject({ id: 'kharkiv', name: 'Kharkiv', type: 'GPE', mentions: 5, articles: 4, outlets: 3, country: 'UA' });
    expect(body.places[0].lat).toBeCloseTo(49.98, 1);
    expect(body.places[0].lon).toBeCloseTo(36.25, 1);
    expect(body.outlets).toEqual(['Front Monitor', 'Kyiv Wire', 'Moscow Courier']);

    const courier = await get('/api/places?outlet=moscow%20courier');
    expect(courier.body.places.map((p: any) => p.id)).toEqual(expect.arrayContaining(['kharkiv', 'belgorod']));
    expect(courier.body.places.find((p: any) => p.id === 'kharkiv').mentions).toBe(1);
    const summer = await get('/api/places?since=2024-07-01&until=2024-07-31');
    const july = [...expectedPlaces(fixture.articles, [fixture.articles[2]!]).keys()];
    expect(july).toEqual(expect.arrayContaining(['kharkiv', 'sevastopol', 'simferopol']));
    expect(summer.body.places.map((p: any) => p.id).sort()).toEqual(july.sort());
    const paged = await get('/api/places?limit=2&offset=1');
    expect(paged.body.places.map((p: any) => p.id)).toEqual(body.places.slice(1, 3).map((p: any) => p.id));
    expect(paged.body.total).toBe(body.total);
  });

  it('refuses a bad filter with a 400 that says which, on both twins', async () => {
    for (const path of ['/api/places?since=yesterday', '/api/places.geojson?until=2024-13-45', '/api/places?limit=0']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error.message, path).toMatch(/^(since|until|limit): /);
    }
  });

  it('serves the same places as a GeoJSON FeatureCollection of points, [longitude, latitude]', async () => {
    const [plain, geo] = await Promise.all([get('/api/places'), get('/api/places.geojson')]);
    expect(geo.status).toBe(200);
    expect(geo.type).toMatch(/^application\/geo\+json/);
    expectPointCollection(geo.body);
    expect(geo.body.features.map((f: any) => f.id)).toEqual(plain.body.places.map((p: any) => p.id));
    for (const [i, feature] of geo.body.features.entries()) {
      const place = plain.body.places[i];
      expect(feature.geometry.coordinates).toEqual([place.lon, place.lat]);
    }
    const kharkiv = geo.body.features[0];
    // Kharkiv lies at about 36.2° E, 50.0° N: longitude first.
    expect(kharkiv.geometry.coordinates[0]).toBeCloseTo(36.25, 1);
    expect(kharkiv.geometry.coordinates[1]).toBeCloseTo(49.98, 1);
    expect(kharkiv.properties).toMatchObject({ name: 'Kharkiv', type: 'GPE', mentions: 5, articles: 4, url: '/entities/kharkiv' });
    const hostile = geo.body.features.find((f: any) => f.id === HOSTILE_PLACE.id);
    expect(hostile.properties.name).toBe(HOSTILE_PLACE.name);
    expect(hostile.properties.url).toBe(`/entities/${encodeURIComponent(HOSTILE_PLACE.id)}`);

    const filtered = await get('/api/places.geojson?outlet=Moscow%20Courier&limit=2');
    // Ties go to the id, in order.
    expect(filtered.body.features.map((f: any) => [f.id, f.properties.mentions])).toEqual([['belgorod', 1], ['kharkiv', 1]]);
    const none = await get('/api/places.geojson?outlet=nobody');
    expect(none.body).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('matches the schemas it documents', async () => {
    const { body: doc } = await get('/openapi.json');
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: 'openapi.json', components: doc.components });
    const validate = (name: string, data: unknown) => {
      const check = ajv.getSchema(`openapi.json#/components/schemas/${name}`)!;
      expect(check(data), JSON.stringify(check.errors)).toBe(true);
    };
    expect(JSON.stringify(doc.paths['/api/places.geojson'])).toContain('#/components/schemas/PlaceFeatureCollection');
    validate('PlaceFeatureCollection', (await get('/api/places.geojson')).body);
    for (const place of (await get('/api/places')).body.places) validate('PlaceSummary', place);
    const article = fixture.articles[2]!;
    validate('PlaceFeatureCollection', (await get(`/api/articles/${article.id}/places?format=geojson`)).body);
    const { body } = await get(`/api/articles/${article.id}/places`);
    for (const place of body.places) validate('ArticlePlace', place);
    for (const mention of [...body.mentions, ...(await get(`/api/articles/${fixture.articles[1]!.id}/places`)).body.mentions]) validate('ArticlePlaceMention', mention);
  });

  it('counts a capital standing for its government ("Kiev did not comment") nowhere, and shows it with its role', async () => {
    const courier = fixture.articles[1]!;
    const kiev = courier.places?.find((p) => courier.text.slice(p.start, p.end) === 'Kiev');
    expect(kiev).toMatchObject({ entity: 'ukraine', role: 'actor', rule: 'capital-for-government' });
    // Ukraine has a point, but no mention puts it on the map: not in the list, nor in the GeoJSON.
    expect(courier.entities.find((e) => e.id === 'ukraine')?.geo).toBeDefined();
    const all = await get('/api/places?limit=1000');
    expect(all.body.places.map((p: any) => p.id)).not.toContain('ukraine');
    expect((await get('/api/places.geojson?limit=1000')).body.features.map((f: any) => f.id)).not.toContain('ukraine');
    const counted = all.body.places.reduce((n: number, p: any) => n + p.mentions, 0);
    const located = [...fixture.articles, fixture.hostile].flatMap((a) => (a.places ?? []).filter((p) => p.role === 'location')).length;
    expect(counted).toBe(located);

    const { body } = await get(`/api/articles/${courier.id}/places`);
    expect(body.places.map((p: any) => p.entity).sort()).toEqual(['belgorod', 'kharkiv']);
    expect(body.mentions.map((m: any) => [m.text, m.entity, m.role, m.rule])).toEqual([
      ['Kharkov', 'kharkiv', 'location', 'only-candidate'],
      ['Kiev', 'ukraine', 'actor', 'capital-for-government'],
      ['Belgorod', 'belgorod', 'location', 'only-candidate'],
    ]);
    expect(body.mentions[1]).toMatchObject({ start: kiev!.start, end: kiev!.end, name: 'Ukraine', lat: null, lon: null });
    const geo = await get(`/api/articles/${courier.id}/places?format=geojson`);
    expect(geo.body.features.map((f: any) => f.id).sort()).toEqual(['belgorod', 'kharkiv']);
  });

  it("gives one article's places as JSON or GeoJSON, and 404 for an unknown article", async () => {
    const article = fixture.articles[2]!;
    const { status, body } = await get(`/api/articles/${article.id}/places`);
    expect(status).toBe(200);
    expect(body.article).toBe(article.id);
    expect(body.places[0].entity).toBe('sevastopol');
    expect(body.places.map((p: any) => p.entity).sort()).toEqual([...expectedPlaces(fixture.articles, [article]).keys()].sort());
    for (const place of body.places) for (const m of place.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);

    const geo = await get(`/api/articles/${article.id}/places?format=geojson`);
    expect(geo.type).toMatch(/^application\/geo\+json/);
    expectPointCollection(geo.body);
    expect(geo.body.features[0]).toMatchObject({ id: 'sevastopol', properties: { name: 'Sevastopol', mentions: 2, url: '/entities/sevastopol' } });
    expect(geo.body.features[0].geometry.coordinates[0]).toBeCloseTo(33.5, 1);
    expect(geo.body.features[0].properties.spans).toHaveLength(2);

    const empty = await get(`/api/articles/${fixture.articles[3]!.id}/places?format=geojson`);
    expect(empty.body).toEqual({ type: 'FeatureCollection', features: [] });
    for (const path of ['/api/articles/no-such-article/places', '/api/articles/no-such-article/places?format=geojson']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.body).toEqual({ error: { status: 404, message: 'no article has this id' } });
    }
    expect((await get(`/api/articles/${article.id}/places?format=kml`)).status).toBe(400);
  });
});
