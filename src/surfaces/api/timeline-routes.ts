/**
 * @module surfaces/api/timeline-routes
 *
 * What the articles speak of, period by period: `GET /api/timeline` counts
 * the stored articles' times by year; `?about=2024` by the months of 2024,
 * `?about=2024-05` by its days, with what says only "in 2024" counted
 * apart; and, once `about` is set, pages through the sentences that speak
 * of it, as `/api/times` does. The reader's `/timeline` is its twin.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { GRANULARITIES, TIMELINE_ABOUT_MESSAGE, periodOf } from '../../store/timex-about.js';
import type { Page, Paging, Store, TimeMention, Timeline } from '../../store/store.js';
import { FilterQuery, PagingSchema, badRequest, json, timexValue, toFilter } from './routes.js';
import { TimeMentionSchema } from './time-routes.js';

export const TimelineQuery = FilterQuery.extend({
  about: timexValue
    // A week, a quarter or a season does not divide into months: /api/times lists what speaks of it.
    .refine((value) => periodOf(value) !== null, TIMELINE_ABOUT_MESSAGE)
    .optional()
    .openapi({ description: 'the period to divide: none (years), a year (its months), a month (its days), a day, a decade (202: its years) or a century (20: its decades)' }),
});

const TimelineBucketSchema = z
  .object({
    value: z.string().openapi({ description: 'the period as a TIMEX3 value: 2024, 2024-05, 2024-05-12, 202' }),
    mentions: z.number().int().openapi({ description: 'times inside it (a time of day counts in its day)' }),
    articles: z.number().int().openapi({ description: 'articles with at least one of them' }),
  })
  .openapi('TimelineBucket');

const TimelineSchema = PagingSchema.extend({
  about: z.string().nullable(),
  granularity: z.enum(GRANULARITIES).openapi({ description: 'what each bucket is: one level finer than about' }),
  buckets: z.array(TimelineBucketSchema).openapi({ description: 'the periods with at least one time, in calendar order (durations, sets and PRESENT_REF count nowhere)' }),
  coarser: z.number().int().openapi({ description: 'times inside about too coarse for a bucket: "2024" among its months, a week, quarter or season among months, "2024-05" among its days' }),
  times: z.array(TimeMentionSchema).openapi({ description: 'a page of the sentences that speak of about (total counts them); empty without about' }),
}).openapi('Timeline');

const getTimeline = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: 'The periods the articles\' times speak of, one level finer than `about` (years without it), and the sentences that speak of `about`',
  request: { query: TimelineQuery },
  responses: { 200: json(TimelineSchema, 'the buckets and a page of sentences'), ...badRequest },
});

export interface TimelineResult {
  timeline: Timeline;
  times: Page<TimeMention>;
}

/** The timeline and its page of sentences, as the route and the page read them. */
export async function readTimeline(store: Store, query: z.infer<typeof TimelineQuery>): Promise<TimelineResult> {
  const about = query.about ?? null;
  const filter = toFilter({ ...query, about: undefined });
  const paging: Paging = { limit: query.limit, offset: query.offset };
  const [timeline, times] = await Promise.all([
    store.timeline(about, filter),
    about === null ? Promise.resolve({ total: 0, items: [] }) : store.timeMentions(about, filter, paging),
  ]);
  return { timeline, times };
}

export function timelineRoutes(store: Store, app: OpenAPIHono) {
  app.openapi(getTimeline, async (c) => {
    const query = c.req.valid('query');
    const { timeline, times } = await readTimeline(store, query);
    return c.json({ ...timeline, total: times.total, limit: query.limit, offset: query.offset, times: times.items }, 200);
  });
}
