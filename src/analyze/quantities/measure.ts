/**
 * @module analyze/quantities/measure
 *
 * What a number phrase measures, read from the tokens after it (and a
 * currency sign before it): a unit ("900 kilometers", "68%", "10km"), money
 * ("$5 billion", "300 hryvnias", "£20m"), a counted noun ("45,000 troops",
 * "dozens of people"), a duration (left to the times layer), or nothing.
 */
import type { Dimension } from './types.js';
import { approxAfter } from './approximators.js';
import { countNounAt, type CountNoun, type NounContext } from './nouns.js';
import { scaled, type NumberPhrase } from './numerals.js';
import { HYPHENS, isWord, joined, type Tok } from './tokens.js';
import { currencyBefore, DURATION_WORDS, unitAt, unitSuffix } from './units.js';

/** Words after "40m" that make it metres, not millions. */
const LENGTH_CUES = new Set(['high', 'tall', 'long', 'wide', 'deep', 'away', 'from', 'above', 'below', 'across', 'underground', 'in', 'thick', 'apart', 'off']);

/** Determiners after "of" whose noun a count refers to without the span taking it ("two of the soldiers"). */
const OF_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'whom', 'which']);

export interface Measured {
  /** The number, scaled by what the unit words said ("£20m": 20000000). */
  value: number;
  unit: string | null;
  dimension: Dimension;
  /** The multiplier applied to the numeral ("£20m": 1e6), for a range's first number ("£15-20m"). */
  scale: number;
  /** Whether a unit, a currency or a counted noun was read: 'unit' covers currencies and percent. */
  kind: 'unit' | 'noun' | null;
  /** First and last token of the quantity's span (currency sign to unit or noun). */
  first: number;
  last: number;
  /** The counted noun, as tokens: modifiers to head (may lie outside the span: "two of the soldiers"). */
  noun?: CountNoun;
  /** An approximator after the number ("or more", "-plus"). */
  approxAfter: boolean;
  /** A duration ("1,000 days", "a 10-day truce"), an age or a compound adjective ("three-pronged"): no quantity. */
  reject?: string;
}

/** Reads what the number phrase np measures. */
export function measure(toks: readonly Tok[], np: NumberPhrase, ctx: NounContext): Measured {
  const cur = np.digits ? currencyBefore(toks, np.first) : null;
  let value = np.value;
  const out: Measured = { value, scale: np.scale, unit: null, dimension: 'count', kind: null, first: cur ? cur.first : np.first, last: np.last, approxAfter: false };
  let j = np.last + 1;
  const after = approxAfter(toks, np.last);
  if (after >= 0) {
    out.approxAfter = true;
    j = after + 1;
  }

  // A glued suffix: "10km", "500kg". British copy writes millions "4m" ("£20m", "4m people", "6m to 8m tonnes"):
  // "m" is million unless a length follows it ("a 10m-high wall", "40m from the gate").
  if (np.suffix === 'm') {
    const cue = toks[j];
    // "a 65m yacht": an article before it makes it a size — a sum would carry its currency ("a £65m yacht").
    const article = toks[np.first - 1]?.lower === 'a' || toks[np.first - 1]?.lower === 'an';
    const metres = !cur && ((cue && ((HYPHENS.has(cue.text) && joined(toks[j - 1], cue)) || LENGTH_CUES.has(cue.lower))) || article);
    if (metres) return { ...out, unit: 'm', dimension: 'length', kind: 'unit' };
    value = scaled(np.value.toString(), 1e6);
    out.scale = 1e6;
  } else if (np.suffix === 'p' && !cur) {
    // "535p per therm": pence, in pounds.
    return withTrailing(toks, { ...out, value: np.value / 100, unit: 'GBP', dimension: 'money', kind: 'unit' });
  } else {
    const glued = unitSuffix(np.suffix);
    if (glued) return withTrailing(toks, { ...out, unit: glued.unit, dimension: glued.dimension, kind: 'unit' });
  }
  out.value = value;
  if (cur) {
    // "$5 billion", "£20m", "US$1.2bn"; a money word after it ("$5m dollars") changes nothing.
    const word = toks[j] ? unitAt(toks, j, true) : null;
    const last = word && word.dimension === 'money' ? word.last : np.last;
    return withTrailing(toks, { ...out, unit: cur.code, dimension: 'money', kind: 'unit', last });
  }

  // "a 40-mile convoy", "a 10-day truce", "a three-pronged invasion", "a 3,000-strong force".
  const hy = toks[j];
  if (hy && HYPHENS.has(hy.text) && joined(toks[j - 1], hy) && joined(hy, toks[j + 1]) && isWord(toks[j + 1])) {
    const word = toks[j + 1]!;
    const unit = unitAt(toks, j + 1, np.scaled);
    if (unit) return { ...out, unit: unit.unit, dimension: unit.dimension, kind: 'unit', last: unit.last };
    if (DURATION_WORDS.has(word.lower)) return { ...out, reject: 'duration' };
    if (word.lower === 'strong') return { ...out, kind: 'unit', last: j + 1 };
    if (!np.scaled || !(word.lower in { million: 1, billion: 1 })) return { ...out, reject: 'compound adjective' };
  }

  // "155mm shells", "120 mm mortars": a calibre names the weapon; it measures nothing in the text.
  if (np.suffix === 'mm' || toks[j]?.lower === 'mm') return { ...out, reject: 'calibre' };
  // "2.5 times more": a factor, not an amount.
  if (toks[j]?.lower === 'times' || toks[j]?.lower === 'fold') return { ...out, reject: 'factor' };

  const unit = toks[j] ? unitAt(toks, j, np.scaled) : null;
  if (unit) return withTrailing(toks, { ...out, unit: unit.unit, dimension: unit.dimension, kind: 'unit', last: unit.last });

  if (toks[j] && DURATION_WORDS.has(toks[j]!.lower)) return { ...out, reject: 'duration' };

  if (toks[j]?.lower === 'of') {
    // Vague amounts take their "of" phrase into the span: "dozens of people", "millions of dollars", "tens of millions of tonnes".
    if (np.vague || np.scaled) {
      const unit = toks[j + 1] ? unitAt(toks, j + 1, true) : null;
      if (unit) return { ...out, unit: unit.unit, dimension: unit.dimension, kind: 'unit', last: unit.last };
      const noun = countNounAt(toks, j + 1, ctx);
      if (noun) return nounMeasure(out, noun, true);
      return out;
    }
    if (OF_DETERMINERS.has(toks[j + 1]?.lower ?? '')) {
      const noun = countNounAt(toks, j + 2, ctx);
      if (noun) return nounMeasure(out, noun, false);
    }
    return out;
  }
  const noun = countNounAt(toks, j, ctx);
  if (noun) return nounMeasure(out, noun, true);
  return out;
}

function nounMeasure(out: Measured, noun: CountNoun, inSpan: boolean): Measured {
  if (DURATION_WORDS.has(noun.unit) || DURATION_WORDS.has(noun.unit.replace(/s$/, ''))) return { ...out, reject: 'duration' };
  return { ...out, unit: noun.unit, dimension: 'count', kind: 'noun', noun, last: inSpan ? noun.head : out.last };
}

/** An "or more" after the unit ("$5 billion or more") sets approx; the span stays "$5 billion". */
function withTrailing(toks: readonly Tok[], m: Measured): Measured {
  return approxAfter(toks, m.last) >= 0 ? { ...m, approxAfter: true } : m;
}
