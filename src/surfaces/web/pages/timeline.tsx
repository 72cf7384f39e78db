/**
 * @module surfaces/web/pages/timeline
 *
 * The timeline (`/timeline?about=`): what the articles' times speak of,
 * period by period, as bars one level finer than `about` (years, a year's
 * months, a month's days), each a link one level down, with a breadcrumb
 * back up; what is too coarse for the bars is said in words; and, once
 * `about` is set, the sentences that speak of it, grouped by the time's
 * value. Its twin is `/api/timeline` with the same query string.
 */
import type { Page, TimeMention, Timeline } from '../../../store/store.js';
import { hrefWith, type PageParams } from '../page-query.js';
import { Layout } from './layout.js';
import { FilterForm } from '../components/filter-form.js';
import { Pager } from '../components/pager.js';
import { Marked, Source } from '../components/voices.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { chartSlots, periodTrail, periodWords } from '../periods.js';
import { periodOf } from '../../../store/timex-about.js';
import { anchorOf } from '../layers.js';

export interface TimelineView {
  outlets: string[];
  params: PageParams;
  result?: { timeline: Timeline; times: Page<TimeMention>; limit: number; offset: number };
  error?: string;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The timeline of another period, with the page's filters; paging starts again. */
const timelineHref = (params: PageParams, about: string | undefined) => hrefWith('/timeline', params, { about, offset: undefined });

function Breadcrumb({ params, about }: { params: PageParams; about: string | null }) {
  const trail = about === null ? [] : periodTrail(about);
  return (
    <nav class="breadcrumb" aria-label="periods">
      {about === null ? <span aria-current="page">All years</span> : <a href={timelineHref(params, undefined)}>All years</a>}
      {trail.map((value, i) => (
        <>
          {' › '}
          {i === trail.length - 1 ? <span aria-current="page">{periodWords(value)}</span> : <a href={timelineHref(params, value)}>{periodWords(value)}</a>}
        </>
      ))}
    </nav>
  );
}

/** The times too coarse for a bar, in words: how much the texts say only "in 2024". */
function coarserWords({ about, granularity, coarser }: Timeline): string {
  const of = about === null ? 'a decade or a century' : `${periodWords(about)} as a whole`;
  const more = granularity === 'month' ? ' (or a season, a quarter, a half or a week of it)' : '';
  if (coarser === 0) return `No time speaks only of ${of}${more}: every one is in a ${granularity}.`;
  return `${plural(coarser, 'time')} ${coarser === 1 ? 'speaks' : 'speak'} only of ${of}${more}, and ${coarser === 1 ? 'is' : 'are'} in no ${granularity} above.`;
}

/** The page's sentences by the value of their time, in calendar order; within one, as the store lists them. */
function byValue(items: TimeMention[]): Array<[string, TimeMention[]]> {
  const groups = new Map<string, TimeMention[]>();
  for (const item of items) groups.set(item.time.value, [...(groups.get(item.time.value) ?? []), item]);
  return [...groups].sort((a, b) => a[0].localeCompare(b[0]));
}

function Sentences({ about, params, times, limit, offset }: { about: string; params: PageParams; times: Page<TimeMention>; limit: number; offset: number }) {
  // One numbering across the groups and the pages, as the pager counts.
  let next = offset + 1;
  const groups = byValue(times.items).map(([value, items]) => {
    const start = next;
    next += items.length;
    return { value, items, start };
  });
  return (
    <section class="timeline-times">
      <h2>{`What was said of ${periodWords(about)}`}</h2>
      <Pager path="/timeline" params={params} total={times.total} limit={limit} offset={offset} noun="sentences" />
      {times.items.length === 0 ? <p class="muted">No sentence speaks of it.</p> : null}
      {groups.map(({ value, items, start }) => (
        <>
          <h3>
            <code>{value}</code>
            {periodWords(value) === value ? null : <span class="muted">{` ${periodWords(value)}`}</span>}
          </h3>
          <ol class="voices hits" start={start}>
            {items.map((item) => (
              <li>
                <Marked passage={item.sentence} start={item.time.start} end={item.time.end} />
                <Source article={item.article} anchor={anchorOf('times', item.index)} />
              </li>
            ))}
          </ol>
        </>
      ))}
    </section>
  );
}

export function timelinePage({ outlets, params, result, error }: TimelineView) {
  const about = result?.timeline.about ?? null;
  const title = about === null ? 'Timeline' : `Timeline: ${periodWords(about)}`;
  return (
    <Layout title={title} jsonHref={hrefWith('/api/timeline', params)}>
      <h1>{title}</h1>
      <p class="muted">
        The dates the articles speak of, whenever they were published: each bar counts the times of the text inside its period (a night in its day);
        durations, repeated times and "now" count nowhere. A bar leads one level down.
      </p>
      <FilterForm action="/timeline" outlets={outlets} params={params} keep={['about']} />
      {error ? <p class="notice-error">{error}</p> : null}
      {result ? <Breadcrumb params={params} about={about} /> : null}
      {result ? <Chart params={params} timeline={result.timeline} /> : null}
      {result && about !== null ? <Sentences about={about} params={params} times={result.times} limit={result.limit} offset={result.offset} /> : null}
    </Layout>
  );
}

function Chart({ params, timeline }: { params: PageParams; timeline: Timeline }) {
  const { about, granularity, buckets } = timeline;
  // Nothing is finer than a day: its one bar would only say its count.
  if (about !== null && periodOf(about) === 'day') {
    const [day] = buckets;
    return <p class="coarser">{day ? `${plural(day.mentions, 'time')} in ${plural(day.articles, 'article')} ${day.mentions === 1 ? 'speaks' : 'speak'} of ${periodWords(about)}.` : `No time of the articles speaks of ${periodWords(about)}.`}</p>;
  }
  const coarser = coarserWords(timeline);
  const scope = about === null ? 'all years' : periodWords(about);
  return (
    <>
      {buckets.length === 0 ? (
        <p class="muted">{`No time of the articles falls in a ${granularity} of ${scope}.`}</p>
      ) : (
        <TimelineChart
          slots={chartSlots(about, granularity, buckets)}
          hrefOf={(value) => timelineHref(params, value)}
          label={`Times of the articles by ${granularity}, ${scope}`}
        />
      )}
      <p class="coarser">{coarser}</p>
      {buckets.length > 0 ? (
        <table class="timeline-buckets">
          <thead>
            <tr>
              <th>{granularity}</th>
              <th>times</th>
              <th>articles</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr>
                <td>
                  <a href={timelineHref(params, bucket.value)}>{periodWords(bucket.value)}</a>
                </td>
                <td>{String(bucket.mentions)}</td>
                <td>{String(bucket.articles)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
