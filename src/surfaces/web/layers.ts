/**
 * @module surfaces/web/layers
 *
 * Finds an Analysis's annotation layers without naming any: a layer is a
 * top-level array of `[start, end]` pairs (sentences) or of objects with
 * numeric `start` and `end` (metadata, mentions, times...). The format's
 * schema says which fields are layers even where an article's layer is
 * empty; the object itself adds any layer the schema does not know yet.
 * A new annotator's layer thus shows in the reader with no UI work; the
 * few tables below only add what a layer means beyond its spans (which
 * quotes are direct, whose names its ids are, which spans other pages link to).
 */
import { z } from '@hono/zod-openapi';
import { AnalysisSchema, type Analysis } from '../../format/analysis.js';

export interface LayerSpan {
  start: number;
  end: number;
  /** What the span says beyond its text, for the hover: "type=DATE value=2024-11-06". */
  label: string;
  /** The entity the span names (a mention's `entity`), for a link to its page. */
  entity?: string;
  /** A kind the reader styles apart within the layer: a quote's `direct` or `indirect`. */
  variant?: string;
  /** The id its start has on the article page, for links to it (`/articles/ID#quote-3`). */
  anchor?: string;
}

export interface Layer {
  name: string;
  spans: LayerSpan[];
}

type SpanPair = [number, number];
type SpanObject = { start: number; end: number } & Record<string, unknown>;

const isNumberSchema = (schema: unknown) => schema instanceof z.ZodNumber;

function isSpanArraySchema(schema: unknown): boolean {
  // A layer that older analyses lack (`places`, format 1.2) is optional in the schema.
  if (schema instanceof z.ZodOptional) return isSpanArraySchema(schema.unwrap());
  if (!(schema instanceof z.ZodArray)) return false;
  const item: unknown = schema.element;
  if (item instanceof z.ZodTuple) return item.def.items.length === 2 && item.def.items.every(isNumberSchema);
  if (item instanceof z.ZodObject) return isNumberSchema(item.shape.start) && isNumberSchema(item.shape.end);
  return false;
}

const SCHEMA_LAYERS: readonly string[] = Object.entries(AnalysisSchema.shape)
  .filter(([, schema]) => isSpanArraySchema(schema))
  .map(([name]) => name);

function isSpanPair(item: unknown): item is SpanPair {
  return Array.isArray(item) && item.length === 2 && item.every((n) => typeof n === 'number');
}

function isSpanObject(item: unknown): item is SpanObject {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return false;
  const { start, end } = item as Record<string, unknown>;
  return typeof start === 'number' && typeof end === 'number';
}

function isSpanList(value: unknown): value is Array<SpanPair | SpanObject> {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isSpanPair(item) || isSpanObject(item));
}

/** The layers whose spans other pages link to, and the word their anchors start with. */
const ANCHORED: Readonly<Record<string, string>> = { quotes: 'quote', quantities: 'quantity', times: 'time' };
/** The field that says which variant of its layer a span is. */
const VARIANT_FIELDS: Readonly<Record<string, string>> = { quotes: 'kind' };
/** Fields that name an entity by id (who said a quote, who claims a figure): the hover gives its name too. */
const ENTITY_FIELDS = new Set(['speaker', 'attributedTo']);

/** The anchor of a layer's span on the article page: `quote-3` for the fourth quote. */
export function anchorOf(layer: string, index: number): string | undefined {
  const word = ANCHORED[layer];
  return word === undefined ? undefined : `${word}-${index}`;
}

/** Fields whose values the hover leaves out: the offsets, and the text the reader already shows. */
const SELF_EVIDENT_FIELDS = new Set(['start', 'end', 'text']);

/** Scalar fields only: nested pairs (a quote's cue) are offsets, meaningless on a hover. */
function labelOf(item: SpanPair | SpanObject, index: number, names: ReadonlyMap<string, string>): string {
  if (isSpanPair(item)) return `#${index + 1}`;
  return Object.entries(item)
    .filter(([field, value]) => !SELF_EVIDENT_FIELDS.has(field) && ['string', 'number', 'boolean'].includes(typeof value))
    .map(([field, value]) => {
      const name = ENTITY_FIELDS.has(field) ? names.get(String(value)) : undefined;
      return `${field}=${name === undefined ? String(value) : `${name} (${String(value)})`}`;
    })
    .join(' ');
}

function toSpan(layer: string, item: SpanPair | SpanObject, index: number, names: ReadonlyMap<string, string>): LayerSpan {
  const [start, end] = isSpanPair(item) ? item : [item.start, item.end];
  const span: LayerSpan = { start, end, label: labelOf(item, index, names) };
  if (isSpanPair(item)) return span;
  // Any layer's span with an `entity` id names that entity (FORMAT.md's mentions do).
  if (typeof item.entity === 'string' && item.entity !== '') span.entity = item.entity;
  const variantField = VARIANT_FIELDS[layer];
  if (variantField !== undefined && typeof item[variantField] === 'string') span.variant = item[variantField];
  const anchor = anchorOf(layer, index);
  if (anchor !== undefined) span.anchor = anchor;
  return span;
}

/** The layers in the order the Analysis lists them (sentences first), then any the schema has that the object lacks. */
export function discoverLayers(analysis: Analysis): Layer[] {
  const fields = analysis as unknown as Record<string, unknown>;
  const layerNames = [...new Set([...Object.keys(fields), ...SCHEMA_LAYERS])];
  const entityNames = new Map((analysis.entities ?? []).map((e) => [e.id, e.name]));
  return layerNames
    .filter((name) => SCHEMA_LAYERS.includes(name) || isSpanList(fields[name]))
    .map((name) => {
      const items = fields[name];
      return { name, spans: isSpanList(items) ? items.map((item, index) => toSpan(name, item, index, entityNames)) : [] };
    });
}
