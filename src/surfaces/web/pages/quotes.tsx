/**
 * @module surfaces/web/pages/quotes
 *
 * What was quoted (`/quotes?speaker=&kind=` with the article filters),
 * newest article first, each quote in its sentences and linked to the
 * article at the quote. Its twin is `/api/quotes` with the same query string.
 */
import type { Page, QuoteMention } from '../../../store/store.js';
import { hrefWith, type PageParams } from '../page-query.js';
import { Layout } from './layout.js';
import { FilterForm } from '../components/filter-form.js';
import { Pager } from '../components/pager.js';
import { QuoteList } from '../components/voices.js';

export interface QuotesView {
  outlets: string[];
  params: PageParams;
  result?: { page: Page<QuoteMention>; limit: number; offset: number };
  error?: string;
}

export function quotesPage({ outlets, params, result, error }: QuotesView) {
  // The speaker's name is the registry's, as every quote of the page gives it; the id until one does.
  const speaker = params.speaker ? (result?.page.items[0]?.speaker?.name ?? params.speaker) : null;
  const kind = params.kind === 'direct' ? 'Direct quotes' : params.kind === 'indirect' ? 'Reported speech' : 'Quotes';
  const title = speaker ? `${kind} of ${speaker}` : kind;
  return (
    <Layout title={title} jsonHref={hrefWith('/api/quotes', params)}>
      <h1>{title}</h1>
      <FilterForm action="/quotes" outlets={outlets} params={params} keep={['speaker', 'kind', 'about']} />
      {error ? <p class="notice-error">{error}</p> : null}
      {result ? (
        <>
          <Pager path="/quotes" params={params} total={result.page.total} limit={result.limit} offset={result.offset} noun="quotes" />
          {result.page.items.length === 0 ? <p class="muted">No quote matches.</p> : <QuoteList items={result.page.items} start={result.offset + 1} showSpeaker={!params.speaker} />}
        </>
      ) : null}
    </Layout>
  );
}
