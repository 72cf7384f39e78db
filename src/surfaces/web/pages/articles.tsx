/**
 * @module surfaces/web/pages/articles
 *
 * The article list (`/`), newest first, with outlet and date filters and
 * paging. Its twin is `/api/articles` with the same query string.
 */
import type { ArticleSummary, Page } from '../../../store/store.js';
import { hrefWith, type PageParams } from '../page-query.js';
import { Layout } from './layout.js';
import { FilterForm } from '../components/filter-form.js';
import { Pager } from '../components/pager.js';
import { ArticleTitleLink, StatusBadge } from '../components/article-facts.js';

export interface ArticlesView {
  outlets: string[];
  params: PageParams;
  /** Absent when the query was refused. */
  result?: { page: Page<ArticleSummary>; limit: number; offset: number };
  error?: string;
}

export function articlesPage({ outlets, params, result, error }: ArticlesView) {
  return (
    <Layout title="Articles" jsonHref={hrefWith('/api/articles', params)}>
      <h1>Articles</h1>
      <FilterForm action="/" outlets={outlets} params={params} keep={['about']} />
      {error ? <p class="notice-error">{error}</p> : null}
      {result ? <ArticleTable path="/" params={params} {...result} /> : null}
    </Layout>
  );
}

function ArticleTable({ path, params, page, limit, offset }: { path: string; params: PageParams; page: Page<ArticleSummary>; limit: number; offset: number }) {
  const pager = <Pager path={path} params={params} total={page.total} limit={limit} offset={offset} noun="articles" />;
  if (page.items.length === 0) return <>{pager}<p class="muted">No article matches these filters.</p></>;
  return (
    <>
      {pager}
      <table class="articles">
        <thead>
          <tr><th>Title</th><th>Outlet</th><th>Published</th><th>Language</th></tr>
        </thead>
        <tbody>
          {page.items.map((article) => (
            <tr>
              <td><ArticleTitleLink article={article} /><StatusBadge status={article.status} /></td>
              <td>{article.outlet ?? '—'}</td>
              <td>{article.published ? <time datetime={article.published}>{article.published}</time> : '—'}</td>
              <td>{article.language ?? '?'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.total > limit ? pager : null}
    </>
  );
}
