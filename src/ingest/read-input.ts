/**
 * @module ingest/read-input
 *
 * One input (a file, or stdin) to the articles in it, or to errors that name
 * the file and the problem. Nothing here throws for bad input: a batch goes
 * on past a bad file, and the caller counts the errors for its exit code.
 */
import { readFileSync, statSync } from 'node:fs';
import { decode } from './decode.js';
import { IngestError } from './errors.js';
import { parseHtml } from './formats/html.js';
import { parseMarkdown } from './formats/markdown.js';
import { parseJsonRecords } from './formats/json.js';
import { mergeMeta } from './metadata.js';
import { readSidecar } from './sidecar.js';
import type { ParsedRecord } from './record.js';
import type { ArticleInput } from '../analyze/index.js';
import type { InputFormat } from '../format/analysis.js';
import { formatOfPath, type FileFormat } from './file-formats.js';

export interface ReadOptions {
  /** Inputs larger than this many bytes are refused (TOO_LARGE). */
  maxBytes: number;
  /** Read every input in this encoding instead of detecting it. */
  encoding?: string;
  /** Format of stdin, or of a file whose extension says nothing; sniffed when absent. */
  format?: FileFormat;
}

export type ReadResult = ArticleInput | IngestError;

/** Reads a file from disk; `path` "-" reads stdin. */
export function readInputFile(path: string, options: ReadOptions): ReadResult[] {
  const isStdin = path === '-';
  let bytes: Uint8Array;
  try {
    if (!isStdin) {
      const stat = statSync(path);
      if (stat.isDirectory()) return [new IngestError('UNSUPPORTED_FORMAT', path, 'it is a folder')];
      if (stat.size > options.maxBytes) return [tooLarge(path, stat.size, options.maxBytes)];
    }
    bytes = readFileSync(isStdin ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [new IngestError(code === 'ENOENT' ? 'NOT_FOUND' : 'READ_FAILED', path, code === 'ENOENT' ? undefined : (error as Error).message)];
  }
  if (bytes.length > options.maxBytes) return [tooLarge(path, bytes.length, options.maxBytes)];
  return readInputBytes(bytes, isStdin ? null : path, options);
}

export function readInputBytes(bytes: Uint8Array, path: string | null, options: ReadOptions): ReadResult[] {
  let text: string;
  const notes: string[] = [];
  try {
    const decoded = decode(bytes, path, options.encoding);
    text = decoded.text;
    if (decoded.guessed) notes.push(`not UTF-8: read as ${decoded.guessed}`);
  } catch (error) {
    if (error instanceof IngestError) return [error];
    throw error;
  }
  if (text.trim() === '') return [new IngestError('EMPTY', path, 'it holds only whitespace')];

  const format = (path ? formatOfPath(path) : null) ?? options.format ?? sniffFormat(text);
  let sidecar;
  try {
    sidecar = path ? readSidecar(path) : null;
  } catch (error) {
    if (error instanceof IngestError) return [error];
    throw error;
  }

  return parseByFormat(text, format, path).map((parsed) => {
    if (parsed instanceof IngestError) return parsed;
    if (parsed.text.trim() === '') return new IngestError('EMPTY', path, 'no text is left once the markup is removed', parsed.record);
    const merged = mergeMeta(sidecar, parsed.meta, parsed.provenance);
    return {
      text: parsed.text,
      source: { path, url: merged.meta.url, format: parsed.format, ...(parsed.record === undefined ? {} : { record: parsed.record }) },
      meta: merged.meta,
      metaProvenance: merged.provenance,
      notes: [...notes, ...merged.notes],
    } satisfies ArticleInput;
  });
}

function parseByFormat(text: string, format: FileFormat, path: string | null): Array<ParsedRecord | IngestError> {
  try {
    switch (format) {
      case 'txt':
        return [{ text, format: 'txt' as InputFormat, meta: {}, provenance: {} }];
      case 'md':
        return [parseMarkdown(text, path)];
      case 'html':
        return [parseHtml(text, path)];
      case 'json':
        return parseJsonRecords(text, path, false);
      case 'ndjson':
        return parseJsonRecords(text, path, true);
    }
  } catch (error) {
    if (error instanceof IngestError) return [error];
    throw error;
  }
}

/** For stdin and odd extensions: markup and JSON announce themselves in their first characters. */
export function sniffFormat(text: string): FileFormat {
  const head = text.trimStart().slice(0, 512);
  if (/^<(!doctype html|html|head|body)[\s>]/i.test(head)) return 'html';
  // Any other markup: an element or a comment first, and a closing tag somewhere after it.
  if (/^<(!--|[a-z][\w-]*[\s/>])/i.test(head) && /<\/[a-z][\w-]*\s*>/i.test(text)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
    try {
      JSON.parse(firstLine);
      return text.trim().includes('\n') ? 'ndjson' : 'json';
    } catch {
      return 'json';
    }
  }
  return 'txt';
}

function tooLarge(path: string, size: number, limit: number): IngestError {
  return new IngestError('TOO_LARGE', path, `${formatBytes(size)} over the limit of ${formatBytes(limit)} (raise it with --max-bytes)`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
