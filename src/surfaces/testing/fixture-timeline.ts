/**
 * @module surfaces/testing/fixture-timeline
 *
 * Dispatches whose times fill a timeline, read by the real analyzer, for
 * the timeline's tests in the store, the API, the reader and the CLI: days
 * and a night of May 2024, a month, a year, a season and a week said
 * alone, other years, a decade, a duration and "now" (which count
 * nowhere), and an article whose title, outlet and text carry markup.
 *
 * What the analyzer reads in them (the tests count on it):
 *   border    2024-05-10, 2024-05-12TNI, 2024, 2024-05-12, 2024-SU, P3Y, PRESENT_REF
 *   look-back 2024-05, 2024-03, 2025-01, 2022-02, 199
 *   bridge    2024-05-10, 2024-W21
 *   hostile   2024-05-10
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../format/analysis.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { analyzeOne } from './fixture-articles.js';

export const TIMELINE_RECORDS = {
  border: {
    title: 'Border crossed north of Kharkiv',
    outlet: 'Kyiv Wire',
    published: '2024-05-13',
    text: 'Russian troops crossed the border north of Kharkiv on May 10, 2024. Shelling went on last night. In 2024 the front moved little. Fighting was heavy on May 12. The summer of 2024 was hard. For three years the war has gone on. Now the talks matter.',
  },
  lookBack: {
    title: 'A look back at the spring offensive',
    outlet: 'Daily Report',
    published: '2024-11-19',
    text: 'Looking back on May 2024, officials said the offensive had stalled. In March 2024 the ministry warned of it. Talks resume in January 2025. The war began in February 2022. In the 1990s the army was smaller.',
  },
  bridge: {
    title: 'Bridge hit again',
    outlet: 'Kyiv Wire',
    published: '2024-06-02',
    text: 'The bridge was hit on May 10, 2024, the ministry said. Another strike came in the week of May 20.',
  },
  hostile: {
    title: 'Depot <script>window.__pwned=3</script> burned',
    outlet: 'Hostile <b>Outlet</b>',
    published: '2024-05-20',
    text: 'Markup <script>window.__pwned=1</script> stays text. The depot burned on May 10, 2024, <img src=x onerror="window.__pwned=2"> officials said.',
  },
} as const;

export type TimelineArticle = keyof typeof TIMELINE_RECORDS;

export interface TimelineStore {
  store: SqliteStore;
  analyses: Record<TimelineArticle, Analysis>;
  close(): Promise<void>;
}

export async function createTimelineStore(): Promise<TimelineStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-timeline-'));
  const store = new SqliteStore(join(dir, 'timeline.db'));
  const analyses = Object.fromEntries(
    Object.entries(TIMELINE_RECORDS).map(([name, record]) => [name, analyzeOne(JSON.stringify(record), join(dir, `${name}.json`))]),
  ) as Record<TimelineArticle, Analysis>;
  await store.saveBatch(Object.entries(analyses).map(([name, analysis]) => ({ analysis, source: { path: join(dir, `${name}.json`) } })));
  return {
    store,
    analyses,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
