/**
 * @module surfaces/web/segments.test
 *
 * Spans that overlap, nest or leave gaps become one flat run of segments
 * that covers the whole text exactly once.
 */
import { describe, expect, it } from 'vitest';
import type { Layer } from './layers.js';
import { segmentText } from './segments.js';

const layer = (name: string, spans: Array<[number, number]>): Layer => ({ name, spans: spans.map(([start, end]) => ({ start, end, label: '' })) });

describe('segmentText', () => {
  const text = 'Drones hit Kharkiv on Wednesday.';

  it('cuts at every boundary and names the spans covering each piece', () => {
    const segments = segmentText(text, [layer('sentences', [[0, 32]]), layer('mentions', [[11, 18]]), layer('times', [[19, 31], [22, 31]])]);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.covers.map((c) => `${c.layer}.${c.span}`).join(' ')])).toEqual([
      ['Drones hit ', '0.0'],
      ['Kharkiv', '0.0 1.0'],
      [' ', '0.0'],
      ['on ', '0.0 2.0'],
      ['Wednesday', '0.0 2.0 2.1'],
      ['.', '0.0'],
    ]);
  });

  it('keeps uncovered text as segments of no layer, and the pieces rebuild the text', () => {
    const segments = segmentText(text, [layer('mentions', [[11, 18]])]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(segments.filter((s) => s.covers.length === 0).map((s) => text.slice(s.start, s.end))).toEqual(['Drones hit ', ' on Wednesday.']);
  });

  it('ignores empty spans and clamps spans that run past the text', () => {
    const segments = segmentText(text, [layer('odd', [[5, 5], [30, 99], [-4, 2]])]);
    expect(segments.map((s) => [s.start, s.end, s.covers.length])).toEqual([[0, 2, 1], [2, 30, 0], [30, 32, 1]]);
  });
});
