/**
 * @module surfaces/web/pages/map
 *
 * The map (`/map`): the places named as locations (the `places` layer's role
 * `location`: not "Moscow" in "Moscow said") in the articles that the outlet and
 * date filters keep, as circles sized by their mentions on an offline
 * basemap drawn on the server (components/place-map.tsx), each a link to
 * its entity page; under it, the same places as a list. Its twin is
 * `/api/places.geojson` with the same query string (`/api/places` for the
 * list as plain JSON).
 */
import type { Page, PlaceSummary } from '../../../store/store.js';
import { hrefWith, type PageParams } from '../page-query.js';
import { Layout } from './layout.js';
import { FilterForm } from '../components/filter-form.js';
import { Pager } from '../components/pager.js';
import { PlaceMap } from '../components/place-map.js';
import { entityPath } from '../components/annotated-text.js';
import { FULL_MAP, layoutMap } from '../map/layout.js';

export interface MapView {
  outlets: string[];
  params: PageParams;
  /** Absent when the query was refused. */
  result?: { page: Page<PlaceSummary>; limit: number; offset: number };
  error?: string;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What the filters keep, in words, for the map's accessible name. */
function describe(params: PageParams): string {
  const parts = [params.outlet ? `in ${params.outlet}` : 'in all outlets'];
  if (params.since) parts.push(`since ${params.since}`);
  if (params.until) parts.push(`until ${params.until}`);
  return parts.join(', ');
}

export function mapPage({ outlets, params, result, error }: MapView) {
  const places = result?.page.items ?? [];
  const layout = layoutMap(places, FULL_MAP);
  const offMap = new Map<string, string>([
    ...layout.offMap.map((id): [string, string] => [id, 'outside the map']),
    ...layout.countries.map((id): [string, string] => [id, 'a whole country: not drawn']),
  ]);
  return (
    <Layout title="Map" jsonHref={hrefWith('/api/places.geojson', params)} jsonType="application/geo+json">
      <h1>Map</h1>
      <p class="muted">
        Places the articles name as locations, where the gazetteer has a point for them (a capital standing for its government, as in "Moscow said", is
        not counted); each circle's area is its number of such mentions. A circle leads to the place's page, with every sentence that names it.
      </p>
      <FilterForm action="/map" outlets={outlets} params={params} keep={['about']} />
      {error ? <p class="notice-error">{error}</p> : null}
      <PlaceMap layout={layout} label={`Map of the places named in the articles ${describe(params)}`} />
      {result ? <PlaceList params={params} offMap={offMap} {...result} /> : null}
      <p class="muted">
        The same data: <a href={hrefWith('/api/places.geojson', params)}>GeoJSON</a> · <a href={hrefWith('/api/places', params)}>JSON</a>
      </p>
    </Layout>
  );
}

function PlaceList({ params, offMap, page, limit, offset }: { params: PageParams; offMap: Map<string, string>; page: Page<PlaceSummary>; limit: number; offset: number }) {
  const pager = <Pager path="/map" params={params} total={page.total} limit={limit} offset={offset} noun="places" />;
  if (page.items.length === 0) return <>{pager}<p class="muted">No article the filters keep names a place with a point.</p></>;
  return (
    <>
      <h2>Places</h2>
      {pager}
      <table class="places">
        <thead>
          <tr><th>Place</th><th>Type</th><th>Mentions</th><th>Articles</th><th>Outlets</th><th>First seen</th><th>Last seen</th><th>Sentences</th></tr>
        </thead>
        <tbody>
          {page.items.map((place) => (
            <tr>
              <td>
                <a href={entityPath(place.id)}>{place.name}</a>
                {offMap.has(place.id) ? <small class="provenance">{offMap.get(place.id)}</small> : null}
              </td>
              <td>{place.type || '—'}</td>
              <td>{place.mentions}</td>
              <td>{place.articles}</td>
              <td>{place.outlets}</td>
              <td>{place.firstSeen ? <time datetime={place.firstSeen}>{place.firstSeen.slice(0, 10)}</time> : '—'}</td>
              <td>{place.lastSeen ? <time datetime={place.lastSeen}>{place.lastSeen.slice(0, 10)}</time> : '—'}</td>
              <td><a href={entityPath(place.id)} title={`the ${plural(place.mentions, 'mention')} of ${place.name}, sentence by sentence`}>sentences</a></td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.total > limit ? pager : null}
    </>
  );
}
