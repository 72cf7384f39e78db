/**
 * @module analyze
 *
 * One article in, one Analysis (FORMAT.md) out. The default pipeline is the
 * array below: to add a layer, write one annotator file in `annotators/`
 * and add one line here.
 */
import { createHash } from 'node:crypto';
import { Document } from './document.js';
import { Pipeline } from './pipeline.js';
import { languageAnnotator } from './annotators/language.js';
import { textMetadataAnnotator, type MetadataSpan } from './annotators/text-metadata.js';
import { sentencesAnnotator, type Sentence } from './annotators/sentences.js';
import { tokensAnnotator } from './annotators/tokens.js';
import { namesAnnotator } from './annotators/names.js';
import { defaultIdentityAnnotator } from './annotators/identity.js';
import { placesAnnotator, type PlaceSpan } from './annotators/places.js';
import { timesAnnotator } from './annotators/times.js';
import { quotesAnnotator, type QuoteSpan } from './annotators/quotes.js';
import { quantitiesAnnotator, type QuantitySpan } from './annotators/quantities.js';
import type { ResolvedTime } from './times/types.js';
import { VERSION } from '../version.js';
import { FORMAT_VERSION, type Analysis, type Entity, type Mention, type Meta, type MetaProvenance, type Source } from '../format/analysis.js';

export const defaultPipeline = new Pipeline([
  languageAnnotator,
  textMetadataAnnotator,
  sentencesAnnotator,
  tokensAnnotator,
  namesAnnotator,
  defaultIdentityAnnotator,
  placesAnnotator,
  timesAnnotator,
  quotesAnnotator,
  quantitiesAnnotator,
]);

/** What ingest hands the analyzer: the article text and what is already known about it. */
export interface ArticleInput {
  text: string;
  source: Source;
  meta: Meta;
  metaProvenance: MetaProvenance;
  /** What ingest had to say about the input (an encoding guessed, a date ignored). */
  notes: string[];
}

/** The document id of FORMAT.md: sha256 of the text, hex, first 16 characters. */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function analyze(input: ArticleInput, pipeline: Pipeline = defaultPipeline): Analysis {
  const doc = new Document(input.text, { ...input.meta }, { ...input.metaProvenance });
  doc.notes.push(...input.notes);
  const run = pipeline.run(doc);
  const languageSkipped = run.skipped.length > 0;
  if (languageSkipped) {
    doc.notes.push(`language "${doc.meta.language}" is not analysed yet; skipped: ${run.skipped.join(', ')}`);
  }
  return {
    id: documentId(doc.text),
    formatVersion: FORMAT_VERSION,
    analyzer: { version: VERSION, annotators: run.ran },
    status: languageSkipped ? 'not_analyzed' : 'analyzed',
    notes: doc.notes,
    source: input.source,
    meta: doc.meta,
    metaProvenance: doc.metaProvenance,
    text: doc.text,
    sentences: optionalLayer<Sentence>(doc, 'sentences').map((s) => [s.start, s.end]),
    metadata: optionalLayer<MetadataSpan>(doc, 'metadata').map((m) => ({ ...m, text: doc.slice(m) })),
    // An entity record is a layer span (its first mention's) in the document; the format's Entity has no offsets.
    entities: optionalLayer<Entity & { start: number; end: number }>(doc, 'entities').map(({ start: _start, end: _end, ...entity }) => entity),
    mentions: [...optionalLayer<Mention>(doc, 'mentions')],
    places: optionalLayer<PlaceSpan>(doc, 'places').map((p) => ({ ...p })),
    times: optionalLayer<ResolvedTime>(doc, 'times').map(({ rule: _rule, ...time }) => ({ ...time, text: doc.slice(time) })),
    quantities: optionalLayer<QuantitySpan>(doc, 'quantities').map((q) => ({
      start: q.start,
      end: q.end,
      text: doc.slice(q),
      value: q.value,
      unit: q.unit,
      dimension: q.dimension,
      approx: q.approx,
      attributedTo: q.attributedTo,
      ...(q.range ? { range: q.range } : {}),
      ...(q.noun ? { noun: [q.noun.start, q.noun.end] as [number, number] } : {}),
      ...(q.conversionOf !== undefined ? { conversionOf: q.conversionOf } : {}),
    })),
    quotes: optionalLayer<QuoteSpan>(doc, 'quotes').map(({ rule: _rule, speakerSpan: _speakerSpan, ...quote }) => ({ ...quote, text: doc.slice(quote) })),
    events: [],
    framing: {},
  };
}

function optionalLayer<T extends { start: number; end: number }>(doc: Document, name: string): readonly T[] {
  return doc.has(name) ? doc.layer<T>(name) : [];
}
