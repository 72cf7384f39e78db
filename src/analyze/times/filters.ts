/**
 * @module analyze/times/filters
 *
 * What looks like a time and is not: a month or weekday word that the names
 * layer typed as a person or a place ("Theresa May", "March" a town, "the
 * Black Sea Fleet's Sunday"), and a date inside a longer name ("Euro 2024",
 * "Vision 2030"). Numbers that are not years ("45,000", "2000 troops") are
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

export function isNotATime(candidate: Candidate, names: readonly NameSpan[]): boolean {
  for (const name of names) {
    if (name.end <= candidate.start || name.start >= candidate.end) continue;
    // A month or weekday word that a name covers: "May" of "Theresa May", "March" the town.
    if (WORD_RULES.has(candidate.rule) && NAME_TYPES_THAT_ARE_NOT_TIMES.has(name.type)) return true;
    // A date inside a longer name: "Euro 2024", "the Minsk II agreement of 2015" is not affected (the year stands outside).
    if (name.start <= candidate.start && name.end >= candidate.end && name.end - name.start > candidate.end - candidate.start) return true;
  }
  return false;
}
