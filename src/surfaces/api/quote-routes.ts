/**
 * @module surfaces/api/quote-routes
 *
 * What was quoted: `GET /api/quotes?speaker=vladimir-putin&kind=direct`
 * lists the quotes of the stored articles, newest article first, with the
 * usual article filters and paging; each with its article, its speaker
 * (users' merges and splits applied) and the sentences around it. The
 * entity page's "Quoted" section is its twin for one speaker.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { QuoteSchema } from '../../format/analysis.js';
import type { QuoteFilter, Store } from '../../store/store.js';
import { ArticleSummarySchema, ArticlesQuery, PagingSchema, badRequest, json, toFilter } from './routes.js';

export const ClaimantSchema = z
  .object({ id: z.string(), name: z.string().openapi({ description: 'the registry\'s name for it' }) })
  .openapi('Claimant', { description: 'the entity a quote or a figure is credited to, users\' corrections applied' });

export const PassageSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const QuotesQuery = ArticlesQuery.extend({
  speaker: z.string().min(1).optional().openapi({ description: 'the speaker\'s entity id; the quotes of an entity merged into it are listed under it' }),
  kind: QuoteSchema.shape.kind.optional().openapi({ description: 'direct (in quotation marks) or indirect (reported speech)' }),
});

export const QuoteMentionSchema = z
  .object({
    article: ArticleSummarySchema,
    index: z.number().int().openapi({ description: 'its place in the article\'s quotes layer; the reader shows it at /articles/{id}#quote-{index}' }),
    quote: QuoteSchema.openapi({ description: 'as the analysis wrote it: speaker is the analyzer\'s id' }),
    speaker: ClaimantSchema.nullable().openapi({ description: 'who said it, corrections applied; null for an unnamed source (quote.speakerText describes it)' }),
    context: PassageSchema.openapi({ description: 'the sentences that hold the quote and its cue' }),
  })
  .openapi('QuoteMention');

const listQuotes = createRoute({
  method: 'get',
  path: '/api/quotes',
  summary: 'Quotes, newest article first: by speaker (corrections applied), kind and the article filters',
  request: { query: QuotesQuery },
  responses: { 200: json(PagingSchema.extend({ quotes: z.array(QuoteMentionSchema) }), 'a page of quotes'), ...badRequest },
});

export function toQuoteFilter(query: { speaker?: string | undefined; kind?: QuoteFilter['kind'] | undefined }): QuoteFilter {
  return { ...(query.speaker ? { speaker: query.speaker } : {}), ...(query.kind ? { kind: query.kind } : {}) };
}

/** The address of a page of quotes, for the links to the whole list. */
export const quotesHref = (speaker: string) => `/api/quotes?speaker=${encodeURIComponent(speaker)}`;

export function quoteRoutes(store: Store, app: OpenAPIHono) {
  app.openapi(listQuotes, async (c) => {
    const query = c.req.valid('query');
    const paging = { limit: query.limit, offset: query.offset };
    const page = await store.quotes(toQuoteFilter(query), toFilter(query), paging);
    return c.json({ total: page.total, ...paging, quotes: page.items }, 200);
  });
}
