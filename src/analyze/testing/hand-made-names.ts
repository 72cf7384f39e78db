/**
 * @module analyze/testing/hand-made-names
 *
 * A hand-made `names` layer for tests of what reads names (identity,
 * places), standing in for the recognizer: every occurrence of each
 * surface as a whole word, longer surfaces first, no overlaps (as the
 * recognizer gives "Volodymyr Zelensky" once, not "Zelensky" inside it).
 */
import type { MentionType, Name } from '../names/types.js';

export type NameSpec = readonly [surface: string, type: MentionType];

export function namesIn(text: string, specs: readonly NameSpec[]): Name[] {
  const names: Name[] = [];
  for (const [surface, type] of [...specs].sort((a, b) => b[0].length - a[0].length)) {
    const escaped = surface.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = match.index;
      const end = start + surface.length;
      if (names.some((n) => n.start < end && start < n.end)) continue;
      names.push({ start, end, type, source: 'rule' });
    }
  }
  return names.sort((a, b) => a.start - b.start);
}
