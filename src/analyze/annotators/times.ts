/**
 * @module analyze/annotators/times
 *
 * The `times` layer (FORMAT.md's Time): every temporal expression, with its
 * TIMEX3 type and value resolved against `meta.published` (times/ does the
 * work: find-times.ts says how). Reads the names layer to tell "May" the
 * month from May the person. Where no publication date is known, values keep
 * what the text states and a note says so.
 */
import type { Annotator } from '../pipeline.js';
import type { Document, Span } from '../document.js';
import type { Name } from '../names/types.js';
import { findTimes } from '../times/find-times.js';

export const timesAnnotator: Annotator = {
  name: 'times',
  requires: ['sentences', 'names'],
  assigns: ['times'],
  languages: ['en'],
  annotate(doc: Document) {
    const { times, notes } = findTimes({
      text: doc.text,
      published: doc.meta.published,
      sentences: doc.layer<Span>('sentences'),
      names: doc.layer<Name>('names'),
    });
    doc.addLayer('times', times);
    doc.notes.push(...notes);
  },
};
