/**
 * @module analyze/times/grammar
 *
 * Our recognizers: regular-expression rules over the text, each turning
 * what it matched into a `Reading` (what the words say, before any reference
 * date). They cover what chrono-node does not read or reads wrongly for news
 * (chrono-dates.ts has the rest): bare years, decades, centuries, seasons,
 * quarters and halves, durations ("nearly three-year", "more than 1,000
 * days"), sets ("every night", "daily"), vague references ("now",
 * "recently", "the future"), offsets ("two years later", "a week ago") and
 * the deictic words ("yesterday", "last week", "earlier this month").
 *
 * Every rule runs over the whole text (scan.ts makes that cheap); overlaps
 * are settled in find-times.ts (the longest span wins).
 */
import {
  DAY, DAY_PART, DAY_PARTS, FREQUENCY_ADVERBS, MONTH, NUMBER, ORDINALS, SEASON, SEASONS, SOME, UNIT, WEEKDAY, WEEKDAYS_PLURAL, YEAR,
  durationValue, durationWithFraction, monthNumber, numberValue, unitOf, weekdayNumber, type Unit,
} from './lexicon.js';
import type { Granularity } from './calendar.js';
import type { Candidate, Reading, Which } from './types.js';
import { scan, scannerFor } from './scan.js';

/** Start of a word: no letter or digit just before. */
const B = String.raw`(?<![\p{L}\d'’/-])`;
/** End of a word. */
const E = String.raw`(?![\p{L}\d])`;

/** A year said in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand and one". */
const SPOKEN_YEAR = String.raw`(?:nineteen[-\s](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand(?:(?:\s+and)?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))?)${E}`;
/** A year in figures or in words. */
const ANY_YEAR = String.raw`(?:${YEAR}|${SPOKEN_YEAR})`;

/** The number of a year in figures or in words. */
function parseYear(phrase: string): number | null {
  if (/^\d/.test(phrase)) return Number(phrase);
  const words = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const nineteen = /^nineteen[- ](.+)$/.exec(words);
  if (nineteen) {
    const n = numberValue(nineteen[1]!);
    return n ? 1900 + n : null;
  }
  const thousand = /^two thousand(?: and)?(?: (.+))?$/.exec(words);
  if (thousand) return 2000 + (thousand[1] ? numberValue(thousand[1]) ?? 0 : 0);
  return null;
}

interface Rule {
  name: string;
  pattern: RegExp;
  priority?: number;
  /** The reading of a match, or null to reject it; may narrow the span (offsets into the text). */
  build(match: RegExpExecArray, text: string): { reading: Reading; start?: number; end?: number } | Reading | null;
}

const rx = (source: string) => new RegExp(source, 'giu');

const isCapitalized = (word: string | undefined) => !!word && /^\p{Lu}/u.test(word);

const MODIFIER = String.raw`(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|over(?!\s+the\b)|well\s+over|less\s+than|fewer\s+than|under|at\s+least|at\s+most|up\s+to|just|only|barely|little\s+more\s+than|a\s+further|another|an\s+additional|the\s+better\s+part\s+of)`;
const EDGE = String.raw`(?:the\s+(?:beginning|end|middle|start|rest|remainder|close|turn|first\s+half|second\s+half)\s+of|early|late|mid|earlier|later)`;

/** The word before an offset, lower-cased ("" at the start). */
function wordBefore(text: string, index: number): string {
  const match = /([\p{L}\d.'’$]+)[\s,]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return match ? match[1]!.toLowerCase() : '';
}

function textAfter(text: string, index: number, length = 40): string {
  return text.slice(index, index + length);
}

function which(word: string | undefined): Which | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'this past' || w === 'previous' || w === 'the previous') return 'last';
  if (w === 'next' || w === 'coming' || w === 'this coming' || w === 'the coming' || w === 'the following') return 'next';
  if (w === 'this' || w === 'the current' || w === 'current') return 'this';
  return undefined;
}

function partOf(word: string | undefined) {
  return word ? DAY_PARTS[word.toLowerCase()] : undefined;
}

function dayNumber(word: string): number {
  return parseInt(word, 10);
}

/** Words after a number that make it a count, not a year: "2000 troops". */
const COUNT_NOUN = /^\s+(?:people|persons|troops|soldiers|men|women|children|civilians|fighters|refugees|deaths|dead|casualties|miles|kilometres|kilometers|km|meters|metres|feet|tons|tonnes|tanks|drones|missiles|rockets|shells|rounds|units|homes|houses|buildings|villages|times|strong|votes|seats|members|workers|jobs|cases|points|shares|barrels|dollars|euros|pounds|rubles|hryvnias|acres|hectares|vehicles|aircraft|planes|jets|ships|boats|calories|prisoners|hostages|employees|students|lbs|kg)\b/i;
/** Words before a number that make it a name or a count: "Flight 1549", "No. 2024", "Resolution 2231". */
const NOT_YEAR_BEFORE = new Set([
  'no.', 'nos.', 'number', 'flight', 'route', 'highway', 'room', 'page', 'pages', 'pp.', 'p.', 'resolution', 'unit', 'brigade', 'regiment',
  'battalion', 'division', 'article', 'section', 'chapter', 'model', 'rule', 'bill', 'law', 'code', 'tu-', 'su-', 'mig-', 'hr', 'h.r.', 's.',
  'euro', 'vision', 'agenda', 'windows', 'office', 'cop', 'expo', 'apollo', 'boeing', 'airbus', 'about', 'nearly', 'almost', 'than', 'some',
  'approximately', 'roughly', 'over', 'to', 'of', 'and',
]);

/** Month names that are also words or names: alone they need a date-like context. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr']);
const MONTH_CONTEXT_BEFORE = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'from', 'of', 'through', 'throughout', 'last', 'next', 'this', 'early', 'late', 'mid',
  'before', 'after', 'on', 'to', 'between', 'and', 'or', 'until', 'that', 'around', 'as', 'for', 'end', 'beginning', 'start', 'middle',
  'past', 'coming', 'each', 'every',
]);

function monthAloneOk(monthWord: string, text: string, start: number, hasModifier: boolean): boolean {
  if (!isCapitalized(monthWord)) return false;
  const key = monthWord.toLowerCase().replace(/\.$/, '');
  if (hasModifier) return true;
  if (!AMBIGUOUS_MONTHS.has(key)) return true;
  if (key !== 'may' && key !== 'march' && monthWord.endsWith('.')) return true;
  const before = wordBefore(text, start);
  // "The March accession", "the May elections": a month before its noun; not "the March of Dimes", "the March to the sea".
  if ((before === 'the' || before === 'a') && /^\s+(?!(?:of|on|to|toward|towards|against|through|into|from|by|in|for|and|or|was|were|is|are|will|would|has|had|began|ended|reached|went|came|passed|continued|moved|drew)\b)\p{Ll}{3,}\b/u.test(textAfter(text, start + monthWord.length))) return true;
  if (!MONTH_CONTEXT_BEFORE.has(before)) return false;
  // "may" after "and"/"or"/"to" is a verb in lower case only; capitalised after them it is a month ("April and May").
  // "in March to comply with sanctions" is the month: after "in", "since", "by" the verb cannot stand.
  const monthPreposition = ['in', 'since', 'until', 'till', 'by', 'during', 'through', 'throughout', 'early', 'late', 'mid', 'last', 'next', 'this', 'of'].includes(before);
  if (key === 'march' && !monthPreposition && /^\s+(?:on|to|toward|towards|against|through|into)\b/i.test(textAfter(text, start + monthWord.length))) return false;
  return true;
}

function yearOk(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (NOT_YEAR_BEFORE.has(before) && !/^\s*[,.;)]/.test(textAfter(text, end, 3))) {
    // "about 2000 troops" is a count, "in the summer of 2000" is not matched here; a bare "to 2024" is still a year.
    if (!['to', 'of', 'and', 'over'].includes(before)) return false;
  }
  const prev = text.slice(Math.max(0, start - 2), start);
  if (/[$£€#№]\s?$/.test(prev) || /[\p{L}]-$/u.test(prev)) return false;
  const after = textAfter(text, end, 30);
  if (COUNT_NOUN.test(after)) return false;
  if (/^\s*(?:%|percent|per\s+cent|[-\s]?(?:mile|km|kilometre|kilometer|meter|metre|foot|ton|strong|page|hp|cc|mm)\b)/i.test(after)) return false;
  // Military and railway clock times: "at 1900 GMT", "2300 hours".
  if (/^\s*(?:GMT|UTC|hours|hrs|local|Zulu|Z)\b/.test(after)) return false;
  if (/^\s*[:.]\d/.test(after)) return false;
  return true;
}

const QUARTER_CENTURY_MODIFIER = new RegExp(String.raw`${B}${MODIFIER}\s+$`, 'iu');

/** Nouns after "today's" that speak of the present age, not of the day: "today's youth", "in today's dollars". */
const GENERIC_PRESENT = /^['’]s\s+(?:world|youth|young|generations?|society|children|kids|standards|dollars|money|prices|terms|economy|technology|media|politics|culture|army|armies|military|militaries|warfare|battlefields?|Russia|Ukraine|Europe|America|China|Germany|Britain|France)\b/u;

/**
 * A clock time's reading. A clock time alone is on the day the text speaks of ("was shot at 10 p.m."), the
 * publication day where it spoke of none; in a habit ("every weekday morning at 7am", "daily at 6 p.m.", "at 7am
 * every day") it is a time of every such day, no date.
 */
function clockReading(text: string, m: RegExpExecArray, start: number, clock: string): Reading {
  const habit = /\b(?:(?:every|each)\s+(?:\p{L}+\s+){0,2}|(?:daily|nightly)\s+)(?:at\s+)?$/iu.test(text.slice(Math.max(0, m.index - 40), start))
    || /^\s+(?:every|each)\s+(?:day|morning|afternoon|evening|night|weekday)\b|^\s+(?:daily|nightly)\b/i.test(textAfter(text, m.index + m[0].length));
  return habit ? { kind: 'fixed', type: 'SET', value: `XXXX-XX-XXT${clock}` } : { kind: 'anchored', gran: 'day', n: 0, clock };
}

/** Where a clock time starts without its preposition: TIMEX3 leaves "at" out ("at 10 p.m." is "10 p.m."), keeps "about". */
function afterAt(m: RegExpExecArray): number {
  const at = /^at\s+/i.exec(m[0]);
  return m.index + (at ? at[0].length : 0);
}

function yearOf(word: string | undefined): number | undefined {
  return word ? parseInt(word, 10) : undefined;
}

function relativeYear(word: string | undefined): Reading | undefined {
  if (!word) return undefined;
  const w = which(word.replace(/^the\s+/i, ''));
  if (!w) return undefined;
  return { kind: 'deictic', gran: 'year', offset: w === 'last' ? -1 : w === 'next' ? 1 : 0 };
}

const OFFSET_FROM: Record<string, 'reference' | 'anchor'> = {
  ago: 'reference', 'from now': 'reference', hence: 'reference', earlier: 'anchor', later: 'anchor', before: 'anchor', after: 'anchor',
  afterwards: 'anchor', afterward: 'anchor', previously: 'anchor', prior: 'anchor', on: 'anchor', back: 'reference',
};

const DURATION_BEFORE = new Set([
  'for', 'over', 'within', 'in', 'after', 'than', 'about', 'nearly', 'almost', 'around', 'some', 'lasted', 'lasting', 'last', 'lasts', 'take',
  'takes', 'took', 'taken', 'spent', 'spend', 'spends', 'during', 'of', 'past', 'next', 'first', 'whole', 'entire', 'full', 'least', 'just',
  'only', 'another', 'roughly', 'approximately', 'up', 'under', 'barely', 'by', 'from', 'extra', 'additional', 'further',
]);

const SET_BEFORE = /(?:\d|%|percent|times|once|twice|thrice|dollars|euros|pounds|million|billion|trillion|thousand|hundred)\s*$/i;

const UNIT_GRAN: Partial<Record<Unit, Granularity>> = {
  day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century', season: 'season',
};

export const RULES: Rule[] = [
  // --- absolute dates --------------------------------------------------------------------------------
  {
    name: 'iso-date',
    priority: 9,
    pattern: rx(String.raw`${B}(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])`),
    build: (m) => {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return { kind: 'calendar', gran: 'day', year: Number(m[1]), month, day, ...(m[4] ? { clock: `${m[4]}:${m[5]}` } : {}) };
    },
  },
  {
    // "2022/02/24", as some outlets and filings write it (a web address's date is refused in filters.ts).
    name: 'year-slash-date',
    priority: 8,
    pattern: rx(String.raw`${B}(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])`),
    build: (m) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (year < 1500 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return null;
      return { kind: 'calendar', gran: 'day', year, month, day };
    },
  },
  {
    name: 'slash-date',
    priority: 8,
    pattern: rx(String.raw`${B}(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])`),
    build: (m) => {
      let month = Number(m[1]);
      let day = Number(m[2]);
      if (month > 12 && day <= 12) [month, day] = [day, month];
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      let year = Number(m[3]);
      if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
      return { kind: 'calendar', gran: 'day', year, month, day };
    },
  },
  {
    name: 'day-month-year',
    priority: 8,
    pattern: rx(String.raw`${B}(?:(${WEEKDAY}),?\s+)?(?:the\s+)?(${DAY})(?:\s+of)?\s+(${MONTH}),?\s+(${YEAR})`),
    build: (m) => {
      const month = monthNumber(m[3]!);
      if (!month || !isCapitalized(m[3])) return null;
      return { kind: 'calendar', gran: 'day', year: Number(m[4]), month, day: dayNumber(m[2]!) };
    },
  },
  {
    name: 'month-day-year',
    priority: 8,
    pattern: rx(String.raw`${B}(?:(${WEEKDAY}),?\s+)?(${MONTH})\s+(?:the\s+)?(${DAY}),?\s+(${YEAR})`),
    build: (m) => {
      const month = monthNumber(m[2]!);
      if (!month || !isCapitalized(m[2])) return null;
      return { kind: 'calendar', gran: 'day', year: Number(m[4]), month, day: dayNumber(m[3]!) };
    },
  },
  {
    name: 'month-day',
    priority: 7,
    // "last Oct. 23" is the last October 23 before the reference day; without "last", "last Oct." alone would win.
    pattern: rx(String.raw`${B}(?:(${WEEKDAY}),?\s+)?(?:(last|this|next|this\s+past|this\s+coming)\s+)?(${MONTH})\s+(?:the\s+)?(${DAY})(?![:.]\d)`),
    build: (m, text) => {
      const month = monthNumber(m[3]!);
      if (!month || !isCapitalized(m[3])) return null;
      // "May 8" is a date; "May 2 troops" would not be, but such text is rare: only counts after the number are refused.
      if (COUNT_NOUN.test(textAfter(text, m.index + m[0].length))) return null;
      const relative = which(m[2]);
      return {
        kind: 'calendar', gran: 'day', month, day: dayNumber(m[4]!), ...(m[1] ? { weekday: weekdayNumber(m[1]) } : {}), ...(relative ? { which: relative } : {}),
      };
    },
  },
  {
    // "a court hearing the week of March 6": the ISO week of that day.
    name: 'week-of',
    priority: 8,
    pattern: rx(String.raw`${B}the\s+week\s+of\s+(${MONTH})\s+(?:the\s+)?(${DAY})(?:,?\s+(${YEAR}))?(?![:.]\d)`),
    build: (m) => {
      const month = monthNumber(m[1]!);
      if (!month || !isCapitalized(m[1])) return null;
      return { kind: 'calendar', gran: 'day', month, day: dayNumber(m[2]!), weekOf: true, ...(m[3] ? { year: Number(m[3]) } : {}) };
    },
  },
  {
    name: 'second-day',
    priority: 6,
    pattern: rx(String.raw`(?<=${B}(${MONTH})\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|or|to|through|until|[-–])\s*)(${DAY})(?![:.]?\d)(?!\s+${MONTH})`),
    build: (m) => {
      const month = monthNumber(m[1]!);
      if (!month || !isCapitalized(m[1])) return null;
      return { reading: { kind: 'calendar', gran: 'day', month, day: dayNumber(m[2]!) }, start: m.index, end: m.index + m[0].length };
    },
  },
  {
    name: 'day-month',
    priority: 7,
    pattern: rx(String.raw`${B}(?:(${WEEKDAY}),?\s+)?(?:the\s+)?(${DAY})(?:\s+of)?\s+(${MONTH})`),
    build: (m) => {
      const month = monthNumber(m[3]!);
      if (!month || !isCapitalized(m[3])) return null;
      return { kind: 'calendar', gran: 'day', month, day: dayNumber(m[2]!), ...(m[1] ? { weekday: weekdayNumber(m[1]) } : {}) };
    },
  },
  {
    name: 'month-year',
    priority: 7,
    pattern: rx(String.raw`${B}(?:${EDGE}[-\s]+)?(${MONTH}),?\s+(?:of\s+)?(?:(${ANY_YEAR})|(this|last|next)\s+year${E})`),
    build: (m) => {
      const month = monthNumber(m[1]!);
      if (!month || !isCapitalized(m[1])) return null;
      // "June last year", "January this year".
      if (m[3]) return { kind: 'calendar', gran: 'month', month, yearOffset: m[3].toLowerCase() === 'last' ? -1 : m[3].toLowerCase() === 'next' ? 1 : 0 };
      const year = parseYear(m[2]!);
      return year ? { kind: 'calendar', gran: 'month', year, month } : null;
    },
  },
  {
    // "June the following year", "in March of that year": the month in a year counted from the date spoken of.
    name: 'month-anchored-year',
    priority: 7,
    // No optional words before the month: a pattern that starts with an optional group is tried at every position.
    pattern: rx(String.raw`${B}(${MONTH}),?\s+(?:of\s+)?(the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+same|that)\s+year${E}`),
    build: (m) => {
      const month = monthNumber(m[1]!);
      if (!month || !isCapitalized(m[1])) return null;
      const w = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const offset = w === 'the following' || w === 'the next' ? 1 : w === 'the previous' || w === 'the preceding' ? -1 : 0;
      // With no date spoken of before, the year counts from the reference's, as "June next year" would.
      return { kind: 'calendar', gran: 'month', month, anchorYearOffset: offset, yearOffset: offset };
    },
  },
  {
    name: 'month',
    priority: 5,
    pattern: rx(String.raw`${B}(?:(${EDGE})[-\s]+)?(?:(last|this|next|this\s+past|this\s+coming)\s+)?(${MONTH})`),
    build: (m, text) => {
      const month = monthNumber(m[3]!);
      if (!month) return null;
      const monthStart = m.index + m[0].length - m[3]!.length;
      if (!monthAloneOk(m[3]!, text, m[1] || m[2] ? m.index : monthStart, Boolean(m[1] || m[2]))) return null;
      return { kind: 'calendar', gran: 'month', month, which: which(m[2]) };
    },
  },
  {
    name: 'year',
    priority: 4,
    pattern: rx(String.raw`${B}(?:((?:${EDGE}|the\s+(?:spring|summer|fall|autumn|winter)\s+of|(?:the\s+)?(?:fiscal|calendar|financial|model|academic)(?:\s+year)?|FY|the\s+year)[-\s]+))?(${YEAR})`),
    build: (m, text) => {
      const yearStart = m.index + m[0].length - m[2]!.length;
      if (!m[1] && !yearOk(text, yearStart, m.index + m[0].length)) return null;
      return { kind: 'calendar', gran: 'year', year: Number(m[2]) };
    },
  },
  {
    // "the 2014-2015 war", "the 1990–91 season": the second year of a span is a year of its own (TimeBank: "1991 to 1997").
    name: 'year-span-end',
    priority: 6,
    pattern: rx(String.raw`(?<=${B}(1[5-9]\d\d|20\d\d)\s*[-–]\s*)(\d{4}|\d{2})(?![\d%]|,\d|\.\d)`),
    build: (m, text) => {
      const first = Number(m[1]);
      const year = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (year <= first || year > first + 30) return null;
      if (COUNT_NOUN.test(textAfter(text, m.index + m[0].length))) return null;
      return { reading: { kind: 'calendar', gran: 'year', year }, start: m.index, end: m.index + m[0].length };
    },
  },
  {
    // "post-1959 politics", "pre-2014 borders": the year itself, as AQUAINT spans "post-1959".
    name: 'year-prefixed',
    priority: 5,
    pattern: rx(String.raw`${B}(?:post|pre)[-‐](${YEAR})${E}`),
    build: (m) => ({ kind: 'calendar', gran: 'year', year: Number(m[1]) }),
  },
  {
    name: 'decade',
    priority: 6,
    pattern: rx(String.raw`${B}(?:the\s+)?(?:(?:early|late|mid)[-\s]*)?(?:((?:1[5-9]|20)\d0)'?s|['’](\d0)s)${E}`),
    build: (m) => {
      const year = m[1] ? Number(m[1]) : Number(m[2]) + (Number(m[2]) < 30 ? 2000 : 1900);
      return { kind: 'calendar', gran: 'decade', year };
    },
  },
  {
    // "the nineties", "the early sixties": a decade of the 1900s (TimeBank: "through the nineties", 199); "the" is needed
    // ("in her twenties" is an age) and "the nineties" of a thermometer is no time.
    name: 'decade-word',
    priority: 6,
    pattern: rx(String.raw`${B}the\s+(?:(?:early|late|mid)[-\s]*)?(?:nineteen[-\s]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`),
    build: (m, text) => {
      if (/^\s*(?:degrees|°|F\b|Fahrenheit)/i.test(textAfter(text, m.index + m[0].length))) return null;
      if (/\b(?:temperatures?|highs?|lows?)\s+(?:\p{L}+\s+){0,3}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[1]!.toLowerCase()) + 2;
      return { kind: 'calendar', gran: 'decade', year: 1900 + tens * 10 };
    },
  },
  {
    name: 'century',
    priority: 6,
    pattern: rx(String.raw`${B}(?:the\s+)?(?:(?:early|late|mid)[-\s]*)?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\s]first)[-\s]+century${E}`),
    build: (m) => {
      const n = /^\d/.test(m[1]!) ? parseInt(m[1]!, 10) : ORDINALS[m[1]!.toLowerCase()];
      if (!n) return null;
      return { kind: 'calendar', gran: 'century', year: (n - 1) * 100 };
    },
  },
  {
    name: 'season-year',
    priority: 7,
    pattern: rx(String.raw`${B}(?:(?:early|late|mid)[-\s]*)?(?:the\s+)?(?:(?:early|late)\s+)?(${SEASON})(?:\s+of)?,?\s+(${ANY_YEAR})`),
    build: (m) => {
      const year = parseYear(m[2]!);
      return year ? { kind: 'calendar', gran: 'season', season: SEASONS[m[1]!.toLowerCase()]!, year } : null;
    },
  },
  {
    name: 'season-relative',
    priority: 6,
    pattern: rx(String.raw`${B}(?:(?:early|late|mid)[-\s]*)?(?:(last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past)\s+)(${SEASON})|${B}(last|this|next)\s+year['’]s\s+(${SEASON})`),
    build: (m) => {
      if (m[3]) {
        const year = m[3].toLowerCase() === 'last' ? -1 : m[3].toLowerCase() === 'next' ? 1 : 0;
        return { kind: 'calendar', gran: 'season', season: SEASONS[m[4]!.toLowerCase()]!, yearOffset: year };
      }
      const w = which(m[1]!.replace(/^the\s+/i, '')) ?? 'this';
      return { kind: 'calendar', gran: 'season', season: SEASONS[m[2]!.toLowerCase()]!, which: w };
    },
  },
  {
    name: 'season',
    priority: 4,
    pattern: rx(String.raw`${B}(?:(?:early|late|mid)[-\s]*)?(the\s+)?(?:(?:early|late)\s+)?(${SEASON})(?![-\p{L}])`),
    build: (m, text) => {
      const word = m[2]!.toLowerCase();
      const before = wordBefore(text, m.index);
      const prepositions = ['in', 'by', 'until', 'since', 'during', 'over', 'through', 'throughout', 'before', 'after', 'for', 'this', 'that', 'early', 'late', 'till', 'of'];
      const campaign = /^\s+(?:counter-?offensive|offensive|campaign|push|assault|session|break|recess|holidays?|elections?)\b/i.test(textAfter(text, m.index + m[0].length));
      if (!m[1] && !prepositions.includes(before) && !campaign) return null;
      if (word === 'fall' && !m[1] && !['in', 'by', 'until', 'since', 'during', 'this'].includes(before)) return null;
      // "the spring offensive" still speaks of a spring; "the fall of Bakhmut" is a fall, not autumn.
      if (word === 'fall' && /^\s+of\b/i.test(textAfter(text, m.index + m[0].length))) return null;
      if (/^\s+(?:of\s+(?:the|a|an|its|his|her|their)\b)/i.test(textAfter(text, m.index + m[0].length))) return null;
      return { kind: 'calendar', gran: 'season', season: SEASONS[word]! };
    },
  },
  {
    name: 'quarter',
    priority: 7,
    pattern: rx(String.raw`${B}(?:(?:the\s+|its\s+|their\s+|the\s+company['’]s\s+)?(?:(?:fiscal|calendar|financial)\s+)?(?:(${YEAR})(?:['’]s)?\s+|(last|this|next)\s+year['’]s\s+|(year-earlier|year-ago|comparable\s+year-ago|comparable\s+year-earlier)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[-\s]+(?:fiscal\s+)?quarter(?!s)${E}(?:\s+of\s+(?:(?:fiscal\s+|calendar\s+)?(${YEAR})|(?:the\s+)?(this|last|next|the\s+current)\s+(?:fiscal\s+)?year|the\s+year))?|Q([1-4])(?:\s+(${YEAR}))?${E})`),
    build: (m, text) => {
      const quarter = m[7] ? Number(m[7]) : ORDINALS[m[4]?.toLowerCase() ?? ''];
      if (!quarter) return null;
      if (!m[7] && /^\s+of\s+(?:the|an?)\s+(?!year)/i.test(textAfter(text, m.index + m[0].length))) return null;
      const year = yearOf(m[1] ?? m[5] ?? m[8]);
      if (year) return { kind: 'calendar', gran: 'quarter', year, quarter };
      if (m[3]) return { kind: 'calendar', gran: 'quarter', quarter, yearOffset: -1 };
      const relative = relativeYear(m[2] ?? m[6]);
      if (relative && relative.kind === 'deictic') return { kind: 'calendar', gran: 'quarter', quarter, yearOffset: relative.offset };
      return { kind: 'calendar', gran: 'quarter', quarter };
    },
  },
  {
    name: 'quarter-relative',
    priority: 6,
    pattern: rx(String.raw`${B}(the\s+|its\s+|their\s+)?(?:(latest|most\s+recent|recent|current|same|previous|prior|past|last|this|next|coming|year-earlier|year-ago|just-ended|just-completed|comparable|fiscal|second|first|third|fourth)\s+)?(?:(quarter|period))(?!s)${E}`),
    build: (m, text) => {
      const the = Boolean(m[1]);
      const modifier = m[2]?.toLowerCase().replace(/\s+/g, ' ');
      const noun = m[3]!.toLowerCase();
      if (noun === 'period' && !(modifier === 'latest' || modifier === 'year-earlier' || modifier === 'year-ago')) return null;
      if (['first', 'second', 'third', 'fourth'].includes(modifier ?? '')) return null;
      const after = textAfter(text, m.index + m[0].length);
      if (/^\s+of\b/i.test(after) && modifier !== 'year-earlier') return null;
      if (/^\s*[-–]\s*(?:century|mile|inch|hour|point|finals?|finalists?)/i.test(after)) return null;
      switch (modifier) {
        case 'year-earlier':
        case 'year-ago':
          return { kind: 'year-back', from: 'anchor' };
        case 'last':
        case 'previous':
        case 'prior':
        case 'past':
          if (the && (modifier === 'previous' || modifier === 'prior')) return { kind: 'anchored', gran: 'quarter', n: -1 };
          return { kind: 'deictic', gran: 'quarter', offset: -1 };
        case 'this':
        case 'current':
          return { kind: 'deictic', gran: 'quarter', offset: 0 };
        case 'next':
        case 'coming':
          return { kind: 'deictic', gran: 'quarter', offset: 1 };
        case 'latest':
        case 'most recent':
        case 'recent':
        case 'just-ended':
        case 'just-completed':
          return { kind: 'focus-quarter', ended: true };
        case 'same':
        case 'comparable':
        case 'fiscal':
          return { kind: 'focus-quarter' };
        default:
          return the && noun === 'quarter' ? { kind: 'focus-quarter' } : null;
      }
    },
  },
  {
    name: 'year-quarter',
    priority: 7,
    pattern: rx(String.raw`${B}the\s+(${YEAR})\s+(?:fiscal\s+)?(quarter|period)${E}`),
    build: (m) => ({ kind: 'focus-quarter', year: Number(m[1]), orYear: m[2]!.toLowerCase() === 'period' }),
  },
  {
    // "for the year ended Sept. 30": a twelve-month period ending on the date that follows (tagged apart).
    name: 'year-ended',
    priority: 5,
    pattern: rx(String.raw`${B}the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)`),
    build: () => ({ kind: 'fixed', type: 'DURATION', value: 'P1Y' }),
  },
  {
    name: 'year-earlier',
    priority: 5,
    pattern: rx(String.raw`${B}year[-\s](?:earlier|ago)${E}`),
    build: () => ({ kind: 'year-back', from: 'anchor' }),
  },
  {
    name: 'spoken-year',
    priority: 6,
    pattern: rx(String.raw`${B}(the\s+year\s+)?(${SPOKEN_YEAR})`),
    build: (m) => {
      // "Two thousand" alone is a number far more often than a year.
      if (!m[1] && /^two\s+thousand$/i.test(m[2]!)) return null;
      const year = parseYear(m[2]!);
      return year ? { kind: 'calendar', gran: 'year', year } : null;
    },
  },
  {
    name: 'half',
    priority: 7,
    pattern: rx(String.raw`${B}(?:the\s+)?(?:(${YEAR})['’]s\s+|(last|this|next)\s+year['’]s\s+)?(first|second|1st|2nd|latter|last)[-\s]+half${E}(?:\s+of\s+(?:(${YEAR})|(?:the\s+)?(this|last|next|the\s+current)\s+year|the\s+year))?`),
    build: (m, text) => {
      const half = m[3]!.toLowerCase().startsWith('f') || m[3] === '1st' ? 1 : 2;
      if (!m[4] && !m[5] && /^\s+of\b/i.test(textAfter(text, m.index + m[0].length))) return null;
      const year = yearOf(m[1] ?? m[4]);
      if (year) return { kind: 'calendar', gran: 'half', year, half };
      const relative = relativeYear(m[2] ?? m[5]);
      if (relative && relative.kind === 'deictic') return { kind: 'calendar', gran: 'half', half, yearOffset: relative.offset };
      return null;
    },
  },
  {
    // "H1 2024", "2024 H2": a half of a year, as business and economic news writes it.
    name: 'half-code',
    priority: 7,
    pattern: rx(String.raw`${B}(?:H([12])\s+(${YEAR})|(${YEAR})\s+H([12]))${E}`),
    build: (m) => ({ kind: 'calendar', gran: 'half', year: Number(m[2] ?? m[3]), half: Number(m[1] ?? m[4]) }),
  },
  {
    // "FY2023", "FY-24": a fiscal year, known by its number only (its months differ from one body to the next).
    name: 'fiscal-year-code',
    priority: 6,
    pattern: rx(String.raw`${B}FY[-\s]?(\d{4}|\d{2})${E}`),
    build: (m) => {
      const year = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      return year >= 1900 && year <= 2099 ? { kind: 'calendar', gran: 'year', year } : null;
    },
  },
  {
    name: 'holiday',
    priority: 6,
    pattern: rx(String.raw`${B}(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Victory\s+Day|Halloween|Valentine['’]s\s+Day|Easter(?:\s+Sunday)?|Orthodox\s+Christmas)(\s+week)?(?:\s+(${YEAR}))?${E}`),
    build: (m) => {
      // "Easter week", "Christmas week": the ISO week the feast falls in (AQUAINT: "as Easter week began", 2000-W16).
      const weekOf = m[2] ? { weekOf: true } : {};
      const name = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
      if (!/^\p{Lu}/u.test(m[1]!)) return null;
      const year = yearOf(m[3]);
      const fixed: Record<string, [number, number]> = {
        christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's": [1, 1], "new year's day": [1, 1],
        "new year's eve": [12, 31], 'independence day': [7, 4], 'victory day': [5, 9], halloween: [10, 31], "valentine's day": [2, 14],
        'orthodox christmas': [1, 7],
      };
      const date = fixed[name];
      if (date) return { kind: 'calendar', gran: 'day', month: date[0], day: date[1], ...(year ? { year } : {}), ...weekOf };
      return { kind: 'calendar', gran: 'day', holiday: name.startsWith('easter') ? 'easter' : 'thanksgiving', ...(year ? { year } : {}), ...weekOf };
    },
  },
  {
    name: 'new-year',
    priority: 6,
    pattern: rx(String.raw`${B}the\s+new\s+year${E}`),
    build: () => ({ kind: 'calendar', gran: 'year', newYear: true }),
  },

  // --- weekdays and times of day -----------------------------------------------------------------------
  {
    name: 'weekday',
    priority: 6,
    pattern: rx(String.raw`${B}(?:(early|late)\s+)?(?:(last|this|next|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following|the\s+next|the\s+preceding)\s+)?(${WEEKDAY})(?:\s+(${DAY_PART}))?`),
    build: (m, text) => {
      const weekday = weekdayNumber(m[3]!);
      if (weekday === null || !isCapitalized(m[3])) return null;
      const part = partOf(m[4]);
      const relative = m[2]?.toLowerCase().replace(/\s+/g, ' ');
      // "On a recent Saturday morning", "one Sunday": some such day, not the last one.
      // Only where the day ends its phrase: "in a Sunday noon address" is last Sunday's.
      const endsPhrase = /^\s*(?:[,.;:!?)]|$)/.test(textAfter(text, m.index + m[0].length, 3));
      if (!relative && !m[1] && endsPhrase && /\b(?:a|one|an?\s+(?:recent|early|late|cold|hot|warm|sunny|rainy|quiet|typical))\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) {
        const iso = weekday === 0 ? 7 : weekday;
        return { kind: 'fixed', type: part ? 'TIME' : 'DATE', value: `XXXX-WXX-${iso}${part ? `T${part}` : ''}` };
      }
      if (relative === 'the previous' || relative === 'the preceding') return { kind: 'weekday', weekday, which: 'before-anchor', ...(part ? { part } : {}) };
      if (relative === 'the following' || relative === 'the next') return { kind: 'weekday', weekday, which: 'after-anchor', ...(part ? { part } : {}) };
      return { kind: 'weekday', weekday, which: which(m[2]), ...(part ? { part } : {}) };
    },
  },
  {
    name: 'weekday-set',
    priority: 7,
    pattern: rx(String.raw`${B}(?:(?:every|each)\s+(${WEEKDAY})|(${WEEKDAYS_PLURAL}))(?:\s+(${DAY_PART}s?))?|${B}(${WEEKDAY})\s+((?:morning|afternoon|evening|night)s)${E}`),
    build: (m) => {
      const word = m[1] ?? m[2] ?? m[4]!;
      const partWord = m[3] ?? m[5];
      if (!isCapitalized(word)) return null;
      const weekday = weekdayNumber(word);
      if (weekday === null) return null;
      const part = partOf(partWord?.replace(/s$/, ''));
      return { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}${part ? `T${part}` : ''}` };
    },
  },
  {
    // "on Monday and Tuesday nights": the plural is both days' ("Monday" is XXXX-WXX-1TNI too).
    name: 'weekday-set-shared',
    priority: 7,
    pattern: rx(String.raw`${B}(${WEEKDAY})(?=\s+(?:and|or|&)\s+${WEEKDAY}\s+((?:morning|afternoon|evening|night)s)${E})`),
    build: (m) => {
      if (!isCapitalized(m[1])) return null;
      const weekday = weekdayNumber(m[1]!);
      const part = partOf(m[2]!.replace(/s$/, ''));
      if (weekday === null || !part) return null;
      return { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}T${part}` };
    },
  },
  {
    name: 'clock',
    priority: 6,
    pattern: rx(String.raw`${B}(?:(?:about|around|at|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![\p{L}])(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|CET|CEST|EET|EEST|BST|MSK|ET|PT|local\s+time|Moscow\s+time|Kyiv\s+time))?|${B}(\d{1,2})[:.](\d{2})\s+(?:GMT|UTC|CET|EET|MSK|local\s+time|Moscow\s+time|Kyiv\s+time)|${B}(noon|midday|midnight)${E}`),
    build: (m, text) => {
      if (m[6]) {
        const word = m[6].toLowerCase();
        // "High Noon" is a film; "high noon" a figure of speech.
        if (/\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
        return { kind: 'anchored', gran: 'day', n: 0, clock: word === 'midnight' ? '24' : '12:00' };
      }
      let hour = Number(m[1] ?? m[4]);
      const minute = m[2] ?? m[5] ?? '00';
      const meridiem = m[3]?.toLowerCase().replace(/[.\s]/g, '');
      if (hour > 24 || Number(minute) > 59) return null;
      if (meridiem === 'pm' && hour < 12) hour += 12;
      if (meridiem === 'am' && hour === 12) hour = 0;
      return { reading: clockReading(text, m, afterAt(m), `${String(hour).padStart(2, '0')}:${minute}`), start: afterAt(m) };
    },
  },
  {
    // "at 22:00", "between 22:00 and 06:00", "from 04:15": a 24-hour clock after a preposition (without one, "2:1" or
    // "10.30" is as often a score or a price).
    name: 'clock-24h',
    priority: 5,
    pattern: rx(String.raw`${B}(at|from|between|until|till|by|before|after|since|around|about|and|to)\s+([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:]|[.,]\d|\s*(?:a\.?\s?m|p\.?\s?m|am|pm|%)(?![\p{L}]))(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|local\s+time|Kyiv\s+time|Moscow\s+time)${E})?`),
    build: (m, text) => {
      const word = m[1]!.toLowerCase();
      // "and 06:00", "to 06:00" only after another clock time: "between 22:00 and 06:00".
      if ((word === 'and' || word === 'to') && !/\d[:.][0-5]\d\s*$/.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "at 2.46 billion guilders", "about 0.55 share": with a dot, a two-digit hour and no count or money after it.
      if (m[0].includes('.') && (m[2]!.length < 2 || /^\s*(?:billion|million|trillion|thousand|bn|m\b|shares?|percent|per|points?|dollars|euros|pounds|rubles|roubles|hryvnias?|a\s+share|each)/i.test(textAfter(text, m.index + m[0].length)))) return null;
      const start = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      return { reading: clockReading(text, m, start, `${m[2]!.padStart(2, '0')}:${m[3]}`), start };
    },
  },
  {
    // "at 4 in the morning", "10 at night": a clock time; the day is the one the text speaks of, as for "10 p.m.".
    name: 'clock-part',
    priority: 7,
    pattern: rx(String.raw`${B}(?:(?:about|around|at|approximately)\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))${E}`),
    build: (m) => {
      let hour = /^\d/.test(m[1]!) ? Number(m[1]) : numberValue(m[1]!) ?? -1;
      if (hour < 1 || hour > 12) return null;
      const part = (m[2] ?? m[3])!.toLowerCase();
      if (part === 'morning' && hour === 12) hour = 0;
      else if ((part === 'afternoon' || part === 'evening') && hour < 12) hour += 12;
      else if (part === 'night' && hour >= 6 && hour < 12) hour += 12;
      return { reading: { kind: 'anchored', gran: 'day', n: 0, clock: `${String(hour).padStart(2, '0')}:00` }, start: afterAt(m) };
    },
  },
  {
    // "By mid afternoon", "at mid-afternoon yesterday", "by late afternoon": a part of the day the text speaks of (TimeBank:
    // TIME 1998-03-06TAF, 1989-11-01TAF); the preposition stays out of the span.
    name: 'edge-part-of-day',
    priority: 6,
    pattern: rx(String.raw`${B}(?:(?:by|at|in|until|till|around|before|after|since|from|during)\s+)((?:mid[-\s]?|late\s+|early\s+)(morning|afternoon|evening))(?:\s+(yesterday|today|tomorrow))?${E}`),
    build: (m) => {
      const part = partOf(m[2])!;
      const start = m.index + m[0].indexOf(m[1]!);
      if (m[3]) {
        const offset = { yesterday: -1, today: 0, tomorrow: 1 }[m[3].toLowerCase()] ?? 0;
        return { reading: { kind: 'deictic', gran: 'day', offset, part }, start };
      }
      return { reading: { kind: 'anchored', gran: 'day', n: 0, part }, start };
    },
  },
  {
    // "placed heavy buy orders in the morning": that part of the day the text speaks of; in a habit ("almost every
    // night, sometimes in the morning") a part of any day, XXXX-XX-XXTMO.
    name: 'the-part-of-day',
    priority: 5,
    pattern: rx(String.raw`${B}(?:in|during|through|throughout)\s+(the\s+(morning|afternoon|evening|night|day))${E}`),
    build: (m, text) => {
      const part = partOf(m[2]) ?? 'DT';
      const start = m.index + m[0].length - m[1]!.length;
      const habit = /\b(?:every|each|sometimes|often|usually|always|typically|regularly|normally|frequently|occasionally)\b[^.;!?]*$/i.test(text.slice(Math.max(0, m.index - 80), m.index));
      if (habit) return { reading: { kind: 'fixed', type: 'TIME', value: `XXXX-XX-XXT${part}` }, start };
      // "during the day" outside a habit is most often a span of the day, not a part of a date.
      if (part === 'DT') return null;
      return { reading: { kind: 'anchored', gran: 'day', n: 0, part }, start };
    },
  },
  {
    name: 'today',
    priority: 7,
    pattern: rx(String.raw`${B}(?:(?:early|late|later|earlier)\s+)?(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)(?:\s+(${DAY_PART}))?${E}`),
    build: (m, text) => {
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const offset = { 'the day before yesterday': -2, 'the day after tomorrow': 2, today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[word] ?? 0;
      const part = word === 'tonight' ? 'NI' : partOf(m[2]);
      // "Today" capitalised after a name is a title, a newspaper or a programme ("USA Today", "This is VOA Today");
      // after a sentence's end ("late February. Today, we") it is the day.
      if (m[0] === 'Today' && /(?<![\p{L}.-])\p{Lu}\p{L}*[ \t]+$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
      // "Today's youth", "in today's dollars", "the world of tomorrow": the present or the future, not a day.
      if ((word === 'today' || word === 'tomorrow') && !m[2] && m[0].toLowerCase() === word) {
        const after = textAfter(text, m.index + m[0].length, 30);
        const before = text.slice(Math.max(0, m.index - 24), m.index);
        const generic = GENERIC_PRESENT.test(after) || (word === 'tomorrow' && /\b(?:world|people|generations?|leaders|army|warfare|city|cities|economy)\s+of\s+$/i.test(before));
        if (generic) return { kind: 'fixed', type: 'DATE', value: word === 'today' ? 'PRESENT_REF' : 'FUTURE_REF' };
      }
      return { kind: 'deictic', gran: 'day', offset, ...(part ? { part } : {}) };
    },
  },
  {
    name: 'part-of-day',
    priority: 7,
    pattern: rx(String.raw`${B}(?:(?:early|late|later|earlier)\s+)?(this|last)\s+(morning|afternoon|evening|night)${E}|${B}(overnight)${E}`),
    build: (m) => {
      if (m[3]) return { kind: 'deictic', gran: 'day', offset: -1, part: 'NI' };
      const last = m[1]!.toLowerCase() === 'last';
      const part = partOf(m[2])!;
      return { kind: 'deictic', gran: 'day', offset: last ? -1 : 0, part };
    },
  },

  // --- last week, earlier this month, the end of the year --------------------------------------------------
  {
    name: 'deictic-unit',
    priority: 6,
    pattern: rx(String.raw`${B}(?:((?:the\s+(?:beginning|end|middle|start|rest|remainder|close|first\s+half|second\s+half)\s+of)|early|late|mid|earlier|later)[-\s]+(?:in\s+)?)?(last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+current|current|the\s+past|past|the\s+last|the\s+previous|the\s+following|the\s+next|the|coming)\s+(?:fiscal\s+)?(week|weekend|month|quarter|year|decade|century|fortnight)${E}`),
    build: (m, text) => {
      const edge = m[1];
      const w = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[3]!.toLowerCase();
      const after = textAfter(text, m.index + m[0].length);
      // "This Week" in capitals after a quotation mark or a possessive is a programme ("ABC News' \"This Week,\"").
      if (/^This\s+Week$/.test(m[0]) && /(?:["“`']|['’]s?\s)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
      if (unit === 'fortnight') {
        if (w === 'the past' || w === 'the last') return { kind: 'fixed', type: 'DURATION', value: 'P2W' };
        return null;
      }
      const weekend = unit === 'weekend';
      const gran = (weekend ? 'week' : unit) as Granularity;
      if (w === 'the') {
        // "the end of the year", "the rest of the month": this year, this month; "the year" alone is left out.
        if (!edge || !edge.startsWith('the')) {
          if (weekend && !edge) return { kind: 'deictic', gran, offset: 0, weekend, nearestWeekend: true };
          return null;
        }
        return { kind: 'deictic', gran, offset: 0, weekend };
      }
      if (w === 'the past' || w === 'the last') {
        // "the past year", "the last week": a duration of one unit, as TIMEX3 annotators read it; "the last decade" too.
        if (edge) return null;
        if (/^\s+(?:of|or)\b/i.test(after)) return null;
        return { kind: 'fixed', type: 'DURATION', value: durationValue(weekend ? 'day' : (gran as Unit), weekend ? 2 : 1) };
      }
      if (w === 'the previous' || w === 'the following' || w === 'the next') {
        if (edge) return null;
        const n = w === 'the previous' ? -1 : 1;
        if (w === 'the next' && /^\s+(?:few|several|two|three)/i.test(after)) return null;
        return { kind: 'anchored', gran, n, ...(weekend ? { weekend } : {}) };
      }
      const offset = w.includes('last') || w.includes('past') ? -1 : w.includes('next') || w.includes('coming') ? 1 : 0;
      return { kind: 'deictic', gran, offset, ...(weekend ? { weekend } : {}) };
    },
  },
  {
    // "For the year, pet food volume was flat", "Sales for the full year": the current year, as TimeBank annotates
    // it; after a year in the same sentence, that year ("in 2014, the year Russia annexed Crimea"). "The year
    // ended Sept. 30", "the year before", "the year of the Dragon" are other rules' or no time.
    name: 'the-year',
    priority: 4,
    pattern: rx(String.raw`${B}the\s+(?:full\s+|fiscal\s+)?year${E}(?![-‐])`),
    build: (m, text) => {
      if (/^\s+(?:ended|ending|ago|earlier|before|after|later|of\b|to\s+date)/i.test(textAfter(text, m.index + m[0].length))) return null;
      if (/(?<![\d.,$£€#])(?:1[5-9]\d\d|20\d\d)(?!\d)[^.;!?\d]*$/.test(text.slice(Math.max(0, m.index - 80), m.index))) return { kind: 'anchored', gran: 'year', n: 0 };
      return { kind: 'deictic', gran: 'year', offset: 0 };
    },
  },
  {
    name: 'year-end',
    priority: 5,
    pattern: rx(String.raw`${B}(?:(?:the|around|by|at)\s+)?(year|month)[-\s]end${E}`),
    build: (m) => ({ kind: 'deictic', gran: m[1]!.toLowerCase() === 'year' ? 'year' : 'month', offset: 0 }),
  },
  {
    name: 'that-unit',
    priority: 6,
    pattern: rx(String.raw`${B}(that(?:\s+same)?|the\s+same|the\s+preceding|the\s+prior|the\s+next|the\s+following)\s+(day|week|weekend|month|year|quarter|morning|afternoon|evening|night)${E}|${B}the\s+(day|week|month|year)\s+(before|after)(?=\s*[.,;:!?)”"]|\s+that\b)`),
    build: (m, text) => {
      if (m[3]) {
        const gran = m[3].toLowerCase() as Granularity;
        return { kind: 'anchored', gran, n: m[4]!.toLowerCase() === 'before' ? -1 : 1 };
      }
      const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2]!.toLowerCase();
      const after = textAfter(text, m.index + m[0].length);
      if (/^\s*['’]s\b/.test(after)) return null;
      // "that year's harvest" is refused above; "that day" in "that day will come" is vague but rare.
      const part = partOf(unit);
      // "The next day" and "the following week" are taken by deictic-unit's anchored reading; here only the parts of a day.
      if ((w === 'the next' || w === 'the following') && !part) return null;
      const n = w === 'the preceding' || w === 'the prior' ? -1 : w === 'the next' || w === 'the following' ? 1 : 0;
      if (part) return { kind: 'anchored', gran: 'day', n, part };
      return { kind: 'anchored', gran: (unit === 'weekend' ? 'week' : unit) as Granularity, n, ...(unit === 'weekend' ? { weekend: true } : {}) };
    },
  },

  // --- offsets: two years ago, a week earlier, three days later ----------------------------------------------
  {
    name: 'offset',
    priority: 8,
    pattern: rx(String.raw`${B}(?:(${MODIFIER})\s+)?(${NUMBER}(?:\s+and\s+a\s+half)?|${SOME})\s+(?:more\s+|full\s+|long\s+)?(${UNIT})(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(ago|earlier|later|before|after|afterwards?|from\s+now|hence|previously|prior|on|back)${E}`),
    build: (m, text) => {
      const unit = unitOf(m[3]!);
      if (!unit) return null;
      const direction = m[4]!.toLowerCase().replace(/\s+/g, ' ');
      const end = m.index + m[0].length;
      const after = textAfter(text, end);
      if ((direction === 'before' || direction === 'after' || direction === 'prior' || direction === 'on' || direction === 'back') && !/^\s*(?:[.,;:!?)”"]|$)/.test(after)) {
        return null;
      }
      if (direction === 'prior' && /^\s+to\b/i.test(after)) return null;
      const n = numberValue(m[2]!.replace(/\s+and\s+a\s+half$/i, ''));
      const plural = /s$/i.test(m[3]!) && m[3]!.toLowerCase() !== 'hours' ? true : /s$/i.test(m[3]!);
      const from = OFFSET_FROM[direction]!;
      const sign = ['ago', 'earlier', 'before', 'previously', 'prior', 'back'].includes(direction) ? -1 : 1;
      if (n === null || (plural && n === 1 && /^(?:a|an)$/i.test(m[2]!))) {
        // "years ago", "several months later": an unknown amount.
        if (from === 'reference') return { kind: 'fixed', type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
        return { kind: 'fixed', type: 'DURATION', value: durationValue(unit, null) };
      }
      const half = /and\s+a\s+half/i.test(m[0]) ? 0.5 : 0;
      const amount = n + half;
      if (unit === 'hour' || unit === 'minute' || unit === 'second') {
        return { kind: 'fixed', type: 'DURATION', value: durationWithFraction(unit, amount) };
      }
      if (amount === 1 && unit === 'year') return { kind: 'year-back', from, sign };
      if (!Number.isInteger(amount)) return { kind: 'fixed', type: 'DURATION', value: durationWithFraction(unit, amount) };
      return { kind: 'offset', unit, n: sign * amount, from };
    },
  },

  // --- durations -----------------------------------------------------------------------------------------
  {
    name: 'duration',
    priority: 5,
    pattern: rx(String.raw`${B}(?:(${MODIFIER})\s+)?(?:(the\s+(?:past|last|next|first|previous|coming|following|final|initial|remaining|same|latest|full|entire|whole|better\s+part\s+of)\s+)|(?:the\s+))?(${NUMBER})(\s+and\s+a\s+half)?(?:[-\s]+(?:more|full|long|straight|consecutive|additional|extra|whole|entire|plus))?[-\s]+(${UNIT})(?:(\s+and\s+a\s+half)|[-\s]+long)?${E}`),
    build: (m, text) => {
      const unit = unitOf(m[5]!);
      if (!unit) return null;
      // An age ("37 years old", "a 136-year-old institution") is not a time; nor "three-quarters of its food".
      if (/^[-\s]+old\b/i.test(textAfter(text, m.index + m[0].length))) return null;
      if (unit === 'quarter' && /^\s+of\b/i.test(textAfter(text, m.index + m[0].length))) return null;
      if (unit === 'quarter' && /-quarters$/i.test(m[0])) return null;
      const word = m[3]!.toLowerCase();
      const n = numberValue(word);
      if (n === null) return null;
      const plural = /s$/i.test(m[5]!);
      const article = word === 'a' || word === 'an';
      const after = textAfter(text, m.index + m[0].length);
      if (article) {
        if (plural) return null;
        if (unit === 'second' && !m[1]) return null; // "a second" is an ordinal far more often than a second.
        if (unit === 'quarter' || unit === 'season') return null;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (!m[1] && !m[2] && SET_BEFORE.test(before)) return { kind: 'fixed', type: 'SET', value: durationValue(unit, 1) };
        // "hundreds of interviews a day": a rate, after a plural noun, where the sentence goes on no further.
        if (!m[1] && !m[2] && /\p{Ll}{3,}s\s+$/u.test(before) && !/\b(?:was|is|has|this|its|his|hers|less|unless|thus)\s+$/i.test(before) && /^\s*(?:[.,;:!?”"’)]|$)/u.test(after)) {
          return { kind: 'fixed', type: 'SET', value: durationValue(unit, 1) };
        }
        const prev = wordBefore(text, m.index);
        if (!m[1] && !m[2] && !DURATION_BEFORE.has(prev)) return null;
        if (/^\s*(?:or|and)\s+(?:so|two|more)/i.test(after) && !m[1]) {
          // "a year or two": vague, but still about a year.
        }
      }
      if (/^\d/.test(word) && Number(word.replace(/,/g, '')) >= 1000 && unit === 'year') return null;
      // "1,000 days" yes; "two-thirds" never matches; "the 1990 year" is not a duration.
      if (/^\d{4}$/.test(word) && !plural) return null;
      const amount = n + (m[4] || m[6] ? 0.5 : 0);
      if (m[2] && /^the\s+(?:latest|same)\s+/i.test(m[2]) && unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
      return { kind: 'fixed', type: 'DURATION', value: durationWithFraction(unit, amount) };
    },
  },
  {
    // "a quarter-century", "a quarter of a century", "a quarter-century ago": 25 years.
    name: 'quarter-century',
    priority: 7,
    // The modifier is looked for before the match, not in the pattern: a pattern that starts with an optional group
    // is tried at every position of the text.
    pattern: rx(String.raw`${B}(?:a|the|one)\s+quarter(?:[-\s]|\s+of\s+a\s+)century(\s+ago)?${E}`),
    build: (m, text) => {
      const reading: Reading = m[1] ? { kind: 'offset', unit: 'year', n: -25, from: 'reference' } : { kind: 'fixed', type: 'DURATION', value: 'P25Y' };
      const modifier = QUARTER_CENTURY_MODIFIER.exec(text.slice(Math.max(0, m.index - 30), m.index));
      return { reading, start: m.index - (modifier ? modifier[0].length : 0) };
    },
  },
  {
    // "the week after next", "the month before last": two units from the reference date.
    name: 'unit-after-next',
    priority: 7,
    pattern: rx(String.raw`${B}the\s+(week|month|year)\s+(after\s+next|before\s+last)${E}`),
    build: (m) => ({ kind: 'deictic', gran: m[1]!.toLowerCase() as Granularity, offset: /^after/i.test(m[2]!) ? 2 : -2 }),
  },
  {
    // "their third day-long meeting", "a decade-long conflict": a duration of one unit.
    name: 'unit-long',
    priority: 5,
    pattern: rx(String.raw`${B}(hour|day|night|week|month|year|decade|century)[-‐]long${E}`),
    build: (m) => {
      const unit = unitOf(m[1]!);
      return unit ? { kind: 'fixed', type: 'DURATION', value: durationValue(unit, 1) } : null;
    },
  },
  {
    name: 'duration-half',
    priority: 6,
    pattern: rx(String.raw`${B}(?:(${MODIFIER})\s+)?(?:half\s+(?:an?\s+)?(hour|day|year|decade|century|month|week)|an?\s+half[-\s](hour|day|year|century)|an?\s+(hour|day|year|decade|century|month|week)\s+and\s+a\s+half)${E}`),
    build: (m) => {
      const unit = unitOf((m[2] ?? m[3] ?? m[4])!)!;
      return { kind: 'fixed', type: 'DURATION', value: durationWithFraction(unit, m[4] ? 1.5 : 0.5) };
    },
  },
  {
    name: 'duration-some',
    priority: 4,
    pattern: rx(String.raw`${B}(?:(for|over|within|after|of|than|in|take|takes|took|taken|lasted|lasting|spent|during|through|throughout|to)\s+)?(${SOME}\s+)?((?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries))(?:(-long)|${E})`),
    build: (m, text) => {
      const unit = unitOf(m[3]!);
      if (!unit) return null;
      const some = m[2]?.trim().toLowerCase().replace(/\s+/g, ' ');
      const preposition = m[1]?.toLowerCase();
      const after = textAfter(text, m.index + m[0].length);
      if (!some && !preposition && !m[4]) return null;
      if (!some && preposition === 'in' && !/^\s*[.,;:!?)”"]/.test(after) && !/^\s+(?:to\s+come)/i.test(after)) return null;
      if (!some && preposition === 'to' && !/^\s+come\b/i.test(after)) return null;
      if (/^\s+(?:ago|later|earlier|old)\b/i.test(after)) return null;
      if (/^\s+to\s+come\b/i.test(after)) return { reading: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' }, start: m.index + (m[1] ? m[1].length + 1 : 0) };
      const start = m.index + (m[1] ? m[0].indexOf(m[2] ?? m[3]!, m[1].length) : 0);
      if (some === 'recent' && (unit === 'year' || unit === 'decade')) return { reading: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' }, start };
      if ((some === 'the coming' || some === 'coming') && (unit === 'year' || unit === 'decade')) return { reading: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' }, start };
      return { reading: { kind: 'fixed', type: 'DURATION', value: durationValue(unit, null) }, start };
    },
  },

  // --- sets ------------------------------------------------------------------------------------------
  {
    name: 'set',
    priority: 7,
    pattern: rx(String.raw`${B}(?:(once|twice|thrice|${NUMBER}\s+times)\s+(?:a|an|per|each|every)\s+(${UNIT}|${DAY_PART})|(every|each)\s+(other\s+|second\s+|third\s+|few\s+|${NUMBER}\s+)?(${UNIT}|${DAY_PART}|${SEASON})|(?<=\d\s?(?:%|percent)?\s?)per\s+(${UNIT}))${E}`),
    build: (m) => {
      const unitWord = (m[2] ?? m[5] ?? m[6])!.toLowerCase();
      if (m[5] && SEASONS[unitWord]) return { kind: 'fixed', type: 'SET', value: `XXXX-${SEASONS[unitWord]}` };
      const part = DAY_PARTS[unitWord];
      const unit: Unit | null = part ? 'day' : unitOf(unitWord);
      if (!unit) return null;
      let n = 1;
      const every = m[4]?.trim().toLowerCase();
      if (every === 'other' || every === 'second') n = 2;
      else if (every === 'third') n = 3;
      else if (every === 'few') return { kind: 'fixed', type: 'SET', value: durationValue(unit, null) };
      else if (every) n = numberValue(every) ?? 1;
      return { kind: 'fixed', type: 'SET', value: durationValue(unit, n) };
    },
  },
  {
    // "Orangemen march each July": TIMEX3's SET of that month in every year, XXXX-07.
    name: 'month-set',
    priority: 7,
    pattern: rx(String.raw`${B}(?:every|each)\s+(${MONTH})`),
    build: (m) => {
      const month = monthNumber(m[1]!);
      if (!month || !isCapitalized(m[1])) return null;
      return { kind: 'fixed', type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` };
    },
  },
  {
    name: 'frequency',
    priority: 6,
    pattern: rx(String.raw`${B}(hourly|daily|nightly|weekly|fortnightly|monthly|yearly|annually|biannually|biennially)${E}`),
    build: (m, text) => {
      const word = m[1]!.toLowerCase();
      // "the daily", "Le Monde daily", "the Communist Party daily Granma": a newspaper.
      if (word === 'daily' || word === 'weekly') {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        const after = textAfter(text, m.index + m[0].length);
        const namedBefore = /(?:\b(?:the|a|this|that|its)|\p{Lu}[\p{L}]*)\s+$/u.test(before);
        if (namedBefore && /^(?:\s*[.,;:!?”"’)]|\s+\p{Lu})/u.test(after)) return null;
      }
      return { kind: 'fixed', type: 'SET', value: FREQUENCY_ADVERBS[word]! };
    },
  },

  // --- vague references ----------------------------------------------------------------------------------
  {
    name: 'present-ref',
    priority: 5,
    pattern: rx(String.raw`${B}(right\s+now|just\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|the\s+present\s+day|the\s+present(?!\s+\p{L}))(?![\p{L}\d-])`),
    build: (m, text) => {
      const word = m[1]!.toLowerCase();
      if (word === 'now' && /^[-–]/.test(textAfter(text, m.index + m[0].length, 1))) return null;
      if (word === 'presently' && /^\s+(?:\p{L}+ed)\b/u.test(textAfter(text, m.index + m[0].length))) return null;
      return { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' };
    },
  },
  {
    // "a long time ago", "not long ago", "in past years", "in previous decades": some time before, unsaid.
    name: 'past-ref-phrase',
    priority: 6,
    pattern: rx(String.raw`${B}(?:(?:a\s+long|some|a)\s+time\s+ago|(?:not\s+)?(?:so\s+)?long\s+ago|(?<!the\s)(?:past|previous|prior|earlier)\s+(?:years|decades|centuries))${E}`),
    build: () => ({ kind: 'fixed', type: 'DATE', value: 'PAST_REF' }),
  },
  {
    // "for some time", "in a while", "for a long while": a stretch of unknown length and unit (TimeBank: "a while", PXX).
    name: 'a-while',
    priority: 5,
    pattern: rx(String.raw`${B}(?:for|in|after|within|take|took|takes)\s+(some\s+time|a\s+(?:long\s+|little\s+|short\s+|good\s+)?while)${E}(?!\s+(?:ago|back|now|before|after|later|earlier)\b)`),
    build: (m) => ({ reading: { kind: 'fixed', type: 'DURATION', value: 'PXX' }, start: m.index + m[0].length - m[1]!.length }),
  },
  {
    // "in the months to come", "the years ahead": a vague future (TimeBank: "the weeks ahead", DURATION PXW).
    name: 'units-ahead',
    priority: 6,
    pattern: rx(String.raw`${B}the\s+(days|weeks|months|years|decades)\s+(ahead|to\s+come)${E}`),
    build: (m) => {
      const unit = unitOf(m[1]!);
      if (!unit) return null;
      return /^ahead$/i.test(m[2]!) ? { kind: 'fixed', type: 'DURATION', value: durationValue(unit, null) } : { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' };
    },
  },
  {
    name: 'past-ref',
    priority: 5,
    pattern: rx(String.raw`${B}(?:(recently|lately|in\s+recent\s+times|the\s+past)|(?:the\s+)?(?:recent|distant)\s+past)(?![\p{L}\d-])`),
    build: (m, text) => {
      if (m[1]?.toLowerCase().replace(/\s+/g, ' ') === 'the past') {
        const after = textAfter(text, m.index + m[0].length);
        if (/^\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|year|month|week|day|decade|century|quarter|hour|weekend|night|season|summer|winter|spring|autumn|fall|\p{L}+teen|twenty|thirty|forty|fifty|hundred)/iu.test(after)) return null;
      }
      return { kind: 'fixed', type: 'DATE', value: 'PAST_REF' };
    },
  },
  {
    name: 'future-ref',
    priority: 5,
    pattern: rx(String.raw`${B}(?:(soon)|the\s+(?:near\s+|foreseeable\s+|distant\s+|immediate\s+)?future|(?:near\s+|foreseeable\s+)?future(?!\s+\p{L})|a\s+later\s+date|shortly)(?![\p{L}\d-])`),
    build: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const after = textAfter(text, m.index + m[0].length).toLowerCase();
      if (m[1] && (/\bas\s+$/.test(before) || /^\s+(?:as|after|afterwards?|enough|thereafter)\b/.test(after) || /^-to-/.test(after) || /\bhow\s+$/.test(before))) return null;
      if (/^shortly$/i.test(m[0]) && /^\s+(?:before|after|afterwards?|thereafter)\b/.test(after)) return null;
      // In a past narrative "soon" follows the events told, not the publication date: "Erdogan soon followed",
      // "He was soon released", "a trickle of cash that soon became a flood".
      if (m[1] && (/^\s+(?:\p{L}{3,}ed|became|began|came|went|got|took|made|found|left|fell|rose|grew|spread|turned)\b/u.test(after) || /\b(?:was|were|had|had\s+been)\s+$/.test(before))) return null;
      return { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' };
    },
  },
];

/** The rules with their scanners (scan.ts: the word-start lookbehind tested only where the rest matched). */
const SCANNERS = RULES.map((rule) => ({ rule, scanner: scannerFor(rule.pattern, B) }));

/** Every candidate our rules find in the text, overlapping ones included. */
export function grammarCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { rule, scanner } of SCANNERS) {
    for (const match of scan(scanner, text)) {
      const built = rule.build(match, text);
      if (!built) continue;
      const spec = 'reading' in built ? built : { reading: built };
      let start = spec.start ?? match.index;
      let end = spec.end ?? match.index + match[0].length;
      // Trailing punctuation of an abbreviation stays ("Nov."), a trailing comma or space never.
      while (end > start && /[\s,]/.test(text[end - 1]!)) end -= 1;
      while (start < end && /\s/.test(text[start]!)) start += 1;
      found.push({ start, end, reading: spec.reading, rule: rule.name, priority: rule.priority ?? 5 });
    }
  }
  return found;
}

export { UNIT_GRAN };
