/**
 * @module surfaces/cli/commands/pipeline
 *
 * `sitrep pipeline`: the annotators in order, what each requires and assigns.
 */
import { Command } from 'commander';

export function pipelineCommand(): Command {
  return new Command('pipeline').description('list the analyzer\'s annotators in order, with the layers each requires and assigns').action(async () => {
    const { defaultPipeline } = await import('../../../analyze/index.js');
    const rows = defaultPipeline.describe();
    const header = { name: 'annotator', requires: 'requires', assigns: 'assigns', languages: 'languages' };
    const all = [header, ...rows];
    const width = (key: keyof typeof header) => Math.max(...all.map((r) => r[key].length));
    for (const row of all) {
      process.stdout.write(`${row.name.padEnd(width('name'))}  ${row.requires.padEnd(width('requires'))}  ${row.assigns.padEnd(width('assigns'))}  ${row.languages}\n`);
    }
  });
}
