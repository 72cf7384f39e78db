/**
 * @module ingest/record
 *
 * What each input format hands on: the article text and the metadata the
 * format itself carried, with where each field came from.
 */
import type { InputFormat, Meta, MetaProvenance } from '../format/analysis.js';

export interface ParsedRecord {
  text: string;
  format: InputFormat;
  meta: Partial<Meta>;
  provenance: MetaProvenance;
  /** 0-based index of the record in a JSON-array or NDJSON file. */
  record?: number;
}
