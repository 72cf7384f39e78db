/**
 * @module analyze/testing/analyze-text
 *
 * The whole analyzer over a text, as a test wants it: English, a
 * publication date when one is given (times resolve against it), no file.
 */
import { analyze } from '../index.js';
import { emptyMeta, type Analysis } from '../../format/analysis.js';

export function analyzeText(text: string, published: string | null = null): Analysis {
  return analyze({
    text,
    source: { path: null, url: null, format: 'txt' },
    meta: { ...emptyMeta(), published, language: 'en' },
    metaProvenance: published ? { published: 'sidecar' } : {},
    notes: [],
  });
}
