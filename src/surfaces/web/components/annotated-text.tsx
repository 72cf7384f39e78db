/**
 * @module surfaces/web/components/annotated-text
 *
 * An article's text with every annotation layer in it, and the checkboxes
 * that colour each layer. The text is cut into flat segments; each carries
 * the class of every layer covering it and a `title` naming the spans, so a
 * hover shows what a time resolved to or which entity a mention is. The
 * checkboxes work through `reader-css` rules alone: no script may run. A
 * segment inside a span that names an entity (a mention) is a link to the
 * entity's page, inside the segment's span so that the layer colours hold.
 * A span of a variant (a direct or a reported quote) has a class of its own,
 * and a span other pages link to (a quote, a figure) an empty anchor before
 * its first segment.
 */
import type { Layer } from '../layers.js';
import { segmentText, type Cover, type Segment } from '../segments.js';
import { PALETTE_SIZE, isSpanVariant, layerClass, layerToggleId, oddSpanClass, swatchClass, variantClass } from '../reader-css.js';

/** Layers past the palette have no colour of their own: they are listed, and the hover still names them. */
const slotOf = (layerIndex: number): number | null => (layerIndex < PALETTE_SIZE ? layerIndex : null);

export function LayerToggles({ layers }: { layers: Layer[] }) {
  return (
    <fieldset class="layers">
      <legend>Highlight layers</legend>
      {layers.map((layer, index) => {
        const slot = slotOf(index);
        const empty = layer.spans.length === 0;
        return (
          <label title={slot === null ? 'no colour left in the palette for this layer' : empty ? 'no spans in this article' : undefined}>
            <input type="checkbox" id={slot === null ? undefined : layerToggleId(slot)} data-layer={layer.name} disabled={empty || slot === null} />
            {slot === null ? null : <span class={`swatch ${swatchClass(slot)}`} />}
            {layer.name}
            <span class="count">{layer.spans.length}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

function classesOf(covers: Cover[], layers: Layer[]): string {
  const classes = new Set<string>();
  const seen = new Set<number>();
  for (const { layer, span } of covers) {
    const slot = slotOf(layer);
    if (slot === null) continue;
    // A segment inside two spans of one layer takes the shade of the first.
    if (!seen.has(layer)) {
      seen.add(layer);
      classes.add(layerClass(slot));
      if (span % 2 === 1) classes.add(oddSpanClass(slot));
    }
    // Every variant that covers it: a direct quote inside a reported clause is styled as both, direct on top.
    const variant = layers[layer]?.spans[span]?.variant;
    if (isSpanVariant(variant)) classes.add(variantClass(slot, variant));
  }
  return [...classes].join(' ');
}

/** The anchors of the spans that start where the segment does (a quote's `quote-3`), for links from other pages. */
function anchorsAt(segment: Segment, layers: Layer[]): string[] {
  return segment.covers.flatMap(({ layer, span }) => {
    const item = layers[layer]?.spans[span];
    return item?.anchor !== undefined && item.start === segment.start ? [item.anchor] : [];
  });
}

function titleOf(covers: Cover[], layers: Layer[]): string {
  const byLayer = new Map<number, string[]>();
  for (const { layer, span } of covers) {
    const label = layers[layer]?.spans[span]?.label ?? '';
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), label]);
  }
  return [...byLayer].map(([layer, labels]) => `${layers[layer]?.name}: ${labels.join(', ')}`).join('; ');
}

export const entityPath = (id: string) => `/entities/${encodeURIComponent(id)}`;

/** The entity a segment names: that of the innermost span covering it that names one, the first of equals. */
export function entityOf(covers: Cover[], layers: Layer[]): string | null {
  let best: { entity: string; length: number } | null = null;
  for (const { layer, span } of covers) {
    const item = layers[layer]?.spans[span];
    if (!item?.entity) continue;
    const length = item.end - item.start;
    if (!best || length < best.length) best = { entity: item.entity, length };
  }
  return best?.entity ?? null;
}

function SegmentView({ text, segment, layers }: { text: string; segment: Segment; layers: Layer[] }) {
  const content = text.slice(segment.start, segment.end);
  if (segment.covers.length === 0) return <>{content}</>;
  const entity = entityOf(segment.covers, layers);
  return (
    <>
      {anchorsAt(segment, layers).map((anchor) => (
        <span class="anchor" id={anchor} />
      ))}
      <span class={classesOf(segment.covers, layers) || undefined} title={titleOf(segment.covers, layers)}>
        {entity === null ? content : <a class="entity" href={entityPath(entity)}>{content}</a>}
      </span>
    </>
  );
}

export function AnnotatedText({ text, layers }: { text: string; layers: Layer[] }) {
  return (
    <div class="article-text">
      {segmentText(text, layers).map((segment) => (
        <SegmentView text={text} segment={segment} layers={layers} />
      ))}
    </div>
  );
}
