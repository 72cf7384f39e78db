/**
 * @module surfaces/api/routes
 *
 * The JSON API. Each route is declared once with Zod (`createRoute`), which
 * validates its query and feeds `/openapi.json`, so the document cannot
 * drift from the code. Every page of the reader has its twin here.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { AnalysisSchema } from '../../format/analysis.js';
import { SearchQueryError } from '../../store/search-query.js';
import { TIMEX_ABOUT, TIMEX_ABOUT_MESSAGE } from '../../store/timex-about.js';
import type { ArticleFilter, Paging, Store } from '../../store/store.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'is not a calendar date');

/** A TIMEX3 calendar value to filter by: a day, month, year, week, quarter, half, season, decade or century (the CLI's `--about` reads it alike). */
export const timexValue = z.string().regex(TIMEX_ABOUT, TIMEX_ABOUT_MESSAGE);

export const FilterQuery = z.object({
  outlet: z.string().min(1).optional().openapi({ description: 'only articles from this outlet (case-insensitive)' }),
  since: isoDay.optional().openapi({ description: 'published on or after (YYYY-MM-DD)' }),
  until: isoDay.optional().openapi({ description: 'published on or before (YYYY-MM-DD)' }),
  limit: z.coerce.number().int().min(1).max(500).default(20).openapi({ description: 'page size (1–500)' }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'results to skip' }),
});

/** `about`, for the lists of articles and what is in them (search hits, places): the dates the articles speak of. */
export const aboutParam = timexValue.optional().openapi({ description: 'only articles whose times speak of this date, whenever they were published (TIMEX3: 2024-05, 2024-05-08, 2024, 2024-W19, 2024-Q3, 199)' });

/** The article list's filters: those of every list, and the dates the articles speak of. */
export const ArticlesQuery = FilterQuery.extend({ about: aboutParam });

export const SearchQuery = FilterQuery.extend({
  about: aboutParam,
  q: z.string().min(1).openapi({ description: 'words (all must match), "quoted phrases", prefix*, OR between terms' }),
});

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string().nullable(),
    status: z.enum(['analyzed', 'not_analyzed']),
    words: z.number().int(),
  })
  .openapi('ArticleSummary');

const SearchHitSchema = ArticleSummarySchema.extend({
  score: z.number().openapi({ description: 'BM25 as SQLite reports it: lower is a better match' }),
  snippet: z.string().openapi({ description: 'plain text around the matches' }),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])).openapi({ description: '[start, end) of each match in snippet' }),
}).openapi('SearchHit');

export const PagingSchema = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

const ArticleDetailSchema = z
  .object({
    analysis: AnalysisSchema,
    sources: z.array(z.object({ path: z.string().nullable(), record: z.number().int().nullable(), firstSeen: z.string(), duplicate: z.boolean() })),
    ingestedAt: z.string(),
  })
  .openapi('ArticleDetail');

export const ErrorSchema = z
  .object({ error: z.object({ status: z.number().int(), message: z.string() }) })
  .openapi('Error');

/** A JSON response of a route declaration: its schema and what it means. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
/** The 400 every route with a validated query can answer. */
export const badRequest = { 400: json(ErrorSchema, 'bad request: a parameter is invalid') };

const listArticles = createRoute({
  method: 'get',
  path: '/api/articles',
  summary: 'Stored articles, newest first, with filters and paging (twin of the reader\'s article list)',
  request: { query: ArticlesQuery },
  responses: { 200: json(PagingSchema.extend({ articles: z.array(ArticleSummarySchema), outlets: z.array(z.string()) }), 'a page of articles'), ...badRequest },
});

const getArticle = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'One article with its analysis and every annotation layer (twin of the article page)',
  request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '6c0445da05265e15' }) }) },
  responses: { 200: json(ArticleDetailSchema, 'the article'), 404: json(ErrorSchema, 'no article has this id') },
});

const search = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search ranked by BM25 (twin of the reader\'s search page)',
  request: { query: SearchQuery },
  responses: { 200: json(PagingSchema.extend({ query: z.string(), hits: z.array(SearchHitSchema) }), 'a page of hits'), ...badRequest },
});

const stats = createRoute({
  method: 'get',
  path: '/api/stats',
  summary: 'What the store holds',
  responses: { 200: json(z.record(z.string(), z.unknown()), 'counts of articles, outlets, languages and layers') },
});

export function toFilter(query: { outlet?: string | undefined; since?: string | undefined; until?: string | undefined; about?: string | undefined }): ArticleFilter {
  return {
    ...(query.outlet ? { outlet: query.outlet } : {}),
    ...(query.since ? { since: query.since } : {}),
    ...(query.until ? { until: query.until } : {}),
    ...(query.about ? { about: query.about } : {}),
  };
}

export function apiRoutes(store: Store, app: OpenAPIHono) {
  app.openapi(listArticles, async (c) => {
    const query = c.req.valid('query');
    const paging: Paging = { limit: query.limit, offset: query.offset };
    const [page, outlets] = await Promise.all([store.listArticles(toFilter(query), paging), store.outlets()]);
    return c.json({ total: page.total, ...paging, articles: page.items, outlets }, 200);
  });

  app.openapi(getArticle, async (c) => {
    const article = await store.getArticle(c.req.valid('param').id);
    if (!article) return c.json({ error: { status: 404, message: 'no article has this id' } }, 404);
    return c.json(article, 200);
  });

  app.openapi(search, async (c) => {
    const query = c.req.valid('query');
    const paging: Paging = { limit: query.limit, offset: query.offset };
    try {
      const page = await store.search(query.q, toFilter(query), paging);
      return c.json({ query: query.q, total: page.total, ...paging, hits: page.items }, 200);
    } catch (error) {
      if (error instanceof SearchQueryError) return c.json({ error: { status: 400, message: error.message } }, 400);
      throw error;
    }
  });

  app.openapi(stats, async (c) => c.json((await store.stats()) as unknown as Record<string, unknown>, 200));
}
