/**
 * @module surfaces/cli/commands/search
 *
 * `sitrep search QUERY`: ranked hits (BM25) with outlet, date and snippet.
 * `--format table` for people (matches in bold on a terminal), `json` for
 * one object `{"total": N, "hits": [...]}`, `ndjson` for one hit a line.
 */
import { Command, Option } from 'commander';
import { SearchQueryError } from '../../../store/search-query.js';
import type { SearchHit, Store } from '../../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { filterOptions, toFilter, toPaging, type FilterOptions } from '../filters.js';
import { dbOption, withStore } from '../store-option.js';

type Format = 'table' | 'json' | 'ndjson';

export function searchCommand(): Command {
  const command = new Command('search')
    .description('full-text search of the stored articles; exits 1 when nothing matches, as grep does')
    .argument('<query...>', 'words (all must match), "quoted phrases", prefix*, and OR between terms')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'table, json or ndjson').choices(['table', 'json', 'ndjson']).default('table'));
  for (const option of filterOptions()) command.addOption(option);
  return command.action(async (words: string[], options: FilterOptions & { db?: string; format: Format }) =>
    withStore(options.db, (store) => search(store, words.join(' '), options)),
  );
}

async function search(store: Store, query: string, options: FilterOptions & { format: Format }): Promise<number> {
  let page;
  try {
    page = await store.search(query, toFilter(options), toPaging(options));
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    process.stderr.write(`sitrep: ${error.message}\n`);
    return EXIT.USAGE;
  }
  if (options.format === 'json') process.stdout.write(`${JSON.stringify({ total: page.total, hits: page.items }, null, 2)}\n`);
  else if (options.format === 'ndjson') for (const hit of page.items) process.stdout.write(`${JSON.stringify(hit)}\n`);
  else printTable(page.items, page.total, options.offset);
  return page.total > 0 ? EXIT.OK : EXIT.PARTIAL;
}

function printTable(hits: SearchHit[], total: number, offset: number) {
  const bold = process.stdout.isTTY ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => s;
  for (const [i, hit] of hits.entries()) {
    const when = hit.published?.slice(0, 10) ?? 'undated';
    process.stdout.write(`${offset + i + 1}. ${hit.title ?? '(untitled)'}\n   ${hit.outlet ?? 'unknown outlet'} · ${when} · ${hit.id}\n   ${highlight(hit, bold)}\n\n`);
  }
  process.stderr.write(`${total} article(s) matched${total > hits.length ? `; showing ${offset + 1}–${offset + hits.length}` : ''}\n`);
}

function highlight(hit: SearchHit, mark: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.highlights) {
    out += hit.snippet.slice(at, start) + mark(hit.snippet.slice(start, end));
    at = end;
  }
  return out + hit.snippet.slice(at);
}
