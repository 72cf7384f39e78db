/**
 * @module surfaces/api/place-routes
 *
 * Places in the JSON API: the entities with a point, counted over the
 * mentions in the articles the filters keep that name them as locations
 * (the `places` layer's role `location`; "Moscow said" is an actor, not a
 * place on the map) (`/api/places`, the twin of the list under the reader's
 * map), the same as a GeoJSON FeatureCollection (`/api/places.geojson`, the
 * twin of the map itself), and the places one article mentions
 * (`/api/articles/{id}/places`, JSON or GeoJSON; the JSON also lists every
 * place mention with its role, actors and unplaced names included). GeoJSON
 * positions are [longitude, latitude] (RFC 7946); each feature's `url` is
 * the entity page, which holds the sentences that name it.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { ArticlePlace, PlaceFilter, PlaceSummary, Store } from '../../store/store.js';
import { PlaceRoleSchema } from '../../format/analysis.js';
import { aboutParam, badRequest, ErrorSchema, FilterQuery, json } from './routes.js';

export const GEOJSON_TYPE = 'application/geo+json';

export const PlaceQuery = FilterQuery.extend({
  about: aboutParam,
  q: z.string().min(1).optional().openapi({ description: 'part of the id, the name or any spelling' }),
  limit: z.coerce.number().int().min(1).max(1000).default(200).openapi({ description: 'page size (1–1000), most mentioned first' }),
});

export const ArticlePlacesQuery = z.object({
  format: z.enum(['json', 'geojson']).default('json').openapi({ description: 'json (default) or geojson: a FeatureCollection' }),
});

const seen = z.string().nullable().openapi({ description: 'publication date of the first (last) kept article naming it' });

const PlaceSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    lat: z.number(),
    lon: z.number(),
    geonamesId: z.number().int().nullable(),
    country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2, as the gazetteer gives it' }),
    mentions: z.number().int().openapi({ description: 'mentions naming it as a location (role location) in the articles the filters keep' }),
    articles: z.number().int(),
    outlets: z.number().int(),
    firstSeen: seen,
    lastSeen: seen,
  })
  .openapi('PlaceSummary');

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

const ArticlePlaceSchema = z
  .object({
    entity: z.string(),
    name: z.string(),
    type: z.string(),
    lat: z.number(),
    lon: z.number(),
    country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2, as the gazetteer gives it' }),
    mentions: z.array(SpanSchema).openapi({ description: '[start, end) of each mention naming it as a location in the article text' }),
  })
  .openapi('ArticlePlace');

const nullable = (description: string) => ({ description: `${description}; null for an actor or an unplaced name` });

const ArticlePlaceMentionSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    entity: z.string().openapi({ description: 'the entity the mention names, users\' corrections applied' }),
    name: z.string().nullable(),
    role: PlaceRoleSchema,
    rule: z.string().openapi({ description: 'what decided the role or the point (docs/format.md); stored-before-places for an article stored before the places layer' }),
    lat: z.number().nullable().openapi(nullable('a location\'s point, as the analysis gave it')),
    lon: z.number().nullable().openapi(nullable('a location\'s point')),
    geonamesId: z.number().int().nullable().openapi(nullable('GeoNames id')),
    country: z.string().nullable().openapi(nullable('ISO 3166-1 alpha-2')),
    featureClass: z.string().nullable().openapi(nullable('GeoNames feature class')),
  })
  .openapi('ArticlePlaceMention');

const PointSchema = z.object({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number(), z.number()]).openapi({ description: '[longitude, latitude]' }),
});

const PlaceFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: PointSchema,
    properties: z.object({
      name: z.string(),
      type: z.string(),
      mentions: z.number().int(),
      articles: z.number().int(),
      outlets: z.number().int().optional(),
      firstSeen: seen.optional(),
      lastSeen: seen.optional(),
      url: z.string().openapi({ description: 'the entity page, with the sentences that name it' }),
      spans: z.array(SpanSchema).optional().openapi({ description: 'for one article: its mentions' }),
    }),
  })
  .openapi('PlaceFeature');

const FeatureCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(PlaceFeatureSchema) })
  .openapi('PlaceFeatureCollection');


const listPlaces = createRoute({
  method: 'get',
  path: '/api/places',
  summary: 'Places (entities with a point) named as locations in the articles the filters keep, most mentioned first (twin of the list under the reader\'s map)',
  request: { query: PlaceQuery },
  responses: {
    200: json(
      z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), places: z.array(PlaceSummarySchema), outlets: z.array(z.string()) }),
      'a page of places',
    ),
    ...badRequest,
  },
});

const placesGeojson = createRoute({
  method: 'get',
  path: '/api/places.geojson',
  summary: 'The same places as a GeoJSON FeatureCollection of points (twin of the reader\'s map)',
  request: { query: PlaceQuery },
  responses: {
    200: { content: { [GEOJSON_TYPE]: { schema: FeatureCollectionSchema } }, description: 'a FeatureCollection; coordinates are [longitude, latitude]' },
    ...badRequest,
  },
});

const articlePlaces = createRoute({
  method: 'get',
  path: '/api/articles/{id}/places',
  summary: 'The places one article names as locations, with their points and the spans of the mentions; in JSON also every place mention with its role',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '6c0445da05265e15' }) }),
    query: ArticlePlacesQuery,
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            article: z.string(),
            places: z.array(ArticlePlaceSchema),
            mentions: z
              .array(ArticlePlaceMentionSchema)
              .openapi({ description: 'every GPE, LOC and FAC mention in text order with its role: location, actor (a capital for its government), none' }),
          }),
        },
        [GEOJSON_TYPE]: { schema: FeatureCollectionSchema },
      },
      description: 'the places, as JSON or (format=geojson) a FeatureCollection',
    },
    ...badRequest,
    404: json(ErrorSchema, 'no article has this id'),
  },
});

export function toPlaceFilter(query: { outlet?: string | undefined; since?: string | undefined; until?: string | undefined; about?: string | undefined; q?: string | undefined }): PlaceFilter {
  return {
    ...(query.outlet ? { outlet: query.outlet } : {}),
    ...(query.since ? { since: query.since } : {}),
    ...(query.until ? { until: query.until } : {}),
    ...(query.about ? { about: query.about } : {}),
    ...(query.q ? { q: query.q } : {}),
  };
}

const entityUrl = (id: string) => `/entities/${encodeURIComponent(id)}`;

export function placeFeature(place: PlaceSummary) {
  return {
    type: 'Feature' as const,
    id: place.id,
    geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] as [number, number] },
    properties: {
      name: place.name,
      type: place.type,
      mentions: place.mentions,
      articles: place.articles,
      outlets: place.outlets,
      firstSeen: place.firstSeen,
      lastSeen: place.lastSeen,
      url: entityUrl(place.id),
    },
  };
}

function articlePlaceFeature(place: ArticlePlace) {
  return {
    type: 'Feature' as const,
    id: place.entity,
    geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] as [number, number] },
    properties: { name: place.name, type: place.type, mentions: place.mentions.length, articles: 1, url: entityUrl(place.entity), spans: place.mentions },
  };
}

const featureCollection = <F>(features: F[]) => ({ type: 'FeatureCollection' as const, features });
/** c.json() keeps a Content-Type it is given. */
const GEOJSON_HEADERS = { 'Content-Type': `${GEOJSON_TYPE}; charset=utf-8` };

export function placeRoutes(store: Store, app: OpenAPIHono) {
  app.openapi(listPlaces, async (c) => {
    const query = c.req.valid('query');
    const paging = { limit: query.limit, offset: query.offset };
    const [page, outlets] = await Promise.all([store.places(toPlaceFilter(query), paging), store.outlets()]);
    return c.json({ total: page.total, ...paging, places: page.items, outlets }, 200);
  });

  app.openapi(placesGeojson, async (c) => {
    const query = c.req.valid('query');
    const page = await store.places(toPlaceFilter(query), { limit: query.limit, offset: query.offset });
    return c.json(featureCollection(page.items.map(placeFeature)), 200, GEOJSON_HEADERS);
  });

  app.openapi(articlePlaces, async (c) => {
    const { id } = c.req.valid('param');
    const places = await store.articlePlaces(id);
    if (!places) return c.json({ error: { status: 404, message: 'no article has this id' } }, 404);
    if (c.req.valid('query').format === 'geojson') return c.json(featureCollection(places.map(articlePlaceFeature)), 200, GEOJSON_HEADERS);
    const mentions = (await store.articlePlaceMentions(id)) ?? [];
    return c.json({ article: id, places, mentions }, 200);
  });
}
