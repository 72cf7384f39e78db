/**
 * @module surfaces/cli/commands/reanalyze
 *
 * `sitrep reanalyze [--all | --before VERSION | ID...]`: analyse stored articles again from their
 * stored text and metadata, so that a store written by an older sitrep gets the layers it lacks
 * (places before format 1.2, quotes and figures before 1.3) without being built again. The work is
 * in reanalyze-run.ts; here are the selection, the lines on stdout and the exit status.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMAT_VERSION } from '../../../format/analysis.js';
import { describeCorrection } from '../../../store/entity-registry.js';
import type { ReanalysisSelector, Store } from '../../../store/store.js';
import { VERSION } from '../../../version.js';
import { EXIT } from '../exit-codes.js';
import { positiveInteger } from '../inputs.js';
import { Progress } from '../progress.js';
import type { ReanalyzeLine } from '../reanalyze-run.js';
import { dbOption, withStore } from '../store-option.js';

interface ReanalyzeOptions {
  db?: string;
  all?: boolean;
  before?: string;
  dryRun?: boolean;
  batch: number;
  format?: 'ndjson' | 'none';
}

function version(value: string): string {
  if (!/^\d+(\.\d+)*$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a format version (e.g. 1.3)`);
  return value;
}

export function reanalyzeCommand(): Command {
  return new Command('reanalyze')
    .description('analyse stored articles again from their stored text and metadata, keeping their ids, sources and corrections')
    .argument('[ids...]', 'the articles to analyse again (their ids, as search and the API give them)')
    .addOption(dbOption())
    .addOption(new Option('--all', 'every article in the store').conflicts('before'))
    .addOption(new Option('--before <version>', 'the articles whose analysis is of a format version before this one (e.g. 1.3)').argParser(version))
    .option('--dry-run', 'list the articles that would be analysed again (one NDJSON line each), and change nothing')
    .addOption(new Option('--batch <n>', 'articles per transaction').default(50).argParser(positiveInteger))
    .addOption(new Option('--format <format>', 'one line per article on stdout: ndjson, or none (default: ndjson unless stdout is a terminal)').choices(['ndjson', 'none']))
    .addHelpText(
      'after',
      `
With no ids, --all or --before: the articles whose format version is before ${FORMAT_VERSION} or whose
analyzer version is before ${VERSION} (this sitrep's), so running it again goes on where it stopped.
Each line says "reanalyzed" (with the parts that changed), "unchanged" or "failed" (the article keeps
what it had). Exit status: 0 done, 1 some articles failed, 2 usage, 3 store, 130 interrupted.`,
    )
    .action(async (ids: string[], options: ReanalyzeOptions) => {
      if (ids.length > 0 && (options.all || options.before)) {
        process.stderr.write('sitrep: reanalyze takes ids, --all or --before, not more than one of them\n(run with --help for usage)\n');
        process.exitCode = EXIT.USAGE;
        return;
      }
      await withStore(options.db, (store) => reanalyze(store, selectorOf(ids, options), options));
    });
}

function selectorOf(ids: string[], options: ReanalyzeOptions): ReanalysisSelector {
  if (ids.length > 0) return { kind: 'ids', ids };
  if (options.all) return { kind: 'all' };
  if (options.before) return { kind: 'before', formatVersion: options.before };
  return { kind: 'outdated', formatVersion: FORMAT_VERSION, analyzerVersion: VERSION };
}

async function reanalyze(store: Store, selector: ReanalysisSelector, options: ReanalyzeOptions): Promise<number> {
  const candidates = await store.articlesToReanalyze(selector);
  const write = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
  // An id no article has is an input that failed, as a missing file is for ingest.
  const missing = selector.kind === 'ids' ? [...new Set(selector.ids)].filter((id) => !candidates.some((c) => c.id === id)) : [];
  const report = options.dryRun || (options.format ?? (process.stdout.isTTY ? 'none' : 'ndjson')) === 'ndjson';
  for (const id of missing) {
    process.stderr.write(`sitrep: no article has the id ${id}\n`);
    if (report) write({ id, status: 'failed', formatVersion: null, analyzerVersion: null, error: { code: 'NOT_FOUND', message: `no article has the id ${id}` } } satisfies ReanalyzeLine);
  }
  if (options.dryRun) {
    for (const c of candidates) write({ id: c.id, status: 'selected', title: c.title, formatVersion: c.formatVersion, analyzerVersion: c.analyzerVersion });
    process.stderr.write(`sitrep: reanalyze would analyse ${candidates.length} article(s) again\n`);
    return missing.length > 0 ? EXIT.PARTIAL : EXIT.OK;
  }
  // Loaded on use, so that other commands do not pay for the analyzer's start-up.
  const [{ analyze }, { reanalyzeArticles }] = await Promise.all([import('../../../analyze/index.js'), import('../reanalyze-run.js')]);
  const progress = new Progress(candidates.length, 'reanalyze');
  let stop = false;
  const onSigint = () => {
    stop = true;
  };
  process.once('SIGINT', onSigint);
  let failures = 0;
  try {
    const { counts, interrupted } = await reanalyzeArticles(store, candidates, {
      analyze: (input) => analyze(input),
      batch: options.batch,
      shouldStop: () => stop,
      onArticle: (done) => progress.update(done, failures > 0 ? `(${failures} failed)` : ''),
      onLine: (line) => {
        if (line.error) {
          failures++;
          progress.log(`sitrep: article ${line.id}: ${line.error.message}`);
        }
        if (report) write(line);
      },
    });
    progress.done();
    const summary = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`)
      .join(', ');
    process.stderr.write(`sitrep: reanalyze ${interrupted ? 'interrupted' : 'done'}: ${summary || 'nothing to do'}\n`);
    if (counts.reanalyzed > 0) {
      for (const c of await store.unmatchedCorrections()) {
        process.stderr.write(`sitrep: ${describeCorrection(c)}: it moves nothing now, since no article has what it names; it is kept, and applies again if such mentions come back\n`);
      }
    }
    if (interrupted) {
      process.stderr.write('sitrep: everything reported is stored; run the same command again to go on\n');
      return EXIT.INTERRUPTED;
    }
    return counts.failed > 0 || missing.length > 0 ? EXIT.PARTIAL : EXIT.OK;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
