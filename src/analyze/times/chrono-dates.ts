/**
 * @module analyze/times/chrono-dates
 *
 * chrono-node as a second reader of calendar dates: the forms our grammar
 * has no rule for ("the 3rd of March", "Mar 3rd", "12.05.2023") come from
 * it. Only what chrono is sure of is kept: a result with a stated month and
 * day, inside one sentence, whose year (when stated) it read from the text.
 * Its choice of year for a yearless date is not used: chrono prefers the
 * nearest date, which can lie in the future; resolve.ts applies news's past
 * bias instead.
 */
import * as chrono from 'chrono-node/en';
import { MONTH } from './lexicon.js';
import type { Candidate } from './types.js';

const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}])${MONTH}`, 'iu');

export function chronoCandidates(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Candidate[] {
  const found: Candidate[] = [];
  const reference = new Date(Date.UTC(2000, 0, 1, 12));
  for (const sentence of sentences) {
    const content = text.slice(sentence.start, sentence.end);
    if (!/\d/.test(content)) continue;
    for (const result of chrono.strict.parse(content, reference)) {
      const { start } = result;
      if (!(start.isCertain('month') && start.isCertain('day'))) continue;
      if (result.end || /[.;!?]\s/.test(result.text) || result.text.length > 40) continue;
      // A clock time chrono read from a day or a year ("Dec. 14" as 14:00) is not a date we trust.
      if (start.isCertain('hour')) continue;
      // Fractions in stock tables ("dropped 2 1/2 to 37 3/4") are not dates: a numeric date needs its year.
      if (!/\p{L}/u.test(result.text) && !start.isCertain('year')) continue;
      // Relative phrases ("the day before") come out with a certain day too; only a stated calendar date counts.
      if (!MONTH_WORD.test(result.text) && !/\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/.test(result.text)) continue;
      const begin = sentence.start + result.index;
      found.push({
        start: begin,
        end: begin + result.text.length,
        rule: 'chrono',
        priority: 1,
        reading: {
          kind: 'calendar',
          gran: 'day',
          month: start.get('month')!,
          day: start.get('day')!,
          ...(start.isCertain('year') ? { year: start.get('year')! } : {}),
        },
      });
    }
  }
  return found;
}
