/**
 * @module format/build-schema
 *
 * Writes `schema/analysis.schema.json`, the JSON Schema of FORMAT.md that
 * ships with the project, from the Zod schemas in analysis.ts (the one
 * source). Run by `npm run build:schema`; a test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from '@hono/zod-openapi';
import { AnalysisSchema, FORMAT_VERSION } from './analysis.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../../schema/analysis.schema.json', import.meta.url));

export function analysisJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(AnalysisSchema, { target: 'draft-2020-12' }),
    $id: `https://sitrep.invalid/schema/analysis-${FORMAT_VERSION}.json`,
    title: `sitrep Analysis (format ${FORMAT_VERSION})`,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, analysisJsonSchema());
  process.stderr.write(`wrote ${SCHEMA_PATH}\n`);
}
