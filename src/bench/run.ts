/**
 * @module bench/run
 *
 * `npm run bench [-- CORPUS]`: speed and memory, measured the way a user
 * meets them. Analyses a corpus (default: the 397 Guardian/NYT articles in
 * ../shared/data/news/guardian-nyt), ingests it into a fresh store, runs a
 * fixed set of 50 searches, prints the figures beside the previous run's,
 * and keeps this run's in bench/results.json for the next comparison.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile, isError } from '../ingest/analyze-file.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { expandSources } from '../ingest/sources.js';
import { DEFAULT_MAX_BYTES } from '../ingest/file-formats.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { VERSION } from '../version.js';
import { SEARCH_QUERIES } from './queries.js';
import { readInputFile } from '../ingest/read-input.js';
import { IngestError } from '../ingest/errors.js';
import { splitSentences } from '../analyze/annotators/sentences.js';
import { tokenize } from '../analyze/names/tokenize.js';
import { loadModel } from '../analyze/names/recognizer.js';
import { findNames } from '../analyze/names/find-names.js';
import { Gazetteer, loadGazetteer, readGazetteerFile } from '../analyze/gazetteer/gazetteer.js';
import { PlaceIndex, readPlaceIndexFile } from '../analyze/places/place-index.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const RESULTS = join(ROOT, 'bench/results.json');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/data/news/guardian-nyt');

interface Figures {
  when: string;
  version: string;
  node: string;
  corpus: string;
  articles: number;
  words: number;
  'analyze articles/s': number;
  'analyze words/s': number;
  'recognizer words/s': number;
  'ingest articles/s': number;
  'ingest words/s': number;
  'search p50 ms': number;
  'search p95 ms': number;
  'gazetteer load ms': number;
  'places index load ms': number;
  'peak RSS MB': number;
}

/** For each figure, whether a larger value is better (for the arrows of the comparison). */
const HIGHER_IS_BETTER: Partial<Record<keyof Figures, boolean>> = {
  'analyze articles/s': true,
  'analyze words/s': true,
  'recognizer words/s': true,
  'ingest articles/s': true,
  'ingest words/s': true,
  'search p50 ms': false,
  'search p95 ms': false,
  'gazetteer load ms': false,
  'places index load ms': false,
  'peak RSS MB': false,
};

async function main() {
  const corpus = resolve(process.argv[2] ?? DEFAULT_CORPUS);
  if (!existsSync(corpus)) {
    process.stderr.write(`bench: no corpus at ${corpus} (pass a folder of articles: npm run bench -- DIR)\n`);
    process.exit(2);
  }
  // A data folder's own SOURCE.md or README.md describes the corpus; it is not one of its articles.
  const files = expandSources([corpus]).files.filter((f) => !/(^|\/)(SOURCE|README)\.md$/i.test(f));
  const read = { maxBytes: DEFAULT_MAX_BYTES };

  // Analyze alone: reading and analysing, nothing stored. One warm-up file first so that lazy set-up is not counted.
  if (files[0]) analyzeFile(files[0], read);
  let articles = 0;
  let words = 0;
  let started = performance.now();
  for (const file of files) {
    for (const line of analyzeFile(file, read)) {
      if (isError(line)) continue;
      articles++;
      words += line.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    }
  }
  const analyzeSeconds = (performance.now() - started) / 1000;
  const recognizer = timeRecognizer(files, read);
  const loads = timeGazetteerLoads();

  // Ingest: the same files into a fresh store, as `sitrep ingest` does it.
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  started = performance.now();
  await ingestFiles(store, files, { read, batch: 50 });
  const ingestSeconds = (performance.now() - started) / 1000;

  // Search: each query once to warm the page cache, then timed.
  for (const query of SEARCH_QUERIES) await store.search(query, {}, { limit: 20, offset: 0 });
  const latencies: number[] = [];
  for (const query of SEARCH_QUERIES) {
    const t = performance.now();
    await store.search(query, {}, { limit: 20, offset: 0 });
    latencies.push(performance.now() - t);
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const figures: Figures = {
    when: new Date().toISOString(),
    version: VERSION,
    node: process.version,
    corpus: corpus.replace(`${resolve(ROOT, '..')}/`, '../'),
    articles,
    words,
    'analyze articles/s': round(articles / analyzeSeconds),
    'analyze words/s': Math.round(words / analyzeSeconds),
    'recognizer words/s': Math.round(recognizer.words / recognizer.seconds),
    'ingest articles/s': round(articles / ingestSeconds),
    'ingest words/s': Math.round(words / ingestSeconds),
    'search p50 ms': round(percentile(latencies, 50), 2),
    'search p95 ms': round(percentile(latencies, 95), 2),
    'gazetteer load ms': loads.gazetteer,
    'places index load ms': loads.places,
    'peak RSS MB': round(process.resourceUsage().maxRSS / 1024),
  };
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Figures) : null;
  printComparison(figures, previous);
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(figures, null, 2)}\n`);
}

/**
 * The name recognizer alone (tokens, the gazetteer's scan, the model over
 * each sentence, the merge), on texts already read and split into
 * sentences: the cost the names layer adds.
 */
function timeRecognizer(files: string[], read: { maxBytes: number }): { words: number; seconds: number } {
  const texts = files.flatMap((file) => readInputFile(file, read).flatMap((r) => (r instanceof IngestError ? [] : [r.text])));
  const prepared = texts.map((text) => ({ text, sentences: splitSentences(text) }));
  loadModel();
  loadGazetteer();
  let words = 0;
  for (const { text } of prepared) words += text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // The median of three passes: one pass on a shared machine varies by a fifth from run to run.
  const passes: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const { text, sentences } of prepared) findNames(text, tokenize(text), sentences);
    passes.push((performance.now() - started) / 1000);
  }
  return { words, seconds: passes.sort((a, b) => a - b)[1]! };
}

/**
 * What a process pays once, before its first article: reading and indexing
 * the names gazetteer (models/gazetteer.json.gz) and the places index
 * (models/places.json.gz), each from the file, the median of five loads.
 */
function timeGazetteerLoads(): { gazetteer: number; places: number } {
  const median = (load: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      load();
      times.push(performance.now() - t);
    }
    return round(percentile(times, 50));
  };
  return { gazetteer: median(() => new Gazetteer(readGazetteerFile())), places: median(() => new PlaceIndex(readPlaceIndexFile())) };
}

function printComparison(now: Figures, before: Figures | null) {
  const keys = Object.keys(HIGHER_IS_BETTER) as Array<keyof Figures>;
  const width = Math.max(...keys.map((k) => k.length));
  process.stdout.write(`sitrep ${now.version} on ${now.node}: ${now.articles} articles, ${now.words} words from ${now.corpus}\n`);
  if (before) process.stdout.write(`compared with the run of ${before.when} (${before.version})\n`);
  for (const key of keys) {
    const value = now[key] as number;
    let delta = '';
    const old = before?.[key];
    if (typeof old === 'number' && old > 0) {
      const change = ((value - old) / old) * 100;
      const better = HIGHER_IS_BETTER[key] ? change > 0 : change < 0;
      delta = `  (was ${old}, ${change >= 0 ? '+' : ''}${change.toFixed(1)}%${Math.abs(change) >= 10 ? (better ? ' better' : ' WORSE') : ''})`;
    }
    process.stdout.write(`${key.padEnd(width)}  ${String(value).padStart(10)}${delta}\n`);
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

await main();
