/**
 * @module analyze/annotators/identity
 *
 * The `mentions` and `entities` layers: which real thing each recognized
 * name is. Within a document, spellings, short forms and acronyms of one
 * thing are chained ("Volodymyr Zelensky" … "Zelensky" … "Zelenskiy"; "United
 * States", "US", "U.S."); across documents one thing gets one id, the
 * gazetteer's where it knows the thing, a transliteration-folded slug of
 * the name where it does not. A capital standing for its government is the
 * country; a city standing for its region is the oblast. The rules live in
 * `analyze/identity/`, one module each.
 */
import type { Annotator } from '../pipeline.js';
import type { Document } from '../document.js';
import type { Name } from '../names/types.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { identify } from '../identity/identify.js';
import type { IdentityGazetteer } from '../identity/types.js';

export type { EntitySpan, MentionSpan } from '../identity/types.js';

/** The identity annotator over a gazetteer, or over a function that loads one on first use. */
export function identityAnnotator(gazetteer: IdentityGazetteer | (() => IdentityGazetteer)): Annotator {
  let loaded: IdentityGazetteer | undefined = typeof gazetteer === 'function' ? undefined : gazetteer;
  const get = (): IdentityGazetteer => (loaded ??= (gazetteer as () => IdentityGazetteer)());
  return {
    name: 'identity',
    requires: ['names'],
    assigns: ['mentions', 'entities'],
    languages: ['en'],
    annotate(doc: Document) {
      const { mentions, entities } = identify(doc.text, doc.layer<Name>('names'), get());
      doc.addLayer('mentions', mentions);
      doc.addLayer('entities', entities);
    },
  };
}

/** The identity annotator over the shipped gazetteer (models/gazetteer.json.gz), read when the first document comes. */
export const defaultIdentityAnnotator: Annotator = identityAnnotator(loadGazetteer);
