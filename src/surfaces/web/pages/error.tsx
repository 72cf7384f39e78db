/**
 * @module surfaces/web/pages/error
 *
 * The error page: app.ts answers every failure outside `/api/` with it
 * (unknown page, unknown article, internal error).
 */
import { Layout } from './layout.js';

export function errorPage(status: number, message: string) {
  return (
    <Layout title={String(status)}>
      <h1>{status}</h1>
      <p class="notice-error">{message}</p>
      <p>
        <a href="/">Back to the articles</a>
      </p>
    </Layout>
  );
}
