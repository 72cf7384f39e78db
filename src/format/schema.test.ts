/**
 * The JSON Schema that ships (schema/analysis.schema.json) is the contract in
 * machine form: it must be the one the Zod schemas generate, and real output
 * of the analyzer must validate against it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analysisJsonSchema, SCHEMA_PATH } from './build-schema.js';
import { analyzeFile, isError } from '../ingest/analyze-file.js';
import { expandSources } from '../ingest/sources.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');
const NEWS = resolve(ROOT, '../shared/data/news/guardian-nyt');

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

function expectValid(files: string[]) {
  let checked = 0;
  for (const file of files) {
    for (const line of analyzeFile(file, { maxBytes: 10_000_000 })) {
      expect(isError(line), `${file} should analyse`).toBe(false);
      const ok = validate(line);
      expect(ok, `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      checked++;
    }
  }
  return checked;
}

describe('schema/analysis.schema.json', () => {
  it('is what the Zod schemas generate (run `npm run build:schema` after changing format/analysis.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(analysisJsonSchema());
  });

  it('rejects an analysis that breaks the contract', () => {
    const [line] = analyzeFile(join(ROOT, 'samples/dispatches/odesa-port.txt'), { maxBytes: 1e6 });
    expect(validate(line)).toBe(true);
    expect(validate({ ...line, sentences: [[0, 'ten']] })).toBe(false);
    expect(validate({ ...line, mentions: undefined })).toBe(false);
    expect(validate({ ...line, id: 'not-a-hash' })).toBe(false);
  });

  it('holds for every sample dispatch, in every input format', () => {
    expect(expectValid(expandSources([join(ROOT, 'samples/dispatches')]).files)).toBe(6);
  });

  it.skipIf(!existsSync(SEEDS))('holds for the seed articles (needs ../shared)', () => {
    expect(expectValid(expandSources([SEEDS]).files)).toBe(5);
  });

  it.skipIf(!existsSync(NEWS))('holds for 40 Guardian/NYT articles (needs ../shared)', () => {
    const files = readdirSync(NEWS).filter((f) => f.endsWith('.txt')).slice(0, 40).map((f) => join(NEWS, f));
    expect(expectValid(files)).toBe(40);
  });
});
