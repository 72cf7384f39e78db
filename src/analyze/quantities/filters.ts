/**
 * @module analyze/quantities/filters
 *
 * Numbers that are not quantities (FORMAT.md, GOLD.md): years, ordinals and
 * decades, times of day, numbers inside names and designations ("F-16",
 * "Su-34", "Covid-19", "Article 5", "Resolution 2231", "No. 1", "day 100"),
 * scores and ratios ("2-1", "24/7"), list numbering, ages, addresses, and
 * "one" as a pronoun or determiner ("one of the", "one resident"). Dates
 * and durations are the times layer's, and names the names layer's: the
 * finder checks those spans itself; these are the cases they leave.
 */
import { isFunctionWord } from './nouns.js';
import type { NumberPhrase } from './numerals.js';
import { DASHES, HYPHENS, isCapitalized, isWord, joined, type Tok } from './tokens.js';

/** Words before a number that make it a label, not an amount: "Article 5", "day 100", "No. 1". */
const LABELS = new Set([
  'no', 'nos', 'number', 'article', 'articles', 'resolution', 'section', 'chapter', 'paragraph', 'clause',
  'page', 'pages', 'p', 'pp', 'vol', 'volume', 'issue', 'item', 'figure', 'fig', 'table', 'episode', 'season',
  'part', 'phase', 'stage', 'level', 'category', 'grade', 'class', 'type', 'version', 'model', 'mark', 'mk',
  'flight', 'route', 'highway', 'motorway', 'line', 'unit', 'building', 'block', 'room', 'gate', 'exit',
  'platform', 'bus', 'tram', 'code', 'day', 'round', 'game', 'match', 'reactor', 'ward', 'district', 'precinct',
  'zone', 'sector', 'battalion', 'brigade', 'regiment', 'division', 'corps', 'squad', 'platoon', 'colony', 'tier',
  'top', 'step', 'title', 'protocol', 'covid'
]);
/** After a number: a time of day or a time zone ("5am" is a glued suffix, "5 a.m." and "0800 GMT" are not). */
const CLOCK_AFTER = new Set(['am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'gmt', 'bst', 'cet', 'cest', 'est', 'edt', 'utc', 'msk', 'eet', 'eest', "o'clock", 'hrs', 'h']);
/** Approximators and quantifiers that open sentences: "Around 100 civilians", "Some 300". */
const APPROX_WORDS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'another', 'only', 'more', 'fewer', 'less', 'over', 'under', 'estimated', 'perhaps', 'possibly', 'exactly', 'precisely', 'barely', 'fully']);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const STREETS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'drive', 'boulevard', 'square', 'place', 'way']);

export type Measure = 'unit' | 'noun' | null;

export interface FilterContext {
  /** The type of the recognized name at this offset, or null. */
  nameType(offset: number): string | null;
  /** Whether a character offset lies in a times span ("On Monday 300 people": Monday is no model name). */
  inTime(offset: number): boolean;
  /** Whether the token is the first of its sentence (a capitalized word there is no name). */
  sentenceStart(offset: number): boolean;
}

/**
 * Why the number phrase `np` is not a quantity, or null when it may be one.
 * `measured`: a unit or currency ('unit') or a counted noun ('noun') goes with it, which
 * rescues a capitalized word before it ("Tuesday 300 people") and a year-like
 * numeral with a currency ("$2022").
 */
export function notAQuantity(toks: readonly Tok[], np: NumberPhrase, measured: Measure, ctx: FilterContext): string | null {
  const first = toks[np.first]!;
  const last = toks[np.last]!;
  const prev = toks[np.first - 1];
  const next = toks[np.last + 1];
  const suffix = np.suffix;

  if (np.digits) {
    // Glued to a word, a dot or a slash on its left: a link or a handle ("pic.twitter.com/pV8vDRbga1", "Jul.26", "@user2").
    if (prev && joined(prev, first) && (/[\p{L}\d]/u.test(prev.text) || ['.', '/', '@', '_', '='].includes(prev.text))) return 'link or code';
    // A date the times layer did not take: "from 16 October last year".
    if (next && MONTHS.has(next.lower.replace(/\.$/, ''))) return 'date';
    if (/^(?:st|nd|rd|th)$/.test(suffix)) return 'ordinal';
    if (suffix === 's' || (prev?.text === "'" || prev?.text === '’') && joined(prev, first)) return 'decade';
    if (/^(?:am|pm|h|hrs|gmt|bst|cet)$/.test(suffix)) return 'time of day';
    if (next && CLOCK_AFTER.has(next.lower)) return 'time of day';
    // "19.00", "00.36": the live blogs' timestamps (hours.minutes), never a measure written bare.
    if (!measured && /^\d{1,2}\.\d\d$/.test(first.text) && +first.text.slice(0, -3) < 25 && +first.text.slice(-2) < 60) return 'time of day';
    // "10:30", "24/7", "9/11", "2-1", "1:0": glued to another number by a colon, slash or dash.
    const left = gluedSeparator(toks[np.first - 2], prev, first);
    const right = gluedSeparator(last, next, toks[np.last + 2]);
    for (const sep of [left, right]) {
      if (sep === ':') return 'time of day';
      if (sep === '/' || (sep && DASHES.has(sep) && !measured)) return 'score, ratio or date';
    }
    // "11GA", "9M723": letters glued after the digits that are no unit or scale.
    if (suffix && /\p{Lu}/u.test(first.text.slice(-suffix.length))) return 'designation';
    // Followed by a glued hyphen and a capitalized word or code: "2-S19", "9-K720".
    if (next && HYPHENS.has(next.text) && joined(last, next) && /^\p{Lu}/u.test(toks[np.last + 2]?.text ?? '') && joined(next, toks[np.last + 2])) return 'designation';
    // A year: four digits without grouping, 1800–2100, without a unit ("2022", "the 2024 elections"; news groups counts: "1,605 tanks").
    if (!np.scaled && /^\d{4}$/.test(first.text) && +first.text >= 1800 && +first.text <= 2100 && measured !== 'unit') return 'year';
    // Phone numbers and codes: bare numerals in a row ("+44 20 7946 0958"), or with a leading zero ("0800").
    if (!measured && (/^0\d/.test(first.text) || /^\d+$/.test(next?.text ?? '') || (/^\d+$/.test(prev?.text ?? '') && !np.scaled) || prev?.text === '+')) return 'phone number or code';
    // List numbering: "1." or "2)" at the start of a line.
    if (np.first === 0 && next && (next.text === '.' || next.text === ')') && joined(last, next)) return 'list number';
    // An address: "10 Downing Street".
    if (next && isCapitalized(next) && STREETS.has((toks[np.last + 2]?.lower ?? ''))) return 'address';
    // An age: "Putin, 69, said", "Alexander Drueke, 39.", "the D.J., 40, said" (after a name or a title, between commas).
    if (prev?.text === ',' && (!next || [',', '.', ';', ')'].includes(next.text)) && np.value < 120 && !np.scaled) {
      const before = toks[np.first - 2];
      if (before && (ctx.nameType(before.start) === 'PERSON' || (isCapitalized(before) && next?.text === ','))) return 'age';
    }
    // "at the age of 81".
    if (prev?.lower === 'of' && toks[np.first - 2]?.lower === 'age') return 'age';
  }
  // "F-16", "Su-34", "Kh-101", "Covid-19", "S-300", "Hwasong-11": letters, a hyphen, the digits; and "multi-billion".
  if (prev && HYPHENS.has(prev.text) && joined(prev, first) && isWord(toks[np.first - 2]) && joined(toks[np.first - 2], prev)) return 'designation';
  // A count is whole: "19.09 Ukrainian forces" is a live blog's timestamp before its headline.
  if (measured === 'noun' && !np.scaled && np.suffix !== 'm' && !Number.isInteger(np.value)) return 'time of day';
  // Ages: "a 25-year-old", "aged 25", "25 years old" (the last is a duration for times too).
  const afterHyphen = next && HYPHENS.has(next.text) && joined(last, next) ? toks[np.last + 2] : undefined;
  if (afterHyphen && /^years?(?:-old)?$/.test(afterHyphen.lower) && toks[np.last + 3]?.text === '-' && toks[np.last + 4]?.lower === 'old') return 'age';
  // "aged 25", "aged between 18 and 60".
  for (let k = np.first - 1, n = 0; k >= 0 && n < 4; k -= 1, n += 1) {
    const w = toks[k]!.lower;
    if (w === 'aged' || w === 'age' || w === 'ages') return 'age';
    if (!['between', 'and', 'from', 'to', 'over', 'under', '-', '–'].includes(w) && !/^\d+$/.test(w)) break;
  }

  if (prev && !np.scaled) {
    const label = prev.lower === '.' && toks[np.first - 2] ? toks[np.first - 2]!.lower : prev.lower;
    // "No. 1", "Article 5", "day 100", "Nord Stream 2" — but not "a staggering 420,000", and a label with a unit after ("point 5 percent") is rare enough.
    if (LABELS.has(label) && (label !== 'no' || isCapitalized(prev.lower === '.' ? toks[np.first - 2] : prev))) return 'label';
    if (prev.text === '#') return 'label';
    // "the Group of 7", "G-20"'s long form.
    if (prev.lower === 'of' && toks[np.first - 2]?.text === 'Group') return 'name number';
    // A capitalized word glued to the number's left by nothing but a space, inside a sentence: "Resolution 2231", "Patriot 3".
    // A name right before it, even opening a sentence: "Calvert 22 was established", "Channel 4".
    if (!measured && ctx.nameType(prev.start) !== null && isCapitalized(prev) && !first.text.includes(',')) return 'name number';
    // Grouped thousands are amounts, not labels: "Sloviansk had 107,000 and Kramatorsk 210,000".
    if (!measured && isCapitalized(prev) && isWord(prev) && !ctx.sentenceStart(prev.start) && prev.text !== 'I' && !first.text.includes(',') && !isFunctionWord(prev.lower) && !APPROX_WORDS.has(prev.lower)) return 'name number';
    // A model with its count's noun after it, which the names layer may have missed: "Leopard 2 tanks", "Boeing 737 jets".
    // Not after a place or a person ("in Kharkiv 12 people died"), nor after a function word opening a sentence the
    // sentence layer missed ("01.55 Around 100 civilians").
    const prevName = ctx.nameType(prev.start);
    if (measured === 'noun' && !first.text.includes(',') && isCapitalized(prev) && isWord(prev) && !ctx.sentenceStart(prev.start) && !ctx.inTime(prev.start)
      && !/^\p{Lu}+$/u.test(prev.text) && !isFunctionWord(prev.lower) && !APPROX_WORDS.has(prev.lower) && !['GPE', 'LOC', 'PERSON', 'NORP', 'FAC'].includes(prevName ?? '')) return 'name number';
  }
  // "one of the", "one resident", "in one conflict": the pronoun and the determiner, not a count (the seed gold leaves them all out).
  if (np.isOne && !np.scaled && measured !== 'unit') return 'one';
  return null;
}

/** The separator between two numbers written together ("2-1", "24/7", "10:30"), or null. */
function gluedSeparator(a: Tok | undefined, sep: Tok | undefined, b: Tok | undefined): string | null {
  if (!a || !sep || !b || !joined(a, sep) || !joined(sep, b)) return null;
  if (!/^\d/.test(a.text) || !/^\d/.test(b.text)) return null;
  return sep.text === ':' || sep.text === '/' || DASHES.has(sep.text) ? sep.text : null;
}
