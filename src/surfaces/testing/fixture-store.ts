/**
 * @module surfaces/testing/fixture-store
 *
 * One small store that the surface tests share, as Datasette's
 * `tests/fixtures.py` does: a fresh SQLite file in a temporary folder,
 * filled through the real ingest readers and analyzer (fixture-articles),
 * so the pages are tested on what `sitrep ingest` would store; each input
 * has a path in that folder, where its sidecar is read. It holds a short English
 * dispatch, a Ukrainian report (which the analyzer does not read yet), an
 * article whose text and metadata carry hostile markup, and a real seed
 * article when the shared corpus is there.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../../format/analysis.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { analyzeOne } from './fixture-articles.js';

/** The shared corpus's seed articles, beside this checkout; absent on a machine without it. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));
export const SEEDS_AVAILABLE = existsSync(SEEDS_DIR) && readdirSync(SEEDS_DIR).some((name) => name.endsWith('.txt'));

/** Markup that would run if the reader ever let article data through unescaped. */
export const HOSTILE_PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<a href="javascript:window.__pwned=3">click</a>',
  '"><svg onload=window.__pwned=4>',
] as const;

const HOSTILE = HOSTILE_PAYLOADS.join(' ');

export const DISPATCH = {
  text: [
    'Drones strike Kharkiv power grid overnight',
    'By Olena Kovalenko',
    'KHARKIV, Ukraine (AP) — Russian drones hit energy facilities in Kharkiv overnight, the regional governor said on Wednesday. At least 12 people were injured and parts of the city were left without power.',
    '"The enemy is again targeting civilian infrastructure," the governor wrote on Telegram. Repair crews restored electricity to most districts by the morning, the mayor said.',
    "Ukraine's air force said it shot down 31 of the 40 drones launched during the attack.",
  ].join('\n\n'),
  sidecar: { outlet: 'Kyiv Wire', published: '2024-11-06', url: 'https://example.org/kharkiv-grid' },
};

export const FOREIGN = {
  text: [
    'Уночі російські дрони атакували енергетичну інфраструктуру Харкова.',
    'За словами голови обласної військової адміністрації, щонайменше дванадцять людей отримали поранення. Ремонтні бригади працювали до ранку, щоб відновити електропостачання у більшості районів міста.',
  ].join('\n\n'),
  sidecar: { title: 'Дрони атакували Харків', outlet: 'Ukrainska Pravda', published: '2024-11-07' },
};

export const HOSTILE_RECORD = {
  text: [
    `Hostile markup in the body ${HOSTILE}`,
    `KYIV, Ukraine (AP) — This article carries hostile markup in its text: ${HOSTILE} None of it may run in the reader.`,
    'Officials in Kyiv said the text must be shown as plain characters on the page and never as markup, whatever the source wrote.',
  ].join('\n\n'),
  title: `Hostile title ${HOSTILE}`,
  outlet: `Hostile outlet ${HOSTILE}`,
  author: `Hostile author ${HOSTILE}`,
  published: '2023-03-01',
};

export interface FixtureArticle {
  id: string;
  path: string;
  analysis: Analysis;
}

export interface FixtureStore {
  store: SqliteStore;
  dispatch: FixtureArticle;
  foreign: FixtureArticle;
  hostile: FixtureArticle;
  /** The first seed article, when the shared corpus is there. */
  seed: FixtureArticle | null;
  /** Closes the store and deletes its folder. */
  close(): Promise<void>;
}

function fixtureArticle(text: string, path: string): FixtureArticle {
  const analysis = analyzeOne(text, path);
  return { id: analysis.id, path, analysis };
}

/** Writes the sidecar where ingest looks for it, then reads the article beside it. */
function analyzeWithSidecar(dir: string, name: string, text: string, sidecar: object): FixtureArticle {
  const path = join(dir, `${name}.txt`);
  writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify(sidecar));
  return fixtureArticle(text, path);
}

function firstSeed(): FixtureArticle | null {
  if (!SEEDS_AVAILABLE) return null;
  const name = readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.txt')).sort()[0];
  if (!name) return null;
  const path = join(SEEDS_DIR, name);
  return fixtureArticle(readFileSync(path, 'utf8'), path);
}

export async function createFixtureStore(): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fixture-'));
  const store = new SqliteStore(join(dir, 'fixture.db'));
  const dispatch = analyzeWithSidecar(dir, 'dispatch', DISPATCH.text, DISPATCH.sidecar);
  const foreign = analyzeWithSidecar(dir, 'foreign', FOREIGN.text, FOREIGN.sidecar);
  const hostile = fixtureArticle(JSON.stringify(HOSTILE_RECORD), join(dir, 'hostile.json'));
  const seed = firstSeed();
  const articles = [dispatch, foreign, hostile, ...(seed ? [seed] : [])];
  await store.saveBatch(articles.map(({ analysis, path }) => ({ analysis, source: { path } })));
  return {
    store,
    dispatch,
    foreign,
    hostile,
    seed,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
