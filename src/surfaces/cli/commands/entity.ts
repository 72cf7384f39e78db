/**
 * @module surfaces/cli/commands/entity
 *
 * `sitrep entity ID`: one entity of the registry: its spellings and which
 * outlets write each, first and last seen, why its names are one entity
 * (the analyzer's ids and the users' corrections), the articles and the
 * sentences that name it. Exits 1, saying so on stderr, when no entity has
 * the id (and where it went, when it was merged into another).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { mergedInto } from '../../../store/entity-registry.js';
import type { EntityDetail, EntitySentence } from '../../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, withStore } from '../store-option.js';
import { correctionLine, day, formatRows } from './entities.js';

export function entityCommand(): Command {
  return new Command('entity')
    .description('one entity: spellings by outlet, first and last seen, why its names are one, articles and sentences')
    .argument('<id>', 'the entity id, as `sitrep entities` lists it')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']).default('table'))
    .addOption(new Option('--articles <n>', 'at most this many articles').default(20).argParser(count))
    .addOption(new Option('--sentences <n>', 'at most this many sentences').default(10).argParser(count))
    .action(async (id: string, options: { db?: string; format: 'table' | 'json'; articles: number; sentences: number }) =>
      withStore(options.db, async (store) => {
        const entity = await store.entity(id, { articles: options.articles, sentences: options.sentences });
        if (!entity) {
          const into = mergedInto(await store.corrections(), id);
          process.stderr.write(`sitrep: no entity has the id "${id}"${into ? `: it was merged into "${into}" (sitrep entity ${into})` : ''}\n`);
          return EXIT.PARTIAL;
        }
        if (options.format === 'json') process.stdout.write(`${JSON.stringify(entity, null, 2)}\n`);
        else process.stdout.write(describe(entity));
        return EXIT.OK;
      }),
    );
}

function describe(e: EntityDetail): string {
  const bold = process.stdout.isTTY ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => s;
  const out: string[] = [];
  out.push(`${bold(e.name)} (${e.type || 'no type'})  ${e.id}`);
  out.push(
    formatRows([
      ['wikidata', e.wikidata ?? '-'],
      ['mentions', `${e.mentions} in ${e.articleCount} article(s)`],
      ['seen', `${day(e.firstSeen)} … ${day(e.lastSeen)}`],
    ]).trimEnd(),
  );
  out.push('', 'Spellings');
  if (e.aliases.length === 0) out.push('  (none in the text)');
  else out.push(indent(formatRows(e.aliases.map((a) => [a.text, String(a.mentions), a.outlets.map((o) => `${o.outlet ?? 'unknown outlet'} ${o.mentions}`).join(', ')]))));
  out.push('', 'Outlets');
  out.push(indent(formatRows(e.outlets.map((o) => [o.outlet ?? 'unknown outlet', `${o.mentions} mention(s)`, `${o.articles} article(s)`]))));
  out.push('', 'Why one entity');
  out.push(...e.why.map((reason) => `  - ${reason}`));
  if (e.corrections.length > 0) {
    out.push('', 'Corrections');
    out.push(...e.corrections.map((c) => `  ${correctionLine(c)}`));
  }
  out.push('', `Articles${e.articleCount > e.articles.length ? ` (newest ${e.articles.length} of ${e.articleCount})` : ''}`);
  out.push(indent(formatRows(e.articles.map((a) => [day(a.published), a.outlet ?? 'unknown outlet', a.title ?? '(untitled)', `${a.mentions}×`, a.id]))));
  if (e.sentences.length > 0) {
    out.push('', 'Sentences');
    out.push(...e.sentences.map((s) => `  ${s.articleId}  ${marked(s, bold).replace(/\s+/g, ' ')}`));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

const indent = (block: string) => block.trimEnd().split('\n').map((line) => `  ${line}`).join('\n');

function marked(sentence: EntitySentence, mark: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...sentence.marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += sentence.text.slice(at, start) + mark(sentence.text.slice(start, end));
    at = end;
  }
  return out + sentence.text.slice(at);
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}
