/**
 * @module surfaces/web/pages/article
 *
 * One article (`/articles/:id`): its metadata and where each field came
 * from, the analyzer's notes, the files it was read from, the places and
 * dates it speaks of (each a link to the map's place or the timeline's
 * period), and the text with every annotation layer ready to highlight. Its twin is
 * `/api/articles/:id`.
 */
import type { Meta, Time } from '../../../format/analysis.js';
import type { ArticlePlace, StoredArticle, StoredSource } from '../../../store/store.js';
import { discoverLayers } from '../layers.js';
import { Layout } from './layout.js';
import { AnnotatedText, LayerToggles } from '../components/annotated-text.js';
import { StatusBadge } from '../components/article-facts.js';
import { PlaceMap } from '../components/place-map.js';
import { entityPath } from '../components/annotated-text.js';
import { SMALL_MAP, layoutMap } from '../map/layout.js';
import { periodWords, timelinePeriodOf } from '../periods.js';

/** `places`: the places its mentions name, with points (Store.articlePlaces); a small map shows them. */
export function articlePage({ analysis, sources, ingestedAt }: StoredArticle, places: ArticlePlace[] = []) {
  const layers = discoverLayers(analysis);
  const provenance: Record<string, string | undefined> = analysis.metaProvenance;
  return (
    <Layout title={analysis.meta.title ?? analysis.id} jsonHref={`/api/articles/${encodeURIComponent(analysis.id)}`}>
      <h1>
        {analysis.meta.title ?? 'Untitled article'}
        <StatusBadge status={analysis.status} />
      </h1>

      <table class="meta">
        <tbody>
          {(Object.entries(analysis.meta) as Array<[keyof Meta, string | null]>).map(([field, value]) => (
            <tr>
              <th scope="row">{field}</th>
              <td>
                {/* The URL stays text: a link would hand the reader whatever scheme the source wrote. */}
                {value ?? <span class="muted">—</span>}
                {value && provenance[field] ? <small class="provenance">{`from ${provenance[field]}`}</small> : null}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">analysis</th>
            <td>
              <code>{analysis.id}</code>
              <small class="provenance">{`${analysis.status} by sitrep ${analysis.analyzer.version} (${analysis.analyzer.annotators.join(', ') || 'no annotators'}), stored ${ingestedAt}`}</small>
            </td>
          </tr>
        </tbody>
      </table>

      {analysis.notes.length > 0 ? (
        <>
          <h2>Notes</h2>
          <ul class="notes">
            {analysis.notes.map((note) => (
              <li>{note}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Sources</h2>
      <ul class="sources">
        {sources.map((source) => (
          <SourceItem source={source} />
        ))}
      </ul>

      {places.length > 0 ? <ArticlePlaces id={analysis.id} places={places} /> : null}
      <ArticleDates times={analysis.times} />

      <h2>Text</h2>
      <LayerToggles layers={layers} />
      <AnnotatedText text={analysis.text} layers={layers} />
    </Layout>
  );
}

function SourceItem({ source }: { source: StoredSource }) {
  const where = source.path ?? 'standard input';
  return (
    <li>
      <code>{source.record === null ? where : `${where} #${source.record}`}</code>
      <small class="provenance">{`first seen ${source.firstSeen}${source.duplicate ? ' · the same text as an earlier source' : ''}`}</small>
    </li>
  );
}

function ArticlePlaces({ id, places }: { id: string; places: ArticlePlace[] }) {
  const layout = layoutMap(
    places.map((p) => ({ id: p.entity, name: p.name, lat: p.lat, lon: p.lon, mentions: p.mentions.length, country: p.country })),
    SMALL_MAP,
  );
  return (
    <>
      <h2>Places</h2>
      <PlaceMap layout={layout} label="Map of the places this article names" counted="mentions in this article" compact />
      <p class="article-places">
        {places.map((place, i) => (
          <>
            {i > 0 ? ' · ' : null}
            <a href={entityPath(place.entity)}>{place.name}</a>
            <span class="count">{` ${place.mentions.length}`}</span>
          </>
        ))}
        <a class="twin-inline" href={`/api/articles/${encodeURIComponent(id)}/places?format=geojson`}>
          GeoJSON
        </a>
      </p>
    </>
  );
}

/** The periods the article's times speak of, in calendar order, each a link to what every article says of it. */
function ArticleDates({ times }: { times: Time[] }) {
  const counts = new Map<string, number>();
  for (const time of times) {
    const period = time.type === 'DATE' || time.type === 'TIME' ? timelinePeriodOf(time.value) : null;
    if (period !== null) counts.set(period, (counts.get(period) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  return (
    <>
      <h2>Dates</h2>
      <p class="article-dates">
        {[...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([period, n], i) => (
          <>
            {i > 0 ? ' · ' : null}
            <a href={`/timeline?about=${encodeURIComponent(period)}`}>{periodWords(period)}</a>
            <span class="count">{` ${n}`}</span>
          </>
        ))}
      </p>
    </>
  );
}
