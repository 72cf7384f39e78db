/**
 * `sitrep reanalyze` as a user runs it: the compiled `bin/sitrep.js` in a child process (`npm test`
 * builds first), on a store of the sample dispatches made to look as an older sitrep left it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../format/analysis.js';
import { EXIT } from './exit-codes.js';
import { ROOT, sitrep, ndjson } from '../testing/run-cli.js';

const SAMPLES = join(ROOT, 'samples/dispatches');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/surfaces/cli/commands/reanalyze.js'))) throw new Error('dist/ is missing the reanalyze command: run `npm run build` (npm test does)');
});

describe('sitrep reanalyze', () => {
  let db: string;
  let ids: string[];
  beforeEach(() => {
    db = join(mkdtempSync(join(tmpdir(), 'sitrep-reanalyze-cli-')), 'store.db');
    const ingest = sitrep(['ingest', '--db', db, SAMPLES]);
    expect(ingest.code).toBe(EXIT.OK);
    ids = ndjson(ingest.stdout).map((line) => line.id);
    // Their analyses as a sitrep of format 1.1 stored them: no places rows, no quotes or figures.
    const raw = new Database(db);
    raw.exec("UPDATE articles SET format_version = '1.1', has_places = 0; DELETE FROM places; DELETE FROM quotes; DELETE FROM quantities;");
    raw.close();
  });

  const placeRows = () => {
    const raw = new Database(db, { readonly: true });
    const n = (raw.prepare('SELECT count(*) AS n FROM places').get() as { n: number }).n;
    raw.close();
    return n;
  };

  it('says in --help what it takes with no selector', () => {
    const { code, stdout } = sitrep(['reanalyze', '--help']);
    expect(code).toBe(EXIT.OK);
    expect(stdout).toContain('--dry-run');
    expect(stdout).toContain(`format version is before ${FORMAT_VERSION}`);
  });

  it('lists with --dry-run what it would redo, and changes nothing', () => {
    const { code, stdout, stderr } = sitrep(['reanalyze', '--db', db, '--dry-run']);
    expect(code).toBe(EXIT.OK);
    expect(ndjson(stdout).map((l) => [l.id, l.status, l.formatVersion])).toEqual(ids.map((id) => [id, 'selected', '1.1']));
    expect(stderr).toContain(`would analyse ${ids.length} article(s) again`);
    expect(placeRows()).toBe(0);
  });

  it('redoes the outdated articles, one line each on stdout, and a second run has nothing to do', () => {
    const first = sitrep(['reanalyze', '--db', db, '--batch', '2']);
    expect(first.code).toBe(EXIT.OK);
    const lines = ndjson(first.stdout);
    expect(lines.map((l) => [l.id, l.status, l.formatVersion, l.was.formatVersion])).toEqual(ids.map((id) => [id, 'reanalyzed', FORMAT_VERSION, '1.1']));
    expect(first.stderr).toContain(`reanalyze done: ${ids.length} reanalyzed`);
    expect(placeRows()).toBeGreaterThan(0);
    const quotes = sitrep(['quotes', '--db', db]);
    expect(quotes.code).toBe(EXIT.OK);
    const second = sitrep(['reanalyze', '--db', db]);
    expect([second.code, second.stdout]).toEqual([EXIT.OK, '']);
    expect(second.stderr).toContain('nothing to do');
    const named = sitrep(['reanalyze', '--db', db, ids[0]!]);
    expect(ndjson(named.stdout).map((l) => [l.id, l.status])).toEqual([[ids[0], 'unchanged']]);
    // Ingesting the same files again finds them stored, as before.
    expect(ndjson(sitrep(['ingest', '--db', db, SAMPLES]).stdout).every((l) => l.status === 'skipped')).toBe(true);
  });

  it('exits 1 for an id no article has, after doing the others, and 2 for selectors that conflict', () => {
    const { code, stdout } = sitrep(['reanalyze', '--db', db, 'no-such-article', ids[1]!]);
    expect(code).toBe(EXIT.PARTIAL);
    expect(ndjson(stdout).map((l) => [l.id, l.status])).toEqual([['no-such-article', 'failed'], [ids[1], 'reanalyzed']]);
    expect(sitrep(['reanalyze', '--db', db, '--all', ids[0]!]).code).toBe(EXIT.USAGE);
    expect(sitrep(['reanalyze', '--db', db, '--all', '--before', '1.3']).code).toBe(EXIT.USAGE);
    expect(sitrep(['reanalyze', '--db', db, '--before', 'soon']).code).toBe(EXIT.USAGE);
  });
});
