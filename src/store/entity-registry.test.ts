/**
 * Replaying corrections: the order they were made decides, chains resolve,
 * and only ids a correction names get a row.
 */
import { describe, expect, it } from 'vitest';
import { correctionsOf, describeCorrection, mergedInto, resolutionRows } from './entity-registry.js';
import type { EntityCorrection } from './store.js';

let seq = 0;
const merge = (target: string, source: string, note = ''): EntityCorrection => ({ seq: ++seq, kind: 'merge', source, target, spellings: [], note, createdAt: '2025-03-01T10:00:00.000Z' });
const split = (source: string, spellings: string[], target: string): EntityCorrection => ({ seq: ++seq, kind: 'split', source, target, spellings, note: '', createdAt: '2025-03-02T10:00:00.000Z' });

/** Where a mention of `id` spelled `text` is shown, as SQL looks it up. */
function resolve(corrections: EntityCorrection[], id: string, text: string | null): string {
  const rows = resolutionRows(corrections);
  return rows.find((r) => r.entityId === id && r.text === text)?.resolved ?? rows.find((r) => r.entityId === id && r.text === null)?.resolved ?? id;
}

describe('resolutionRows', () => {
  it('follows a chain of merges to its end', () => {
    const chain = [merge('kharkiv', 'kharkov'), merge('kharkiv-city', 'kharkiv')];
    expect(resolve(chain, 'kharkov', 'Kharkov')).toBe('kharkiv-city');
    expect(resolve(chain, 'kharkiv', null)).toBe('kharkiv-city');
    expect(resolve(chain, 'kyiv', 'Kyiv')).toBe('kyiv');
    expect(mergedInto(chain, 'kharkov')).toBe('kharkiv-city');
    expect(mergedInto(chain, 'kyiv')).toBeNull();
  });

  it('applies a split only to its spellings, and the order of a split and a merge matters', () => {
    const splitFirst = [split('kharkiv', ['Kharkiv Oblast'], 'kharkiv-oblast'), merge('ukraine', 'kharkiv')];
    expect(resolve(splitFirst, 'kharkiv', 'Kharkiv Oblast')).toBe('kharkiv-oblast');
    expect(resolve(splitFirst, 'kharkiv', 'Kharkiv')).toBe('ukraine');
    const mergeFirst = [merge('ukraine', 'kharkiv'), split('kharkiv', ['Kharkiv Oblast'], 'kharkiv-oblast')];
    // The split came after kharkiv had gone into ukraine: it finds nothing under kharkiv to move.
    expect(resolve(mergeFirst, 'kharkiv', 'Kharkiv Oblast')).toBe('ukraine');
  });

  it('keeps a spelling where a later merge brings the rest back to it', () => {
    const corrections = [split('kharkiv', ['Kharkov'], 'kharkov'), merge('kharkiv', 'kharkov')];
    expect(resolutionRows(corrections)).toEqual([{ entityId: 'kharkov', text: null, resolved: 'kharkiv', path: [corrections[1]!.seq] }]);
    expect(resolve(corrections, 'kharkiv', 'Kharkov')).toBe('kharkiv');
    expect(resolve(corrections, 'kharkov', 'Kharkov')).toBe('kharkiv');
  });

  it('names the corrections that shaped an entity, and says what each did', () => {
    const corrections = [merge('kharkiv', 'kharkov', 'same city'), merge('kyiv', 'kiev'), split('kharkiv', ['Kharkiv Oblast'], 'kharkiv-oblast')];
    expect(correctionsOf(corrections, 'kharkiv').map((c) => c.source)).toEqual(['kharkov', 'kharkiv']);
    // Were the analyzer to call "Kharkiv Oblast" kharkov, the merge would have moved it too; it does not.
    expect(correctionsOf(corrections, 'kharkiv-oblast').map((c) => c.kind)).toEqual(['merge', 'split']);
    expect(correctionsOf(corrections, 'kharkiv-oblast', [{ original: 'kharkiv', text: 'Kharkiv Oblast' }]).map((c) => c.kind)).toEqual(['split']);
    expect(describeCorrection(corrections[0]!)).toBe(`merged by a user on 2025-03-01 (correction #${corrections[0]!.seq}): "kharkov" into "kharkiv": same city`);
    expect(describeCorrection(corrections[2]!)).toMatch(/^split by a user on 2025-03-02 \(correction #\d+\): mentions of "kharkiv" spelled "Kharkiv Oblast" moved to "kharkiv-oblast"$/);
  });
});
