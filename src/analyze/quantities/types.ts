/**
 * @module analyze/quantities/types
 *
 * What the quantity finder reads and returns. A `FoundQuantity` is FORMAT.md's
 * Quantity before attribution: who claims a figure is decided later, from the
 * quotes layer and the attribution cues (annotators/quantities.ts).
 */
import type { Span } from '../document.js';
import type { Name } from '../names/types.js';

export type Dimension = 'count' | 'percent' | 'money' | 'length' | 'mass' | 'duration' | 'other';

export interface QuantityInput {
  text: string;
  sentences: readonly Span[];
  /** Recognized names: a number inside one ("Hwasong-11", "Sever Group") is no quantity. */
  names: readonly Name[];
  /** Temporal expressions: dates, years and durations ("1,000 days") are times, not quantities. */
  times: readonly Span[];
}

export interface FoundQuantity extends Span {
  /** The plain number: "half a million" is 500000, "$5 billion" 5000000000, "1 percent" 1. */
  value: number;
  /** What is counted or measured ("troops", "people"), an ISO 4217 code for money, a unit symbol (km, kg, mi, lb), "percent". */
  unit: string | null;
  dimension: Dimension;
  /** "about", "over", "at least", "nearly", vague amounts ("dozens", "hundreds of thousands"). */
  approx: boolean;
  /** For a vague or ranged amount, the range the words allow ("hundreds of thousands": [100000, 999999]). */
  range?: [number, number];
  /** The noun the quantity measures, where the text names it ("38 of 63 drones": drones for both). */
  noun?: Span;
  /** Index, in the returned array, of the quantity this one restates in other units ("900 kilometers (560 miles)"). */
  conversionOf?: number;
}
