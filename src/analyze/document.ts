/**
 * @module analyze/document
 *
 * A Document owns its text and metadata; everything an annotator finds is a
 * named layer of `[start, end)` spans into that text (UTF-16 offsets, as in
 * FORMAT.md). Layers are added once and never edited afterwards: a later
 * annotator reads earlier layers and adds its own, so data flows one way.
 */
import type { Meta, MetaProvenance } from '../format/analysis.js';

/** Any annotation: at least a span into the document's text. */
export interface Span {
  start: number;
  end: number;
}

export class LayerError extends Error {}

export class Document {
  readonly text: string;
  readonly meta: Meta;
  /** Where each metadata field came from (sidecar, text, html...), as chrono keeps known apart from implied values. */
  readonly metaProvenance: MetaProvenance;
  readonly notes: string[] = [];
  private readonly layers = new Map<string, readonly unknown[]>();

  constructor(text: string, meta: Meta, metaProvenance: MetaProvenance = {}) {
    this.text = text;
    this.meta = meta;
    this.metaProvenance = metaProvenance;
  }

  /** The text a span covers. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  has(name: string): boolean {
    return this.layers.has(name);
  }

  /** Reads a layer an earlier annotator added; asking for one that is not there is a pipeline bug. */
  layer<T extends Span>(name: string): readonly T[] {
    const layer = this.layers.get(name);
    if (!layer) throw new LayerError(`layer "${name}" has not been added to this document`);
    return layer as readonly T[];
  }

  /** Adds a layer once; spans must lie inside the text, so an offset bug fails here, not in a reader's highlight. */
  addLayer<T extends Span>(name: string, spans: readonly T[]): void {
    if (this.layers.has(name)) throw new LayerError(`layer "${name}" was already added; layers are never rewritten`);
    for (const span of spans) {
      if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= this.text.length)) {
        throw new LayerError(`layer "${name}" has a span [${span.start}, ${span.end}) outside the text (length ${this.text.length})`);
      }
    }
    // Frozen copies, spans too: a reader cannot edit a layer, nor the writer move a checked span afterwards.
    this.layers.set(name, Object.freeze(spans.map((span) => Object.freeze({ ...span }))));
  }

  /** Sets a metadata field an annotator inferred, recording which annotator decided; fields already known are kept. */
  inferMeta<K extends keyof Meta>(field: K, value: Meta[K], source: string): void {
    if (this.meta[field] !== null && this.meta[field] !== undefined) return;
    this.meta[field] = value;
    this.metaProvenance[field] = source;
  }

  layerNames(): string[] {
    return [...this.layers.keys()];
  }
}
