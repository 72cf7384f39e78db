/**
 * @module analyze/identity/context
 *
 * The words around a name, for the rules that read a name's use from its
 * context (a capital standing for its government, a city for its region):
 * the text on either side within the same line and sentence, and the lists
 * a name is coordinated in ("Kiev, Kharkiv and Odesa").
 */
import type { Span } from '../document.js';

const WINDOW = 80;

/** Text before a span, back to the line or sentence start (at most 80 characters). */
export function textBefore(text: string, span: Span, window = WINDOW): string {
  const from = Math.max(0, span.start - window);
  const before = text.slice(from, span.start);
  const cut = Math.max(before.lastIndexOf('\n'), lastSentenceEnd(before));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** Text after a span, up to the line end or sentence end (at most 80 characters). */
export function textAfter(text: string, span: Span, window = WINDOW): string {
  const after = text.slice(span.end, span.end + window);
  const line = after.indexOf('\n');
  const sentence = /[.!?](?=\s+[\p{Lu}“"‘'(])/u.exec(after);
  const cuts = [line, sentence ? sentence.index + 1 : -1].filter((i) => i >= 0);
  return cuts.length > 0 ? after.slice(0, Math.min(...cuts)) : after;
}

function lastSentenceEnd(before: string): number {
  let cut = -1;
  for (const match of before.matchAll(/[.!?][”"’)]?\s+(?=[\p{Lu}“"‘'(])/gu)) {
    // "U.S. Congress", "Gen. Syrskyi": a dot after an abbreviation or an initial is not an end.
    const word = /(?:^|\s)(\S+)$/u.exec(before.slice(0, match.index + 1))?.[1] ?? '';
    if (/^(?:\p{L}\.)+$/u.test(word) || /^(?:mr|mrs|ms|dr|gen|lt|col|sen|rep|gov|st|prof|capt|sgt|adm)\.$/iu.test(word)) continue;
    cut = match.index + match[0].length - 1;
  }
  return cut;
}

/** What may stand between two names of one list: a comma, "and", "or", a slash. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|\/\s*|;\s*)$/iu;

/**
 * The lists of names: runs of spans with only a list separator between
 * neighbours. Returns, for each span (by index), the indexes of its list,
 * itself included; a span in no list is a list of one.
 */
export function coordinatedLists(text: string, spans: readonly Span[]): number[][] {
  const lists: number[][] = [];
  const out: number[][] = new Array(spans.length);
  let current: number[] = [];
  spans.forEach((span, i) => {
    const previous = i > 0 ? spans[i - 1]! : undefined;
    if (previous && previous.end <= span.start && LIST_GAP.test(text.slice(previous.end, span.start))) {
      current.push(i);
    } else {
      current = [i];
      lists.push(current);
    }
  });
  for (const list of lists) for (const i of list) out[i] = list;
  return out;
}
