/**
 * @module analyze/annotators/names
 *
 * The `names` layer: every name the recognizer finds, typed with FORMAT.md's
 * types. The model knows CoNLL's four classes; PER is PERSON, ORG is ORG,
 * LOC is GPE, and MISC is MISC until the gazetteer tells nationalities
 * (NORP), weapons, and places that are not GPEs apart.
 */
import type { Annotator } from '../pipeline.js';
import type { Document, Span } from '../document.js';
import type { MentionType, Name } from '../names/types.js';
import { recognize, sentenceTokenRanges } from '../names/recognizer.js';

const TYPE_OF_CLASS: Record<string, MentionType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE', MISC: 'MISC' };

export const namesAnnotator: Annotator = {
  name: 'names',
  requires: ['tokens', 'sentences'],
  assigns: ['names'],
  languages: ['en'],
  annotate(doc: Document) {
    const tokens = doc.layer<Span>('tokens');
    const ranges = sentenceTokenRanges(tokens, doc.layer<Span>('sentences'));
    const names: Name[] = recognize(doc.text, tokens, ranges).map((found) => ({
      start: found.start,
      end: found.end,
      type: TYPE_OF_CLASS[found.conll] ?? 'MISC',
      source: 'model',
    }));
    doc.addLayer('names', names);
  },
};
