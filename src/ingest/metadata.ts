/**
 * @module ingest/metadata
 *
 * Merges what the sources of metadata say, strongest first: the sidecar (the
 * user's own word), then the record or page itself. What the text says is
 * added later by the text-metadata annotator, where these are silent.
 */
import { isoDate } from '../common/dates.js';
import { normalizeLanguage } from '../common/languages.js';
import { emptyMeta, type Meta, type MetaProvenance } from '../format/analysis.js';

export interface MergedMeta {
  meta: Meta;
  provenance: MetaProvenance;
  notes: string[];
}

export function mergeMeta(sidecar: Partial<Meta> | null, own: Partial<Meta>, ownProvenance: MetaProvenance): MergedMeta {
  const meta = emptyMeta();
  const provenance: MetaProvenance = {};
  const notes: string[] = [];
  for (const field of Object.keys(meta) as Array<keyof Meta>) {
    const fromSidecar = sidecar?.[field];
    const fromOwn = own[field];
    if (fromSidecar) {
      meta[field] = fromSidecar;
      provenance[field] = 'sidecar';
    } else if (fromOwn) {
      meta[field] = fromOwn;
      provenance[field] = ownProvenance[field] ?? 'record';
    }
  }
  if (meta.published) {
    const iso = isoDate(meta.published);
    if (!iso) {
      notes.push(`published date "${meta.published}" (${provenance.published}) is not a date; ignored`);
      meta.published = null;
      delete provenance.published;
    } else meta.published = iso;
  }
  if (meta.language) {
    const code = normalizeLanguage(meta.language);
    if (!code) {
      notes.push(`language "${meta.language}" (${provenance.language}) is not a language code or name; detected instead`);
      delete provenance.language;
    }
    meta.language = code;
  }
  return { meta, provenance, notes };
}
