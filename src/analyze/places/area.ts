/**
 * @module analyze/places/area
 *
 * Where a place that no gazetteer knows (a street, a hospital, a village
 * too small for GeoNames' lists) is: where the text is, at the town it
 * names nearest to it. Not for seas and regions ("North Africa"), whose
 * names give no such hint: only names with a local word (Street, Square,
 * Estate, Hill, Point...) among LOC mentions.
 */
import type { MentionSpan } from '../identity/types.js';
import type { PlaceCandidate } from './candidates.js';

/** The groups of mentions (one per entity) that the area is read from. */
export interface AreaGroup {
  mentions: number[];
}

/** Words of a local place's name: a sea or a region no gazetteer knows is not where the nearest town is. */
export const LOCAL_WORDS = /\b(?:Street|St|Avenue|Ave|Road|Rd|Lane|Square|Park|Estate|Quarter|District|Hills?|Beach|Lagoon|Point|Bay|Harbou?r|Village|Neighbou?rhood)\b/u;

/** The confidence (resolve.ts) of a choice that may stand for where the text is, where there is any such. */
const SURE = 0.5;

/** How far (in characters) a town named before or after an unknown place may be to stand for where it is. */
const AREA_WINDOW = 600;

/**
 * Where an unknown place of the document is: the chosen town, county or
 * facility named nearest to one of its mentions (within AREA_WINDOW
 * characters), else the town the document names most often.
 */
export function documentArea(
  mentions: readonly MentionSpan[],
  groups: readonly AreaGroup[],
  final: ReadonlyArray<{ candidate: PlaceCandidate; confidence: number } | undefined>,
  embedded: ReadonlyArray<{ at: number; candidate: PlaceCandidate }> = [],
) {
  const local = (c: PlaceCandidate | undefined) => c !== undefined && (c.kind === 'town' || c.kind === 'county' || c.kind === 'facility');
  // A close call among same-name towns ("Franklin": a dozen of them) says little of where the text is: the sure choices do.
  const sure = final.some((f) => f !== undefined && local(f.candidate) && f.confidence >= SURE);
  final = sure ? final.map((f) => (f && f.confidence >= SURE ? f : undefined)) : final;
  const placed: Array<{ at: number; candidate: PlaceCandidate }> = [];
  let most: { count: number; candidate: PlaceCandidate } | undefined;
  // Where no choice is sure, the towns that organisations are named after ("New Orleans Railways") say more.
  if (!sure && embedded.length > 0) {
    placed.push(...embedded);
    most = { count: 1, candidate: embedded[0]!.candidate };
  } else {
    groups.forEach((g, gi) => {
      const c = final[gi]?.candidate;
      if (!local(c)) return;
      for (const i of g.mentions) placed.push({ at: mentions[i]!.start, candidate: c! });
      if (c!.kind === 'town' && (!most || g.mentions.length > most.count)) most = { count: g.mentions.length, candidate: c! };
    });
  }
  /** `country`: where the document says the place is, when it says so (a town of another country named nearby is not where it is). */
  return (g: AreaGroup, country?: string): PlaceCandidate | undefined => {
    let nearest: { distance: number; candidate: PlaceCandidate } | undefined;
    const inCountry = country === undefined ? placed : placed.filter((p) => p.candidate.country === country);
    for (const i of g.mentions) {
      const at = mentions[i]!.start;
      for (const p of inCountry.length > 0 ? inCountry : placed) {
        const distance = Math.abs(p.at - at);
        if (distance <= AREA_WINDOW && (!nearest || distance < nearest.distance)) nearest = { distance, candidate: p.candidate };
      }
    }
    return nearest?.candidate ?? most?.candidate;
  };
}
