/**
 * @module analyze/times/scan
 *
 * The matches of a grammar rule, as `text.matchAll(pattern)` gives them, but
 * about twice as fast. Almost every rule starts with a word-start lookbehind
 * (grammar.ts's `B`). A pattern that starts with a lookbehind defeats the
 * regular-expression engine's quick scan for the first characters, so the
 * whole pattern is tried at every position of the text: that cost was half
 * of the times layer's. Here the lookbehind is taken off the front, the rest
 * is scanned for, and the lookbehind is tested only where the rest matched.
 *
 * This gives exactly matchAll's matches: B·P matches at a position if and
 * only if B holds there and P matches there, with the same groups (B is
 * zero-width and captures nothing); the leftmost position where P matches
 * and B holds is therefore the leftmost match of B·P.
 */

export interface Scanner {
  /** The rule's pattern (global, unicode). */
  readonly pattern: RegExp;
  /** The pattern without the leading lookbehind, or null where it has none to take off. */
  readonly rest: RegExp | null;
  /** The lookbehind alone, sticky: tested at one position. */
  readonly lead: RegExp | null;
}

/** The top-level alternatives of a pattern source: "a|(b|c)" gives ["a", "(b|c)"]. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth += 1;
    } else if (c === ')') {
      depth -= 1;
    } else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

/** A scanner for a pattern whose every top-level alternative starts with the lookbehind `lead`. */
export function scannerFor(pattern: RegExp, lead: string): Scanner {
  const alts = alternatives(pattern.source);
  if (!alts.every((alt) => alt.startsWith(lead))) return { pattern, rest: null, lead: null };
  const rest = alts.map((alt) => alt.slice(lead.length)).join('|');
  return { pattern, rest: new RegExp(rest, pattern.flags), lead: new RegExp(lead, `${pattern.flags.replace('g', '')}y`) };
}

/** Every match of the scanner's pattern in the text, in order, as matchAll yields them. */
export function* scan(scanner: Scanner, text: string): Generator<RegExpExecArray> {
  const { rest, lead } = scanner;
  if (!rest || !lead) {
    scanner.pattern.lastIndex = 0;
    yield* text.matchAll(scanner.pattern) as IterableIterator<RegExpExecArray>;
    return;
  }
  rest.lastIndex = 0;
  for (let match = rest.exec(text); match; match = rest.exec(text)) {
    lead.lastIndex = match.index;
    if (!lead.test(text)) {
      rest.lastIndex = match.index + codePointLength(text, match.index);
      continue;
    }
    // An empty match moves on by one code point, as matchAll does (no rule matches empty, but stay exact).
    if (match[0].length === 0) rest.lastIndex = match.index + codePointLength(text, match.index);
    yield match;
  }
}

function codePointLength(text: string, index: number): number {
  const code = text.codePointAt(index);
  return code !== undefined && code > 0xffff ? 2 : 1;
}
