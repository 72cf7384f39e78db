/**
 * @module surfaces/web/routes
 *
 * The web reader's pages. (Being built: see the web reader work.)
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../store/store.js';

export function webRoutes(_store: Store, app: OpenAPIHono) {
  app.get('/', (c) => c.html('<!doctype html><title>sitrep</title><p>reader coming</p>'));
}
