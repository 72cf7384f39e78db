/**
 * @module analyze/times/lexicon
 *
 * The words temporal expressions are made of, as regular-expression sources
 * and as lookups: month and weekday names, number words, time units and the
 * TIMEX3 letters they write, parts of the day, seasons.
 */
import type { DayPart, Granularity, Season } from './calendar.js';

/** Full month names, dotted abbreviations, and undotted ones ("Jan", "Sept"); the longest first. */
export const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.|apr\.?|jun\.?|jul\.?|aug\.?|sept\.?|sep\.?|oct\.?|nov\.?|dec\.?)(?![\p{L}])`;

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** 1–12 for a month word ("Sept.", "March"), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_NUMBERS[word.toLowerCase().slice(0, 3)] ?? null;
}

export const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])`;
export const WEEKDAYS_PLURAL = String.raw`(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?![\p{L}])`;

const WEEKDAY_NUMBERS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** 0 (Sunday) – 6 for a weekday word, or null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAY_NUMBERS[word.toLowerCase().slice(0, 3)] ?? null;
}

/** Day of the month: 1–31, with an optional ordinal suffix. */
export const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\d])`;
/** A year a news text speaks of: 1500–2099, not part of a longer number. */
export const YEAR = String.raw`(?<![\d.,$£€#])(?:1[5-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)`;

const UNITS: Record<string, Granularity | 'hour' | 'minute' | 'second' | 'night' | 'fortnight'> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', night: 'night', week: 'week', fortnight: 'fortnight',
  weekend: 'week', month: 'month', quarter: 'quarter', season: 'season', year: 'year', decade: 'decade', century: 'century',
  centurie: 'century',
};
export type Unit = Granularity | 'hour' | 'minute' | 'second' | 'night' | 'fortnight';

/** A time unit, singular or plural. */
export const UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)(?![\p{L}])`;
/** The calendar units a "last/this/next" can take. */
export const CALENDAR_UNIT = String.raw`(?:week|weekend|month|quarter|year|decade|century)(?![\p{L}])`;

/** The unit of a unit word ("years" → year), or null. */
export function unitOf(word: string): Unit | null {
  const lower = word.toLowerCase();
  if (lower === 'centuries') return 'century';
  return UNITS[lower.replace(/s$/, '')] ?? UNITS[lower] ?? null;
}

/** A duration of n units as TIMEX3 writes it (P3Y, PT24H, P2W, PXM); n null for "some". */
export function durationValue(unit: Unit, n: number | null): string {
  const amount = n === null ? 'X' : formatAmount(n);
  switch (unit) {
    case 'second':
      return `PT${amount}S`;
    case 'minute':
      return `PT${amount}M`;
    case 'hour':
      return `PT${amount}H`;
    case 'day':
    case 'night':
      return `P${amount}D`;
    case 'week':
      return `P${amount}W`;
    case 'fortnight':
      return n === null ? 'PXW' : `P${formatAmount(2 * n)}W`;
    case 'month':
      return `P${amount}M`;
    case 'quarter':
      return `P${amount}Q`;
    case 'season':
      return n === null ? 'PXM' : `P${formatAmount(3 * n)}M`;
    case 'half':
      return n === null ? 'PXM' : `P${formatAmount(6 * n)}M`;
    case 'year':
      return `P${amount}Y`;
    case 'decade':
      return n === null ? 'PXY' : `P${formatAmount(10 * n)}Y`;
    case 'century':
      return n === null ? 'PXY' : `P${formatAmount(100 * n)}Y`;
  }
}

/**
 * A fractional amount as TIMEX3 writes it, in whole numbers: the whole units and the rest in the next smaller
 * unit ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S, as TimeBank's annotators
 * wrote them); "half an hour" is PT30M. Decades and centuries are years already (P25Y).
 */
export function durationWithFraction(unit: Unit, n: number): string {
  if (Number.isInteger(n)) return durationValue(unit, n);
  const smaller: Partial<Record<Unit, [Unit, number]>> = {
    year: ['month', 12], month: ['day', 30], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
    decade: ['year', 10], century: ['year', 100],
  };
  const next = smaller[unit];
  if (!next || !Number.isInteger(n * next[1])) return durationValue(unit, n);
  const whole = Math.floor(n);
  const rest = Math.round((n - whole) * next[1]);
  if (whole === 0 || unit === 'decade' || unit === 'century' || unit === 'week') return durationValue(next[0], n * next[1]);
  return joinDurations(durationValue(unit, whole), durationValue(next[0], rest));
}

/** "P2Y" and "P6M" → "P2Y6M"; "PT5H" and "PT30M" → "PT5H30M"; "P1D" and "PT12H" → "P1DT12H". */
function joinDurations(larger: string, smaller: string): string {
  if (smaller.startsWith('PT')) return larger.startsWith('PT') ? larger + smaller.slice(2) : larger + smaller.slice(1);
  return larger + smaller.slice(1);
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** SET values of the adverbs: daily → P1D. */
export const FREQUENCY_ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  yearly: 'P1Y', annually: 'P1Y', biannually: 'P6M', biennially: 'P2Y',
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5, couple: 2,
};

/** Number words and figures: "three", "twenty-five", "1,000", "2.5", "a", "a couple of" ("the next couple of years"), "one hundred". */
export const NUMBER = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2)?)|(?:(?:a\s+)?couple\s+of|a\s+dozen|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|an?))(?![\p{L}\d])`;

/** Words for an unknown number of units: "several years", "a few days", "many months". */
export const SOME = String.raw`(?:several|a\s+few|few|many|some|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming|coming|the\s+past\s+several|the\s+last\s+several|the\s+next\s+several|recent|the\s+following\s+few|a\s+number\s+of|countless|numerous)(?![\p{L}])`;

/** The value of a number phrase, or null. */
export function numberValue(phrase: string): number | null {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(lower)) {
    const half = /^(\d+)\s+1\/2$/.exec(lower);
    return half ? Number(half[1]) + 0.5 : Number(lower.replace(/,/g, ''));
  }
  if (lower === 'a couple of' || lower === 'couple of') return 2;
  if (lower === 'a dozen') return 12;
  const hundred = /^(\w+) hundred$/.exec(lower);
  if (hundred) return (NUMBER_WORDS[hundred[1]!] ?? NaN) * 100 || null;
  const compound = /^(\w+)[- ](\w+)$/.exec(lower);
  if (compound && !(compound[1] === 'a' || compound[1] === 'an')) return (NUMBER_WORDS[compound[1]!] ?? NaN) + (NUMBER_WORDS[compound[2]!] ?? NaN) || null;
  return NUMBER_WORDS[lower] ?? null;
}

export const DAY_PARTS: Record<string, DayPart> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', daytime: 'DT',
};
export const DAY_PART = String.raw`(?:morning|afternoon|evening|night)(?![\p{L}])`;

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON = String.raw`(?:spring|summer|autumn|fall|winter)(?![\p{L}])`;

/** Ordinals one to four (quarters, halves) and the centuries' ordinals. */
export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
  fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21,
};
