/**
 * @module analyze/annotators/places
 *
 * The `places` layer: every GPE, LOC and FAC mention with its role
 * (`location`, `actor` for a capital standing for its government, `none`
 * for a name that is no place on a map) and, for a location, its point and
 * GeoNames id. The places themselves are chosen with the document's
 * evidence when identity links the mentions (`analyze/places/resolve.ts`,
 * whose `place-choices` layer says how); this layer reads the result and
 * says, mention by mention, what goes on the map (`analyze/places/roles.ts`).
 */
import type { Annotator } from '../pipeline.js';
import type { Document } from '../document.js';
import type { EntitySpan, MentionSpan } from '../identity/types.js';
import type { PlaceChoice } from '../places/resolve.js';
import { placeRoles } from '../places/roles.js';

export type { PlaceRole, PlaceSpan } from '../places/roles.js';

export const placesAnnotator: Annotator = {
  name: 'places',
  requires: ['mentions', 'entities'],
  assigns: ['places'],
  languages: ['en'],
  annotate(doc: Document) {
    const choices = doc.has('place-choices') ? doc.layer<PlaceChoice>('place-choices') : [];
    doc.addLayer('places', placeRoles(doc.layer<MentionSpan>('mentions'), doc.layer<EntitySpan>('entities'), choices));
  },
};
