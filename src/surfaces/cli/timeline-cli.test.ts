/**
 * `sitrep timeline` and the shared `--about` filter as a user runs them:
 * the compiled `bin/sitrep.js` in a child process (`npm test` builds
 * first), on a store that `sitrep ingest` filled with the timeline
 * dispatches (fixture-timeline.ts) as one NDJSON file.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes.js';
import { TIMELINE_RECORDS } from '../testing/fixture-timeline.js';
import { ROOT, sitrep, ndjson } from '../testing/run-cli.js';

let db: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/surfaces/cli/commands/timeline.js'))) throw new Error('dist/ is missing the timeline command: run `npm run build` (npm test does)');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-timeline-cli-'));
  db = join(dir, 'store.db');
  writeFileSync(join(dir, 'timeline.ndjson'), Object.values(TIMELINE_RECORDS).map((record) => JSON.stringify(record)).join('\n'));
  expect(sitrep(['ingest', '--db', db, '--format', 'none', join(dir, 'timeline.ndjson')]).code).toBe(EXIT.OK);
});

describe('sitrep timeline', () => {
  it('prints a line a year, the summary with the coarser count on stderr', () => {
    const { code, stdout, stderr } = sitrep(['timeline', '--db', db]);
    expect(code).toBe(EXIT.OK);
    expect(ndjson(stdout)).toEqual([
      { granularity: 'year', value: '2022', mentions: 1, articles: 1 },
      { granularity: 'year', value: '2024', mentions: 10, articles: 4 },
      { granularity: 'year', value: '2025', mentions: 1, articles: 1 },
    ]);
    expect(stderr).toBe('3 year(s), 12 time(s); 1 coarser than a year\n');
  });

  it("prints a year's months and a month's days, with the article filters, and one object with --format json", () => {
    const months = sitrep(['timeline', '--db', db, '--about', '2024']);
    expect(ndjson(months.stdout).map((l) => [l.value, l.mentions, l.articles])).toEqual([
      ['2024-03', 1, 1],
      ['2024-05', 6, 4],
    ]);
    expect(months.stderr).toBe('2 month(s), 7 time(s); 3 coarser than a month\n');
    expect(ndjson(sitrep(['timeline', '--db', db, '--about', '2024-05', '--outlet', 'KYIV WIRE']).stdout).map((l) => [l.value, l.mentions])).toEqual([
      ['2024-05-10', 2],
      ['2024-05-12', 2],
    ]);
    const json = JSON.parse(sitrep(['timeline', '--db', db, '--about', '2024-05', '--since', '2024-05-14', '--format', 'json']).stdout);
    expect(json).toEqual({ about: '2024-05', granularity: 'day', buckets: [{ value: '2024-05-10', mentions: 2, articles: 2 }], coarser: 1 });
  });

  it('exits 1 when no period has a time, and 2 for a value it cannot divide', () => {
    expect(sitrep(['timeline', '--db', db, '--about', '1999'])).toMatchObject({ code: EXIT.PARTIAL, stdout: '', stderr: '0 month(s), 0 time(s); 0 coarser than a month\n' });
    const week = sitrep(['timeline', '--db', db, '--about', '2024-W21']);
    expect(week.code).toBe(EXIT.USAGE);
    expect(week.stderr).toContain('"2024-W21" must be a century (20), decade (202), year (2024), month (2024-05) or day (2024-05-12)');
    expect(sitrep(['timeline', '--db', db, '--limit', '5']).code).toBe(EXIT.USAGE);
  });
});

describe('--about on the other commands', () => {
  it('keeps the articles whose times speak of the date, and refuses what is no TIMEX3 date as the API does', () => {
    const titles = (args: string[]) => ndjson(sitrep(['search', '--db', db, '--format', 'ndjson', ...args, 'said']).stdout).map((hit) => hit.title).sort();
    expect(titles([])).toEqual(['A look back at the spring offensive', 'Bridge hit again', 'Depot <script>window.__pwned=3</script> burned']);
    expect(titles(['--about', '2024-05-10'])).toEqual(['Bridge hit again', 'Depot <script>window.__pwned=3</script> burned']);
    expect(titles(['--about', '2024-W21'])).toEqual(['Bridge hit again']);
    const bad = sitrep(['search', '--db', db, '--about', '2024-5', 'said']);
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toContain('"2024-5" must be a TIMEX3 date value such as 2024-05, 2024-05-08, 2024-W19 or 2024');
    expect(sitrep(['quotes', '--db', db, '--about', '1990'])).toMatchObject({ code: EXIT.PARTIAL, stderr: '0 quote(s)\n' });
  });
});
