/**
 * @module analyze/names/tokenize
 *
 * Words and punctuation as `[start, end)` spans, split the way CoNLL-2003
 * (Penn Treebank) splits them, because the recognizer was trained on that
 * split: brackets, quotes and sentence punctuation apart; "U.S.", "Mr.",
 * "1,000", "3.5", "F-16" and "O'Brien" whole; the clitics 's and n't apart
 * ("Zelensky's" → "Zelensky" "'s"); dashes and slashes between words apart.
 */
import type { Token } from './types.js';

const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.', 'gov.', 'sen.', 'rep.',
  'st.', 'mt.', 'jr.', 'sr.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'vs.', 'etc.', 'jan.', 'feb.', 'mar.', 'apr.',
  'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'p.m.', 'a.m.',
]);
const LEADING = /^[(\["'“‘«{<¿¡*]/u;
const TRAILING = /[)\]"'”’»}>,;:!?*]$|\.$|…$/u;
/** A word of ASCII letters, perhaps followed by one comma, full stop, colon or semicolon. */
const PLAIN_WORD = /^([A-Za-z]+)[,.;:]?$/;
const SENTENCE_END = /^[.!?…]$/u;
const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;
/** What splits a chunk inside: dashes and slashes between words ("defeat—not", "Kharkiv/Kharkov"), not in "1/2" or "1996/97". */
const INNER_SPLIT = /([—–]|-{2,}|(?<!\d)\/|\/(?!\d))/u;
const INNER_SEPARATOR = new RegExp(`^${INNER_SPLIT.source}$`, 'u');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/gu)) splitChunk(match[0], match.index, tokens);
  return tokens.flatMap((token) => splitNameCompound(text, token));
}

/** Words after a hyphen that make a compound adjective of a name: "CIA-backed", "Russian-occupied". */
const PARTICIPLES = /^(?:backed|led|based|controlled|occupied|held|made|allied|funded|supplied|sponsored|installed|annexed|linked|friendly|style|era)$/;
const ACRONYM = /^\p{Lu}(?:\p{Lu}|\.)+$/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

/**
 * News joins names with hyphens ("NATO-Russia war", "Ukraine-US partnership",
 * "CIA-backed coup"), and each name is a mention of its own. CoNLL keeps such
 * tokens whole, but rarely has them; so split where one side is an acronym
 * or the right side a participle, and leave "Jean-Michel", "Nagorno-Karabakh"
 * and all-capitals headline words ("ROUND-UP") whole.
 */
function splitNameCompound(text: string, token: Token): Token[] {
  const word = text.slice(token.start, token.end);
  if (!word.includes('-') || !/\p{Ll}/u.test(word)) return [token];
  const parts = word.split('-');
  if (parts.length !== 2 || parts.some((p) => p === '')) return [token];
  const [left, right] = parts as [string, string];
  const nameLike = (p: string) => ACRONYM.test(p) || CAPITALIZED.test(p);
  const compound =
    (ACRONYM.test(left) && (nameLike(right) || PARTICIPLES.test(right))) ||
    (CAPITALIZED.test(left) && (ACRONYM.test(right) || PARTICIPLES.test(right)));
  if (!compound) return [token];
  const hyphen = token.start + left.length;
  return [
    { start: token.start, end: hyphen },
    { start: hyphen, end: hyphen + 1 },
    { start: hyphen + 1, end: token.end },
  ];
}

function splitChunk(chunk: string, offset: number, out: Token[]) {
  // Most chunks are a plain word, or a word and a comma or full stop: no rule below would change them.
  const plain = PLAIN_WORD.exec(chunk);
  if (plain) {
    const word = plain[1]!;
    if (word.length === chunk.length) return void out.push({ start: offset, end: offset + chunk.length });
    if (!isWord(chunk)) {
      out.push({ start: offset, end: offset + word.length }, { start: offset + word.length, end: offset + chunk.length });
      return;
    }
  }
  const inner = chunk.split(INNER_SPLIT);
  if (inner.length > 1) {
    let at = offset;
    for (const part of inner) {
      if (part) {
        if (INNER_SEPARATOR.test(part)) out.push({ start: at, end: at + part.length });
        else splitChunk(part, at, out);
      }
      at += part.length;
    }
    return;
  }
  let start = 0;
  let end = chunk.length;
  const tail: Token[] = [];
  // Leading punctuation, one character a token (a run of the same character is one token: "--", "...").
  while (start < end && LEADING.test(chunk.slice(start, end)) && !isWord(chunk.slice(start, end)) && /[\p{L}\p{N}]/u.test(chunk.slice(start, end))) {
    const run = runLength(chunk, start, end);
    out.push({ start: offset + start, end: offset + start + run });
    start += run;
  }
  // Trailing punctuation and clitics, peeled from the right.
  for (;;) {
    const rest = chunk.slice(start, end);
    // What is left is all punctuation ("...", "--", "?!"): one token.
    if (rest.length === 0 || isWord(rest) || !/[\p{L}\p{N}]/u.test(rest)) break;
    const clitic = CLITIC.exec(rest);
    if (clitic && clitic.index > 0) {
      tail.unshift({ start: offset + start + clitic.index, end: offset + end });
      end = start + clitic.index;
      continue;
    }
    if (!TRAILING.test(rest) || rest.length === 1) break;
    // A run of one character ("..."), or of sentence punctuation ("?!"), is one token.
    const last = rest[rest.length - 1]!;
    const sameRun = (c: string) => c === last || (SENTENCE_END.test(last) && SENTENCE_END.test(c));
    let run = 1;
    while (run < rest.length - 1 && sameRun(rest[rest.length - 1 - run]!)) run++;
    tail.unshift({ start: offset + end - run, end: offset + end });
    end -= run;
  }
  if (end > start) out.push({ start: offset + start, end: offset + end });
  out.push(...tail);
}

/** A chunk that keeps its dots and inner punctuation: an abbreviation, initials, a number, a clitic on its own. */
function isWord(chunk: string): boolean {
  const lower = chunk.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (/^(?:\p{L}\.){2,}$/u.test(chunk)) return true; // U.S., U.K., e.g.
  if (/^\p{Lu}\.$/u.test(chunk)) return true; // an initial: "Vladimir V. Putin"
  if (/^['’](?:s|re|ve|ll|d|m)$/i.test(chunk) || /^n['’]t$/i.test(chunk)) return true;
  return false;
}

function runLength(chunk: string, start: number, end: number): number {
  let run = 1;
  while (start + run < end - 1 && chunk[start + run] === chunk[start]) run++;
  return run;
}
