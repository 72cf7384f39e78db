/**
 * @module surfaces/web/components/filter-form
 *
 * The filters the article list and the search page share: outlet, date
 * range, the date the articles speak of where the page takes it and, for
 * search, the words. A GET form, so that every filtered view
 * is a URL; its empty fields are ignored by `parsePageQuery`.
 */
import type { PageParams } from '../page-query.js';

export interface FilterFormProps {
  action: string;
  outlets: string[];
  params: PageParams;
  /** Adds the search words field. */
  withQuery?: boolean;
  /**
   * Parameters the form has no field for that a new filter keeps (a list of one speaker's quotes stays his);
   * `about`, the date the articles speak of, gets a field of its own.
   */
  keep?: string[];
}

export function FilterForm({ action, outlets, params, withQuery = false, keep = [] }: FilterFormProps) {
  const chosen = params.outlet?.toLowerCase();
  return (
    <form class="filters" method="get" action={action}>
      {withQuery ? (
        <label>
          Words
          <input type="search" name="q" value={params.q ?? ''} placeholder='Kharkiv "power grid"' />
        </label>
      ) : null}
      <label>
        Outlet
        <select name="outlet">
          <option value="">All outlets</option>
          {outlets.map((outlet) => (
            <option value={outlet} selected={outlet.toLowerCase() === chosen}>
              {outlet}
            </option>
          ))}
        </select>
      </label>
      <label>
        Published since
        <input type="date" name="since" value={params.since ?? ''} />
      </label>
      <label>
        until
        <input type="date" name="until" value={params.until ?? ''} />
      </label>
      {keep.includes('about') ? (
        <label>
          Speaking of
          <input type="text" name="about" value={params.about ?? ''} placeholder="2024-05" size={10} title="a date the articles speak of, whenever they were published: 2024, 2024-05, 2024-05-08, 2024-W19" />
        </label>
      ) : null}
      {/* The page size survives a new filter; the offset does not, as the old page may not exist. */}
      {params.limit ? <input type="hidden" name="limit" value={params.limit} /> : null}
      {keep.filter((name) => name !== 'about').map((name) => (params[name] ? <input type="hidden" name={name} value={params[name]} /> : null))}
      <button type="submit">{withQuery ? 'Search' : 'Filter'}</button>
    </form>
  );
}
