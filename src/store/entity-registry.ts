/**
 * @module store/entity-registry
 *
 * How users' corrections of the entity registry apply, as pure functions
 * every backend shares. Corrections are records of their own, applied in
 * `seq` order whenever the registry is read, so that they survive
 * re-ingest and re-analysis: a merge of B into A shows B's mentions under
 * A; a split of A shows the mentions of A with the given spellings under a
 * new id. A chain (B into A, then A into C) resolves by replaying them in
 * order, which is deterministic.
 *
 * The result of replaying depends on a mention's analyzer id and, for
 * splits, on its exact text; `resolutionRows` gives it as a small table
 * (one row for each id a correction names and each spelling a split names)
 * that SQL can join: look up (id, text), else (id, any text), else the id
 * stands.
 */
import type { EntityCorrection } from './store.js';

export type EntityCorrectionErrorCode = 'UNKNOWN_ENTITY' | 'SAME_ENTITY' | 'NO_SUCH_SPELLING' | 'INVALID';

/** A correction the registry refuses; the message is for people, the code for scripts. */
export class EntityCorrectionError extends Error {
  constructor(
    readonly code: EntityCorrectionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ResolutionRow {
  /** The id the analyzer gave. */
  entityId: string;
  /** The exact mention text this row is for; null: any other text (and entity records, which have none). */
  text: string | null;
  /** The id it is shown under. */
  resolved: string;
  /** The corrections that moved it, in order. */
  path: number[];
}

/** Replays the corrections for one analyzer id and one text (null: a text no split names). */
function replay(corrections: EntityCorrection[], entityId: string, text: string | null): { resolved: string; path: number[] } {
  let resolved = entityId;
  const path: number[] = [];
  for (const c of corrections) {
    if (c.source !== resolved) continue;
    if (c.kind === 'merge' || (text !== null && c.spellings.includes(text))) {
      resolved = c.target;
      path.push(c.seq);
    }
  }
  return { resolved, path };
}

const bySeq = (corrections: EntityCorrection[]) => [...corrections].sort((a, b) => a.seq - b.seq);

/**
 * The rows that differ from "the id stands": an id no correction names is
 * never moved, so only the ids corrections name need rows.
 */
export function resolutionRows(corrections: EntityCorrection[]): ResolutionRow[] {
  const ordered = bySeq(corrections);
  const ids = [...new Set(ordered.flatMap((c) => [c.source, c.target]))].sort();
  const spellings = [...new Set(ordered.flatMap((c) => c.spellings))].sort();
  const rows: ResolutionRow[] = [];
  for (const entityId of ids) {
    const other = replay(ordered, entityId, null);
    if (other.resolved !== entityId) rows.push({ entityId, text: null, ...other });
    for (const text of spellings) {
      const own = replay(ordered, entityId, text);
      if (own.resolved !== other.resolved) rows.push({ entityId, text, ...own });
    }
  }
  return rows;
}

/** Where a merged-away id now lives (following chains of merges), or null when it was never merged. */
export function mergedInto(corrections: EntityCorrection[], id: string): string | null {
  const { resolved } = replay(
    bySeq(corrections).filter((c) => c.kind === 'merge'),
    id,
    null,
  );
  return resolved === id ? null : resolved;
}

/**
 * The corrections that shaped an entity: those that name it, and those that
 * moved to it what it holds. `held` lists the (analyzer id, text) pairs it
 * holds, so that a correction that would move only spellings it does not
 * have is left out; without it every possible path counts.
 */
export function correctionsOf(corrections: EntityCorrection[], id: string, held?: Array<{ original: string; text: string | null }>): EntityCorrection[] {
  const ordered = bySeq(corrections);
  const seqs = new Set<number>();
  for (const c of ordered) if (c.source === id || c.target === id) seqs.add(c.seq);
  const paths = held
    ? held.map(({ original, text }) => replay(ordered, original, text))
    : resolutionRows(ordered);
  for (const { resolved, path } of paths) if (resolved === id) for (const seq of path) seqs.add(seq);
  return ordered.filter((c) => seqs.has(c.seq));
}

const quoted = (s: string) => `"${s}"`;
const list = (items: string[]) => items.map(quoted).join(', ');

/** A correction in words, for the "why" of an entity and for listings. */
export function describeCorrection(c: EntityCorrection): string {
  const when = c.createdAt.slice(0, 10);
  const note = c.note ? `: ${c.note}` : '';
  if (c.kind === 'merge') return `merged by a user on ${when} (correction #${c.seq}): ${quoted(c.source)} into ${quoted(c.target)}${note}`;
  return `split by a user on ${when} (correction #${c.seq}): mentions of ${quoted(c.source)} spelled ${list(c.spellings)} moved to ${quoted(c.target)}${note}`;
}

/** An entity id a user gives: no surrounding space, no control characters, not empty. */
export function checkEntityId(id: string, what: string): string {
  const trimmed = id.trim();
  // eslint-disable-next-line no-control-regex
  if (trimmed === '' || /[\u0000-\u001f\u007f]/.test(trimmed)) throw new EntityCorrectionError('INVALID', `${what} must be a non-empty id without control characters`);
  return trimmed;
}
