/**
 * @module store/open
 *
 * Where the store lives: `--db`, else `$SITREP_DB`, else `./sitrep.db`.
 */
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'sitrep.db';

export function storePath(option?: string): string {
  return option ?? process.env.SITREP_DB ?? DEFAULT_DB;
}

export function openStore(option?: string): Store {
  return new SqliteStore(storePath(option));
}
