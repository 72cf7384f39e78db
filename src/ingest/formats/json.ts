/**
 * @module ingest/formats/json
 *
 * JSON and NDJSON records: a `.json` file holds one object or an array of
 * them, an `.ndjson`/`.jsonl` file one object a line. Each record needs a
 * non-empty `text` (or `html`, which is extracted like an HTML page); the
 * metadata fields of a sidecar may sit beside it. One bad record is an error
 * of its own: the file's other records go on.
 */
import { z } from 'zod';
import { IngestError } from '../errors.js';
import { parseHtml } from './html.js';
import type { ParsedRecord } from '../record.js';
import type { Meta, MetaProvenance } from '../../format/analysis.js';

const optionalText = z.string().trim().min(1).nullish().catch(undefined);

/** The record fields sitrep reads; others are ignored. A known alias is accepted where feeds commonly use it. */
const RecordSchema = z.object({
  text: z.string().nullish(),
  html: z.string().nullish(),
  title: optionalText,
  headline: optionalText,
  outlet: optionalText,
  source: optionalText,
  author: optionalText,
  published: optionalText,
  date: optionalText,
  url: optionalText,
  language: optionalText,
});

export function parseJsonRecords(content: string, path: string | null, lines: boolean): Array<ParsedRecord | IngestError> {
  if (lines) return parseNdjson(content, path);
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return [new IngestError('JSON_INVALID', path, (error as Error).message)];
  }
  if (Array.isArray(data)) return data.map((item, index) => toRecord(item, path, index));
  return [toRecord(data, path, undefined)];
}

function parseNdjson(content: string, path: string | null): Array<ParsedRecord | IngestError> {
  const results: Array<ParsedRecord | IngestError> = [];
  let record = 0;
  for (const [lineIndex, line] of content.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      results.push(new IngestError('JSON_INVALID', path, `line ${lineIndex + 1}: ${(error as Error).message}`, record));
      record++;
      continue;
    }
    results.push(toRecord(data, path, record, lineIndex + 1));
    record++;
  }
  if (results.length === 0) return [new IngestError('EMPTY', path, 'no JSON lines in it')];
  return results;
}

function toRecord(data: unknown, path: string | null, record: number | undefined, line?: number): ParsedRecord | IngestError {
  const where = line === undefined ? '' : `line ${line}: `;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return new IngestError('JSON_NO_TEXT', path, `${where}the record is not a JSON object`, record);
  }
  const parsed = RecordSchema.safeParse(data);
  if (!parsed.success) return new IngestError('JSON_NO_TEXT', path, `${where}${parsed.error.issues[0]?.message ?? 'bad record'}`, record);
  const fields = parsed.data;
  const meta: Partial<Meta> = {};
  const provenance: MetaProvenance = {};
  const put = (field: keyof Meta, value: string | null | undefined) => {
    if (value) {
      meta[field] = value;
      provenance[field] = 'record';
    }
  };
  put('title', fields.title ?? fields.headline);
  put('outlet', fields.outlet ?? fields.source);
  put('author', fields.author);
  put('published', fields.published ?? fields.date);
  put('url', fields.url);
  put('language', fields.language);

  if (typeof fields.text === 'string' && fields.text.trim() !== '') {
    return { text: fields.text, format: 'json', meta, provenance, ...(record === undefined ? {} : { record }) };
  }
  if (typeof fields.html === 'string' && fields.html.trim() !== '') {
    try {
      const page = parseHtml(fields.html, path);
      return { text: page.text, format: 'json', meta: { ...page.meta, ...meta }, provenance: { ...page.provenance, ...provenance }, ...(record === undefined ? {} : { record }) };
    } catch (error) {
      if (error instanceof IngestError) return new IngestError(error.code, path, where || undefined, record);
      throw error;
    }
  }
  return new IngestError('JSON_NO_TEXT', path, where ? where.replace(/: $/, '') : undefined, record);
}
