/**
 * @module surfaces/cli/main
 *
 * `sitrep`'s commands. Data goes to stdout, progress and logs to stderr;
 * the exit status is one of EXIT (exit-codes.ts).
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../../version.js';
import { analyzeCommand } from './commands/analyze.js';
import { ingestCommand } from './commands/ingest.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { statsCommand } from './commands/stats.js';
import { pipelineCommand } from './commands/pipeline.js';
import { entitiesCommand } from './commands/entities.js';
import { entityCommand } from './commands/entity.js';
import { quotesCommand } from './commands/quotes.js';
import { quantitiesCommand } from './commands/quantities.js';
import { timelineCommand } from './commands/timeline.js';
import { reanalyzeCommand } from './commands/reanalyze.js';
import { EXIT } from './exit-codes.js';

export function program(): Command {
  const root = new Command('sitrep')
    .description('read news coverage of a conflict and rebuild the situation it describes, with sources')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of [ingestCommand(), analyzeCommand(), searchCommand(), serveCommand(), statsCommand(), pipelineCommand(), entitiesCommand(), entityCommand(), quotesCommand(), quantitiesCommand(), timelineCommand(), reanalyzeCommand()]) {
    root.addCommand(command.exitOverride().showHelpAfterError('(run with --help for usage)'));
  }
  return root;
}

export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `sitrep analyze ... | head` closes the pipe early: that is not a failure.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.OK);
    throw error;
  });
  try {
    await program().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    process.stderr.write(`sitrep: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.STORE;
  }
}
