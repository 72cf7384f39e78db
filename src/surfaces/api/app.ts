/**
 * @module surfaces/api/app
 *
 * One Hono app serves the JSON API (`/api/*`, described at `/openapi.json`)
 * and the web reader (`/`, `/articles/:id`, `/search`). Errors answer in
 * JSON under `/api/` and as a page elsewhere, as Datasette's twins do.
 * `app.request()` runs a request without a server; the tests use it.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import { VERSION } from '../../version.js';
import type { Store } from '../../store/store.js';
import { apiRoutes } from './routes.js';
import { entityRoutes } from './entity-routes.js';
import { placeRoutes } from './place-routes.js';
import { timeRoutes } from './time-routes.js';
import { timelineRoutes } from './timeline-routes.js';
import { quoteRoutes } from './quote-routes.js';
import { quantityRoutes } from './quantity-routes.js';
import { webRoutes } from '../web/routes.js';
import { errorPage } from '../web/pages/error.js';

/**
 * Article text is untrusted. The reader escapes it everywhere; this policy is
 * the second line: no script runs and nothing loads from another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function createApp(store: Store): OpenAPIHono {
  const app = new OpenAPIHono({
    // A query that fails validation gets the same error shape as every other API error.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const message = issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'invalid request';
        return c.json({ error: { status: 400, message } }, 400);
      }
      return undefined;
    },
  });

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  apiRoutes(store, app);
  entityRoutes(store, app);
  placeRoutes(store, app);
  timeRoutes(store, app);
  timelineRoutes(store, app);
  quoteRoutes(store, app);
  quantityRoutes(store, app);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version: VERSION, description: 'Articles, their analyses (FORMAT.md) and search. Every reader page has a JSON twin here.' },
  });
  webRoutes(store, app);

  app.notFound((c) => failure(c, 404, 'nothing here'));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return failure(c, error.status, error.message);
    console.error(error);
    return failure(c, 500, 'internal error');
  });
  return app;
}

function failure(c: Context, status: 400 | 404 | 500 | number, message: string) {
  const code = status as 400;
  if (c.req.path.startsWith('/api/') || c.req.path === '/openapi.json') return c.json({ error: { status, message } }, code);
  return c.html(errorPage(status, message), code);
}
