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
 * Feature hash → its T scores, packed for lookup: open addressing over one
 * buffer whose slots hold the hash and the scores as int16 (24 bytes, so a
 * hit costs one cache line). Lookups are most of the recognizer's time, and
 * a Map with 32-bit keys (heap numbers to V8) or a separate row array (two
 * cache misses a hit) made them slower by half or more.
 */
export class PackedWeights {
  private static readonly SLOT = 6; // 32-bit words a slot: the hash, then 9 int16 scores and one spare
  private readonly hashes: Uint32Array;
  private readonly scores: Int16Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  private readonly scale: number;

  constructor(index: Map<number, number>, weights: Float32Array) {
    let capacity = 1;
    while (capacity < index.size * 1.6) capacity <<= 1;
    const buffer = new ArrayBuffer(capacity * PackedWeights.SLOT * 4);
    this.hashes = new Uint32Array(buffer);
    this.scores = new Int16Array(buffer);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
    let max = 0;
    for (const w of weights) max = Math.max(max, Math.abs(w));
    this.scale = max / 32767 || 1;
    for (const [hash, row] of index) {
      let slot = this.slotOf(hash);
      while (this.used[slot]) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.hashes[slot * PackedWeights.SLOT] = hash;
      const at = (slot * PackedWeights.SLOT + 1) * 2;
      for (let t = 0; t < T; t++) this.scores[at + t] = Math.round(weights[row * T + t]! / this.scale);
    }
  }

  private slotOf(hash: number): number {
    return (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** Adds the scores of a feature into `out` at `offset`; a feature the model does not know adds nothing. */
  addInto(hash: number, out: Float32Array, offset: number) {
    let slot = this.slotOf(hash);
    while (this.used[slot]) {
      if (this.hashes[slot * PackedWeights.SLOT] === hash) {
        const at = (slot * PackedWeights.SLOT + 1) * 2;
        const scale = this.scale;
        for (let t = 0; t < T; t++) out[offset + t]! += this.scores[at + t]! * scale;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

export class NerModel {
  private readonly packed: PackedWeights;

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
    this.packed = new PackedWeights(index, weights);
  }

  get featureCount(): number {
    return this.index.size;
  }

  /**
   * Emission scores, n × T: for each token the sum of its features' rows.
   * `base`, where given, holds scores already summed for each token (its
   * word's own features, see wordScores) to start from.
   */
  emissions(features: readonly Uint32Array[], base?: readonly Float32Array[]): Float32Array {
    const scores = new Float32Array(features.length * T);
    for (let i = 0; i < features.length; i++) {
      if (base) scores.set(base[i]!, i * T);
      this.addRows(features[i]!, scores, i * T);
    }
    return scores;
  }

  private addRows(hashes: Uint32Array, scores: Float32Array, at: number) {
    for (let h = 0; h < hashes.length; h++) this.packed.addInto(hashes[h]!, scores, at);
  }

  private readonly wordScoreCache = new Map<Uint32Array, Float32Array>();

  /** The summed rows of a word's own features, kept per word (its feature array is itself cached per word). */
  wordScores(intrinsic: Uint32Array): Float32Array {
    let scores = this.wordScoreCache.get(intrinsic);
    if (!scores) {
      scores = new Float32Array(T);
      this.addRows(intrinsic, scores, 0);
      if (this.wordScoreCache.size >= 200_000) this.wordScoreCache.clear();
      this.wordScoreCache.set(intrinsic, scores);
    }
    return scores;
  }

  /** The best tag sequence (indices into TAGS). */
  decode(features: readonly Uint32Array[], base?: readonly Float32Array[]): number[] {
    return viterbi(this.emissions(features, base), features.length, this.transitions);
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
