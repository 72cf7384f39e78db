/**
 * @module surfaces/web/routes
 *
 * The web reader: `/` (articles), `/search`, `/articles/:id`, `/entities`,
 * `/entities/:id`, `/map`, `/quotes`, `/quantities`, `/timeline` and the stylesheet. Each handler gathers its data from the store with the API's
 * own schemas and filter mapping, then hands it to its page, so a page and
 * its JSON twin read the same thing. A query a page cannot take is shown on
 * the page with status 400; an unknown article is a 404 page (app.ts).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { ArticlesQuery, FilterQuery, SearchQuery, toFilter } from '../api/routes.js';
import { SearchQueryError } from '../../store/search-query.js';
import type { Store } from '../../store/store.js';
import { parsePageQuery } from './page-query.js';
import { READER_CSS, STYLESHEET_PATH } from './reader-css.js';
import { articlesPage } from './pages/articles.js';
import { searchPage } from './pages/search.js';
import { articlePage } from './pages/article.js';
import { EntityQuery, toEntityFilter } from '../api/entity-routes.js';
import { mergedInto } from '../../store/entity-registry.js';
import { entitiesPage } from './pages/entities.js';
import { entityPage } from './pages/entity.js';
import { entityPath } from './components/annotated-text.js';
import { PlaceQuery, toPlaceFilter } from '../api/place-routes.js';
import { mapPage } from './pages/map.js';
import { QuotesQuery, toQuoteFilter } from '../api/quote-routes.js';
import { QuantitiesQuery, toQuantityFilter } from '../api/quantity-routes.js';
import { EntityVoicesQuery, entityVoices } from '../api/entity-voices.js';
import { quotesPage } from './pages/quotes.js';
import { quantitiesPage } from './pages/quantities.js';
import { TimelineQuery, readTimeline } from '../api/timeline-routes.js';
import { timelinePage } from './pages/timeline.js';

export function webRoutes(store: Store, app: OpenAPIHono) {
  app.get(STYLESHEET_PATH, (c) =>
    c.body(READER_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
  );

  app.get('/', async (c) => {
    const parsed = parsePageQuery(ArticlesQuery, c.req.query());
    const outlets = await store.outlets();
    if (!parsed.ok) return c.html(articlesPage({ outlets, params: parsed.params, error: parsed.message }), 400);
    const { query, params } = parsed;
    const page = await store.listArticles(toFilter(query), { limit: query.limit, offset: query.offset });
    return c.html(articlesPage({ outlets, params, result: { page, limit: query.limit, offset: query.offset } }));
  });

  app.get('/search', async (c) => {
    const raw = c.req.query();
    const outlets = await store.outlets();
    // Without words there is nothing to search yet: the page is the empty form, its filters still checked.
    if (!raw.q?.trim()) {
      const filters = parsePageQuery(FilterQuery, raw);
      if (!filters.ok) return c.html(searchPage({ outlets, params: filters.params, error: filters.message }), 400);
      return c.html(searchPage({ outlets, params: filters.params }));
    }
    const parsed = parsePageQuery(SearchQuery, raw);
    if (!parsed.ok) return c.html(searchPage({ outlets, params: parsed.params, error: parsed.message }), 400);
    const { query, params } = parsed;
    try {
      const page = await store.search(query.q, toFilter(query), { limit: query.limit, offset: query.offset });
      return c.html(searchPage({ outlets, params, result: { page, limit: query.limit, offset: query.offset } }));
    } catch (error) {
      if (error instanceof SearchQueryError) return c.html(searchPage({ outlets, params, error: error.message }), 400);
      throw error;
    }
  });

  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const [article, places] = await Promise.all([store.getArticle(id), store.articlePlaces(id)]);
    if (!article) throw new HTTPException(404, { message: 'no article has this id' });
    return c.html(articlePage(article, places ?? []));
  });

  app.get('/map', async (c) => {
    const parsed = parsePageQuery(PlaceQuery, c.req.query());
    const outlets = await store.outlets();
    if (!parsed.ok) return c.html(mapPage({ outlets, params: parsed.params, error: parsed.message }), 400);
    const { query, params } = parsed;
    const page = await store.places(toPlaceFilter(query), { limit: query.limit, offset: query.offset });
    return c.html(mapPage({ outlets, params, result: { page, limit: query.limit, offset: query.offset } }));
  });

  app.get('/quotes', async (c) => {
    const parsed = parsePageQuery(QuotesQuery, c.req.query());
    const outlets = await store.outlets();
    if (!parsed.ok) return c.html(quotesPage({ outlets, params: parsed.params, error: parsed.message }), 400);
    const { query, params } = parsed;
    const page = await store.quotes(toQuoteFilter(query), toFilter(query), { limit: query.limit, offset: query.offset });
    return c.html(quotesPage({ outlets, params, result: { page, limit: query.limit, offset: query.offset } }));
  });

  app.get('/quantities', async (c) => {
    const parsed = parsePageQuery(QuantitiesQuery, c.req.query());
    const outlets = await store.outlets();
    if (!parsed.ok) return c.html(quantitiesPage({ outlets, params: parsed.params, error: parsed.message }), 400);
    const { query, params } = parsed;
    const page = await store.quantities(toQuantityFilter(query), toFilter(query), { limit: query.limit, offset: query.offset });
    return c.html(quantitiesPage({ outlets, params, result: { page, limit: query.limit, offset: query.offset } }));
  });

  app.get('/timeline', async (c) => {
    const parsed = parsePageQuery(TimelineQuery, c.req.query());
    const outlets = await store.outlets();
    if (!parsed.ok) return c.html(timelinePage({ outlets, params: parsed.params, error: parsed.message }), 400);
    const { query, params } = parsed;
    const { timeline, times } = await readTimeline(store, query);
    return c.html(timelinePage({ outlets, params, result: { timeline, times, limit: query.limit, offset: query.offset } }));
  });

  app.get('/entities', async (c) => {
    const parsed = parsePageQuery(EntityQuery, c.req.query());
    const [types, outlets] = await Promise.all([store.entityTypes(), store.outlets()]);
    if (!parsed.ok) return c.html(entitiesPage({ types, outlets, params: parsed.params, error: parsed.message }), 400);
    const { query, params } = parsed;
    const page = await store.entities(toEntityFilter(query), { limit: query.limit, offset: query.offset });
    return c.html(entitiesPage({ types, outlets, params, result: { page, limit: query.limit, offset: query.offset } }));
  });

  app.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const entity = await store.entity(id);
    if (entity) return c.html(entityPage(entity, await entityVoices(store, id, EntityVoicesQuery.parse({}))));
    // An old link to an id a user merged away leads to where its mentions are now (302: a later split may bring it back).
    const into = mergedInto(await store.corrections(), id);
    if (into) return c.redirect(entityPath(into), 302);
    throw new HTTPException(404, { message: 'no entity has this id' });
  });
}
