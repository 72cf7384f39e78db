/**
 * @module analyze/quantities/assemble
 *
 * The quantities of one line: every number phrase with what it measures
 * (first pass), then the links between neighbours — "38 of 63 drones" and
 * "10-15 km" lend the second number's unit to the first —, the filters, the
 * approximators, and which bare numbers stand (second pass).
 */
import type { FoundQuantity } from './types.js';
import { approxBefore } from './approximators.js';
import { notAQuantity, type FilterContext } from './filters.js';
import { measure, type Measured } from './measure.js';
import { countsPeople, type NounContext } from './nouns.js';
import { readNumber, scaled, type NumberPhrase } from './numerals.js';
import { DASHES, joined, type Tok } from './tokens.js';

export interface LineContext extends NounContext, FilterContext {
  /** Whether any character of [start, end) lies in a times span. */
  inTimes(start: number, end: number): boolean;
  /** The type of the first name overlapping [start, end), or null. */
  nameIn(start: number, end: number): string | null;
}

interface Draft {
  np: NumberPhrase;
  m: Measured;
}

/** A line's quantities, in text order (conversions are linked by the caller, across the whole text). */
export function quantitiesInLine(toks: readonly Tok[], ctx: LineContext): FoundQuantity[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < toks.length; ) {
    const np = readNumber(toks, i);
    if (!np) {
      i += 1;
      continue;
    }
    drafts.push({ np, m: measure(toks, np, ctx) });
    i = np.last + 1;
  }

  const out: FoundQuantity[] = [];
  /** The range a first number found for the second ("between 100 and 200": both carry [100, 200]). */
  const rangeOfNext = new Map<number, [number, number]>();
  drafts.forEach((d, q) => {
    const { np } = d;
    let m = d.m;
    if (m.reject) return;
    const next = drafts[q + 1];
    // "over two or three years": the first of a range of durations is a duration too; and a bare number just after
    // a duration restates it ("over 40 years instead of 30", "from 10 days to 14").
    if (m.kind === null && next?.m.reject && linkBetween(toks, d, next) === 'range') return;
    const prev = drafts[q - 1];
    if (m.kind === null && prev?.m.reject === 'duration' && np.first - prev.np.last <= 4 && wordsOnlyBetween(toks, prev.np.last + 1, np.first)) return;
    let range: [number, number] | undefined = rangeOfNext.get(q) ?? np.range;
    // "$15-$20bn": a first sum in the second's currency, without its scale.
    const sameMoney = m.dimension === 'money' && next?.m.dimension === 'money' && m.unit === next.m.unit && m.scale === 1 && next.m.scale > 1;
    if ((m.kind === null || sameMoney) && next && !next.m.reject) {
      const link = linkBetween(toks, d, next);
      if (link) {
        // The first of "38 of 63 drones", "10-15 km", "between 20 and 30 people" counts what the second counts; its span stays the number.
        m = { ...m, unit: next.m.unit, dimension: next.m.dimension, kind: next.m.kind, noun: next.m.noun };
        if (link === 'range') {
          // "6 to 8 million people", "£15-20m": the first number takes the second's scale.
          if (m.scale === 1 && next.m.scale > 1 && m.value < next.m.value / next.m.scale * 10) {
            m = { ...m, value: scaled(m.value.toString(), next.m.scale), scale: next.m.scale };
          }
          range = [m.value, next.m.value];
          rangeOfNext.set(q + 1, range);
        }
      }
    }
    const first = toks[np.first]!;
    const last = toks[np.last]!;
    if (ctx.inTimes(first.start, last.end)) return;
    // A number inside a name is none ("Hwasong-11", "Nord Stream 1") — unless the recognizer took a measured figure
    // for a person or an organization ("Nine people have been pulled out", "the £240m Motor Yacht A").
    const name = ctx.nameIn(first.start, last.end);
    if (name && !((name === 'PERSON' && m.kind === 'noun') || (m.dimension === 'money' && m.first < np.first))) return;
    if (notAQuantity(toks, np, m.kind, ctx)) return;

    let unit = m.unit;
    if (m.kind === null) {
      // "200 to 300 die": the first of a range counts what the context makes the second count.
      const linked = next && !next.m.reject && next.m.kind === null && linkBetween(toks, d, next) !== null;
      const people = countsPeople(toks, np.first, np.last) || (linked && countsPeople(toks, next.np.first, next.np.last));
      // A bare number word is a quantity only where it counts people ("killed seven"), where an approximator or
      // "more"/"others" marks it as an amount ("about eight", "two more were shot down"): "in two", "the two" are not.
      const amount = approxBefore(toks, np.first).approx || ['more', 'others', 'other'].includes(toks[np.last + 1]?.lower ?? '');
      if (!np.digits && !np.scaled && !np.vague && !people && !amount) return;
      if (people) unit = 'people';
    }
    const article = np.first > 0 && /^an?$/.test(toks[np.first - 1]!.lower) ? np.first - 1 : -1;
    const before = approxBefore(toks, article >= 0 ? article : m.first);
    const start = toks[m.first]!.start;
    const end = toks[m.last]!.end;
    const found: FoundQuantity = {
      start,
      end,
      value: m.value,
      unit,
      dimension: m.dimension,
      approx: np.vague || before.approx || m.approxAfter,
    };
    if (range) found.range = range;
    if (m.noun) found.noun = { start: toks[m.noun.first]!.start, end: toks[m.noun.head]!.end };
    out.push(found);
  });
  return out;
}

/** Whether d and next are "N of M …" ('of') or a range "N-M", "N to M", "between N and M" ('range'). */
function linkBetween(toks: readonly Tok[], d: Draft, next: Draft): 'of' | 'range' | null {
  const from = d.m.last + 1;
  const to = next.m.first;
  // Links are one to three words long; anything longer is no link (and is not joined into a string).
  if (to - from < 1 || to - from > 3) return null;
  const between: string[] = [];
  for (let k = from; k < to; k += 1) between.push(toks[k]!.lower);
  const words = between.join(' ');
  if (words === 'of' || words === 'out of' || words === 'of the' || words === 'out of the') return 'of';
  if (between.length === 1 && DASHES.has(between[0]!) && joined(toks[d.m.last], toks[from]) && joined(toks[from], toks[to])) return 'range';
  if (words === 'to' || words === 'or') return 'range';
  if (words === 'and' && toks[d.m.first - 1]?.lower === 'between') return 'range';
  return null;
}

/** Whether tokens [from, to) are all words: no comma or stop between ("40 years instead of 30", not "24 hours, and 16"). */
function wordsOnlyBetween(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (!/^\p{L}/u.test(toks[k]!.text)) return false;
  return true;
}
