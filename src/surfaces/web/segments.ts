/**
 * @module surfaces/web/segments
 *
 * Cuts a text at every boundary of every span of every layer, so that
 * overlapping and nested spans become one flat run of segments, each
 * knowing which spans cover it. Flat runs render as sibling `<span>`s,
 * which CSS can colour one layer at a time; nested markup could not
 * represent spans that cross each other.
 */
import type { Layer } from './layers.js';

export interface Cover {
  /** Index of the layer in the list given. */
  layer: number;
  /** Index of the span within its layer. */
  span: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ordered by layer, then by span. */
  covers: Cover[];
}

interface OpenSpan extends Cover {
  end: number;
}

export function segmentText(text: string, layers: Layer[]): Segment[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const boundaries = new Set([0, text.length]);
  const opensAt = new Map<number, OpenSpan[]>();
  layers.forEach((layer, layerIndex) =>
    layer.spans.forEach((span, spanIndex) => {
      const start = clamp(span.start);
      const end = clamp(span.end);
      if (end <= start) return;
      boundaries.add(start);
      boundaries.add(end);
      opensAt.set(start, [...(opensAt.get(start) ?? []), { layer: layerIndex, span: spanIndex, end }]);
    }),
  );

  const points = [...boundaries].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let open: OpenSpan[] = [];
  for (const [i, start] of points.entries()) {
    const end = points[i + 1];
    if (end === undefined) break;
    open = [...open.filter((span) => span.end > start), ...(opensAt.get(start) ?? [])];
    const covers = open
      .map(({ layer, span }) => ({ layer, span }))
      .sort((a, b) => a.layer - b.layer || a.span - b.span);
    segments.push({ start, end, covers });
  }
  return segments;
}
