/**
 * @module surfaces/cli/commands/timeline
 *
 * `sitrep timeline [--about 2024]`: the periods the stored articles' times
 * speak of, one NDJSON line a period one level finer than `--about` (years
 * without it, a year's months, a month's days), as `/api/timeline` counts
 * them; the summary, with what is too coarse for a period, on stderr;
 * `--format json` for one object. Exits 1 when no period has a time, as
 * `quotes` does when none matches.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { TIMELINE_ABOUT_MESSAGE, periodOf } from '../../../store/timex-about.js';
import { EXIT } from '../exit-codes.js';
import { filterOptions, timexAbout, toFilter, type FilterOptions } from '../filters.js';
import { dbOption, withStore } from '../store-option.js';

/** A period the timeline divides; a week or a season is refused, as the API refuses it. */
function period(value: string): string {
  timexAbout(value);
  if (periodOf(value) === null) throw new InvalidArgumentError(`"${value}" ${TIMELINE_ABOUT_MESSAGE}`);
  return value;
}

/** The filters of the other commands, less those that mean something else here: `--about` is the period, and nothing is paged. */
const SHARED = new Set(['--outlet', '--since', '--until']);

export function timelineCommand(): Command {
  const command = new Command('timeline')
    .description('the periods the articles\' times speak of, one NDJSON line each (years; --about 2024 for its months, 2024-05 for its days); exits 1 when none has a time')
    .addOption(new Option('--about <timex>', 'the period to divide: a year (2024), a month (2024-05), a day, a decade (202) or a century (20)').argParser(period))
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'ndjson or json').choices(['ndjson', 'json']).default('ndjson'));
  for (const option of filterOptions()) if (SHARED.has(option.long ?? '')) command.addOption(option);
  return command.action(async (options: Omit<FilterOptions, 'limit' | 'offset'> & { db?: string; format: 'ndjson' | 'json' }) =>
    withStore(options.db, async (store) => {
      const { about, ...filters } = options;
      const timeline = await store.timeline(about ?? null, toFilter(filters));
      if (options.format === 'json') process.stdout.write(`${JSON.stringify(timeline, null, 2)}\n`);
      else for (const bucket of timeline.buckets) process.stdout.write(`${JSON.stringify({ granularity: timeline.granularity, ...bucket })}\n`);
      const mentions = timeline.buckets.reduce((sum, bucket) => sum + bucket.mentions, 0);
      process.stderr.write(`${timeline.buckets.length} ${timeline.granularity}(s), ${mentions} time(s); ${timeline.coarser} coarser than a ${timeline.granularity}\n`);
      return timeline.buckets.length > 0 ? EXIT.OK : EXIT.PARTIAL;
    }),
  );
}
