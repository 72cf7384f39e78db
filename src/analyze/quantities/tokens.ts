/**
 * @module analyze/quantities/tokens
 *
 * The finder's tokens: one regex pass over a line of text (a paragraph: a
 * quantity, its approximator and its noun never cross a line break). Only
 * lines that hold something number-like are tokenized, so the cost of the
 * layer follows the figures in an article, not its length.
 */

export interface Tok {
  text: string;
  /** Lowercased, curly apostrophes made straight: what the lexicons are keyed by. */
  lower: string;
  start: number;
  end: number;
  /** Whitespace (or the line start) before it: "F-16" is three tokens with no gap, "38 of" has one. */
  gap: boolean;
}

/**
 * Abbreviations with dots ("U.S.", "p.m."), digits grouped by a no-break or thin space ("45 000"),
 * digits with grouping and decimals and a
 * letter suffix ("45,000", "1.5", "3bn", "47th", "155mm"), words with an
 * apostrophe or trailing digits ("Russia's", "Mi8", "G7"), or any other
 * single character (punctuation, currency symbols, dashes).
 */
const TOKEN = /(?:\p{L}\.){2,}|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d])(?:\.\d+)?\p{L}*|\d+(?:[.,]\d+)*\p{L}*|[\p{L}\p{M}]+(?:['’][\p{L}]+)*(?:\d+\p{L}*)?|\S/gu;

export function tokenize(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  const line = text.slice(from, to);
  let prevEnd = -1;
  for (const m of line.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    const t = m[0];
    toks.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start, end: start + t.length, gap: start !== prevEnd });
    prevEnd = start + t.length;
  }
  return toks;
}

/** Whether a token is a word (starts with a letter). */
export function isWord(t: Tok | undefined): boolean {
  return t !== undefined && /^\p{L}/u.test(t.text);
}

export function isCapitalized(t: Tok | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

/** Two tokens written together ("F" "-" "16", "40" "-" "mile"). */
export function joined(a: Tok | undefined, b: Tok | undefined): boolean {
  return a !== undefined && b !== undefined && !b.gap && a.end === b.start;
}

export const HYPHENS = new Set(['-', '‐', '‑']);
export const DASHES = new Set(['-', '‐', '‑', '–', '—']);
