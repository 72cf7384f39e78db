/**
 * @module surfaces/cli/commands/quotes
 *
 * `sitrep quotes [--speaker ID] [--kind direct|indirect]`: what was quoted,
 * newest article first, one NDJSON line a quote (its article, the quote,
 * the speaker with users' corrections applied, the sentences around it),
 * as `/api/quotes` gives them; `--format json` for one object. Exits 1 when
 * nothing matches, as `search` does.
 */
import { Command, Option } from 'commander';
import type { QuoteFilter } from '../../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { filterOptions, toFilter, toPaging, type FilterOptions } from '../filters.js';
import { dbOption, withStore } from '../store-option.js';

export function quotesCommand(): Command {
  const command = new Command('quotes')
    .description('quotes, newest article first, by speaker (corrections applied) and kind; one NDJSON line each; exits 1 when none matches')
    .option('--speaker <id>', "the speaker's entity id, as `sitrep entities` lists it")
    .addOption(new Option('--kind <kind>', 'direct (in quotation marks) or indirect (reported speech)').choices(['direct', 'indirect']))
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'ndjson or json').choices(['ndjson', 'json']).default('ndjson'));
  for (const option of filterOptions()) command.addOption(option);
  return command.action(async (options: FilterOptions & { db?: string; format: 'ndjson' | 'json'; speaker?: string; kind?: QuoteFilter['kind'] }) =>
    withStore(options.db, async (store) => {
      const filter: QuoteFilter = { ...(options.speaker ? { speaker: options.speaker } : {}), ...(options.kind ? { kind: options.kind } : {}) };
      const page = await store.quotes(filter, toFilter(options), toPaging(options));
      if (options.format === 'json') process.stdout.write(`${JSON.stringify({ total: page.total, quotes: page.items }, null, 2)}\n`);
      else for (const item of page.items) process.stdout.write(`${JSON.stringify(item)}\n`);
      process.stderr.write(`${page.total} quote(s)${page.total > page.items.length ? `; showing ${page.items.length ? `${options.offset + 1}–${options.offset + page.items.length}` : 'none'}` : ''}\n`);
      return page.total > 0 ? EXIT.OK : EXIT.PARTIAL;
    }),
  );
}
