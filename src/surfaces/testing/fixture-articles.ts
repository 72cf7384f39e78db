/**
 * @module surfaces/testing/fixture-articles
 *
 * Analyses built the way ingest builds them (the real readers and the real
 * analyzer), for tests of the store and the surfaces.
 */
import { analyze } from '../../analyze/index.js';
import { readInputBytes } from '../../ingest/read-input.js';
import { IngestError } from '../../ingest/errors.js';
import type { Analysis } from '../../format/analysis.js';

/** Analyses of one input, as `sitrep ingest` would store them; throws if the input is refused. */
export function analyzeText(text: string, path: string): Analysis[] {
  return readInputBytes(Buffer.from(text, 'utf8'), path, { maxBytes: 10_000_000 }).map((result) => {
    if (result instanceof IngestError) throw result;
    return analyze(result);
  });
}

export function analyzeOne(text: string, path: string): Analysis {
  const [analysis] = analyzeText(text, path);
  if (!analysis) throw new Error(`${path} gave no article`);
  return analysis;
}
