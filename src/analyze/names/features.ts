/**
 * @module analyze/names/features
 *
 * The recognizer's features for each token, as 32-bit hashes: the word and
 * its shape, affixes, the words and shapes around it, and two views of the
 * whole document — whether the word also appears capitalized mid-sentence
 * elsewhere, or in lower case (a headline in capitals, or a sentence's first
 * word, says little by itself) — plus the gazetteer's verdict where given.
 */

/** What the document says about each word beyond its sentence. */
export interface DocumentContext {
  /** Lower-cased words that appear capitalized, not first in their sentence, somewhere in the document. */
  capitalized: Set<string>;
  /** Words that appear in lower case somewhere in the document. */
  lower: Set<string>;
}

export function documentContext(sentences: ReadonlyArray<readonly string[]>): DocumentContext {
  const capitalized = new Set<string>();
  const lower = new Set<string>();
  for (const words of sentences) {
    words.forEach((word, i) => {
      if (/^\p{Ll}/u.test(word)) lower.add(word);
      else if (i > 0 && /^\p{Lu}\p{Ll}/u.test(word)) capitalized.add(word.toLowerCase());
    });
  }
  return { capitalized, lower };
}

/**
 * Feature hashes of every token of one sentence. `gazetteer[i]` is the
 * gazetteer's tag for token i ("B-LOC", "I-ORG") or undefined.
 */
export function sentenceFeatures(words: readonly string[], context: DocumentContext, gazetteer?: ReadonlyArray<string | undefined>): Uint32Array[] {
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const short = shapes.map(shortShape);
  const at = (list: readonly string[], i: number) => (i < 0 ? '<s>' : i >= list.length ? '</s>' : list[i]!);
  return words.map((word, i) => {
    const lw = lower[i]!;
    const f: string[] = [
      'b',
      `w=${word}`,
      `lw=${lw}`,
      `sh=${shapes[i]}`,
      `ss=${short[i]}`,
      `lw-1=${at(lower, i - 1)}`,
      `lw+1=${at(lower, i + 1)}`,
      `lw-2=${at(lower, i - 2)}`,
      `lw+2=${at(lower, i + 2)}`,
      `ss-1=${at(short, i - 1)}`,
      `ss+1=${at(short, i + 1)}`,
      `bi-=${at(lower, i - 1)}|${lw}`,
      `bi+=${lw}|${at(lower, i + 1)}`,
      `ss3=${at(short, i - 1)}|${short[i]}|${at(short, i + 1)}`,
      `w-1|ss=${at(lower, i - 1)}|${short[i]}`,
      `ss|w+1=${short[i]}|${at(lower, i + 1)}`,
    ];
    for (let n = 1; n <= 4 && n <= lw.length; n++) f.push(`p${n}=${lw.slice(0, n)}`, `s${n}=${lw.slice(-n)}`);
    if (i === 0) f.push('first', `first|ss=${short[i]}`);
    const capitalizedWord = /^\p{Lu}/u.test(word);
    if (capitalizedWord) {
      if (context.capitalized.has(lw)) f.push('doc:cap');
      if (context.lower.has(lw)) f.push('doc:lower');
      if (i === 0 || /^\p{Lu}+$/u.test(word)) f.push(`doc:${context.capitalized.has(lw) ? 'cap' : 'nocap'}|${context.lower.has(lw) ? 'low' : 'nolow'}`);
    }
    const gz = gazetteer?.[i];
    if (gz) f.push(`gz=${gz}`, `gz|ss=${gz}|${short[i]}`);
    if (gazetteer) {
      const before = gazetteer[i - 1];
      const after = gazetteer[i + 1];
      if (before) f.push(`gz-1=${before}`);
      if (after) f.push(`gz+1=${after}`);
    }
    return hashAll(f);
  });
}

/** "Kharkiv" → "Xxxxxxx", "U.S." → "X.X.", "F-16" → "X-dd". */
export function shape(word: string): string {
  let out = '';
  for (const char of word) {
    if (/\p{Lu}/u.test(char)) out += 'X';
    else if (/\p{Ll}/u.test(char)) out += 'x';
    else if (/\p{N}/u.test(char)) out += 'd';
    else out += char;
    if (out.length >= 12) break;
  }
  return out;
}

/** Runs collapsed: "Xxxxxxx" → "Xx", "dddd-dd-dd" → "d-d-d". */
export function shortShape(shapeOfWord: string): string {
  return shapeOfWord.replace(/(.)\1+/g, '$1');
}

function hashAll(features: string[]): Uint32Array {
  const out = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) out[i] = fnv1a(features[i]!);
  return out;
}

/** FNV-1a, 32 bits: feature strings to keys; at the model's size, collisions between kept features are rare. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
