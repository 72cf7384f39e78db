/**
 * @module surfaces/testing/fixture-voices
 *
 * A store of real text for the quotes and figures: the sample dispatches
 * that ship with sitrep (always there) and, where `../shared` is, the seed
 * articles, each read and analysed as `sitrep ingest` would, and one
 * dispatch with an unnamed source (UNNAMED_SOURCE). Tests compare
 * what the store lists with what the analyses themselves say, so they hold
 * whatever the analyzer finds, and pin the few facts of the samples that
 * the surfaces show.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../../format/analysis.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { analyzeText } from './fixture-articles.js';
import { SEEDS_AVAILABLE, SEEDS_DIR } from './fixture-store.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/dispatches/', import.meta.url));

/** Every article of the files of a folder (sidecars are read beside their files, not as articles). */
function analysesIn(dir: string): Analysis[] {
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.meta.json'))
    .sort()
    .flatMap((name) => analyzeText(readFileSync(join(dir, name), 'utf8'), join(dir, name)));
}

/** A dispatch with what the samples lack: an unnamed source quoted directly, and a figure "according to" someone. */
export const UNNAMED_SOURCE = {
  text: 'Air defence shot down drones over Kyiv overnight. "We will not stop," a senior administration official told reporters in Washington. According to the General Staff, 1,200 Russian soldiers were killed in the past day.',
  outlet: 'Sample Post',
  published: '2024-07-01',
};

export interface VoicesStore {
  store: SqliteStore;
  /** The analyses stored, samples first. */
  analyses: Analysis[];
  /** The one whose `source.path` ends so ("kharkiv-overnight.txt", "unnamed-source.json"). */
  article(file: string): Analysis;
  close(): Promise<void>;
}

export async function createVoicesStore(options: { seeds?: boolean } = {}): Promise<VoicesStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-voices-'));
  const store = new SqliteStore(join(dir, 'voices.db'));
  const analyses = [
    ...analysesIn(SAMPLES_DIR),
    ...analyzeText(JSON.stringify(UNNAMED_SOURCE), join(dir, 'unnamed-source.json')),
    ...(options.seeds && SEEDS_AVAILABLE ? analysesIn(SEEDS_DIR) : []),
  ];
  await store.saveBatch(analyses.map((analysis) => ({ analysis, source: { path: analysis.source.path, ...(analysis.source.record === undefined ? {} : { record: analysis.source.record }) } })));
  return {
    store,
    analyses,
    article(file) {
      const found = analyses.find((a) => a.source.path?.endsWith(`/${file}`));
      if (!found) throw new Error(`no sample ${file}`);
      return found;
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
