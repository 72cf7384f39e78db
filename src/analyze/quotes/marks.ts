/**
 * @module analyze/quotes/marks
 *
 * Pairs quotation marks into quoted passages. Straight and curly double
 * marks and guillemets open top-level quotes; single marks only nest inside
 * them, because ’ is also the apostrophe and a top-level ‘…’ cannot be told
 * from "the soldiers’ families" without a parser. News style continues a
 * quote over paragraphs by opening each new paragraph with a mark and
 * closing only the last one, so an open quote that meets a paragraph break
 * goes on when the next paragraph opens with a mark; otherwise it ends with
 * its paragraph (a stray mark never swallows the rest of the article).
 */
import type { Span } from '../document.js';

export interface QuotedPassage extends Span {
  /** Offset of the opening mark (the passage starts after it). */
  open: number;
  /** Offset of the closing mark, or of the paragraph end for an unclosed quote. */
  close: number;
  /** True when the passage ran on over paragraph breaks. */
  paragraphs: number;
  closed: boolean;
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
const STRAIGHT = '"';

export function quotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let open = -1;
  let paragraphs = 1;
  const finish = (close: number, closed: boolean) => {
    const start = open + 1;
    if (close > start) passages.push({ start, end: close, open, close, paragraphs, closed });
    open = -1;
    paragraphs = 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const pair = doubledMark(text, i);
    if (open < 0) {
      if (OPENERS.has(c) || (c === STRAIGHT && opensStraight(text, i)) || pair === 'open' || (pair === 'either' && opensStraight(text, i, 2))) {
        open = pair ? i + 1 : i;
        if (pair) i += 1;
      }
      continue;
    }
    if (pair === 'close' || (pair === 'either' && !opensStraight(text, i, 2))) {
      finish(i, true);
      i += 1;
    } else if (CLOSERS.has(c) || (c === STRAIGHT && !opensStraight(text, i))) {
      finish(i, true);
    } else if (c === '\n') {
      const next = nextParagraphStart(text, i);
      const opener = text[next];
      const doubled = doubledMark(text, next);
      if (opener !== undefined && (OPENERS.has(opener) || opener === STRAIGHT || doubled === 'open' || doubled === 'either')) {
        paragraphs += 1;
        i = doubled ? next + 1 : next;
      } else {
        finish(trimEnd(text, i), false);
      }
    } else if (OPENERS.has(c) || c === STRAIGHT) {
      // A second opener before a closer: the first was a stray mark.
      open = i;
    }
  }
  if (open >= 0) finish(trimEnd(text, text.length), false);
  return passages;
}

/**
 * Two apostrophes or two backticks as one mark, the typewriter quotes of
 * the New York Times' archive and of TimeBank-era wire text (''...'', ``...'').
 */
function doubledMark(text: string, i: number): 'open' | 'close' | 'either' | null {
  const two = text.slice(i, i + 2);
  if (two === '``') return 'open';
  if (two === "''") return 'either';
  return null;
}

/** A straight mark opens after a space, a line start or an opening bracket, and before a word. */
function opensStraight(text: string, i: number, width = 1): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + width] ?? ' ';
  return /[\s([{\u2014-]/.test(before) && /\S/.test(after);
}

function nextParagraphStart(text: string, newline: number): number {
  let j = newline;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  return j;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
