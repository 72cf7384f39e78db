/**
 * /api/timeline through app.request(), on dispatches the real analyzer
 * read (fixture-timeline.ts): years, a year's months, a month's days, the
 * coarser count, the sentences of `about` paged, the article filters; a
 * value that is not a period is a 400 that says which values are; the
 * OpenAPI document lists the route and its parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { createTimelineStore, type TimelineStore } from '../testing/fixture-timeline.js';

describe('the timeline in the JSON API', () => {
  let fixture: TimelineStore;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    fixture = await createTimelineStore();
    app = createApp(fixture.store);
  });
  afterAll(async () => fixture?.close());

  it('counts years without `about`, and lists no sentences', async () => {
    const { status, body } = await get('/api/timeline');
    expect(status).toBe(200);
    expect(body).toEqual({
      about: null,
      granularity: 'year',
      buckets: [
        { value: '2022', mentions: 1, articles: 1 },
        { value: '2024', mentions: 10, articles: 4 },
        { value: '2025', mentions: 1, articles: 1 },
      ],
      coarser: 1,
      total: 0,
      limit: 20,
      offset: 0,
      times: [],
    });
  });

  it("counts a month's days and pages through the sentences that speak of it", async () => {
    const { status, body } = await get('/api/timeline?about=2024-05&limit=2');
    expect(status).toBe(200);
    expect(body).toMatchObject({ about: '2024-05', granularity: 'day', coarser: 1, total: 6, limit: 2, offset: 0 });
    expect(body.buckets.map((b: any) => [b.value, b.mentions, b.articles])).toEqual([
      ['2024-05-10', 3, 3],
      ['2024-05-12', 2, 1],
    ]);
    // Newest article first: the look-back of November, then the bridge of June.
    expect(body.times.map((t: any) => [t.time.value, t.article.published])).toEqual([
      ['2024-05', '2024-11-19'],
      ['2024-05-10', '2024-06-02'],
    ]);
    expect(body.times[0].sentence.text).toBe('Looking back on May 2024, officials said the offensive had stalled.');
    const next = (await get('/api/timeline?about=2024-05&limit=2&offset=2')).body;
    expect(next.times.map((t: any) => [t.time.text, t.article.published])).toEqual([
      ['May 10, 2024', '2024-05-20'],
      ['May 10, 2024', '2024-05-13'],
    ]);
  });

  it("counts a year's months, with the article filters", async () => {
    const { body } = await get('/api/timeline?about=2024&outlet=kyiv%20wire');
    expect(body.buckets).toEqual([{ value: '2024-05', mentions: 4, articles: 2 }]);
    expect(body.coarser).toBe(3);
    expect(body.total).toBe(7);
  });

  it('answers 400 for a value that is not a TIMEX3 date, or one the timeline does not divide', async () => {
    const bad = await get('/api/timeline?about=May');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('about: must be a TIMEX3 date value such as 2024-05, 2024-05-08, 2024-W19 or 2024');
    const week = await get('/api/timeline?about=2024-W21');
    expect(week.status).toBe(400);
    expect(week.body.error.message).toBe('about: must be a century (20), decade (202), year (2024), month (2024-05) or day (2024-05-12)');
    expect((await get('/api/timeline?since=yesterday')).status).toBe(400);
  });

  it('is in the OpenAPI document with its parameters and schema', async () => {
    const { body } = await get('/openapi.json');
    const route = body.paths['/api/timeline'].get;
    expect(route.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['about', 'outlet', 'since', 'until', 'limit', 'offset']));
    expect(Object.keys(route.responses)).toEqual(['200', '400']);
    expect(Object.keys(body.components.schemas.Timeline.properties)).toEqual(expect.arrayContaining(['about', 'granularity', 'buckets', 'coarser', 'total', 'times']));
  });
});
