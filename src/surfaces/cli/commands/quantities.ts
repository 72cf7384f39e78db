/**
 * @module surfaces/cli/commands/quantities
 *
 * `sitrep quantities [--attributed-to ID] [--dimension D] [--unit U] [--min N] [--max N]`:
 * the figures the articles give, newest article first, one NDJSON line each
 * (its article, the quantity, who claims it with users' corrections
 * applied, its sentence), as `/api/quantities` gives them; `--format json`
 * for one object. Exits 1 when nothing matches, as `search` does.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { QuantitySchema } from '../../../format/analysis.js';
import type { QuantityFilter } from '../../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { filterOptions, toFilter, toPaging, type FilterOptions } from '../filters.js';
import { dbOption, withStore } from '../store-option.js';

interface QuantityOptions extends FilterOptions {
  db?: string;
  format: 'ndjson' | 'json';
  attributedTo?: string;
  dimension?: QuantityFilter['dimension'];
  unit?: string;
  min?: number;
  max?: number;
}

export function quantitiesCommand(): Command {
  const command = new Command('quantities')
    .description('figures (counts, sums, lengths…), newest article first, by claimant (corrections applied), dimension, unit and value; one NDJSON line each; exits 1 when none matches')
    .option('--attributed-to <id>', 'who claims it, as an entity id')
    .addOption(new Option('--dimension <dimension>', 'what it measures').choices(QuantitySchema.shape.dimension.options))
    .option('--unit <unit>', 'the unit or counted noun (troops, km, USD), case-insensitive')
    .addOption(new Option('--min <n>', 'only values of at least this').argParser(number))
    .addOption(new Option('--max <n>', 'only values of at most this').argParser(number))
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'ndjson or json').choices(['ndjson', 'json']).default('ndjson'));
  for (const option of filterOptions()) command.addOption(option);
  return command.action(async (options: QuantityOptions) =>
    withStore(options.db, async (store) => {
      const filter: QuantityFilter = {
        ...(options.attributedTo ? { attributedTo: options.attributedTo } : {}),
        ...(options.dimension ? { dimension: options.dimension } : {}),
        ...(options.unit ? { unit: options.unit } : {}),
        ...(options.min !== undefined ? { min: options.min } : {}),
        ...(options.max !== undefined ? { max: options.max } : {}),
      };
      const page = await store.quantities(filter, toFilter(options), toPaging(options));
      if (options.format === 'json') process.stdout.write(`${JSON.stringify({ total: page.total, quantities: page.items }, null, 2)}\n`);
      else for (const item of page.items) process.stdout.write(`${JSON.stringify(item)}\n`);
      process.stderr.write(`${page.total} figure(s)${page.total > page.items.length ? `; showing ${page.items.length ? `${options.offset + 1}–${options.offset + page.items.length}` : 'none'}` : ''}\n`);
      return page.total > 0 ? EXIT.OK : EXIT.PARTIAL;
    }),
  );
}

function number(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`"${value}" is not a number`);
  return n;
}
