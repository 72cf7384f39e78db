/**
 * @module store/reanalysis
 *
 * What every backend and `sitrep reanalyze` share to analyse stored articles again: which articles a
 * selector chooses (versions compared as numbers, not as text: 1.10 is after 1.9), the analyzer's
 * input rebuilt from what the store keeps, and which parts of a new analysis differ from the stored one.
 */
import type { ArticleInput } from '../analyze/index.js';
import type { Analysis, Meta, MetaProvenance } from '../format/analysis.js';
import { LAYER_TABLES, fromRow, sqlColumns, toRow } from './layer-tables.js';
import type { ReanalysisSelector, StoredArticle } from './store.js';

/** Compares dotted versions part by part as numbers; a pre-release ("0.2.0-dev") comes before its release. */
export function compareVersions(a: string, b: string): number {
  const [mainA = '', preA] = a.split('-', 2);
  const [mainB = '', preB] = b.split('-', 2);
  const partsA = mainA.split('.');
  const partsB = mainB.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const x = Number(partsA[i] ?? 0);
    const y = Number(partsB[i] ?? 0);
    if (Number.isNaN(x) || Number.isNaN(y)) {
      const byText = (partsA[i] ?? '').localeCompare(partsB[i] ?? '');
      if (byText !== 0) return byText;
    } else if (x !== y) return x - y;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA.localeCompare(preB);
}

/** Whether a selector other than `ids` chooses an article holding an analysis of these versions. */
export function selectsVersions(selector: Exclude<ReanalysisSelector, { kind: 'ids' }>, formatVersion: string, analyzerVersion: string): boolean {
  switch (selector.kind) {
    case 'all':
      return true;
    case 'before':
      return compareVersions(formatVersion, selector.formatVersion) < 0;
    case 'outdated':
      return compareVersions(formatVersion, selector.formatVersion) < 0 || compareVersions(analyzerVersion, selector.analyzerVersion) < 0;
  }
}

/**
 * Ingest's own notes (read-input.ts, metadata.ts), the only ones that are not the analyzer's: the store
 * keeps one list of notes, and the analyzer's are written again by the new analysis, so keeping them
 * would repeat them at each run.
 */
const INGEST_NOTES = [/^not UTF-8: read as /, /^published date ".*" \(.*\) is not a date; ignored$/, /^language ".*" \(.*\) is not a language code or name; detected instead$/];

/** What the analyzer found itself (the text's by-line or dateline, a detected language): found again, not taken as given. */
const FOUND_BY_ANALYZER = /^(text:|detected$)/;

/**
 * The analyzer's input as ingest built it for this article: its text, source and the metadata that
 * was stated (sidecar, record, page); what the analyzer had found in the text is left for it to find again.
 */
export function reanalysisInput(stored: StoredArticle): ArticleInput {
  const { analysis } = stored;
  const meta: Meta = { ...analysis.meta };
  const metaProvenance: MetaProvenance = {};
  for (const [field, how] of Object.entries(analysis.metaProvenance)) {
    if (how !== undefined && FOUND_BY_ANALYZER.test(how)) meta[field as keyof Meta] = null;
    else metaProvenance[field as keyof Meta] = how;
  }
  return {
    text: analysis.text,
    source: analysis.source,
    meta,
    metaProvenance,
    notes: analysis.notes.filter((note) => INGEST_NOTES.some((pattern) => pattern.test(note))),
  };
}

/** The parts of an analysis a store keeps apart, compared one by one. */
const PARTS = ['formatVersion', 'analyzer', 'status', 'notes', 'meta', 'metaProvenance', 'sentences', ...LAYER_TABLES.map((t) => t.layer), 'framing'] as const;

/**
 * The parts of `fresh` that differ from the stored analysis, as it will read back once stored (a
 * layer's items go through their rows: an absent optional field and a null one are the same); empty
 * when storing it would change nothing.
 */
export function changedParts(stored: Analysis, fresh: Analysis): string[] {
  const asStored = { ...fresh } as Record<string, unknown>;
  for (const table of LAYER_TABLES) {
    const items = fresh[table.layer] as unknown as Array<Record<string, unknown>> | undefined;
    if (items === undefined) continue;
    const names = table.columns.flatMap(sqlColumns);
    asStored[table.layer] = items.map((item) => {
      const values = toRow(table, item);
      return fromRow(table, Object.fromEntries(names.map((name, i) => [name, values[i]])));
    });
  }
  const before = stored as unknown as Record<string, unknown>;
  return PARTS.filter((part) => canonical(before[part]) !== canonical(asStored[part]));
}

/** JSON with keys in sorted order, so that the order fields were set in does not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
