/**
 * `sitrep entities` and `sitrep entity` as a user runs them: the compiled
 * `bin/sitrep.js` in a child process (`npm test` builds first), on a store
 * whose mention layers are filled by hand (fixture-mentions).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { registryAnalyses } from '../testing/fixture-mentions.js';
import { EXIT } from './exit-codes.js';
import { ROOT, sitrep, ndjson } from '../testing/run-cli.js';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/surfaces/cli/commands/entities.js'))) throw new Error('dist/ is missing the entities command: run `npm run build` (npm test does)');
});

async function registryDb(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'sitrep-entities-cli-')), 'store.db');
  const store = new SqliteStore(db);
  await store.saveBatch(registryAnalyses());
  await store.close();
  return db;
}

describe('sitrep entities and sitrep entity', () => {
  let db: string;
  beforeEach(async () => {
    db = await registryDb();
  });

  it('lists the registry as a table, JSON or NDJSON, with filters and paging', () => {
    const table = sitrep(['entities', '--db', db]);
    expect(table.code).toBe(EXIT.OK);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+TYPE\s+MENTIONS\s+ARTICLES\s+OUTLETS\s+FIRST SEEN\s+LAST SEEN$/);
    expect(table.stdout.split('\n')[1]).toMatch(/^kharkiv\s+Kharkiv\s+GPE\s+6\s+3\s+2\s+2024-05-19\s+2024-06-11$/);
    expect(table.stderr).toMatch(/6 entities/);
    const json = JSON.parse(sitrep(['entities', '--db', db, '--format', 'json', '--limit', '2']).stdout);
    expect(json.total).toBe(6);
    expect(json.entities.map((e: any) => e.id)).toEqual(['kharkiv', 'kyiv']);
    const lines = ndjson(sitrep(['entities', '--db', db, '--format', 'ndjson', '--outlet', 'moscow courier', '--type', 'GPE']).stdout);
    expect(lines.map((l) => [l.id, l.mentions])).toEqual([['kyiv', 2], ['kharkiv', 2], ['kharkov', 2], ['belgorod', 1]]);
    expect(ndjson(sitrep(['entities', '--db', db, '--format', 'ndjson', '--q', 'Kiev']).stdout).map((l) => l.id)).toEqual(['kyiv']);
  });

  it('shows one entity: spellings by outlet, first and last seen, why, articles and sentences', () => {
    const { code, stdout } = sitrep(['entity', 'kharkiv', '--db', db]);
    expect(code).toBe(EXIT.OK);
    expect(stdout).toMatch(/^Kharkiv \(GPE\)  kharkiv\n/);
    expect(stdout).toMatch(/wikidata\s+Q42308/);
    expect(stdout).toMatch(/seen\s+2024-05-19 … 2024-06-11/);
    expect(stdout).toMatch(/\n {2}Kharkov\s+2\s+Moscow Courier 2\n/);
    expect(stdout).toMatch(/\n {2}Kharkiv\s+3\s+Kyiv Wire 3\n/);
    expect(stdout).toContain('- same id "kharkiv" from the analyzer in 3 articles');
    expect(stdout).toContain('Drones strike Kharkiv overnight');
    expect(stdout).toContain('Officials met in Kyiv to discuss air defence for Kharkiv.');
    const json = JSON.parse(sitrep(['entity', 'kharkiv', '--db', db, '--format', 'json']).stdout);
    expect(json).toMatchObject({ id: 'kharkiv', mentions: 6, articleCount: 3, firstSeen: '2024-05-19', lastSeen: '2024-06-11' });
    expect(json.aliases.map((a: any) => [a.text, a.outlets.map((o: any) => o.outlet)])).toEqual([
      ['Kharkiv', ['Kyiv Wire']],
      ['Kharkov', ['Moscow Courier']],
      ['Kharkiv Oblast', ['Kyiv Wire']],
    ]);
  });

  it('exits 1 with a message on stderr for an unknown entity', () => {
    const { code, stdout, stderr } = sitrep(['entity', 'vuhledar', '--db', db]);
    expect(code).toBe(EXIT.PARTIAL);
    expect(stdout).toBe('');
    expect(stderr).toBe('sitrep: no entity has the id "vuhledar"\n');
  });

  it('merges, splits and lists the corrections, which later reads apply', async () => {
    const merge = sitrep(['entities', 'merge', 'kharkiv', 'kharkov', '--note', 'same city', '--db', db]);
    expect(merge).toMatchObject({ code: EXIT.OK, stdout: 'merged "kharkov" into "kharkiv" (correction #1): 2 mentions in 1 article now shown under "kharkiv"\n' });
    // Options before the subcommand reach it too.
    const split = sitrep(['entities', '--db', db, 'split', 'kharkiv', '--spelling', 'Kharkiv Oblast', '--as', 'kharkiv-oblast', '--format', 'json']);
    expect(split.code).toBe(EXIT.OK);
    expect(JSON.parse(split.stdout)).toMatchObject({ mentions: 1, articles: 1, correction: { seq: 2, kind: 'split', source: 'kharkiv', target: 'kharkiv-oblast', spellings: ['Kharkiv Oblast'] } });

    const corrections = JSON.parse(sitrep(['entities', 'corrections', '--db', db, '--format', 'json']).stdout).corrections;
    expect(corrections.map((c: any) => [c.seq, c.kind, c.source, c.target, c.note])).toEqual([
      [1, 'merge', 'kharkov', 'kharkiv', 'same city'],
      [2, 'split', 'kharkiv', 'kharkiv-oblast', ''],
    ]);
    expect(sitrep(['entities', 'corrections', '--db', db]).stdout).toMatch(/^#1 {2}\d{4}-\d{2}-\d{2} {2}merge {2}"kharkov" into "kharkiv" {2}\(same city\)\n#2 /);

    const gone = sitrep(['entity', 'kharkov', '--db', db]);
    expect(gone.code).toBe(EXIT.PARTIAL);
    expect(gone.stderr).toContain('it was merged into "kharkiv"');
    expect(JSON.parse(sitrep(['entity', 'kharkiv', '--db', db, '--format', 'json']).stdout)).toMatchObject({ mentions: 7, articleCount: 4 });
    expect(JSON.parse(sitrep(['entity', 'kharkiv-oblast', '--db', db, '--format', 'json']).stdout)).toMatchObject({ name: 'Kharkiv Oblast', mentions: 1 });

    // Ingesting the same articles again changes nothing of it.
    const store = new SqliteStore(db);
    await store.saveBatch(registryAnalyses());
    await store.close();
    expect(JSON.parse(sitrep(['entity', 'kharkiv', '--db', db, '--format', 'json']).stdout)).toMatchObject({ mentions: 7, articleCount: 4 });
    expect(sitrep(['entities', '--db', db, '--format', 'ndjson']).stdout).not.toContain('"id":"kharkov"');
  });

  it.each([
    ['an id merged with itself', ['entities', 'merge', 'kyiv', 'kyiv'], EXIT.USAGE, /cannot merge "kyiv" with itself/],
    ['an unknown id', ['entities', 'merge', 'kyiv', 'kiev'], EXIT.PARTIAL, /no entity has the id "kiev"/],
    ['a spelling the entity lacks', ['entities', 'split', 'kyiv', '--spelling', 'Kyyiv', '--as', 'kyiv-2'], EXIT.USAGE, /"Kyyiv" is not a spelling of it \(its spellings: "Kiev", "Kyiv"\)/],
    ['a split without spellings', ['entities', 'split', 'kyiv', '--as', 'kyiv-2'], EXIT.USAGE, /--spelling/],
    ['a split without --as', ['entities', 'split', 'kyiv', '--spelling', 'Kiev'], EXIT.USAGE, /--as/],
    ['a split into itself', ['entities', 'split', 'kyiv', '--spelling', 'Kiev', '--as', 'kyiv'], EXIT.USAGE, /into itself/],
  ])('refuses %s with a message and no correction recorded', (_what, args, code, message) => {
    const result = sitrep([...args, '--db', db]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(sitrep(['entities', 'corrections', '--db', db, '--format', 'json']).stdout).corrections).toEqual([]);
  });

  it('gives each command its --help', () => {
    for (const [args, usage] of [
      [['entities', '--help'], 'Usage: sitrep entities'],
      [['entity', '--help'], 'Usage: sitrep entity'],
      [['entities', 'merge', '--help'], 'Usage: sitrep entities merge'],
      [['entities', 'split', '--help'], 'Usage: sitrep entities split'],
      [['entities', 'corrections', '--help'], 'Usage: sitrep entities corrections'],
    ] as const) {
      const { code, stdout } = sitrep([...args]);
      expect(code, args.join(' ')).toBe(EXIT.OK);
      expect(stdout).toContain(usage);
    }
  });
});
