/**
 * The CLI as a user runs it: the compiled `bin/sitrep.js` in a child process
 * (`npm test` builds first), checked for stdout, stderr and exit codes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EXIT } from './exit-codes.js';
import { ROOT, BIN, sitrep, ndjson } from '../testing/run-cli.js';

const SAMPLES = join(ROOT, 'samples/dispatches');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');

const tempDir = () => mkdtempSync(join(tmpdir(), 'sitrep-cli-'));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/surfaces/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
});

describe('sitrep analyze', () => {
  it('prints one FORMAT.md line per record, in input order, and exits 0', () => {
    const { code, stdout } = sitrep(['analyze', '--format', 'ndjson', SAMPLES]);
    const lines = ndjson(stdout);
    expect(code).toBe(EXIT.OK);
    expect(lines.map((l) => [l.source.path.split('/').pop(), l.source.record])).toEqual([
      ['kharkiv-overnight.txt', undefined],
      ['kyiv-talks.html', undefined],
      ['odesa-port.txt', undefined],
      ['pokrovsk-front.md', undefined],
      ['wire.ndjson', 0],
      ['wire.ndjson', 1],
    ]);
    for (const line of lines) for (const layer of ['sentences', 'entities', 'mentions', 'times', 'quantities', 'quotes', 'events']) expect(line[layer]).toBeInstanceOf(Array);
  });

  it('reads stdin as "-" and sniffs its format', () => {
    const { code, stdout } = sitrep(['analyze', '-'], '<html><body><article><p>Russian forces shelled Kherson on Monday, officials said.</p></article></body></html>');
    expect(code).toBe(EXIT.OK);
    const [line] = ndjson(stdout);
    expect(line?.source).toEqual({ path: null, url: null, format: 'html' });
    expect(line?.text).toBe('Russian forces shelled Kherson on Monday, officials said.');
  });

  it('reports each bad input with its file and problem, goes on with the rest, and exits 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'big.txt'), 'Kyiv. '.repeat(400));
    writeFileSync(join(dir, 'lines.ndjson'), '{"text": "Odesa was struck overnight, the governor said."}\nnot json\n{"title": "no text"}\n');
    writeFileSync(join(dir, 'cyrillic.txt'), iconv.encode('Российские войска продолжают наступление на Харьков, сообщило министерство обороны Украины. Президент заявил, что переговоры возможны.', 'win1251'));
    writeFileSync(join(dir, 'good.txt'), 'Ukrainian drones hit a refinery in the Krasnodar region overnight, officials said.');
    const { code, stdout, stderr } = sitrep(['analyze', '--max-bytes', '2000', dir]);
    const lines = ndjson(stdout);
    const errors = Object.fromEntries(lines.filter((l) => l.error).map((l) => [`${l.source.path.split('/').pop()}${l.source.record === undefined ? '' : `#${l.source.record}`}`, l.error.code]));
    expect(code).toBe(EXIT.PARTIAL);
    expect(errors).toEqual({ 'big.txt': 'TOO_LARGE', 'empty.txt': 'EMPTY', 'image.txt': 'BINARY', 'lines.ndjson#1': 'JSON_INVALID', 'lines.ndjson#2': 'JSON_NO_TEXT' });
    const cyrillic = lines.find((l) => l.source.path?.endsWith('cyrillic.txt'));
    expect(cyrillic?.status).toBe('not_analyzed');
    expect(cyrillic?.text).toContain('Харьков');
    expect(cyrillic?.notes.join(' ')).toMatch(/windows-1251/);
    expect(lines.filter((l) => !l.error)).toHaveLength(3);
    expect(stderr).toContain(join(dir, 'image.txt'));
    expect(stderr).toMatch(/big\.txt is larger than the size limit/);
  });

  it('keeps the text of a plain-text file exactly, so offsets line up with the file', () => {
    const dir = tempDir();
    const text = '\uFEFFLine one.\r\n\r\nZelenskyy’s “plan” — 2nd line.  \n';
    writeFileSync(join(dir, 'crlf.txt'), text);
    const [line] = ndjson(sitrep(['analyze', join(dir, 'crlf.txt')]).stdout);
    expect(line?.text).toBe(text.slice(1));
    for (const [start, end] of line?.sentences ?? []) expect(line?.text.slice(start, end).trim()).toBe(line?.text.slice(start, end));
  });
});

describe('sitrep ingest, search, stats', () => {
  it('ingests the sample folder, then skips it on a second run', () => {
    const db = join(tempDir(), 'store.db');
    const first = sitrep(['ingest', '--db', db, SAMPLES]);
    expect(first.code).toBe(EXIT.OK);
    expect(ndjson(first.stdout).map((l) => l.status)).toEqual(Array(6).fill('stored'));
    expect(first.stderr).toMatch(/6 stored/);
    const second = sitrep(['ingest', '--db', db, SAMPLES]);
    expect(ndjson(second.stdout).map((l) => l.status)).toEqual(Array(5).fill('skipped'));
    const stats = JSON.parse(sitrep(['stats', '--db', db, '--format', 'json']).stdout);
    expect(stats.articles).toBe(6);
  });

  it('records an exact copy under another name as a duplicate', () => {
    const dir = tempDir();
    const text = 'Russian troops entered the outskirts of Vovchansk on Friday, the regional governor said.';
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'b.txt'), text);
    const lines = ndjson(sitrep(['ingest', '--db', join(dir, 's.db'), dir]).stdout);
    expect(lines.map((l) => l.status)).toEqual(['stored', 'duplicate']);
    expect(lines[1]?.duplicateOf).toBe(join(dir, 'a.txt'));
  });

  describe('search', () => {
    const db = join(tempDir(), 'search.db');
    beforeAll(() => {
      expect(sitrep(['ingest', '--db', db, SAMPLES]).code).toBe(EXIT.OK);
    });

    it('prints {"total", "hits"} with --format json, best match first', () => {
      const { code, stdout } = sitrep(['search', '--db', db, '--format', 'json', 'Pokrovsk']);
      const result = JSON.parse(stdout);
      expect(code).toBe(EXIT.OK);
      expect(Object.keys(result)).toEqual(['total', 'hits']);
      expect(result.total).toBe(1);
      expect(result.hits[0]).toMatchObject({ title: 'Fighting intensifies near Pokrovsk', outlet: 'Sample Monitor', published: '2024-09-02' });
    });

    it('shows outlet, date and snippet in the table, and filters', () => {
      const { stdout } = sitrep(['search', '--db', db, 'talks', '--outlet', 'sample courier']);
      expect(stdout).toContain('Kremlin says no talks planned');
      expect(stdout).toContain('Sample Courier · 2024-10-04');
      expect(stdout).not.toContain('grain corridor');
    });

    it('exits 1 when nothing matches, like grep', () => {
      expect(sitrep(['search', '--db', db, 'Vuhledar']).code).toBe(EXIT.PARTIAL);
    });

    it.each([['"'], ['AND ('], ['*'], ['Kyiv"']])('takes FTS syntax %s as words or a clear message, never a crash', (query) => {
      const { code, stderr } = sitrep(['search', '--db', db, query]);
      expect([EXIT.OK, EXIT.PARTIAL, EXIT.USAGE]).toContain(code);
      expect(stderr).not.toMatch(/SqliteError|at .*\.js:\d+/);
    });

    it('rejects a bad date with a usage error', () => {
      const { code, stderr } = sitrep(['search', '--db', db, 'Kyiv', '--since', 'last week']);
      expect(code).toBe(EXIT.USAGE);
      expect(stderr).toMatch(/not a date/);
    });
  });

  it('says so when the store cannot be opened', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-db'), 'this is not SQLite '.repeat(100));
    const { code, stderr } = sitrep(['stats', '--db', join(dir, 'not-a-db')]);
    expect(code).toBe(EXIT.STORE);
    expect(stderr).toMatch(/cannot open the store/);
  });

  it('gives every command its --help', () => {
    for (const command of ['ingest', 'analyze', 'search', 'serve', 'stats', 'pipeline', 'quotes', 'quantities']) {
      const { code, stdout } = sitrep([command, '--help']);
      expect(code).toBe(EXIT.OK);
      expect(stdout).toContain(`Usage: sitrep ${command}`);
    }
  });
});

describe.skipIf(!existsSync(SEEDS))('sitrep analyze on the seed articles (needs ../shared)', () => {
  it('reads the sidecars and finds by-lines in the text', () => {
    const lines = ndjson(sitrep(['analyze', SEEDS]).stdout);
    expect(lines).toHaveLength(5);
    const byName = Object.fromEntries(lines.map((l) => [l.source.path.split('/').pop(), l]));
    expect(byName['001_cab940e0a747018e.txt'].meta).toMatchObject({ outlet: 'World Socialist Web Site', published: '2024-11-07' });
    expect(byName['000_6c0445da05265e15.txt'].metadata.map((m: any) => [m.field, m.value])).toEqual([
      ['published', '2024-05-20'],
      ['author', 'Andrew Murray'],
    ]);
  });
});

describe('interrupted ingest', () => {
  /** Distinct articles, enough that ingest is still running when it is killed. */
  function corpus(n: number): string {
    const dir = tempDir();
    for (let i = 0; i < n; i++) {
      writeFileSync(
        join(dir, `dispatch-${String(i).padStart(4, '0')}.txt`),
        `Dispatch ${i}\n\nRussian forces shelled positions near Kupiansk for the ${i}th time, officials said. ${'Air defence was active over the region. '.repeat(40)}`,
      );
    }
    return dir;
  }

  async function ingestUntil(dir: string, db: string, signal: NodeJS.Signals, afterLines: number) {
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--batch', '5', '--format', 'ndjson', dir], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((done) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.split('\n').length > afterLines && !child.killed) child.kill(signal);
      });
      child.on('close', (status) => done(status));
    });
    return { code, stderr, acked: ndjson(stdout.slice(0, stdout.lastIndexOf('\n') + 1)) };
  }

  it.each([['SIGKILL' as const], ['SIGINT' as const]])('loses and doubles nothing it acknowledged when stopped with %s, and resumes', async (signal) => {
    const n = 400;
    const dir = corpus(n);
    const db = join(tempDir(), 'store.db');
    const { code, stderr, acked } = await ingestUntil(dir, db, signal, 10);
    if (signal === 'SIGINT') {
      expect(code).toBe(EXIT.INTERRUPTED);
      expect(stderr).toMatch(/interrupted/);
    }
    expect(acked.length).toBeGreaterThanOrEqual(10);
    expect(acked.length).toBeLessThan(n);

    const store = new SqliteStore(db);
    for (const line of acked) expect(await store.getArticle(line.id)).not.toBeNull();
    await store.close();

    const rerun = ndjson(sitrep(['ingest', '--db', db, '--format', 'ndjson', dir]).stdout);
    const ackedPaths = new Set(acked.map((l) => l.source.path));
    for (const line of rerun) expect(line.status).toBe(ackedPaths.has(line.source.path) ? 'skipped' : 'stored');
    const stats = JSON.parse(sitrep(['stats', '--db', db, '--format', 'json']).stdout);
    expect([stats.articles, stats.sources, stats.duplicates]).toEqual([n, n, 0]);
  });
});
