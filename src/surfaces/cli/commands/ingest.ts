/**
 * @module surfaces/cli/commands/ingest
 *
 * `sitrep ingest PATH...`: read, analyse and store articles (the work is in
 * ingest/ingest-files.ts). One NDJSON line per record on stdout once it is
 * committed, progress and errors on stderr; Ctrl-C commits what is in hand
 * and stops, and running the same command again goes on from there.
 */
import { Command, Option } from 'commander';
import type { IngestLine } from '../../../ingest/ingest-files.js';
import type { Store } from '../../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { inputOptions, listInputs, positiveInteger, readOptions, type InputOptions } from '../inputs.js';
import { Progress } from '../progress.js';
import { dbOption, withStore } from '../store-option.js';

interface IngestCommandOptions extends InputOptions {
  db?: string;
  batch: number;
  format?: 'ndjson' | 'none';
}

export function ingestCommand(): Command {
  const command = new Command('ingest')
    .description('read, analyse and store articles (files, folders, or "-" for stdin)')
    .argument('[paths...]', 'files or folders of .txt, .md, .html, .json, .ndjson')
    .addOption(dbOption())
    .addOption(new Option('--batch <n>', 'articles per transaction').default(50).argParser(positiveInteger))
    .addOption(new Option('--format <format>', 'one line per record on stdout: ndjson, or none (default: ndjson unless stdout is a terminal)').choices(['ndjson', 'none']));
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (paths: string[], options: IngestCommandOptions) => withStore(options.db, (store) => ingest(store, paths, options)));
}

async function ingest(store: Store, paths: string[], options: IngestCommandOptions): Promise<number> {
  // Loaded on use, so that other commands do not pay for the analyzer's start-up.
  const { ingestFiles } = await import('../../../ingest/ingest-files.js');
  const report = (options.format ?? (process.stdout.isTTY ? 'none' : 'ndjson')) === 'ndjson';
  const files = listInputs(paths, (line) => process.stderr.write(`${line}\n`));
  const progress = new Progress(files.length, 'ingest');
  let stop = false;
  const onSigint = () => {
    stop = true;
  };
  process.once('SIGINT', onSigint);
  let errors = 0;
  try {
    const { counts, interrupted } = await ingestFiles(store, files, {
      read: readOptions(options),
      batch: options.batch,
      shouldStop: () => stop,
      onFile: (done) => progress.update(done, errors > 0 ? `(${errors} failed)` : ''),
      onLine: (line: IngestLine) => {
        if (line.error) {
          errors++;
          progress.log(`sitrep: ${line.error.message}`);
        }
        if (report) process.stdout.write(`${JSON.stringify(line)}\n`);
      },
    });
    progress.done();
    const summary = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`)
      .join(', ');
    process.stderr.write(`sitrep: ingest ${interrupted ? 'interrupted' : 'done'}: ${summary || 'nothing to do'}\n`);
    if (interrupted) {
      process.stderr.write('sitrep: everything reported is stored; run the same command again to go on\n');
      return EXIT.INTERRUPTED;
    }
    return counts.error > 0 ? EXIT.PARTIAL : EXIT.OK;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
