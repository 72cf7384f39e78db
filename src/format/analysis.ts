/**
 * @module format/analysis
 *
 * The Analysis object of FORMAT.md (the contract with the store, the API, the
 * reader and the scorer), written once as Zod schemas. The TypeScript types
 * are inferred from them, the API's OpenAPI document is built from them, and
 * `schema/analysis.schema.json` (the JSON Schema that ships) is generated
 * from them by `npm run build:schema`; a test fails when that file is stale.
 */
import { z } from '@hono/zod-openapi';

/**
 * Version of the analysis format this code writes: FORMAT.md v1 plus sitrep's extensions (`metadata`, `status`, `notes`...).
 * 1.2 added the `places` layer (docs/format.md); an analysis of an earlier version has none.
 */
export const FORMAT_VERSION = '1.4';

const offset = z.number().int().min(0);
const pair = z.tuple([offset, offset]);
const span = { start: offset, end: offset };
const entityId = z.string().nullable();

export const InputFormatSchema = z.enum(['txt', 'html', 'md', 'json']);

export const MetaSchema = z
  .object({
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    published: z.string().nullable().describe('ISO 8601 date or date-time; the reference date for relative times'),
    language: z.string().nullable().describe('ISO 639-1 code (639-3 where there is none), or null when it could not be told'),
    url: z.string().nullable(),
    dateline: z.string().nullable().describe('a dateline\'s place ("KYIV, Ukraine (AP) —"), as written'),
  })
  .openapi('Meta');

export const SourceSchema = z
  .object({
    path: z.string().nullable(),
    url: z.string().nullable(),
    format: InputFormatSchema,
    record: z.number().int().min(0).optional().describe('0-based index of the record in a JSON-array or NDJSON file'),
  })
  .openapi('Source');

export const MetadataSpanSchema = z
  .object({ ...span, text: z.string(), field: z.enum(['title', 'author', 'published', 'dateline']), value: z.string(), rule: z.string() })
  .openapi('MetadataSpan');

export const EntitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    aliases: z.array(z.string()),
    geo: z
      .object({ lat: z.number(), lon: z.number(), geonamesId: z.number().int().optional(), country: z.string().optional(), featureClass: z.string().optional() })
      .optional(),
    wikidata: z.string().optional(),
  })
  .openapi('Entity');

export const MentionSchema = z.object({ ...span, text: z.string(), type: z.string(), entity: entityId }).openapi('Mention');

export const PlaceRoleSchema = z
  .enum(['location', 'actor', 'none'])
  .describe('location: a place on the map, at its point; actor: a capital standing for its government ("Moscow said"), no point; none: not placed');

export const PlaceSchema = z
  .object({
    ...span,
    entity: z.string().describe('the mention\'s entity id'),
    role: PlaceRoleSchema,
    rule: z
      .string()
      .describe('what decided: capital-for-government, or how the place was chosen (only-candidate, prior, qualifier, region, country, nearby, position, document-area, facility-town, qualifier-area, part-of, identity-rule, entity-point), or why it has no point (no-point, not-a-place, common-word, no-candidate)'),
    lat: z.number().optional().describe('latitude of a location (WGS 84), its entity\'s point'),
    lon: z.number().optional().describe('longitude of a location (WGS 84)'),
    geonamesId: z.number().int().optional().describe('GeoNames id of a location, where the gazetteer has one'),
    country: z.string().optional().describe('ISO 3166-1 alpha-2 of a location, where the gazetteer has one'),
    featureClass: z.string().optional().describe('GeoNames feature class of a location: A country or region, P town, H water, L area, T island, S facility'),
  })
  .describe('one GPE, LOC or FAC mention with its role; only a location has a point')
  .openapi('Place');

export const TimeSchema = z
  .object({
    ...span,
    text: z.string(),
    type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
    value: z.string().describe('TIMEX3 value: 2024-05-08, 2024-W19, 2024-Q3, 2024-SU, XXXX-10, P3Y, PRESENT_REF'),
    anchor: z
      .string()
      .optional()
      .describe('what a relative value was resolved against: published (meta.published), the TIMEX3 value of an earlier time or of a quoted speaker\'s day, or unknown (no reference date)'),
    mod: z
      .enum(['START', 'MID', 'END', 'APPROX', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE'])
      .optional()
      .describe('TIMEX3 mod (1.4): the part of the value meant (early 2023: START, mid-March: MID, the end of next month: END) or how an amount is hedged (more than 1,000 days: MORE_THAN)'),
  })
  .openapi('Time');

export const QuantitySchema = z
  .object({
    ...span,
    text: z.string(),
    value: z.number(),
    unit: z.string().nullable(),
    dimension: z.enum(['count', 'percent', 'money', 'length', 'mass', 'duration', 'other']),
    approx: z.boolean(),
    attributedTo: entityId,
    range: z
      .tuple([z.number(), z.number()])
      .optional()
      .describe('for a vague or ranged amount, the values the words allow: "hundreds of thousands" [100000, 999999], "10-15 km" [10, 15] (since format 1.3)'),
    noun: pair.optional().describe('the span of the noun the quantity measures, where the text names it ("38 of 63 drones": drones, for both) (since 1.3)'),
    conversionOf: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('index in `quantities` of the quantity this one restates in other units: "900 kilometers (560 miles)" (since 1.3)'),
  })
  .openapi('Quantity');

export const QuoteSchema = z
  .object({
    ...span,
    text: z.string(),
    kind: z.enum(['direct', 'indirect']),
    speaker: entityId,
    cue: pair.nullable(),
    speakerText: z
      .string()
      .optional()
      .describe('the words that stand for the speaker when they are no name: a description of an unnamed source ("an administration official", speaker null) or a pronoun (since format 1.3)'),
  })
  .openapi('Quote');

export const EventSchema = z
  .object({
    type: z.string(),
    ...span,
    trigger: pair.nullable(),
    actor: entityId,
    target: entityId,
    place: entityId,
    time: z.string().nullable(),
    modality: z.enum(['asserted', 'reported', 'hypothetical', 'planned', 'negated']),
    source: entityId,
    quantities: z.array(z.number().int().min(0)),
  })
  .openapi('Event');

export const AnalysisSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/).describe('sha256 of text, hex, first 16 characters'),
    formatVersion: z.string(),
    analyzer: z.object({ version: z.string(), annotators: z.array(z.string()) }),
    status: z.enum(['analyzed', 'not_analyzed']).describe('not_analyzed: the language is not one the analyzer reads yet; only language-free layers ran'),
    notes: z.array(z.string()),
    source: SourceSchema,
    meta: MetaSchema,
    metaProvenance: z.record(z.string(), z.string()).describe('where each meta field came from: sidecar, record, html-meta, json-ld, front-matter, text:<rule>, detected'),
    text: z.string(),
    sentences: z.array(pair),
    metadata: z.array(MetadataSpanSchema).describe('metadata found in the text itself: by-lines, date lines, datelines'),
    entities: z.array(EntitySchema),
    mentions: z.array(MentionSchema),
    places: z
      .array(PlaceSchema)
      .optional()
      .describe('every GPE, LOC and FAC mention with its role (since format 1.2; absent in analyses of earlier versions)'),
    times: z.array(TimeSchema),
    quantities: z.array(QuantitySchema),
    quotes: z.array(QuoteSchema),
    events: z.array(EventSchema),
    framing: z.record(z.string(), z.unknown()),
  })
  .openapi('Analysis');

export const AnalysisErrorSchema = z
  .object({
    source: z.object({ path: z.string().nullable(), record: z.number().int().min(0).optional() }),
    error: z.object({ code: z.string(), message: z.string() }),
  })
  .openapi('AnalysisError');

export type InputFormat = z.infer<typeof InputFormatSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type MetadataSpan = z.infer<typeof MetadataSpanSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type PlaceRole = z.infer<typeof PlaceRoleSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Time = z.infer<typeof TimeSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
export type AnalysisError = z.infer<typeof AnalysisErrorSchema>;
export type SentenceSpan = [number, number];
/** Where each metadata field came from. */
export type MetaProvenance = Partial<Record<keyof Meta, string>>;

export function emptyMeta(): Meta {
  return { title: null, outlet: null, author: null, published: null, language: null, url: null, dateline: null };
}
