/**
 * @module surfaces/web/pages/search
 *
 * Full-text search (`/search?q=`), best match first, with the list's
 * filters; each hit shows its passage with the matched words marked. Its
 * twin is `/api/search` with the same query string.
 */
import type { Page, SearchHit } from '../../../store/store.js';
import { hrefWith, type PageParams } from '../page-query.js';
import { Layout } from './layout.js';
import { FilterForm } from '../components/filter-form.js';
import { Pager } from '../components/pager.js';
import { Snippet } from '../components/snippet.js';
import { ArticleTitleLink, StatusBadge } from '../components/article-facts.js';

export interface SearchView {
  outlets: string[];
  params: PageParams;
  /** Absent when there is nothing to search for yet, or the query was refused. */
  result?: { page: Page<SearchHit>; limit: number; offset: number };
  error?: string;
}

export function searchPage({ outlets, params, result, error }: SearchView) {
  const title = params.q ? `Search: ${params.q}` : 'Search';
  return (
    <Layout title={title} jsonHref={hrefWith('/api/search', params)} searchQuery={params.q}>
      <h1>{title}</h1>
      <FilterForm action="/search" outlets={outlets} params={params} withQuery keep={['about']} />
      {error ? <p class="notice-error">{error}</p> : null}
      {result ? <Hits params={params} {...result} /> : null}
      {!result && !error ? <p class="muted">Words must all match; use "quoted phrases", prefix* and OR between terms.</p> : null}
    </Layout>
  );
}

function Hits({ params, page, limit, offset }: { params: PageParams; page: Page<SearchHit>; limit: number; offset: number }) {
  const pager = <Pager path="/search" params={params} total={page.total} limit={limit} offset={offset} noun="hits" />;
  if (page.items.length === 0) return <>{pager}<p class="muted">Nothing matches.</p></>;
  return (
    <>
      {pager}
      <ol class="hits" start={offset + 1}>
        {page.items.map((hit) => (
          <li>
            <ArticleTitleLink article={hit} />
            <StatusBadge status={hit.status} />
            <div class="muted">
              {[hit.outlet ?? 'unknown outlet', hit.published ?? 'undated', hit.language ?? '?'].join(' · ')}
            </div>
            <Snippet text={hit.snippet} highlights={hit.highlights} />
          </li>
        ))}
      </ol>
      {page.total > limit ? pager : null}
    </>
  );
}
