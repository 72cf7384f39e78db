/**
 * @module analyze/quantities/numerals
 *
 * Reading a number where the text writes one: numerals ("45,000", "1.5",
 * "3bn", "£20m"'s "20m"), number words ("nine", "twenty-five", "three
 * hundred and fifty", "a dozen", "half a million", "1.5 million") and vague
 * amounts ("dozens", "hundreds of thousands", "several thousand"), which take
 * their order of magnitude as value (GOLD.md) and the range the words allow.
 *
 * Written here rather than taken from a package: none is installed, and the
 * ones on npm (words-to-numbers and the like) parse a whole string, not a
 * run of tokens inside a sentence with its end to report, and know nothing of
 * "hundreds of thousands" or "3bn".
 */
import { HYPHENS, joined, type Tok } from './tokens.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words, after a number ("1.5 million", "three hundred"). */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
};
/** Vague plurals and their order of magnitude: "dozens" 12, "hundreds" 100 (GOLD.md). */
const VAGUE: Record<string, number> = {
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  tens: 10, scores: 20,
};
/** Words that make a following scale word vague: "several thousand", "a few hundred". */
const FEW = new Set(['several', 'few', 'couple']);
/**
 * Suffixes glued to a numeral that scale it: "3bn", "£20m", "5k". "m" is
 * ambiguous with metres; units.ts decides it by what follows.
 */
export const SCALE_SUFFIXES: Record<string, number> = {
  bn: 1e9, b: 1e9, m: 1e6, mn: 1e6, mln: 1e6, k: 1e3, tn: 1e12, trn: 1e12, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Every word that can begin a number phrase; the finder's candidate scan is built from it. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(VAGUE),
  ...FEW, 'dozen', 'half', 'quarter',
];

export interface Numeral {
  /** The digits, commas dropped ("45000", "1.5"). */
  digits: string;
  /** Letters glued after them, lowercased ("bn", "km", "th", "s", "pm"): filters and units read them. */
  suffix: string;
}

const NUMERAL = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\p{L}*)$/u;
/**
 * Letters that may be glued to a numeral: scales, units, ordinals, decades, clock
 * times, pence. Anything else ("2ttphj" of a link, "11GA", "9M723") is a code.
 */
const KNOWN_SUFFIXES = new Set([
  '', 'bn', 'b', 'm', 'mn', 'mln', 'k', 'tn', 'trn', 'million', 'billion', 'trillion',
  'km', 'kms', 'mi', 'ft', 'cm', 'mm', 'kg', 'kgs', 't', 'lb', 'lbs', 'l', 'pc', 'pct', 'mph', 'kph', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'twh', 'bcm', 'km2', 'ha',
  'st', 'nd', 'rd', 'th', 's', 'am', 'pm', 'h', 'hrs', 'gmt', 'bst', 'cet', 'p', 'g',
]);

/** "45,000" → 45000; "1,2" (not thousands grouping), "1.2.3" or a code ("2ttphj", "11GA" keeps its case check in filters) → null. */
export function parseNumeral(text: string): Numeral | null {
  // "45 000" (no-break or thin space grouping, European style) reads as "45,000".
  const m = NUMERAL.exec(text.replace(/[\u00a0\u202f\u2009](?=\d{3})/g, ','));
  if (!m) return null;
  const written = m[3] ?? '';
  const suffix = written.toLowerCase();
  if (!KNOWN_SUFFIXES.has(suffix) && !/^\p{Lu}+$/u.test(written)) return null;
  return { digits: (m[1] ?? '').replace(/,/g, '') + (m[2] ?? ''), suffix };
}

/** digits × scale without floating-point noise: 1.1 × 1e6 is 1100000, not 1100000.0000000002. */
export function scaled(digits: string, scale: number): number {
  return scale === 1 ? Number(digits) : Number(`${digits}e${Math.round(Math.log10(scale))}`);
}

export interface NumberPhrase {
  /** First and last token of the number itself (an article "a" and approximators stay outside). */
  first: number;
  last: number;
  value: number;
  /** Vague amount ("dozens", "several hundred"): approximate, with a range. */
  vague: boolean;
  range?: [number, number];
  /** Written in digits (a bare numeral can stand alone; a bare "two" rarely is a quantity). */
  digits: boolean;
  /** A scale word or suffix was read ("million", "bn"): the number is no pronoun, year or label. */
  scaled: boolean;
  /** The multiplier a numeral's scale word or suffix applied ("1.5 million": 1e6), else 1: "6 to 8 million" lends it to the 6. */
  scale: number;
  /** The numeral's glued suffix when it was not a scale ("km" of "10km"), for units.ts. */
  suffix: string;
  /** The plain "one" (or "One"): a pronoun or determiner unless a scale or unit follows. */
  isOne: boolean;
}

/** The upper end of a vague amount: the next power of ten, less one ("hundreds of thousands" → 999999). */
function vagueRange(value: number): [number, number] {
  return [value, 10 ** (Math.floor(Math.log10(value)) + 1) - 1];
}

/** Reads the number phrase beginning at token i, or null when none begins there. */
export function readNumber(toks: readonly Tok[], i: number): NumberPhrase | null {
  const t = toks[i];
  if (!t) return null;
  const w = t.lower;
  // An article before a scale word is the number one ("a million", "a dozen"), outside the span (GOLD.md's "a half-million").
  if ((w === 'a' || w === 'an') && toks[i + 1]) {
    const next = toks[i + 1]!.lower;
    if (next in SCALES || next === 'dozen' || next === 'half' || next === 'quarter' || next === 'few' || next === 'couple') {
      return readNumber(toks, i + 1);
    }
    return null;
  }
  if (w in VAGUE) return readVague(toks, i);
  if (FEW.has(w)) return readFew(toks, i);
  if (w === 'half') return readHalf(toks, i);
  if (w === 'quarter') return readQuarter(toks, i);
  const numeral = parseNumeral(t.text);
  if (numeral) return readDigits(toks, i, numeral);
  if (w in UNITS || w in TENS || w in SCALES || w === 'dozen') return readWords(toks, i);
  return null;
}

function phrase(first: number, last: number, value: number, extra: Partial<NumberPhrase> = {}): NumberPhrase {
  return { first, last, value, vague: false, digits: false, scaled: false, scale: 1, suffix: '', isOne: false, ...extra };
}

/** "45,000", "1.5 million", "3bn", "2.5-million" (the scale may follow a hyphen). */
function readDigits(toks: readonly Tok[], i: number, numeral: Numeral): NumberPhrase {
  const suffixScale = SCALE_SUFFIXES[numeral.suffix];
  if (suffixScale !== undefined && numeral.suffix.length > 1) {
    // "3bn", "5k", "1.2million": unambiguous scales. The lone "m" (million or metres) is units.ts's to decide.
    return phrase(i, i, scaled(numeral.digits, suffixScale), { digits: true, scaled: true, scale: suffixScale });
  }
  let last = i;
  let scale = 1;
  const next = toks[i + 1];
  if (next && !numeral.suffix && (next.lower === 'bn' || next.lower === 'mn' || next.lower === 'tn')) {
    // "7 bn roubles": the scale as a word of its own.
    scale = SCALE_SUFFIXES[next.lower]!;
    last = i + 1;
  } else if (next && next.lower in SCALES && !numeral.suffix) {
    scale = SCALES[next.lower]!;
    last = i + 1;
    // "1.5 million" but also "2 hundred thousand".
    const after = toks[i + 2];
    if (scale === 100 && after && after.lower in SCALES && SCALES[after.lower]! > 100) {
      scale *= SCALES[after.lower]!;
      last = i + 2;
    }
  } else if (next && HYPHENS.has(next.text) && joined(toks[i], next) && toks[i + 2] && toks[i + 2]!.lower in SCALES && joined(next, toks[i + 2])) {
    scale = SCALES[toks[i + 2]!.lower]!;
    last = i + 2;
  }
  return phrase(i, last, scaled(numeral.digits, scale), { digits: true, scaled: scale > 1, scale, suffix: numeral.suffix });
}

/** A word's value as a cardinal below a hundred: "nine", "twenty", "twenty-five" (three tokens). */
function smallAt(toks: readonly Tok[], i: number): { value: number; last: number } | null {
  const t = toks[i];
  if (!t) return null;
  const u = UNITS[t.lower];
  if (u !== undefined) return { value: u, last: i };
  const ten = TENS[t.lower];
  if (ten === undefined) return null;
  const hy = toks[i + 1];
  const unit = toks[i + 2];
  if (hy && HYPHENS.has(hy.text) && joined(t, hy) && unit && joined(hy, unit)) {
    const v = UNITS[unit.lower];
    if (v !== undefined && v > 0 && v < 10) return { value: ten + v, last: i + 2 };
  }
  return { value: ten, last: i };
}

/** Number words: "nine", "three hundred and fifty", "two million", "a dozen", "two and a half million". */
function readWords(toks: readonly Tok[], i: number): NumberPhrase | null {
  let total = 0;
  let current = 0;
  let last = i - 1;
  let j = i;
  let sawScale = false;
  let any = false;
  for (;;) {
    const t = toks[j];
    if (!t) break;
    const small = smallAt(toks, j);
    if (small) {
      // A small number after a small number ("five six", "the two one-way…") is two numbers; "twenty five" is one.
      const rest = current % 100;
      if (any && rest !== 0 && !(rest >= 20 && rest % 10 === 0 && small.value < 10)) break;
      current += small.value;
      last = small.last;
      j = small.last + 1;
      any = true;
      continue;
    }
    if (t.lower === 'hundred') {
      current = (current || 1) * 100;
      last = j;
      j += 1;
      any = true;
      sawScale = true;
      // "three hundred and fifty"
      if (toks[j]?.lower === 'and' && smallAt(toks, j + 1)) j += 1;
      continue;
    }
    const scale = SCALES[t.lower];
    if (scale !== undefined && scale > 100) {
      total += (current || 1) * scale;
      current = 0;
      last = j;
      j += 1;
      any = true;
      sawScale = true;
      continue;
    }
    if (t.lower === 'dozen') {
      current = (current || 1) * 12;
      last = j;
      j += 1;
      any = true;
      sawScale = true;
      continue;
    }
    // "two and a half million"
    if (t.lower === 'and' && any && toks[j + 1]?.lower === 'a' && toks[j + 2]?.lower === 'half') {
      const s = toks[j + 3];
      const sc = s ? SCALES[s.lower] : undefined;
      if (sc !== undefined && sc > 100) {
        total += (current + 0.5) * sc;
        current = 0;
        last = j + 3;
        j += 4;
        sawScale = true;
        continue;
      }
    }
    break;
  }
  if (!any) return null;
  const isOne = last === i && toks[i]!.lower === 'one';
  // The scale of the last word ("seven thousand": 1000), lent to the first of "six or seven thousand".
  const lastScale = SCALES[toks[last]!.lower] ?? (toks[last]!.lower === 'dozen' ? 12 : 1);
  return phrase(i, last, total + current, { scaled: sawScale, isOne, scale: lastScale });
}

/** "half a million", "half-million", "half a dozen". A bare "half" is a fraction, not a quantity. */
function readHalf(toks: readonly Tok[], i: number): NumberPhrase | null {
  let j = i + 1;
  if (toks[j] && HYPHENS.has(toks[j]!.text) && joined(toks[i], toks[j])) j += 1;
  else if (toks[j]?.lower === 'a') j += 1;
  const s = toks[j];
  if (!s) return null;
  const scale = s.lower === 'dozen' ? 12 : SCALES[s.lower];
  if (scale === undefined || scale === 100) return null;
  return phrase(i, j, scale / 2, { scaled: true });
}

/** "a quarter of a million", "a quarter-million": a quarter of a scale above a thousand; any other quarter is a fraction. */
function readQuarter(toks: readonly Tok[], i: number): NumberPhrase | null {
  let j = i + 1;
  if (toks[j] && HYPHENS.has(toks[j]!.text) && joined(toks[i], toks[j])) j += 1;
  else if (toks[j]?.lower === 'of' && toks[j + 1]?.lower === 'a') j += 2;
  const scale = toks[j] ? SCALES[toks[j]!.lower] : undefined;
  if (scale === undefined || scale < 1e6) return null;
  return phrase(i, j, scale / 4, { scaled: true });
}

/** "dozens", "hundreds of thousands", "tens of millions"; "tens" and "scores" need their "of". */
function readVague(toks: readonly Tok[], i: number): NumberPhrase | null {
  const w = toks[i]!.lower;
  let value = VAGUE[w]!;
  let last = i;
  const of = toks[i + 1];
  const inner = toks[i + 2];
  if (of?.lower === 'of' && inner && VAGUE[inner.lower] !== undefined && VAGUE[inner.lower]! > value && inner.lower !== 'scores') {
    value *= VAGUE[inner.lower]!;
    last = i + 2;
  } else if (w === 'tens' || w === 'scores') {
    // "tens of people" is unusual English, "scores" is also a verb and results: only "scores of …" counts.
    if (w === 'tens' || of?.lower !== 'of') return null;
  }
  return phrase(i, last, value, { vague: true, scaled: true, range: vagueRange(value) });
}

/** "several hundred", "a few thousand", "a couple of hundred": vague, the scale's order of magnitude. */
function readFew(toks: readonly Tok[], i: number): NumberPhrase | null {
  let j = i + 1;
  if (toks[i]!.lower === 'couple' && toks[j]?.lower === 'of') j += 1;
  const s = toks[j];
  if (!s) return null;
  const scale = s.lower === 'dozen' ? 12 : SCALES[s.lower];
  if (scale === undefined) return null;
  let value = scale;
  let last = j;
  const s2 = toks[j + 1];
  if (scale === 100 && s2 && SCALES[s2.lower] !== undefined && SCALES[s2.lower]! > 100) {
    value *= SCALES[s2.lower]!;
    last = j + 1;
  }
  return phrase(i, last, value, { vague: true, scaled: true, range: vagueRange(value) });
}
