import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { analyzeOne } from '../surfaces/testing/fixture-articles.js';
import { changedParts, compareVersions, reanalysisInput, selectsVersions } from './reanalysis.js';

const RECORD = JSON.stringify({
  text: 'Port strike in Odesa\n\nBy Sample Desk\n\nODESA, Ukraine — A missile hit grain silos in Odesa on Tuesday, the regional governor said.',
  outlet: 'Sample Wire',
  published: 'sometime last week',
});

describe('reanalysis', () => {
  it('compares versions as numbers, a pre-release before its release', () => {
    expect(compareVersions('1.9', '1.10')).toBeLessThan(0);
    expect(compareVersions('1.3', '1.3.0')).toBe(0);
    expect(compareVersions('0.2.0-dev', '0.2.0')).toBeLessThan(0);
    expect(compareVersions('0.1.0', '0.0.9')).toBeGreaterThan(0);
    expect(selectsVersions({ kind: 'outdated', formatVersion: '1.3', analyzerVersion: '0.2.0' }, '1.3', '0.1.0')).toBe(true);
    expect(selectsVersions({ kind: 'outdated', formatVersion: '1.3', analyzerVersion: '0.2.0' }, '1.3', '0.2.0')).toBe(false);
    expect(selectsVersions({ kind: 'before', formatVersion: '1.2' }, '1.1', '9.0.0')).toBe(true);
  });

  it("rebuilds ingest's input: stated metadata and ingest's notes kept, what the analyzer found left to find again", () => {
    const first = analyzeOne(RECORD, 'odesa.json');
    expect(first.metaProvenance).toMatchObject({ outlet: 'record', author: 'text:byline' });
    expect(first.notes).toContain('published date "sometime last week" (record) is not a date; ignored');
    const input = reanalysisInput({ analysis: first, sources: [], ingestedAt: '2024-10-01T00:00:00Z' });
    expect(input.meta).toMatchObject({ outlet: 'Sample Wire', author: null, title: null });
    expect(input.metaProvenance).not.toHaveProperty('author');
    expect(input.notes).toEqual(['published date "sometime last week" (record) is not a date; ignored']);
    // Analysed again, it is the same analysis: nothing found twice, no note repeated.
    const again = analyze(input);
    expect(again).toEqual(first);
    expect(changedParts(first, again)).toEqual([]);
  });

  it('names the parts that differ, a layer missing from the stored analysis among them', () => {
    const fresh = analyzeOne(RECORD, 'odesa.json');
    const { places: _places, ...old } = { ...fresh, formatVersion: '1.1', quotes: [] };
    expect(changedParts(old, fresh)).toEqual(['formatVersion', 'places', ...(fresh.quotes.length > 0 ? ['quotes'] : [])]);
  });
});
