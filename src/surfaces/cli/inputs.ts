/**
 * @module surfaces/cli/inputs
 *
 * The options every command that reads articles shares (`analyze`,
 * `ingest`), and turning its arguments into the list of files to read.
 */
import { InvalidArgumentError, Option } from 'commander';
import { expandSources } from '../../ingest/sources.js';
import { DEFAULT_MAX_BYTES, type FileFormat } from '../../ingest/file-formats.js';
import type { ReadOptions } from '../../ingest/read-input.js';

export interface InputOptions {
  maxBytes: number;
  encoding?: string;
  inputFormat?: FileFormat;
}

export const inputOptions = (): Option[] => [
  new Option('--max-bytes <n>', 'refuse inputs larger than this many bytes')
    .default(Number(process.env.SITREP_MAX_BYTES) || DEFAULT_MAX_BYTES)
    .argParser(positiveInteger),
  new Option('--encoding <name>', 'read every input in this encoding instead of detecting it (e.g. windows-1251)'),
  new Option('--input-format <format>', 'format of stdin or of files whose extension says nothing').choices(['txt', 'md', 'html', 'json', 'ndjson']),
];

export function readOptions(options: InputOptions): ReadOptions {
  return {
    maxBytes: options.maxBytes,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
  };
}

export function listInputs(args: string[], log: (line: string) => void): string[] {
  const { files, skipped } = expandSources(args.length > 0 ? args : ['-']);
  if (skipped.length > 0) log(`sitrep: skipped ${skipped.length} file(s) whose extension sitrep does not read (first: ${skipped[0]})`);
  return files;
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}
