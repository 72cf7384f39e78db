/**
 * @module store/sqlite/sqlite-timeline
 *
 * What the stored articles speak of, period by period: the calendar times
 * inside `about` grouped by the period one level finer that holds them,
 * in one pass over `times` (its value index narrows it to `about`).
 */
import type Database from 'better-sqlite3';
import { TIME_ABOUT_SQL, articleFilterSql, timeAboutParams } from './article-filter.js';
import { TIMELINE_ABOUT_MESSAGE, bucketsOf, type Granularity } from '../timex-about.js';
import type { ArticleFilter, Timeline, TimelineBucket } from '../store.js';

/**
 * A value precise enough for a bucket of each granularity, and how much of it names the bucket: a week or a season
 * (2024-W19, 2024-SU) has a year but no month, a time (2024-05-12T22:00, 2024-05-12TNI) has its day.
 */
const BUCKET: Record<Exclude<Granularity, 'century'>, { glob: string; width: number }> = {
  decade: { glob: '[0-9][0-9][0-9]*', width: 3 },
  year: { glob: '[0-9][0-9][0-9][0-9]*', width: 4 },
  month: { glob: '[0-9][0-9][0-9][0-9]-[0-9][0-9]*', width: 7 },
  day: { glob: '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*', width: 10 },
};

/** Calendar values only: a duration (P3Y), a reference (PRESENT_REF) or an unknown year (XXXX-05) is no point in time. */
const CALENDAR_SQL = `t.type IN ('DATE', 'TIME') AND t.value GLOB '[0-9]*'`;

export function timeline(sql: (source: string) => Database.Statement, about: string | null, filter: ArticleFilter): Timeline {
  const granularity = bucketsOf(about);
  // A century's buckets are decades; nothing is finer than a day, so a day is its own bucket.
  if (granularity === null || granularity === 'century') throw new RangeError(`about ${TIMELINE_ABOUT_MESSAGE}`);
  const { glob, width } = BUCKET[granularity];
  // `about` is the period counted in; the article filter's own `about` would bind the same parameters.
  const { about: _about, ...articles } = filter;
  const { where, params } = articleFilterSql(articles, 'AND');
  const inside = about === null ? '' : `AND ${TIME_ABOUT_SQL}`;
  const rows = sql(
    `SELECT CASE WHEN t.value GLOB @glob THEN substr(t.value, 1, @width) END AS value,
       count(*) AS mentions, count(DISTINCT t.article_id) AS articles
     FROM times t JOIN articles a ON a.id = t.article_id
     WHERE ${CALENDAR_SQL} ${inside} ${where}
     GROUP BY 1 ORDER BY 1`,
  ).all({ ...params, ...(about === null ? {} : timeAboutParams(about)), glob, width }) as Array<{ value: string | null } & Omit<TimelineBucket, 'value'>>;
  const buckets: TimelineBucket[] = [];
  let coarser = 0;
  for (const row of rows) {
    if (row.value === null) coarser += row.mentions;
    else buckets.push({ value: row.value, mentions: row.mentions, articles: row.articles });
  }
  return { about, granularity, buckets, coarser };
}
