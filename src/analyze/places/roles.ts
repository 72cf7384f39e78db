/**
 * @module analyze/places/roles
 *
 * Each place mention's role and point, for the `places` layer:
 *
 * - `actor`: a capital standing for its government ("Moscow said",
 *   "Washington has provided", "the Kiev regime"): identity linked it to the
 *   country; the mention itself has no point on the map (FORMAT.md);
 * - `location`: a place on the map, at its entity's point;
 * - `none`: not placed: a place name that names nothing on a map ("the
 *   West"), an everyday word the recognizer took for a place ("Deal",
 *   "March", "Union"), or a name no gazetteer knows in a text with no town to
 *   put it near.
 */
import type { Span } from '../document.js';
import type { MentionType } from '../names/types.js';
import { nameKey } from '../gazetteer/gazetteer.js';
import { CAPITALS } from '../identity/metonymy.js';
import type { EntitySpan, MentionSpan } from '../identity/types.js';
import type { PlaceChoice } from './resolve.js';

export type PlaceRole = 'location' | 'actor' | 'none';

/** A record of the `places` layer: one per GPE, LOC or FAC mention. */
export interface PlaceSpan extends Span {
  /** The mention's entity id. */
  entity: string;
  role: PlaceRole;
  /** Which rule decided: capital-for-government, or how the entity was chosen (resolve.ts's rules). */
  rule: string;
  lat?: number;
  lon?: number;
  geonamesId?: number;
  country?: string;
  featureClass?: string;
}

const PLACE_TYPES = new Set<MentionType>(['GPE', 'LOC', 'FAC']);
const CAPITAL_OF = new Map(CAPITALS.flatMap((c) => c.names.map((n) => [nameKey(n), nameKey(c.country)] as const)));

/** Whether a mention is a capital's name linked to its country: the government, not the city. */
function capitalForGovernment(mention: MentionSpan, entity: EntitySpan | undefined): boolean {
  const country = CAPITAL_OF.get(nameKey(mention.text));
  return country !== undefined && entity !== undefined && nameKey(entity.name) === country;
}

/** The `places` layer: every place mention with its role, and its point where it is a location. */
export function placeRoles(mentions: readonly MentionSpan[], entities: readonly EntitySpan[], choices: readonly PlaceChoice[] = []): PlaceSpan[] {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const ruleOf = new Map(choices.map((c) => [c.entity, c.rule]));
  const out: PlaceSpan[] = [];
  for (const m of mentions) {
    if (!PLACE_TYPES.has(m.type)) continue;
    const entity = entityById.get(m.entity);
    const base = { start: m.start, end: m.end, entity: m.entity };
    if (capitalForGovernment(m, entity)) {
      out.push({ ...base, role: 'actor', rule: 'capital-for-government' });
      continue;
    }
    const geo = entity?.geo;
    if (!geo || !PLACE_TYPES.has(entity.type)) {
      out.push({ ...base, role: 'none', rule: ruleOf.get(m.entity) ?? (entity && !PLACE_TYPES.has(entity.type) ? 'not-a-place' : 'no-point') });
      continue;
    }
    const record: PlaceSpan = { ...base, role: 'location', rule: ruleOf.get(m.entity) ?? 'entity-point', lat: geo.lat, lon: geo.lon };
    if (geo.geonamesId !== undefined) record.geonamesId = geo.geonamesId;
    if (geo.country !== undefined) record.country = geo.country;
    if (geo.featureClass !== undefined) record.featureClass = geo.featureClass;
    out.push(record);
  }
  return out;
}
