/**
 * @module ingest/analyze-file
 *
 * One input file to one line per record: its Analysis, or an error line
 * naming the file and the problem (FORMAT.md). Shared by `analyze`,
 * `ingest` and the benchmark, so that they cannot disagree.
 */
import { analyze } from '../analyze/index.js';
import { IngestError } from './errors.js';
import { readInputFile, type ReadOptions } from './read-input.js';
import type { Analysis, AnalysisError } from '../format/analysis.js';

export type AnalysisLine = Analysis | AnalysisError;

export function isError(line: AnalysisLine): line is AnalysisError {
  return 'error' in line;
}

export function analyzeFile(path: string, options: ReadOptions): AnalysisLine[] {
  return readInputFile(path, options).map((result) => {
    if (result instanceof IngestError) return errorLine(result);
    try {
      return analyze(result);
    } catch (error) {
      return errorLine(new IngestError('ANALYSIS_FAILED', result.source.path, (error as Error).message, result.source.record));
    }
  });
}

export function errorLine(error: IngestError): AnalysisError {
  return {
    source: { path: error.path, ...(error.record === undefined ? {} : { record: error.record }) },
    error: { code: error.code, message: error.message },
  };
}
