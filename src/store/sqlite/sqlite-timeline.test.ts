/**
 * The timeline in the store, on dispatches the real analyzer read
 * (fixture-timeline.ts lists the values it finds in them): years, then a
 * year's months, a month's days; a value too coarse for the buckets is
 * counted apart, a week, a season, a quarter or a half belongs to its year
 * but to no month, a clock time to its day,
 * a night to its day; durations, "now" and other outlets count nowhere;
 * and the counts agree with the sentences `timeMentions` lists.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTimelineStore, type TimelineStore } from '../../surfaces/testing/fixture-timeline.js';
import { analyzeOne } from '../../surfaces/testing/fixture-articles.js';
import { SqliteStore } from './sqlite-store.js';

describe('the timeline in the store', () => {
  let fixture: TimelineStore;

  beforeAll(async () => {
    fixture = await createTimelineStore();
  });
  afterAll(async () => fixture?.close());

  it('counts years when asked about nothing; a decade said alone is coarser than any year', async () => {
    expect(await fixture.store.timeline(null, {})).toEqual({
      about: null,
      granularity: 'year',
      buckets: [
        { value: '2022', mentions: 1, articles: 1 },
        // The week (2024-W21) and the summer (2024-SU) are the year's; the duration and PRESENT_REF are no one's.
        { value: '2024', mentions: 10, articles: 4 },
        { value: '2025', mentions: 1, articles: 1 },
      ],
      coarser: 1,
    });
  });

  it("counts a year's months, and what speaks only of the year, its summer or a week apart", async () => {
    expect(await fixture.store.timeline('2024', {})).toEqual({
      about: '2024',
      granularity: 'month',
      buckets: [
        { value: '2024-03', mentions: 1, articles: 1 },
        { value: '2024-05', mentions: 6, articles: 4 },
      ],
      coarser: 3,
    });
  });

  it("counts a month's days, a night in its day, and the month said alone apart", async () => {
    const may = await fixture.store.timeline('2024-05', {});
    expect(may).toEqual({
      about: '2024-05',
      granularity: 'day',
      buckets: [
        { value: '2024-05-10', mentions: 3, articles: 3 },
        { value: '2024-05-12', mentions: 2, articles: 1 },
      ],
      coarser: 1,
    });
    // Every time the timeline counts is one timeMentions lists.
    const page = await fixture.store.timeMentions('2024-05', {}, { limit: 100, offset: 0 });
    expect(page.total).toBe(may.buckets.reduce((sum, b) => sum + b.mentions, may.coarser));
  });

  it('gives a day as its own bucket, a decade by years, a century by decades', async () => {
    expect(await fixture.store.timeline('2024-05-12', {})).toMatchObject({ granularity: 'day', buckets: [{ value: '2024-05-12', mentions: 2, articles: 1 }], coarser: 0 });
    expect(await fixture.store.timeline('199', {})).toMatchObject({ granularity: 'year', buckets: [], coarser: 1 });
    expect(await fixture.store.timeline('20', {})).toMatchObject({ granularity: 'decade', buckets: [{ value: '202', mentions: 12, articles: 4 }], coarser: 0 });
  });

  it('keeps to the article filters, and reads its own `about`, not the filter\'s', async () => {
    expect((await fixture.store.timeline(null, { outlet: 'daily report' })).buckets).toEqual([
      { value: '2022', mentions: 1, articles: 1 },
      { value: '2024', mentions: 2, articles: 1 },
      { value: '2025', mentions: 1, articles: 1 },
    ]);
    expect((await fixture.store.timeline('2024-05', { since: '2024-05-14', until: '2024-06-30' })).buckets).toEqual([{ value: '2024-05-10', mentions: 2, articles: 2 }]);
    expect((await fixture.store.timeline('2024', { about: '2022' })).granularity).toBe('month');
  });

  it('refuses an `about` the timeline cannot divide', async () => {
    await expect(fixture.store.timeline('2024-W21', {})).rejects.toThrow(/must be a century/);
  });
});

describe('quarters, halves, clock times and sets in the timeline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-timeline-parts-'));
  const store = new SqliteStore(join(dir, 'parts.db'));
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts a quarter and a half in their year but in no month, a clock time in its day, and a set nowhere', async () => {
    const text = 'Exports fell in the third quarter of 2024. In the first half of 2024 the port was shut. The strike came at 10 p.m. on May 12, 2024. Attacks happen every week.';
    const analysis = analyzeOne(JSON.stringify({ title: 'Parts of a year', outlet: 'Wire', published: '2024-11-20', text }), join(dir, 'parts.json'));
    // What the analyzer reads, so that a change there shows here first.
    expect(analysis.times.map((t) => [t.type, t.value])).toEqual([['DATE', '2024-Q3'], ['DATE', '2024-H1'], ['TIME', '2024-05-12T22:00'], ['SET', 'P1W']]);
    await store.saveBatch([{ analysis, source: { path: join(dir, 'parts.json') } }]);
    expect(await store.timeline(null, {})).toMatchObject({ buckets: [{ value: '2024', mentions: 3, articles: 1 }], coarser: 0 });
    expect(await store.timeline('2024', {})).toMatchObject({ buckets: [{ value: '2024-05', mentions: 1, articles: 1 }], coarser: 2 });
    expect(await store.timeline('2024-05', {})).toMatchObject({ buckets: [{ value: '2024-05-12', mentions: 1, articles: 1 }], coarser: 0 });
  });
});
