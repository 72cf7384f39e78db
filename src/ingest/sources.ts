/**
 * @module ingest/sources
 *
 * Command-line arguments to the list of inputs: files as given, folders
 * walked for the formats sitrep reads (sidecars and hidden files left out),
 * "-" for stdin. Order is stable (sorted), so that runs are repeatable.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatOfPath } from './file-formats.js';
import { isSidecar } from './sidecar.js';

export interface ExpandedSources {
  files: string[];
  /** Files inside folders skipped because their extension is not one sitrep reads. */
  skipped: string[];
}

export function expandSources(args: readonly string[]): ExpandedSources {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    let isFolder = false;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      // A missing path is reported by the reader, with the other errors.
    }
    if (isFolder) walk(arg, files, skipped);
    else files.push(arg);
  }
  return { files, skipped };
}

function walk(folder: string, files: string[], skipped: string[]) {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, files, skipped);
    else if (isSidecar(path)) continue;
    else if (formatOfPath(path)) files.push(path);
    else skipped.push(path);
  }
}
