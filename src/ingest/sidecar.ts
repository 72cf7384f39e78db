/**
 * @module ingest/sidecar
 *
 * `X.meta.json` beside `X.txt` (FORMAT.md, "Metadata sidecars"). Every field
 * is optional; a sidecar that is not JSON, or whose `published` is not a
 * date, is an error: its metadata would otherwise be silently lost.
 */
import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { IngestError } from './errors.js';
import type { Meta } from '../format/analysis.js';

const field = z.string().trim().min(1).nullish();

const SidecarSchema = z
  .object({
    title: field,
    outlet: field,
    author: field,
    published: field.refine((v) => v == null || !Number.isNaN(Date.parse(v)), 'is not an ISO 8601 date'),
    url: field,
    language: field,
  })
  .passthrough();

export function sidecarPath(path: string): string {
  return path.replace(/\.[^./\\]+$/, '') + '.meta.json';
}

export function isSidecar(path: string): boolean {
  return path.endsWith('.meta.json');
}

/** The sidecar's metadata, or null when there is none. */
export function readSidecar(articlePath: string): Partial<Meta> | null {
  const path = sidecarPath(articlePath);
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new IngestError('SIDECAR_INVALID', articlePath, `${path} is not JSON (${(error as Error).message})`);
  }
  const parsed = SidecarSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestError('SIDECAR_INVALID', articlePath, `${path}: ${issue?.path.join('.') || 'value'} ${issue?.message ?? ''}`.trim());
  }
  const meta: Partial<Meta> = {};
  for (const key of ['title', 'outlet', 'author', 'published', 'url', 'language'] as const) {
    const value = parsed.data[key];
    if (value) meta[key] = value;
  }
  return meta;
}
