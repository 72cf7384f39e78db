/**
 * @module surfaces/cli/store-option
 *
 * `--db` for every command that touches the store, and opening it with a
 * clear error and exit code when it cannot be opened.
 */
import { Option } from 'commander';
import { openStore, DEFAULT_DB } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { EXIT } from './exit-codes.js';

export const dbOption = () => new Option('--db <file>', `the store (default: $SITREP_DB or ./${DEFAULT_DB})`);

/** Runs fn with the store open and sets the exit code it returns; closes the store whatever happens. */
export async function withStore(db: string | undefined, fn: (store: Store) => Promise<number>): Promise<void> {
  let store: Store;
  try {
    store = openStore(db);
  } catch (error) {
    process.stderr.write(`sitrep: ${(error as Error).message}\n`);
    process.exitCode = EXIT.STORE;
    return;
  }
  try {
    process.exitCode = await fn(store);
  } finally {
    await store.close();
  }
}
