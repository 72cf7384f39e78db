/**
 * @module analyze/annotators/tokens
 *
 * The `tokens` layer: words and punctuation, split as the recognizer was
 * trained to see them (names/tokenize.ts).
 */
import type { Annotator } from '../pipeline.js';
import type { Document } from '../document.js';
import { tokenize } from '../names/tokenize.js';

export const tokensAnnotator: Annotator = {
  name: 'tokens',
  requires: [],
  assigns: ['tokens'],
  languages: ['en'],
  annotate(doc: Document) {
    doc.addLayer('tokens', tokenize(doc.text));
  },
};
