/**
 * @module analyze/identity/regions
 *
 * A city's name standing for its region (FORMAT.md: "the Kharkiv region" →
 * Kharkiv Oblast). The name's mention is linked to the oblast's entity when
 * its context says region and the gazetteer has "<Name> Oblast":
 *
 * - `region-word`: a region word right after the name ("the Kharkiv region",
 *   "Kharkiv oblast", "Kursk Oblast" when the span stops before "Oblast");
 * - `regions-after-list`: a list of names followed by the plural ("the
 *   Kharkiv and Sumy regions");
 * - `regions-list`: a list introduced as regions ("nine regions of Ukraine:
 *   Odesa, Mykolayiv, Kyiv, ...", "regions including Sumy");
 * - `governor`: a city has a mayor and an oblast a governor ("the governor of
 *   Zaporizhzhya", "Kharkiv governor", "the Kharkiv regional administration");
 * - `place-in-region`: the name placing a smaller place ("the eastern Donetsk
 *   city of Bakhmut", "the Kharkiv village of Lyptsi").
 *
 * Without an oblast entry the name keeps its own entity ("the Donbas region"
 * is Donbas).
 */
import type { Span } from '../document.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import { textAfter, textBefore } from './context.js';
import { lookupOfType } from './gazetteer-match.js';
import type { IdentityGazetteer } from './types.js';

export type RegionRule = 'region-word' | 'regions-after-list' | 'regions-list' | 'governor' | 'place-in-region';

const REGION_AFTER = /^\s+(?:region|oblast|province)\b/iu;
const REGIONS_AFTER = /^\s+(?:regions|oblasts|provinces)\b/iu;
const REGIONS_BEFORE = /\b(?:regions|oblasts|provinces)\b(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)?(?:\s*[:—–]\s*|,?\s+(?:including|such\s+as|namely|like)\s+)$/iu;
const GOVERNOR_BEFORE = /\bgovernors?\s+of\s+(?:the\s+)?$/iu;
const GOVERNOR_AFTER = /^\s+(?:regional|governor|governorate)\b/iu;
const PLACE_OF_AFTER = /^\s+(?:city|town|village|settlement|district)\s+of\s+\p{Lu}/u;

/** Which rule reads the name at `index` of its list as a region; null when none does. */
export function regionRule(text: string, list: readonly Span[], index: number): RegionRule | null {
  const span = list[index]!;
  if (REGION_AFTER.test(textAfter(text, span))) return 'region-word';
  if (list.length > 1 && REGIONS_AFTER.test(textAfter(text, list[list.length - 1]!))) return 'regions-after-list';
  if (REGIONS_BEFORE.test(textBefore(text, list[0]!))) return 'regions-list';
  if (GOVERNOR_BEFORE.test(textBefore(text, span)) || GOVERNOR_AFTER.test(textAfter(text, span))) return 'governor';
  if (PLACE_OF_AFTER.test(textAfter(text, span))) return 'place-in-region';
  return null;
}

/** The oblast a place's name stands for: "<canonical name> Oblast", else "<surface> Oblast". */
export function oblastOf(gazetteer: IdentityGazetteer, surface: string, place: GazetteerEntry | undefined): GazetteerEntry | undefined {
  const names = place ? [place.name, surface] : [surface];
  for (const name of names) {
    const entry = lookupOfType(gazetteer, `${name} Oblast`, ['GPE', 'LOC']);
    if (entry && entry.id !== place?.id) return entry;
  }
  return undefined;
}
