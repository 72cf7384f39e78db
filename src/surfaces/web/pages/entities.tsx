/**
 * @module surfaces/web/pages/entities
 *
 * The entity registry (`/entities`): every entity named across the
 * articles, most mentioned first, users' merges and splits applied, with a
 * search box, type and outlet filters and paging; each links to its page.
 * Its twin is `/api/entities` with the same query string.
 */
import type { EntitySummary, Page } from '../../../store/store.js';
import { hrefWith, type PageParams } from '../page-query.js';
import { Layout } from './layout.js';
import { Pager } from '../components/pager.js';
import { entityPath } from '../components/annotated-text.js';

export interface EntitiesView {
  types: string[];
  outlets: string[];
  params: PageParams;
  /** Absent when the query was refused. */
  result?: { page: Page<EntitySummary>; limit: number; offset: number };
  error?: string;
}

export function entitiesPage({ types, outlets, params, result, error }: EntitiesView) {
  return (
    <Layout title="Entities" jsonHref={hrefWith('/api/entities', params)}>
      <h1>Entities</h1>
      <EntityFilterForm types={types} outlets={outlets} params={params} />
      {error ? <p class="notice-error">{error}</p> : null}
      {result ? <EntityTable params={params} {...result} /> : null}
    </Layout>
  );
}

function Choice({ name, label, all, values, chosen }: { name: string; label: string; all: string; values: string[]; chosen: string | undefined }) {
  const wanted = chosen?.toLowerCase();
  return (
    <label>
      {label}
      <select name={name}>
        <option value="">{all}</option>
        {values.map((value) => (
          <option value={value} selected={value.toLowerCase() === wanted}>
            {value}
          </option>
        ))}
      </select>
    </label>
  );
}

function EntityFilterForm({ types, outlets, params }: { types: string[]; outlets: string[]; params: PageParams }) {
  return (
    <form class="filters" method="get" action="/entities">
      <label>
        Name or spelling
        <input type="search" name="q" value={params.q ?? ''} placeholder="Kharkov" />
      </label>
      <Choice name="type" label="Type" all="All types" values={types} chosen={params.type} />
      <Choice name="outlet" label="Named by" all="All outlets" values={outlets} chosen={params.outlet} />
      {params.limit ? <input type="hidden" name="limit" value={params.limit} /> : null}
      <button type="submit">Filter</button>
    </form>
  );
}

function EntityTable({ params, page, limit, offset }: { params: PageParams; page: Page<EntitySummary>; limit: number; offset: number }) {
  const pager = <Pager path="/entities" params={params} total={page.total} limit={limit} offset={offset} noun="entities" />;
  if (page.items.length === 0) return <>{pager}<p class="muted">No entity matches these filters.</p></>;
  return (
    <>
      {pager}
      <table class="entities">
        <thead>
          <tr><th>Name</th><th>Id</th><th>Type</th><th>Mentions</th><th>Articles</th><th>Outlets</th><th>First seen</th><th>Last seen</th></tr>
        </thead>
        <tbody>
          {page.items.map((entity) => (
            <tr>
              <td><a href={entityPath(entity.id)}>{entity.name}</a></td>
              <td><code>{entity.id}</code></td>
              <td>{entity.type || '—'}</td>
              <td>{entity.mentions}</td>
              <td>{entity.articles}</td>
              <td>{entity.outlets}</td>
              <td>{entity.firstSeen ? <time datetime={entity.firstSeen}>{entity.firstSeen}</time> : '—'}</td>
              <td>{entity.lastSeen ? <time datetime={entity.lastSeen}>{entity.lastSeen}</time> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.total > limit ? pager : null}
    </>
  );
}
