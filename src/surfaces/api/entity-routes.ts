/**
 * @module surfaces/api/entity-routes
 *
 * The entity registry in the JSON API: `/api/entities` (the twin of the
 * reader's `/entities`) and `/api/entities/{id}` (the twin of the entity
 * page). Read-only: a user corrects the registry with `sitrep entities
 * merge` and `split`, whose records every read applies.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { mergedInto } from '../../store/entity-registry.js';
import type { EntityFilter, Paging, Store } from '../../store/store.js';
import { badRequest, ErrorSchema, json } from './routes.js';
import { EntityVoicesQuery, EntityVoicesShape, entityVoices } from './entity-voices.js';

export const EntityQuery = z.object({
  q: z.string().min(1).optional().openapi({ description: 'part of the id, the name or any spelling' }),
  type: z.string().min(1).optional().openapi({ description: 'only entities of this type (PERSON, ORG, GPE...), case-insensitive' }),
  outlet: z.string().min(1).optional().openapi({ description: 'only what this outlet names, counted in its articles alone (case-insensitive)' }),
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: 'page size (1–500)' }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'results to skip' }),
});

export const EntityDetailQuery = EntityVoicesQuery.extend({
  articles: z.coerce.number().int().min(0).max(1000).default(100).openapi({ description: 'at most this many articles, newest first' }),
  sentences: z.coerce.number().int().min(0).max(500).default(50).openapi({ description: 'at most this many sentences, newest article first' }),
});

const seen = z.string().nullable().openapi({ description: 'publication date of the first (last) article naming it; null when none is dated' });

const EntitySummarySchema = z
  .object({
    id: z.string(),
    name: z.string().openapi({ description: 'the most frequent name the analyzer gave it (else its most frequent spelling)' }),
    type: z.string(),
    mentions: z.number().int(),
    articles: z.number().int(),
    outlets: z.number().int(),
    firstSeen: seen,
    lastSeen: seen,
  })
  .openapi('EntitySummary');

const EntityCorrectionSchema = z
  .object({
    seq: z.number().int(),
    kind: z.enum(['merge', 'split']),
    source: z.string().openapi({ description: 'the id whose mentions moved' }),
    target: z.string().openapi({ description: 'the id they are shown under' }),
    spellings: z.array(z.string()).openapi({ description: 'for a split, the spellings that moved; empty for a merge' }),
    note: z.string(),
    createdAt: z.string(),
  })
  .openapi('EntityCorrection');

const outletCount = z.object({ outlet: z.string().nullable(), mentions: z.number().int() });

const EntityDetailSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    wikidata: z.string().nullable(),
    mentions: z.number().int(),
    articleCount: z.number().int().openapi({ description: 'all the articles naming it; `articles` lists at most the limit' }),
    firstSeen: seen,
    lastSeen: seen,
    aliases: z
      .array(z.object({ text: z.string(), mentions: z.number().int(), outlets: z.array(outletCount) }))
      .openapi({ description: 'each spelling in the texts and which outlets write it' }),
    outlets: z.array(outletCount.extend({ articles: z.number().int() })),
    articles: z.array(z.object({ id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), mentions: z.number().int() })),
    sentences: z
      .array(
        z.object({
          articleId: z.string(),
          start: z.number().int(),
          end: z.number().int(),
          text: z.string(),
          marks: z.array(z.tuple([z.number().int(), z.number().int()])).openapi({ description: '[start, end) of each mention within text' }),
        }),
      )
      .openapi({ description: 'the sentences holding its mentions' }),
    why: z.array(z.string()).openapi({ description: 'why these names are one entity: the analyzer\'s ids, then users\' corrections' }),
    corrections: z.array(EntityCorrectionSchema),
    ...EntityVoicesShape,
  })
  .openapi('EntityDetail');


const listEntities = createRoute({
  method: 'get',
  path: '/api/entities',
  summary: 'The entities named across the articles, most mentioned first, users\' merges and splits applied (twin of the reader\'s entity list)',
  request: { query: EntityQuery },
  responses: {
    200: json(
      z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), entities: z.array(EntitySummarySchema), types: z.array(z.string()), outlets: z.array(z.string()) }),
      'a page of entities, with the types and outlets to filter by',
    ),
    ...badRequest,
  },
});

const getEntity = createRoute({
  method: 'get',
  path: '/api/entities/{id}',
  summary: 'One entity: spellings by outlet, first and last seen, why its names are one, articles, sentences, what it is quoted saying and the figures credited to it (twin of the entity page)',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'kharkiv' }) }),
    query: EntityDetailQuery,
  },
  responses: {
    200: json(EntityDetailSchema, 'the entity'),
    ...badRequest,
    404: json(ErrorSchema, 'no entity has this id (the message says where a merged one went)'),
  },
});

export function toEntityFilter(query: { q?: string | undefined; type?: string | undefined; outlet?: string | undefined }): EntityFilter {
  return {
    ...(query.q ? { q: query.q } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.outlet ? { outlet: query.outlet } : {}),
  };
}

/** The 404 message for an id nothing resolves to, naming the entity a merged one went into. */
export async function unknownEntityMessage(store: Store, id: string): Promise<string> {
  const into = mergedInto(await store.corrections(), id);
  return into ? `no entity has this id: it was merged into "${into}"` : 'no entity has this id';
}

export function entityRoutes(store: Store, app: OpenAPIHono) {
  app.openapi(listEntities, async (c) => {
    const query = c.req.valid('query');
    const paging: Paging = { limit: query.limit, offset: query.offset };
    const [page, types, outlets] = await Promise.all([store.entities(toEntityFilter(query), paging), store.entityTypes(), store.outlets()]);
    return c.json({ total: page.total, ...paging, entities: page.items, types, outlets }, 200);
  });

  app.openapi(getEntity, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const entity = await store.entity(id, query);
    if (!entity) return c.json({ error: { status: 404, message: await unknownEntityMessage(store, id) } }, 404);
    return c.json({ ...entity, ...(await entityVoices(store, id, query)) }, 200);
  });
}
