/**
 * @module surfaces/web/page-query
 *
 * Reads a page's query string with the API's own schemas, leniently: a
 * filter form submits its empty fields (`?outlet=&since=`), which mean "no
 * filter", not "invalid". What is left is also the query string of the
 * page's JSON twin and of its paging links.
 */
import type { z } from '@hono/zod-openapi';

/** The non-empty parameters the schema knows, as given. */
export type PageParams = Record<string, string>;

export type PageQuery<T> = { ok: true; query: T; params: PageParams } | { ok: false; message: string; params: PageParams };

export function parsePageQuery<S extends z.ZodObject>(schema: S, raw: Record<string, string>): PageQuery<z.infer<S>> {
  const known = new Set(Object.keys(schema.shape));
  const params = Object.fromEntries(Object.entries(raw).filter(([name, value]) => known.has(name) && value.trim() !== ''));
  const result = schema.safeParse(params);
  if (result.success) return { ok: true, query: result.data, params };
  const issue = result.error.issues[0];
  // Worded as the API words it, so that a page and its twin report the same fault.
  const message = issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'invalid request';
  return { ok: false, message, params };
}

/** `path?params`, with `changes` applied; a change to `undefined` drops the parameter. */
export function hrefWith(path: string, params: PageParams, changes: Record<string, string | undefined> = {}): string {
  const merged = { ...params, ...changes };
  const query = new URLSearchParams(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  return query ? `${path}?${query}` : path;
}
