/**
 * @module analyze/times/filters
 *
 * What looks like a time and is not: a month or weekday word that the names
 * layer typed as a person or a place ("Theresa May", "March" a town, "the
 * Black Sea Fleet's Sunday"), and a date inside a longer name ("Euro 2024",
 * "Vision 2030"), and a date in a web address
 * ("https://audio.guim.co.uk/2020/05/05/…"). Numbers that are not years ("45,000", "2000 troops") are
 * refused by the year rule itself (grammar.ts).
 */
import type { Candidate } from './types.js';

export interface NameSpan {
  start: number;
  end: number;
  type: string;
}

const NAME_TYPES_THAT_ARE_NOT_TIMES = new Set(['PERSON', 'GPE', 'LOC', 'FAC', 'ORG', 'NORP', 'WEAPON']);
/** Rules whose match is a single word that is also a name: a month, a season, a weekday, a holiday. */
const WORD_RULES = new Set(['month', 'season', 'weekday', 'holiday']);

export function isNotATime(candidate: Candidate, names: readonly NameSpan[], text: string): boolean {
  if (insideWebAddress(text, candidate)) return true;
  for (const name of names) {
    if (name.end <= candidate.start || name.start >= candidate.end) continue;
    // A month or weekday word that a name covers: "May" of "Theresa May", "March" the town.
    if (WORD_RULES.has(candidate.rule) && NAME_TYPES_THAT_ARE_NOT_TIMES.has(name.type)) return true;
    // A date inside a longer name: "Euro 2024", "the Minsk II agreement of 2015" is not affected (the year stands outside).
    if (name.start <= candidate.start && name.end >= candidate.end && name.end - name.start > candidate.end - candidate.start) return true;
  }
  return false;
}

/** Whether the run of non-space characters around the candidate is a web address: it holds "://" or starts "www.". */
function insideWebAddress(text: string, candidate: Candidate): boolean {
  let from = candidate.start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from -= 1;
  if (from === candidate.start && text[candidate.end] !== '/') return false;
  let to = candidate.end;
  while (to < text.length && !/\s/.test(text[to]!)) to += 1;
  return /:\/\/|^www\./i.test(text.slice(from, to));
}
