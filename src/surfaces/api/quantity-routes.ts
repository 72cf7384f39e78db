/**
 * @module surfaces/api/quantity-routes
 *
 * The figures the articles give: `GET /api/quantities?attributedTo=…&dimension=count&unit=troops&min=1000`
 * lists them newest article first, with the usual article filters and
 * paging; each with its article, who claims it (users' merges and splits
 * applied) and its sentence. The entity page's "Figures" section is its
 * twin for one claimant.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { QuantitySchema } from '../../format/analysis.js';
import type { QuantityFilter, Store } from '../../store/store.js';
import { ArticleSummarySchema, ArticlesQuery, PagingSchema, badRequest, json, toFilter } from './routes.js';
import { ClaimantSchema, PassageSchema } from './quote-routes.js';

const value = z.coerce.number().refine(Number.isFinite, 'must be a number');

export const QuantitiesQuery = ArticlesQuery.extend({
  attributedTo: z.string().min(1).optional().openapi({ description: 'who claims it, as an entity id; the figures of an entity merged into it are listed under it' }),
  dimension: QuantitySchema.shape.dimension.optional().openapi({ description: 'count, percent, money, length, mass, duration or other' }),
  unit: z.string().min(1).optional().openapi({ description: 'the unit or counted noun (troops, km, USD), case-insensitive' }),
  min: value.optional().openapi({ description: 'only values of at least this' }),
  max: value.optional().openapi({ description: 'only values of at most this' }),
});

export const QuantityMentionSchema = z
  .object({
    article: ArticleSummarySchema,
    index: z.number().int().openapi({ description: 'its place in the article\'s quantities layer; the reader shows it at /articles/{id}#quantity-{index}' }),
    quantity: QuantitySchema.openapi({ description: 'as the analysis wrote it: attributedTo is the analyzer\'s id' }),
    claimant: ClaimantSchema.nullable().openapi({ description: 'who claims it, corrections applied; null when the text credits it to no one' }),
    sentence: PassageSchema.openapi({ description: 'the sentence it stands in' }),
  })
  .openapi('QuantityMention');

const listQuantities = createRoute({
  method: 'get',
  path: '/api/quantities',
  summary: 'Figures (counts, sums, lengths…), newest article first: by claimant (corrections applied), dimension, unit, value and the article filters',
  request: { query: QuantitiesQuery },
  responses: { 200: json(PagingSchema.extend({ quantities: z.array(QuantityMentionSchema) }), 'a page of figures'), ...badRequest },
});

export function toQuantityFilter(query: {
  attributedTo?: string | undefined;
  dimension?: QuantityFilter['dimension'] | undefined;
  unit?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
}): QuantityFilter {
  return {
    ...(query.attributedTo ? { attributedTo: query.attributedTo } : {}),
    ...(query.dimension ? { dimension: query.dimension } : {}),
    ...(query.unit ? { unit: query.unit } : {}),
    ...(query.min !== undefined ? { min: query.min } : {}),
    ...(query.max !== undefined ? { max: query.max } : {}),
  };
}

export const quantitiesHref = (claimant: string) => `/api/quantities?attributedTo=${encodeURIComponent(claimant)}`;

export function quantityRoutes(store: Store, app: OpenAPIHono) {
  app.openapi(listQuantities, async (c) => {
    const query = c.req.valid('query');
    const paging = { limit: query.limit, offset: query.offset };
    const page = await store.quantities(toQuantityFilter(query), toFilter(query), paging);
    return c.json({ total: page.total, ...paging, quantities: page.items }, 200);
  });
}
