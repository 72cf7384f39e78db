/**
 * @module surfaces/api/time-routes
 *
 * What was said about a date: `GET /api/times?about=2024-05` lists the
 * sentences of the stored articles whose times speak of May 2024 (a day,
 * a night, the month itself), whenever the articles were published, with
 * the usual article filters and paging. `/api/articles?about=` is its twin
 * for whole articles (routes.ts).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { TimeSchema } from '../../format/analysis.js';
import type { Paging, Store } from '../../store/store.js';
import { ArticleSummarySchema, FilterQuery, PagingSchema, badRequest, json, timexValue, toFilter } from './routes.js';

export const TimesQuery = FilterQuery.extend({
  about: timexValue.openapi({ description: 'the date spoken of, as a TIMEX3 value: 2024-05 (May 2024, its days and nights), 2024-05-08, 2024, 2024-W19, 2024-Q3, 199 (the 1990s)' }),
});

export const TimeMentionSchema = z
  .object({
    article: ArticleSummarySchema,
    time: TimeSchema,
    index: z.number().int().openapi({ description: 'its place in the article\'s times layer: the reader\'s anchor #time-N' }),
    sentence: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).openapi({ description: 'the sentence the time stands in' }),
  })
  .openapi('TimeMention');

const listTimes = createRoute({
  method: 'get',
  path: '/api/times',
  summary: 'Sentences that speak of a date (their times\' values lie inside `about`), newest article first',
  request: { query: TimesQuery },
  responses: { 200: json(PagingSchema.extend({ about: z.string(), times: z.array(TimeMentionSchema) }), 'a page of sentences and their times'), ...badRequest },
});

export function timeRoutes(store: Store, app: OpenAPIHono) {
  app.openapi(listTimes, async (c) => {
    const query = c.req.valid('query');
    const paging: Paging = { limit: query.limit, offset: query.offset };
    const { about: _about, ...filter } = toFilter(query);
    const page = await store.timeMentions(query.about, filter, paging);
    return c.json({ about: query.about, total: page.total, ...paging, times: page.items }, 200);
  });
}
