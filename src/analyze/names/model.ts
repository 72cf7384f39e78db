/**
 * @module analyze/names/model
 *
 * The recognizer's model: a linear score for each (feature, tag) pair plus a
 * score for each pair of adjacent tags, decoded with Viterbi under the IOB2
 * constraint (I-X only after B-X or I-X). Trained as an averaged structured
 * perceptron by train.ts. Stored as gzip of a small header, the sorted
 * feature hashes, int16-quantized weights and the transition scores.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
const T = TAGS.length;
const NEG = -1e9;

/** allowed[prev * T + tag]; row T is the sentence start. */
const ALLOWED = (() => {
  const allowed = new Uint8Array((T + 1) * T);
  for (let prev = 0; prev <= T; prev++) {
    for (let tag = 0; tag < T; tag++) {
      const name = TAGS[tag]!;
      const previous = prev === T ? 'O' : TAGS[prev]!;
      allowed[prev * T + tag] = !name.startsWith('I-') || previous.slice(2) === name.slice(2) ? 1 : 0;
    }
  }
  return allowed;
})();

/**
 * Feature hash → weight row, as open addressing over typed arrays. A Map
 * with 32-bit keys stores most of them as heap numbers (they exceed V8's
 * small integers) and its lookups were most of the recognizer's time.
 */
export class FeatureTable {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(entries: Iterable<[number, number]>, size: number) {
    let capacity = 1;
    while (capacity < size * 2) capacity <<= 1;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (const [hash, row] of entries) {
      let slot = this.slotOf(hash);
      while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = hash;
      this.rows[slot] = row;
    }
  }

  private slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> 0 & this.mask;
  }

  /** The row of a feature, or -1 when the model does not know it. */
  get(hash: number): number {
    let slot = this.slotOf(hash);
    for (;;) {
      const row = this.rows[slot]!;
      if (row === -1 || this.keys[slot] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}

export class NerModel {
  private readonly table: FeatureTable;

  /**
   * @param index feature hash → row in `weights`
   * @param weights one row of T scores per feature
   * @param transitions (T + 1) × T: score of a tag after a tag (last row: after the sentence start)
   */
  constructor(
    private readonly index: Map<number, number>,
    readonly weights: Float32Array,
    readonly transitions: Float32Array,
  ) {
    this.table = new FeatureTable(index.entries(), index.size);
  }

  get featureCount(): number {
    return this.index.size;
  }

  /** Emission scores, n × T. */
  emissions(features: readonly Uint32Array[]): Float32Array {
    const scores = new Float32Array(features.length * T);
    for (let i = 0; i < features.length; i++) {
      const hashes = features[i]!;
      for (let h = 0; h < hashes.length; h++) {
        const row = this.table.get(hashes[h]!);
        if (row < 0) continue;
        const offset = row * T;
        for (let t = 0; t < T; t++) scores[i * T + t]! += this.weights[offset + t]!;
      }
    }
    return scores;
  }

  /** The best tag sequence (indices into TAGS). */
  decode(features: readonly Uint32Array[]): number[] {
    return viterbi(this.emissions(features), features.length, this.transitions);
  }

  serialize(): Buffer {
    const entries = [...this.index.entries()].sort((a, b) => a[0] - b[0]);
    const hashes = new Uint32Array(entries.map(([hash]) => hash));
    let max = 0;
    for (const w of this.weights) max = Math.max(max, Math.abs(w));
    const scale = max / 32767 || 1;
    const quantized = new Int16Array(entries.length * T);
    entries.forEach(([, row], i) => {
      for (let t = 0; t < T; t++) quantized[i * T + t] = Math.round(this.weights[row * T + t]! / scale);
    });
    const header = Buffer.from(JSON.stringify({ format: 'sitrep-ner-1', tags: TAGS, features: entries.length, scale }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    return gzipSync(
      Buffer.concat([length, header, Buffer.from(hashes.buffer), Buffer.from(quantized.buffer), Buffer.from(new Float32Array(this.transitions).buffer)]),
      { level: 9 },
    );
  }

  static deserialize(gzipped: Buffer): NerModel {
    const raw = gunzipSync(gzipped);
    const headerLength = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as { format: string; tags: string[]; features: number; scale: number };
    if (header.format !== 'sitrep-ner-1' || header.tags.join() !== TAGS.join()) throw new Error('not a sitrep name model of this version');
    let at = 4 + headerLength;
    const copy = (bytes: number) => {
      const out = new Uint8Array(bytes);
      out.set(raw.subarray(at, at + bytes));
      at += bytes;
      return out.buffer;
    };
    const hashes = new Uint32Array(copy(header.features * 4));
    const quantized = new Int16Array(copy(header.features * T * 2));
    const transitions = new Float32Array(copy((T + 1) * T * 4));
    const weights = new Float32Array(quantized.length);
    for (let i = 0; i < quantized.length; i++) weights[i] = quantized[i]! * header.scale;
    const index = new Map<number, number>();
    hashes.forEach((hash, row) => index.set(hash, row));
    return new NerModel(index, weights, transitions);
  }
}

/** Viterbi over n tokens with emission scores (n × T) and transitions ((T + 1) × T), IOB2-constrained. */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = ALLOWED[T * T + t] ? emissions[t]! + transitions[T * T + t]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = NEG * 2;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue;
        const s = score[(i - 1) * T + p]! + transitions[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t]! > score[(n - 1) * T + last]!) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}
