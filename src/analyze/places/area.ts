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

type Place = { at: number; candidate: PlaceCandidate };

/** The groups of mentions (one per entity) that the area is read from. */
export interface AreaGroup {
  mentions: number[];
}

/** Words of a local place's name: a sea or a region no gazetteer knows is not where the nearest town is. */
export const LOCAL_WORDS = /\b(?:Street|St|Avenue|Ave|Road|Rd|Lane|Square|Park|Estate|Quarter|District|Hills?|Beach|Lagoon|Point|Bay|Harbou?r|Village|Neighbou?rhood|Lake|Pond|Reservoir|River|Creek|Valley|Canyon|Falls|Forest|Woods|Marsh|Gardens?|Common|Mountains?)\b/u;

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
  const named = (keep: (f: { candidate: PlaceCandidate; confidence: number }) => boolean) => {
    const out: Place[] = [];
    groups.forEach((g, gi) => {
      const f = final[gi];
      if (f && keep(f)) for (const i of g.mentions) out.push({ at: mentions[i]!.start, candidate: f.candidate });
    });
    return out;
  };
  // Tiers, the first that has any place standing for where the text is: the sure town choices (a close call among
  // same-name towns, "Franklin", says little); else the towns that organisations are named after ("New Orleans
  // Railways"); else any town choice; else regions (an emirate, a state), whose point is far from most of them.
  const tiers: Place[][] = [
    named((f) => local(f.candidate) && f.confidence >= SURE),
    [...embedded],
    named((f) => local(f.candidate)),
    named((f) => f.candidate.kind === 'region'),
  ].filter((tier) => tier.length > 0);
  /** The town named most often (the first of equals): where the text is when no town is named near the place. */
  const most = (pool: readonly Place[]): PlaceCandidate | undefined => {
    const counts = new Map<PlaceCandidate, number>();
    for (const p of pool) if (p.candidate.kind === 'town') counts.set(p.candidate, (counts.get(p.candidate) ?? 0) + 1);
    let top: { count: number; candidate: PlaceCandidate } | undefined;
    for (const [candidate, count] of counts) if (!top || count > top.count) top = { count, candidate };
    return top?.candidate ?? pool[0]?.candidate;
  };
  const nearestOf = (g: AreaGroup, pool: readonly Place[], window: number): PlaceCandidate | undefined => {
    let nearest: { distance: number; candidate: PlaceCandidate } | undefined;
    for (const i of g.mentions) {
      const at = mentions[i]!.start;
      for (const p of pool) {
        const distance = Math.abs(p.at - at);
        if (distance <= window && (!nearest || distance < nearest.distance)) nearest = { distance, candidate: p.candidate };
      }
    }
    return nearest?.candidate;
  };
  /**
   * `country`: where the document says the place is, when it says so (a town of another country named nearby
   * is not where it is), or the country the document is plainly about: the first tier with a place there.
   */
  return (g: AreaGroup, country?: string): PlaceCandidate | undefined => {
    const inCountry = country === undefined ? [] : tiers.map((tier) => tier.filter((p) => p.candidate.country === country)).find((tier) => tier.length > 0);
    const pool = inCountry && inCountry.length > 0 ? inCountry : tiers[0] ?? [];
    return nearestOf(g, pool, AREA_WINDOW) ?? most(pool);
  };
}
