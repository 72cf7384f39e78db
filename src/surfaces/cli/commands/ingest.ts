/**
 * @module surfaces/cli/commands/ingest
 *
 * `sitrep ingest PATH...`: read, analyse and store articles. Saves go in
 * batches, one transaction each, and a file's result is printed only once
 * its batch is committed: what was acknowledged survives Ctrl-C or kill -9,
 * and a rerun skips what is stored (the same text is never stored twice).
 */
import { statSync } from 'node:fs';
import { Command, Option } from 'commander';
import { readInputFile } from '../../../ingest/read-input.js';
import { IngestError } from '../../../ingest/errors.js';
import type { Analysis } from '../../../format/analysis.js';
import type { SaveResult, SourceKey, Store } from '../../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { inputOptions, listInputs, positiveInteger, readOptions, type InputOptions } from '../inputs.js';
import { Progress } from '../progress.js';
import { analyzeOrError, errorLine } from './analyze.js';
import { dbOption, withStore } from '../store-option.js';

interface IngestOptions extends InputOptions {
  db?: string;
  batch: number;
  format?: 'ndjson' | 'none';
}

/** One line of ingest's report: what happened to one input record. */
interface IngestLine {
  source: { path: string | null; record?: number };
  status: SaveResult['status'] | 'skipped' | 'error';
  id?: string;
  duplicateOf?: string | null;
  language?: string | null;
  analyzed?: boolean;
  error?: { code: string; message: string };
}

export function ingestCommand(): Command {
  const command = new Command('ingest')
    .description('read, analyse and store articles (files, folders, or "-" for stdin)')
    .argument('[paths...]', 'files or folders of .txt, .md, .html, .json, .ndjson')
    .addOption(dbOption())
    .addOption(new Option('--batch <n>', 'articles per transaction').default(50).argParser(positiveInteger))
    .addOption(new Option('--format <format>', 'report one line per record on stdout (default: ndjson unless stdout is a terminal)').choices(['ndjson', 'none']));
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (paths: string[], options: IngestOptions) =>
    withStore(options.db, (store) => ingest(store, paths, options)),
  );
}

async function ingest(store: Store, paths: string[], options: IngestOptions): Promise<number> {
  const report = (options.format ?? (process.stdout.isTTY ? 'none' : 'ndjson')) === 'ndjson';
  const inputs = listInputs(paths, (line) => process.stderr.write(`${line}\n`));
  const progress = new Progress(inputs.length, 'ingest');
  const counts: Record<IngestLine['status'], number> = { stored: 0, unchanged: 0, duplicate: 0, updated: 0, skipped: 0, error: 0 };
  let pending: Array<{ analysis: Analysis; source: SourceKey }> = [];
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSigint);

  const print = (line: IngestLine) => {
    counts[line.status]++;
    if (line.error) progress.log(`sitrep: ${line.error.message}`);
    if (report) process.stdout.write(`${JSON.stringify(line)}\n`);
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const results = await store.saveBatch(pending);
    results.forEach((result, i) => {
      const { analysis, source } = pending[i]!;
      print({
        source: { path: source.path, ...(source.record === undefined ? {} : { record: source.record }) },
        status: result.status,
        id: result.id,
        ...(result.duplicateOf !== undefined ? { duplicateOf: result.duplicateOf } : {}),
        language: analysis.meta.language,
        analyzed: analysis.status === 'analyzed',
      });
    });
    pending = [];
  };

  try {
    for (const [i, file] of inputs.entries()) {
      // Let a pending Ctrl-C be seen between files; the batch in hand is still committed.
      await new Promise((resolve) => setImmediate(resolve));
      if (interrupted) break;
      const stamp = file === '-' ? undefined : fileStamp(file);
      if (stamp && (await store.fileStamp(file)) === stamp) {
        print({ source: { path: file }, status: 'skipped' });
        progress.update(i + 1);
        continue;
      }
      const results = readInputFile(file, readOptions(options));
      const lines = results.map((r) => (r instanceof IngestError ? errorLine(r) : analyzeOrError(r, file)));
      // A file with a bad record keeps no stamp, so that the next run reports the error again.
      const clean = lines.every((line) => !('error' in line));
      for (const line of lines) {
        if ('error' in line) print({ source: line.source, status: 'error', error: line.error });
        else pending.push({ analysis: line, source: { path: file === '-' ? null : file, ...(line.source.record === undefined ? {} : { record: line.source.record }), ...(clean && stamp ? { stamp } : {}) } });
      }
      if (pending.length >= options.batch) await flush();
      progress.update(i + 1, counts.error > 0 ? `(${counts.error} failed)` : '');
    }
    await flush();
  } finally {
    process.removeListener('SIGINT', onSigint);
    progress.done();
  }
  const summary = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  process.stderr.write(`sitrep: ingest ${interrupted ? 'interrupted' : 'done'}: ${summary || 'nothing to do'}\n`);
  if (interrupted) {
    process.stderr.write('sitrep: everything reported above is stored; run the same command again to go on\n');
    return EXIT.INTERRUPTED;
  }
  return counts.error > 0 ? EXIT.PARTIAL : EXIT.OK;
}

function fileStamp(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.size}:${Math.trunc(stat.mtimeMs)}`;
  } catch {
    return undefined;
  }
}
