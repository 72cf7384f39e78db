/**
 * @module surfaces/cli/commands/analyze
 *
 * `sitrep analyze FILE...`: the FORMAT.md contract on stdout, one Analysis
 * (or one error line) per input record, in input order; nothing is stored.
 */
import { Command, Option } from 'commander';
import type { AnalysisLine } from '../../../ingest/analyze-file.js';
import { EXIT } from '../exit-codes.js';
import { inputOptions, listInputs, readOptions, type InputOptions } from '../inputs.js';
import { Progress } from '../progress.js';

export function analyzeCommand(): Command {
  const command = new Command('analyze')
    .description('analyse articles and print the analysis (FORMAT.md) to stdout; "-" or no FILE reads stdin')
    .argument('[files...]', 'files or folders to analyse')
    .addOption(new Option('--format <format>', 'ndjson: one object a line; json: one array').choices(['ndjson', 'json']).default('ndjson'));
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (files: string[], options: InputOptions & { format: 'ndjson' | 'json' }) => {
    // Loaded on use, so that `sitrep --help` or `search` do not pay for the analyzer's start-up.
    const { analyzeFile, isError } = await import('../../../ingest/analyze-file.js');
    const inputs = listInputs(files, (line) => process.stderr.write(`${line}\n`));
    const progress = new Progress(inputs.length, 'analyze');
    const out: AnalysisLine[] = [];
    let failed = 0;
    const emit = (line: AnalysisLine) => {
      if (options.format === 'ndjson') process.stdout.write(`${JSON.stringify(line)}\n`);
      else out.push(line);
    };
    for (const [i, file] of inputs.entries()) {
      for (const line of analyzeFile(file, readOptions(options))) {
        if (isError(line)) {
          failed++;
          progress.log(`sitrep: ${line.error.message}`);
        }
        emit(line);
      }
      progress.update(i + 1);
    }
    progress.done();
    if (options.format === 'json') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    process.exitCode = failed > 0 ? EXIT.PARTIAL : EXIT.OK;
  });
}
