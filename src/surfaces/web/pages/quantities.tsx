/**
 * @module surfaces/web/pages/quantities
 *
 * The figures the articles give (`/quantities?attributedTo=&dimension=&unit=&min=&max=`
 * with the article filters), newest article first, each in its sentence and
 * linked to the article at the figure. Its twin is `/api/quantities` with
 * the same query string.
 */
import type { Page, QuantityMention } from '../../../store/store.js';
import { hrefWith, type PageParams } from '../page-query.js';
import { Layout } from './layout.js';
import { FilterForm } from '../components/filter-form.js';
import { Pager } from '../components/pager.js';
import { FigureList } from '../components/voices.js';

export interface QuantitiesView {
  outlets: string[];
  params: PageParams;
  result?: { page: Page<QuantityMention>; limit: number; offset: number };
  error?: string;
}

export function quantitiesPage({ outlets, params, result, error }: QuantitiesView) {
  const claimant = params.attributedTo ? (result?.page.items[0]?.claimant?.name ?? params.attributedTo) : null;
  const title = claimant ? `Figures credited to ${claimant}` : 'Figures';
  return (
    <Layout title={title} jsonHref={hrefWith('/api/quantities', params)}>
      <h1>{title}</h1>
      <FilterForm action="/quantities" outlets={outlets} params={params} keep={['attributedTo', 'dimension', 'unit', 'min', 'max', 'about']} />
      {error ? <p class="notice-error">{error}</p> : null}
      {result ? (
        <>
          <Pager path="/quantities" params={params} total={result.page.total} limit={result.limit} offset={result.offset} noun="figures" />
          {result.page.items.length === 0 ? <p class="muted">No figure matches.</p> : <FigureList items={result.page.items} start={result.offset + 1} showClaimant={!params.attributedTo} />}
        </>
      ) : null}
    </Layout>
  );
}
