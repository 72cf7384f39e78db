/**
 * @module ingest/file-formats
 *
 * The formats sitrep reads and the extensions that name them. Kept apart
 * from the readers so that listing a folder does not load an HTML parser.
 */
import { extname } from 'node:path';

export type FileFormat = 'txt' | 'md' | 'html' | 'json' | 'ndjson';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const EXTENSIONS: Record<string, FileFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson',
};

export function formatOfPath(path: string): FileFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}
