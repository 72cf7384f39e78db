/**
 * @module surfaces/cli/commands/entities
 *
 * `sitrep entities`: the registry of entities across articles, most
 * mentioned first, with `--type`, `--outlet` and `--q` filters, and the
 * corrections a user makes to it. `sitrep entities merge A B` shows B's
 * mentions under A; `sitrep entities split A --spelling Kharkov --as ID`
 * moves the mentions of A written so to ID; `sitrep entities corrections`
 * lists them. Corrections are records of their own, applied whenever the
 * registry is read: re-ingesting or re-analysing does not undo them.
 *
 * Exit status: 0 done; 1 an id is not in the registry; 2 a correction that
 * cannot be made (an id merged with itself, a spelling the entity lacks)
 * or a bad option; 3 the store.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { EntityCorrectionError } from '../../../store/entity-registry.js';
import type { CorrectionResult, EntityCorrection, EntitySummary, Store } from '../../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, withStore } from '../store-option.js';

type Format = 'table' | 'json' | 'ndjson';

/**
 * `entities` parses its own options wherever they stand, those after a
 * subcommand's name included, so a subcommand reads them merged with its
 * own (`optsWithGlobals`); for that, the shared ones have no default here.
 */
const formatOption = () => new Option('--format <format>', 'table, json or ndjson (default: table)').choices(['table', 'json', 'ndjson']);

interface ListOptions {
  db?: string;
  type?: string;
  outlet?: string;
  q?: string;
  limit: number;
  offset: number;
  format?: Format;
}

export function entitiesCommand(): Command {
  const command = new Command('entities')
    .description('the entities named across the stored articles, most mentioned first, with the corrections users made')
    .addOption(dbOption())
    .addOption(new Option('--type <type>', 'only entities of this type (PERSON, ORG, GPE, LOC, FAC, NORP, WEAPON, MISC)'))
    .addOption(new Option('--outlet <name>', 'only what this outlet\'s articles name, counted in them alone (case does not matter)'))
    .addOption(new Option('--q <text>', 'only entities whose id, name or a spelling contains this'))
    .addOption(new Option('--limit <n>', 'at most this many entities').default(20).argParser(count))
    .addOption(new Option('--offset <n>', 'skip this many entities first').default(0).argParser(count))
    .addOption(formatOption())
    .action(async (options: ListOptions) => withStore(options.db, (store) => list(store, options)));

  command.addCommand(
    new Command('merge')
      .description('show every mention of entity B under entity A from now on (A keeps its id)')
      .argument('<a>', 'the id that stays')
      .argument('<b>', 'the id whose mentions join it')
      .addOption(new Option('--note <text>', 'why: shown with the entity'))
      .addOption(dbOption())
      .addOption(formatOption())
      .action(async (a: string, b: string, _options: unknown, self: Command) => {
        const options = self.optsWithGlobals<{ db?: string; note?: string; format?: Format }>();
        await withStore(options.db, (store) => correct(() => store.mergeEntities(a, b, options.note ?? ''), options.format));
      }),
  );

  command.addCommand(
    new Command('split')
      .description('show the mentions of entity ID with the given spellings under a new id from now on')
      .argument('<id>', 'the entity to split')
      .addOption(new Option('--spelling <text>', 'a spelling to move, exactly as `sitrep entity ID` lists it (repeat for more)').argParser(collect).default([]))
      .addOption(new Option('--alias <text>', 'the same as --spelling').argParser(collect).default([]).hideHelp())
      .requiredOption('--as <id>', 'the id the mentions move to (a new one, or an existing entity)')
      .addOption(new Option('--note <text>', 'why: shown with the entity'))
      .addOption(dbOption())
      .addOption(formatOption())
      .action(async (id: string, _options: unknown, self: Command) => {
        const options = self.optsWithGlobals<{ db?: string; note?: string; format?: Format; spelling: string[]; alias: string[]; as: string }>();
        const spellings = [...options.spelling, ...options.alias];
        if (spellings.length === 0) {
          process.stderr.write('sitrep: say which spellings move, with --spelling "..." (see `sitrep entity ' + id + '`)\n');
          process.exitCode = EXIT.USAGE;
          return;
        }
        await withStore(options.db, (store) => correct(() => store.splitEntity(id, spellings, options.as, options.note ?? ''), options.format));
      }),
  );

  command.addCommand(
    new Command('corrections')
      .description('every merge and split users made, oldest first')
      .addOption(dbOption())
      .addOption(formatOption())
      .action(async (_options: unknown, self: Command) => {
        const options = self.optsWithGlobals<{ db?: string; format?: Format }>();
        await withStore(options.db, async (store) => {
          const corrections = await store.corrections();
          if (options.format === 'json') process.stdout.write(`${JSON.stringify({ corrections }, null, 2)}\n`);
          else if (options.format === 'ndjson') for (const c of corrections) process.stdout.write(`${JSON.stringify(c)}\n`);
          else if (corrections.length === 0) process.stderr.write('no corrections yet\n');
          else for (const c of corrections) process.stdout.write(`${correctionLine(c)}\n`);
          return EXIT.OK;
        });
      }),
  );
  // main.ts sets these on the top-level commands; a subcommand needs its own, or commander exits with status 1 itself.
  for (const sub of command.commands) sub.exitOverride().showHelpAfterError('(run with --help for usage)');
  return command;
}

async function list(store: Store, options: ListOptions): Promise<number> {
  const filter = {
    ...(options.type ? { type: options.type } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
    ...(options.q ? { q: options.q } : {}),
  };
  const page = await store.entities(filter, { limit: options.limit, offset: options.offset });
  if (options.format === 'json') process.stdout.write(`${JSON.stringify({ total: page.total, entities: page.items }, null, 2)}\n`);
  else if (options.format === 'ndjson') for (const entity of page.items) process.stdout.write(`${JSON.stringify(entity)}\n`);
  else {
    printTable(page.items);
    const shown = page.total > page.items.length && page.items.length > 0 ? `; showing ${options.offset + 1}–${options.offset + page.items.length}` : '';
    process.stderr.write(`${page.total} entit${page.total === 1 ? 'y' : 'ies'}${shown}\n`);
  }
  return EXIT.OK;
}

function printTable(entities: EntitySummary[]) {
  if (entities.length === 0) return;
  const rows = [
    ['ID', 'NAME', 'TYPE', 'MENTIONS', 'ARTICLES', 'OUTLETS', 'FIRST SEEN', 'LAST SEEN'],
    ...entities.map((e) => [e.id, e.name, e.type, String(e.mentions), String(e.articles), String(e.outlets), day(e.firstSeen), day(e.lastSeen)]),
  ];
  process.stdout.write(formatRows(rows));
}

/** Columns padded to their widest cell; the last is not padded. */
export function formatRows(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]! + (cell.length - [...cell].length)))).join('  ').trimEnd()).join('\n') + '\n';
}

export const day = (date: string | null) => date?.slice(0, 10) ?? '-';

export function correctionLine(c: EntityCorrection): string {
  const what = c.kind === 'merge'
    ? `merge  "${c.source}" into "${c.target}"`
    : `split  "${c.source}" spelled ${c.spellings.map((s) => `"${s}"`).join(', ')} to "${c.target}"`;
  return `#${c.seq}  ${day(c.createdAt)}  ${what}${c.note ? `  (${c.note})` : ''}`;
}

/** Makes a correction and reports it; a refused one is a message and its exit code, never a stack. */
async function correct(make: () => Promise<CorrectionResult>, format: Format | undefined): Promise<number> {
  let result: CorrectionResult;
  try {
    result = await make();
  } catch (error) {
    if (!(error instanceof EntityCorrectionError)) throw error;
    process.stderr.write(`sitrep: ${error.message}\n`);
    return error.code === 'UNKNOWN_ENTITY' ? EXIT.PARTIAL : EXIT.USAGE;
  }
  const { correction: c, mentions, articles } = result;
  if (format === 'json' || format === 'ndjson') process.stdout.write(`${JSON.stringify(result, null, format === 'json' ? 2 : undefined)}\n`);
  else {
    const moved = `${mentions} mention${mentions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
    const what = c.kind === 'merge' ? `merged "${c.source}" into "${c.target}"` : `split ${c.spellings.map((s) => `"${s}"`).join(', ')} from "${c.source}" to "${c.target}"`;
    process.stdout.write(`${what} (correction #${c.seq}): ${moved} now shown under "${c.target}"\n`);
  }
  return EXIT.OK;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}
