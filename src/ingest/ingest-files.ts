/**
 * @module ingest/ingest-files
 *
 * Read, analyse and store files in batches, one transaction a batch. A
 * record's result is reported only once its batch is committed, so what was
 * reported survives Ctrl-C or kill -9; a file whose size and modification
 * time are unchanged since it was stored is skipped without being read, and
 * the same text is never stored twice (the store keys articles by text).
 */
import { statSync } from 'node:fs';
import { analyzeFile, isError } from './analyze-file.js';
import type { ReadOptions } from './read-input.js';
import type { Analysis } from '../format/analysis.js';
import type { SaveResult, SourceKey, Store } from '../store/store.js';

/** What happened to one input record. */
export interface IngestLine {
  source: { path: string | null; record?: number };
  status: SaveResult['status'] | 'skipped' | 'error';
  id?: string;
  duplicateOf?: string | null;
  language?: string | null;
  analyzed?: boolean;
  error?: { code: string; message: string };
}

export type IngestCounts = Record<IngestLine['status'], number>;

export interface IngestOptions {
  read: ReadOptions;
  /** Records per transaction. */
  batch: number;
  /** Called once per record, after its batch is committed (or at once for errors and skips). */
  onLine?: (line: IngestLine) => void;
  /** Called after each file with the number of files done. */
  onFile?: (done: number) => void;
  /** Asked between files: true stops after committing what is in hand. */
  shouldStop?: () => boolean;
}

export interface IngestSummary {
  counts: IngestCounts;
  interrupted: boolean;
}

export async function ingestFiles(store: Store, files: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const counts: IngestCounts = { stored: 0, unchanged: 0, duplicate: 0, updated: 0, skipped: 0, error: 0 };
  const report = (line: IngestLine) => {
    counts[line.status]++;
    options.onLine?.(line);
  };
  let pending: Array<{ analysis: Analysis; source: SourceKey }> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const results = await store.saveBatch(pending);
    results.forEach((result, i) => report(savedLine(pending[i]!, result)));
    pending = [];
  };

  let interrupted = false;
  for (const [i, file] of files.entries()) {
    // Yield to the event loop so that a Ctrl-C handler can run between files.
    await new Promise((resolve) => setImmediate(resolve));
    if (options.shouldStop?.()) {
      interrupted = true;
      break;
    }
    const path = file === '-' ? null : file;
    const stamp = path === null ? undefined : fileStamp(path);
    if (path !== null && stamp && (await store.fileStamp(path)) === stamp) {
      report({ source: { path }, status: 'skipped' });
    } else {
      const lines = analyzeFile(file, options.read);
      // A file with a bad record keeps no stamp, so that the next run reports the error again.
      const keepStamp = stamp !== undefined && !lines.some(isError);
      for (const line of lines) {
        if (isError(line)) report({ source: line.source, status: 'error', error: line.error });
        else pending.push({ analysis: line, source: { path, ...recordOf(line), ...(keepStamp ? { stamp } : {}) } });
      }
      if (pending.length >= options.batch) await flush();
    }
    options.onFile?.(i + 1);
  }
  await flush();
  return { counts, interrupted };
}

function savedLine({ analysis, source }: { analysis: Analysis; source: SourceKey }, result: SaveResult): IngestLine {
  return {
    source: { path: source.path, ...(source.record === undefined ? {} : { record: source.record }) },
    status: result.status,
    id: result.id,
    ...(result.duplicateOf !== undefined ? { duplicateOf: result.duplicateOf } : {}),
    language: analysis.meta.language,
    analyzed: analysis.status === 'analyzed',
  };
}

function recordOf(analysis: Analysis): { record?: number } {
  return analysis.source.record === undefined ? {} : { record: analysis.source.record };
}

function fileStamp(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.size}:${Math.trunc(stat.mtimeMs)}`;
  } catch {
    return undefined;
  }
}
