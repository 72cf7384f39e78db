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

/** What a word says about itself, whatever its sentence: computed once per distinct word (see wordInfo). */
export interface WordInfo {
  lower: string;
  hLower: number;
  hShort: number;
  /** The features of the word alone: the word, its shape, its affixes. */
  intrinsic: Uint32Array;
  capitalized: boolean;
  allCapitals: boolean;
}

const WORD_CACHE_LIMIT = 200_000;
const wordCache = new Map<string, WordInfo>();

/** Words repeat (Zipf): computing their own features once per distinct word is most of the recognizer's speed. */
export function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info) return info;
  const lower = word.toLowerCase();
  const hLower = fnv1a(lower);
  const sh = shape(word);
  const hShort = fnv1a(shortShape(sh));
  const f = [SEED.bias, mix(SEED.word, fnv1a(word)), mix(SEED.lower, hLower), mix(SEED.shape, fnv1a(sh)), mix(SEED.short, hShort)];
  for (let k = 1; k <= 4 && k <= lower.length; k++) {
    f.push(mix(SEED.prefix[k]!, fnv1a(lower.slice(0, k))), mix(SEED.suffix[k]!, fnv1a(lower.slice(-k))));
  }
  info = {
    lower,
    hLower,
    hShort,
    intrinsic: Uint32Array.from(f),
    capitalized: /^\p{Lu}/u.test(word),
    allCapitals: /^\p{Lu}+$/u.test(word),
  };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, info);
  return info;
}

/**
 * Feature hashes of every token of one sentence, for training: each word's
 * own features and those of its context. `gazetteer[i]` is the gazetteer's
 * tag for token i ("B-LOC", "I-ORG") or undefined.
 */
export function sentenceFeatures(words: readonly string[], context: DocumentContext, gazetteer?: ReadonlyArray<string | undefined>): Uint32Array[] {
  const infos = words.map(wordInfo);
  return contextFeatures(infos, context, gazetteer).map((ctx, i) => {
    const own = infos[i]!.intrinsic;
    const all = new Uint32Array(own.length + ctx.length);
    all.set(own);
    all.set(ctx, own.length);
    return all;
  });
}

/**
 * The features of each token that depend on its sentence and document: the
 * words and shapes around it, its place in the sentence, what the document
 * says of the word, the gazetteer's tags.
 *
 * A feature is a template and its values ("the word before is 'in'"): each
 * value string is hashed once and mixed with the template's seed, so no
 * feature string is ever built.
 */
export function contextFeatures(infos: readonly WordInfo[], context: DocumentContext, gazetteer?: ReadonlyArray<string | undefined>): Uint32Array[] {
  const n = infos.length;
  const hGaz = gazetteer ? infos.map((_, i) => (gazetteer[i] ? fnv1a(gazetteer[i]!) : 0)) : null;
  const lowerAt = (i: number) => (i < 0 ? START : i >= n ? END : infos[i]!.hLower);
  const shortAt = (i: number) => (i < 0 ? START : i >= n ? END : infos[i]!.hShort);
  const out: Uint32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    f.length = 0;
    const info = infos[i]!;
    const ss = info.hShort;
    f.push(
      mix(SEED.lowerPrev, lowerAt(i - 1)),
      mix(SEED.lowerNext, lowerAt(i + 1)),
      mix(SEED.lowerPrev2, lowerAt(i - 2)),
      mix(SEED.lowerNext2, lowerAt(i + 2)),
      mix(SEED.shortPrev, shortAt(i - 1)),
      mix(SEED.shortNext, shortAt(i + 1)),
      mix(mix(SEED.bigramPrev, lowerAt(i - 1)), info.hLower),
      mix(mix(SEED.bigramNext, info.hLower), lowerAt(i + 1)),
      mix(mix(mix(SEED.shortTrigram, shortAt(i - 1)), ss), shortAt(i + 1)),
      mix(mix(SEED.prevWordShort, lowerAt(i - 1)), ss),
      mix(mix(SEED.shortNextWord, ss), lowerAt(i + 1)),
    );
    if (i === 0) f.push(SEED.first, mix(SEED.firstShort, ss));
    if (info.capitalized) {
      const cap = context.capitalized.has(info.lower);
      const low = context.lower.has(info.lower);
      if (cap) f.push(SEED.docCap);
      if (low) f.push(SEED.docLower);
      if (i === 0 || info.allCapitals) f.push(SEED.docView[(cap ? 2 : 0) + (low ? 1 : 0)]!);
    }
    if (hGaz) {
      const gz = hGaz[i]!;
      if (gz) f.push(mix(SEED.gaz, gz), mix(mix(SEED.gazShort, gz), ss));
      if (i > 0 && hGaz[i - 1]) f.push(mix(SEED.gazPrev, hGaz[i - 1]!));
      if (i + 1 < n && hGaz[i + 1]) f.push(mix(SEED.gazNext, hGaz[i + 1]!));
    }
    out.push(Uint32Array.from(f));
  }
  return out;
}

const START = fnv1a('<s>');
const END = fnv1a('</s>');

/** One seed per feature template: a template's name, hashed. */
const SEED = {
  bias: fnv1a('b'),
  word: fnv1a('w'),
  lower: fnv1a('lw'),
  shape: fnv1a('sh'),
  short: fnv1a('ss'),
  lowerPrev: fnv1a('lw-1'),
  lowerNext: fnv1a('lw+1'),
  lowerPrev2: fnv1a('lw-2'),
  lowerNext2: fnv1a('lw+2'),
  shortPrev: fnv1a('ss-1'),
  shortNext: fnv1a('ss+1'),
  bigramPrev: fnv1a('bi-'),
  bigramNext: fnv1a('bi+'),
  shortTrigram: fnv1a('ss3'),
  prevWordShort: fnv1a('w-1|ss'),
  shortNextWord: fnv1a('ss|w+1'),
  prefix: [0, 1, 2, 3, 4].map((k) => fnv1a(`p${k}`)),
  suffix: [0, 1, 2, 3, 4].map((k) => fnv1a(`s${k}`)),
  first: fnv1a('first'),
  firstShort: fnv1a('first|ss'),
  docCap: fnv1a('doc:cap'),
  docLower: fnv1a('doc:lower'),
  docView: ['nocap|nolow', 'nocap|low', 'cap|nolow', 'cap|low'].map((v) => fnv1a(`doc:${v}`)),
  gaz: fnv1a('gz'),
  gazShort: fnv1a('gz|ss'),
  gazPrev: fnv1a('gz-1'),
  gazNext: fnv1a('gz+1'),
};

/** Mixes a template seed (or a partial hash) with a value's hash (murmur3's finalizer). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0xcc9e2d51), 0x1b873593);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** "Kharkiv" → "Xxxxxxx", "U.S." → "X.X.", "F-16" → "X-dd" (at most 12 characters). */
export function shape(word: string): string {
  let out = '';
  for (let i = 0; i < word.length && out.length < 12; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) out += 'X';
    else if (code >= 97 && code <= 122) out += 'x';
    else if (code >= 48 && code <= 57) out += 'd';
    else if (code < 128) out += word[i];
    else {
      const char = word[i]!;
      out += /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    }
  }
  return out;
}

/** Runs collapsed: "Xxxxxxx" → "Xx", "dddd-dd-dd" → "d-d-d". */
export function shortShape(shapeOfWord: string): string {
  let out = '';
  for (let i = 0; i < shapeOfWord.length; i++) if (shapeOfWord[i] !== shapeOfWord[i - 1]) out += shapeOfWord[i];
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
