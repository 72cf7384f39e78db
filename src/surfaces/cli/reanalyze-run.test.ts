import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze, type ArticleInput } from '../../analyze/index.js';
import { FORMAT_VERSION, type Analysis } from '../../format/analysis.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { VERSION } from '../../version.js';
import { analyzeText } from '../testing/fixture-articles.js';
import { reanalyzeArticles, type ReanalyzeLine } from './reanalyze-run.js';

const SAMPLES = resolve(import.meta.dirname, '../../../samples/dispatches');
const OUTDATED = { kind: 'outdated', formatVersion: FORMAT_VERSION, analyzerVersion: VERSION } as const;

describe('reanalyzeArticles', () => {
  let dir: string;
  let path: string;
  let store: SqliteStore;
  let stored: Analysis[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-reanalyze-'));
    path = join(dir, 'store.db');
    store = new SqliteStore(path);
    const files = readdirSync(SAMPLES).filter((name) => !name.endsWith('.meta.json')).sort().map((name) => join(SAMPLES, name));
    stored = files.flatMap((file) => analyzeText(readFileSync(file, 'utf8'), file));
    await store.saveBatch(stored.map((analysis) => ({ analysis, source: { path: analysis.source.path, ...(analysis.source.record === undefined ? {} : { record: analysis.source.record }) } })));
    // Articles as a sitrep before format 1.2 left them: no places rows, no quotes or figures.
    await store.close();
    const db = new Database(path);
    db.exec("UPDATE articles SET format_version = '1.1', has_places = 0; DELETE FROM places; DELETE FROM quotes; DELETE FROM quantities;");
    db.close();
    store = new SqliteStore(path);
  });
  afterEach(async () => store.close());

  async function run(analyzeFn: (input: ArticleInput) => Analysis = analyze, batch = 2) {
    const lines: ReanalyzeLine[] = [];
    const summary = await reanalyzeArticles(store, await store.articlesToReanalyze(OUTDATED), { analyze: analyzeFn, batch, onLine: (line) => lines.push(line) });
    return { ...summary, lines };
  }

  it('brings old articles up to date, and a second run finds nothing to do; --all then reports them unchanged', async () => {
    const first = await run();
    expect(first.counts).toEqual({ reanalyzed: stored.length, unchanged: 0, failed: 0 });
    expect(first.lines.map((l) => l.id)).toEqual(stored.map((a) => a.id));
    expect(first.lines[0]).toMatchObject({ status: 'reanalyzed', formatVersion: FORMAT_VERSION, was: { formatVersion: '1.1' } });
    expect(first.lines[0]!.changed).toEqual(expect.arrayContaining(['formatVersion', 'places']));
    for (const a of stored) {
      const { analysis } = (await store.getArticle(a.id))!;
      expect([analysis.places, analysis.quotes, analysis.quantities]).toEqual([a.places, a.quotes, a.quantities]);
      expect([analysis.notes, analysis.meta, analysis.metaProvenance]).toEqual([a.notes, a.meta, a.metaProvenance]);
    }
    expect((await run()).lines).toEqual([]);
    const lines: ReanalyzeLine[] = [];
    await reanalyzeArticles(store, await store.articlesToReanalyze({ kind: 'all' }), { analyze, batch: 50, onLine: (line) => lines.push(line) });
    expect(lines.map((l) => l.status)).toEqual(stored.map(() => 'unchanged'));
  });

  it('reports an article the analyzer fails on, keeps what it had, and goes on with the others', async () => {
    const victim = stored[2]!;
    const before = await store.getArticle(victim.id);
    const failing = (input: ArticleInput) => {
      if (input.text === victim.text) throw new Error('annotator "quotes" failed: boom');
      return analyze(input);
    };
    const { counts, lines } = await run(failing);
    expect(counts).toEqual({ reanalyzed: stored.length - 1, unchanged: 0, failed: 1 });
    expect(lines.find((l) => l.id === victim.id)).toEqual({
      id: victim.id, status: 'failed', formatVersion: '1.1', analyzerVersion: VERSION, error: { code: 'ANALYZE_FAILED', message: 'annotator "quotes" failed: boom' },
    });
    expect(await store.getArticle(victim.id)).toEqual(before);
    // It is still outdated, so the next run takes it up again.
    expect((await store.articlesToReanalyze(OUTDATED)).map((c) => c.id)).toEqual([victim.id]);
  });

  it('stops between articles when asked, with what was done committed', async () => {
    let asked = 0;
    const candidates = await store.articlesToReanalyze(OUTDATED);
    const { interrupted, counts } = await reanalyzeArticles(store, candidates, { analyze, batch: 50, shouldStop: () => ++asked > 2 });
    expect([interrupted, counts.reanalyzed]).toEqual([true, 2]);
    expect((await store.articlesToReanalyze(OUTDATED)).length).toBe(stored.length - 2);
  });
});
