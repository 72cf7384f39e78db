/**
 * @module analyze/annotators/names
 *
 * The `names` layer: every name in the text, typed with FORMAT.md's types,
 * from the trained model and the names gazetteer together (names/merge.ts
 * says who decides what).
 */
import type { Annotator } from '../pipeline.js';
import type { Document, Span } from '../document.js';
import type { Name } from '../names/types.js';
import { recognize, sentenceTokenRanges } from '../names/recognizer.js';
import { mergeNames } from '../names/merge.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';

export const namesAnnotator: Annotator = {
  name: 'names',
  requires: ['tokens', 'sentences'],
  assigns: ['names'],
  languages: ['en'],
  annotate(doc: Document) {
    const tokens = doc.layer<Span>('tokens');
    const found = recognize(doc.text, tokens, sentenceTokenRanges(tokens, doc.layer<Span>('sentences')));
    const names: Name[] = mergeNames(found, loadGazetteer().scan(doc.text, tokens));
    doc.addLayer('names', names);
  },
};
