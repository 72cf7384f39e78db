/**
 * @module surfaces/cli/commands/stats
 *
 * `sitrep stats`: what the store holds.
 */
import { Command, Option } from 'commander';
import { EXIT } from '../exit-codes.js';
import { dbOption, withStore } from '../store-option.js';

export function statsCommand(): Command {
  return new Command('stats')
    .description('counts of what the store holds: articles, outlets, languages, layers')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']).default('table'))
    .action(async (options: { db?: string; format: 'table' | 'json' }) =>
      withStore(options.db, async (store) => {
        const stats = await store.stats();
        if (options.format === 'json') {
          process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
          return EXIT.OK;
        }
        const rows: Array<[string, string | number]> = [
          ['articles', stats.articles],
          ['  analysed', stats.analyzed],
          ['  not analysed (language)', stats.notAnalyzed],
          ['sources', stats.sources],
          ['  duplicates', stats.duplicates],
          ['words', stats.words],
          ['published', `${stats.published.first ?? '-'} … ${stats.published.last ?? '-'}`],
          ...Object.entries(stats.layers).map(([layer, n]): [string, number] => [`layer ${layer}`, n]),
          ...stats.outlets.map((o): [string, number] => [`outlet ${o.outlet ?? '(unknown)'}`, o.articles]),
          ...stats.languages.map((l): [string, number] => [`language ${l.language ?? '(unknown)'}`, l.articles]),
          ['schema version', stats.schemaVersion],
        ];
        const width = Math.max(...rows.map(([k]) => k.length));
        for (const [key, value] of rows) process.stdout.write(`${key.padEnd(width)}  ${value}\n`);
        return EXIT.OK;
      }),
    );
}
