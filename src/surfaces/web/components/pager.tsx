/**
 * @module surfaces/web/components/pager
 *
 * "21–40 of 95" with previous and next links that keep the page's filters.
 */
import { hrefWith, type PageParams } from '../page-query.js';

export interface PagerProps {
  path: string;
  params: PageParams;
  total: number;
  limit: number;
  offset: number;
  /** What is counted: "articles", "hits". */
  noun: string;
}

export function Pager({ path, params, total, limit, offset, noun }: PagerProps) {
  const hrefAt = (at: number) => hrefWith(path, params, { offset: at > 0 ? String(at) : undefined });
  const shown = total === 0 || offset >= total ? `none of ${total} ${noun}` : `${offset + 1}–${Math.min(offset + limit, total)} of ${total} ${noun}`;
  return (
    <nav class="pager" aria-label="pages">
      {offset > 0 ? <a href={hrefAt(Math.max(offset - limit, 0))} rel="prev">← previous</a> : null}
      <span class="muted">{shown}</span>
      {offset + limit < total ? <a href={hrefAt(offset + limit)} rel="next">next →</a> : null}
    </nav>
  );
}
