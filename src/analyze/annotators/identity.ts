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
 *
 * Places are then chosen among their same-name candidates with the
 * document's evidence (`analyze/places/resolve.ts`: Pokrovsk in a text about
 * Donetsk oblast is Ukraine's, Georgia beside Atlanta the US state), so that
 * a place entity's id and point are the place's. How each was chosen is the
 * `place-choices` layer, which the places annotator reads.
 */
import type { Annotator } from '../pipeline.js';
import type { Document } from '../document.js';
import type { Name } from '../names/types.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { identify } from '../identity/identify.js';
import type { IdentityGazetteer } from '../identity/types.js';
import { loadPlaceIndex, type PlaceLookup } from '../places/place-index.js';
import { resolvePlaces } from '../places/resolve.js';

export type { EntitySpan, MentionSpan } from '../identity/types.js';

/**
 * The identity annotator over a gazetteer, or over a function that loads one
 * on first use; `places` is the places index (or its loader) that place
 * names are also looked up in; without one, only the gazetteer's places are
 * candidates.
 */
export function identityAnnotator(gazetteer: IdentityGazetteer | (() => IdentityGazetteer), places?: PlaceLookup | (() => PlaceLookup)): Annotator {
  let loaded: IdentityGazetteer | undefined = typeof gazetteer === 'function' ? undefined : gazetteer;
  const get = (): IdentityGazetteer => (loaded ??= (gazetteer as () => IdentityGazetteer)());
  let index: PlaceLookup | undefined = typeof places === 'function' ? undefined : places;
  const getIndex = (): PlaceLookup | undefined => (index ??= typeof places === 'function' ? places() : undefined);
  return {
    name: 'identity',
    requires: ['names'],
    assigns: ['mentions', 'entities', 'place-choices'],
    languages: ['en'],
    annotate(doc: Document) {
      const identified = identify(doc.text, doc.layer<Name>('names'), get());
      const { mentions, entities, choices } = resolvePlaces(doc.text, identified, get(), getIndex());
      doc.addLayer('mentions', mentions);
      doc.addLayer('entities', entities);
      doc.addLayer('place-choices', choices);
    },
  };
}

/** The identity annotator over the shipped gazetteer (models/gazetteer.json.gz) and places index (models/places.json.gz), read when the first document comes. */
export const defaultIdentityAnnotator: Annotator = identityAnnotator(loadGazetteer, loadPlaceIndex);
