/**
 * @module surfaces/web/map/claimed
 *
 * The oblasts Russia claimed to annex on 30 September 2022 — Donetsk,
 * Luhansk, Zaporizhzhia and Kherson — which it occupies in part. The map
 * cannot draw the occupied parts (the front line moves, and no outline of it
 * ships that could be defended), and it does not draw the oblasts as Russian;
 * it marks each at its GeoNames ADM1 point with the occupation hatch, so that
 * the claim is on the map and not only in the legend. The points are
 * data/curated/place-points.json's, the ones the analyzer puts the oblasts at.
 */
import { readPlacePoints } from '../../../analyze/gazetteer/points.js';

export interface ClaimedOblast {
  /** The entity id, as the analyzer writes it. */
  id: string;
  name: string;
  lat: number;
  lon: number;
}

const CLAIMED = [
  ['donetsk-oblast', 'Donetsk Oblast'],
  ['luhansk-oblast', 'Luhansk Oblast'],
  ['zaporizhzhia-oblast', 'Zaporizhzhia Oblast'],
  ['kherson-oblast', 'Kherson Oblast'],
] as const;

/** What a marker says on hover. */
export const CLAIM_NOTE = 'Ukraine; partly occupied by Russia, which claimed to annex it in September 2022';

let claimed: ClaimedOblast[] | undefined;

export function claimedOblasts(): ClaimedOblast[] {
  if (!claimed) {
    const points = readPlacePoints();
    claimed = CLAIMED.map(([id, name]) => {
      const point = points.get(id);
      if (!point) throw new Error(`data/curated/place-points.json has no point for ${id}`);
      return { id, name, lat: point.lat, lon: point.lon };
    });
  }
  return claimed;
}
