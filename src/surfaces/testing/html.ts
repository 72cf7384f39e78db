/**
 * @module surfaces/testing/html
 *
 * What the page tests share: fetching a page through the app without a
 * server, and reading its HTML as a browser would.
 */
import { expect } from 'vitest';

interface RequestsPages {
  request(path: string): Response | Promise<Response>;
}

/** A function that fetches an HTML page and checks its status and content type. */
export function pageFetcher(app: () => RequestsPages) {
  return async (path: string, expectedStatus = 200): Promise<string> => {
    const response = await app().request(path);
    expect(response.status, path).toBe(expectedStatus);
    expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
    return response.text();
  };
}

/** Text as hono/jsx escapes it in HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The page's JSON twin, from its `<link rel="alternate">`. */
export const alternateHref = (html: string) =>
  /<link rel="alternate" type="application\/json" href="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
