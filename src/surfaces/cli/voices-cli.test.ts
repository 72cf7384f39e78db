/**
 * `sitrep quotes` and `sitrep quantities` as a user runs them: the compiled
 * `bin/sitrep.js` in a child process (`npm test` builds first), on a store
 * that `sitrep ingest` filled with the sample dispatches.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes.js';
import { ROOT, sitrep, ndjson } from '../testing/run-cli.js';

let db: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/surfaces/cli/commands/quotes.js'))) throw new Error('dist/ is missing the quotes command: run `npm run build` (npm test does)');
  db = join(mkdtempSync(join(tmpdir(), 'sitrep-voices-cli-')), 'store.db');
  expect(sitrep(['ingest', '--db', db, '--format', 'none', join(ROOT, 'samples/dispatches')]).code).toBe(EXIT.OK);
});

describe('sitrep quotes and sitrep quantities', () => {
  it("print a speaker's quotes as NDJSON, the count on stderr, and follow a merge", () => {
    const { code, stdout, stderr } = sitrep(['quotes', '--db', db, '--speaker', 'dmitry-peskov']);
    expect(code).toBe(EXIT.OK);
    const lines = ndjson(stdout);
    expect(lines.map((l) => [l.quote.kind, l.speaker.name, l.article.outlet])).toEqual([['indirect', 'Dmitry Peskov', 'Sample Courier'], ['direct', 'Dmitry Peskov', 'Sample Courier']]);
    expect(lines[1]!.context.text).toBe('Spokesman Dmitry Peskov told reporters that Russia\'s conditions were "well known".');
    expect(stderr).toBe('2 quote(s)\n');
    expect(ndjson(sitrep(['quotes', '--db', db, '--speaker', 'dmitry-peskov', '--kind', 'direct']).stdout).map((l) => l.quote.text)).toEqual(['well known']);
    expect(sitrep(['entities', 'merge', 'dmitry-peskov', 'kremlin', '--db', db]).code).toBe(EXIT.OK);
    expect(ndjson(sitrep(['quotes', '--db', db, '--speaker', 'dmitry-peskov']).stdout).map((l) => l.quote.speaker)).toEqual(['kremlin', 'dmitry-peskov', 'dmitry-peskov']);
  });

  it('print figures by claimant, unit and value, and one object with --format json', () => {
    const lines = ndjson(sitrep(['quantities', '--db', db, '--attributed-to', 'oleh-syniehubov', '--unit', 'DRONES', '--min', '20']).stdout);
    expect(lines.map((l) => [l.quantity.text, l.claimant.name, l.sentence.text])).toEqual([
      ['23 drones', 'Oleh Syniehubov', 'He said air defence units shot down 17 of 23 drones and that three people were wounded.'],
    ]);
    const json = JSON.parse(sitrep(['quantities', '--db', db, '--dimension', 'mass', '--format', 'json']).stdout);
    expect(json.total).toBe(1);
    expect(json.quantities[0].quantity.text).toBe('30 million tonnes');
  });

  it('exit 1 when nothing matches and 2 for a bad option', () => {
    expect(sitrep(['quotes', '--db', db, '--speaker', 'nobody-at-all'])).toMatchObject({ code: EXIT.PARTIAL, stdout: '', stderr: '0 quote(s)\n' });
    expect(sitrep(['quotes', '--db', db, '--kind', 'rumour']).code).toBe(EXIT.USAGE);
    const bad = sitrep(['quantities', '--db', db, '--min', 'many']);
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toContain('"many" is not a number');
    expect(sitrep(['quantities', '--db', db, '--dimension', 'weight']).code).toBe(EXIT.USAGE);
  });
});
