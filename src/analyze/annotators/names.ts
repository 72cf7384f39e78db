/**
 * @module analyze/annotators/names
 *
 * The `names` layer: every name in the text, typed with FORMAT.md's types,
 * from the trained model and the names gazetteer together (names/merge.ts
 * says who decides what).
 */
import type { Annotator } from '../pipeline.js';
import type { Document, Span } from '../document.js';
import { findNames } from '../names/find-names.js';

export const namesAnnotator: Annotator = {
  name: 'names',
  requires: ['tokens', 'sentences'],
  assigns: ['names'],
  languages: ['en'],
  annotate(doc: Document) {
    doc.addLayer('names', findNames(doc.text, doc.layer<Span>('tokens'), doc.layer<Span>('sentences')));
  },
};
