/**
 * @module analyze/quantities/find-quantities
 *
 * Every count, percentage, sum of money, length, mass or volume in a text.
 */
import type { FoundQuantity, QuantityInput } from './types.js';

export function findQuantities(_input: QuantityInput): FoundQuantity[] {
  return [];
}
