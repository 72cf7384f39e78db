/**
 * @module analyze/quantities/approximators
 *
 * The words that make a figure approximate: "about", "nearly", "more than",
 * "at least", "up to", "an estimated" before it, "or more", "or so", "-plus"
 * after it. GOLD.md leaves them outside the span; they set `approx`.
 */
import { HYPHENS, joined, type Tok } from './tokens.js';

/** Before the number, as lowercased token sequences; matched longest first. */
const BEFORE: readonly (readonly string[])[] = [
  ['no', 'more', 'than'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['in', 'excess', 'of'],
  ['as', 'many', 'as'], ['as', 'much', 'as'], ['as', 'few', 'as'], ['as', 'little', 'as'],
  ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['at', 'most'], ['up', 'to'],
  ['close', 'to'], ['upwards', 'of'], ['well', 'over'], ['just', 'over'], ['just', 'under'], ['well', 'under'],
  ['nearly'], ['almost'], ['about'], ['around'], ['roughly'], ['approximately'], ['some'], ['over'],
  ['under'], ['estimated'], ['circa'], ['approx'], ['perhaps'], ['possibly'], ['maybe'], ['potentially'],
  ['~'], ['>'], ['<'], ['nigh'], ['beyond'], ['exceeding'], ['exceeded'], ['surpassing'], ['topping'], ['upward'], ['upwards'],
].sort((a, b) => b.length - a.length);

/** After the number (and its unit): "$5 billion or more", "50 or so", "1,000-plus", "40-odd". */
const AFTER: readonly (readonly string[])[] = [
  ['or', 'more'], ['or', 'so'], ['or', 'fewer'], ['or', 'less'], ['plus'], ['odd'], ['+'],
];

export interface Approx {
  approx: boolean;
  /** First token of the approximator before the number (the article "an" of "an estimated" included), or -1. */
  first: number;
}

/** The approximator ending just before token i (i: the number's first token, or its currency sign). */
export function approxBefore(toks: readonly Tok[], i: number): Approx {
  for (const words of BEFORE) {
    const from = i - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k += 1) {
      if (toks[from + k]!.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "an estimated 10,000"
    const first = words[0] === 'estimated' && (toks[from - 1]?.lower === 'an' || toks[from - 1]?.lower === 'the') ? from - 1 : from;
    return { approx: true, first };
  }
  return { approx: false, first: -1 };
}

/** The approximator right after token j (the last token of the quantity), returning its last token, or -1. */
export function approxAfter(toks: readonly Tok[], j: number): number {
  for (const words of AFTER) {
    let k = j + 1;
    // "170+ people" is glued; "-plus" and "-odd" only with a hyphen ("1,000-plus troops"): "40 plus 20" is a sum.
    if (words[0] === '+') {
      if (toks[k]?.text === '+' && joined(toks[j], toks[k])) return k;
      continue;
    }
    if (words.length === 1) {
      if (!(toks[k] && HYPHENS.has(toks[k]!.text) && joined(toks[j], toks[k]))) continue;
      k += 1;
    }
    let ok = true;
    for (let w = 0; w < words.length; w += 1) {
      if (toks[k + w]?.lower !== words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) return k + words.length - 1;
  }
  return -1;
}
