/**
 * @module surfaces/testing/run-cli
 *
 * The built `sitrep` binary run as a user runs it, for the CLI tests: its
 * exit code, stdout and stderr, with no SITREP_DB from the environment (each
 * test names its store), and NDJSON output read back line by line.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BIN = join(ROOT, 'bin/sitrep.js');

export function sitrep(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, SITREP_DB: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const ndjson = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>);
