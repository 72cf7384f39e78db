/**
 * @module analyze/quantities/units
 *
 * What a number measures when it is not a count: percent forms, units of
 * length, mass, volume, area, speed and power (the symbol goes in `unit`),
 * and money (an ISO 4217 code), written before the number ("$", "£", "Rs")
 * or after it ("hryvnias", "roubles"). Durations ("days", "years") are here
 * too, only so that the finder can leave them to the times layer.
 */
import type { Dimension } from './types.js';
import { joined, type Tok } from './tokens.js';

export interface UnitSense {
  unit: string;
  dimension: Dimension;
}

const LENGTH = (unit: string): UnitSense => ({ unit, dimension: 'length' });
const MASS = (unit: string): UnitSense => ({ unit, dimension: 'mass' });
const OTHER = (unit: string): UnitSense => ({ unit, dimension: 'other' });
const MONEY = (unit: string): UnitSense => ({ unit, dimension: 'money' });
const PERCENT: UnitSense = { unit: 'percent', dimension: 'percent' };

/** Unit words after a number, keyed by their lowercased tokens joined by spaces; singular forms for "a 40-mile convoy". */
const UNIT_WORDS: Record<string, UnitSense> = {
  percent: PERCENT, 'per cent': PERCENT, '%': PERCENT, pc: PERCENT, pct: PERCENT,
  'percentage points': { unit: 'percentage points', dimension: 'percent' },
  'percentage point': { unit: 'percentage points', dimension: 'percent' },

  km: LENGTH('km'), kms: LENGTH('km'), kilometre: LENGTH('km'), kilometres: LENGTH('km'), kilometer: LENGTH('km'), kilometers: LENGTH('km'),
  mile: LENGTH('mi'), miles: LENGTH('mi'), mi: LENGTH('mi'),
  'nautical miles': LENGTH('nmi'), 'nautical mile': LENGTH('nmi'),
  metre: LENGTH('m'), metres: LENGTH('m'), meter: LENGTH('m'), meters: LENGTH('m'), m: LENGTH('m'),
  centimetres: LENGTH('cm'), centimeters: LENGTH('cm'), cm: LENGTH('cm'),
  foot: LENGTH('ft'), feet: LENGTH('ft'), ft: LENGTH('ft'), yard: LENGTH('yd'), yards: LENGTH('yd'),
  inch: LENGTH('in'), inches: LENGTH('in'),

  kg: MASS('kg'), kgs: MASS('kg'), kilogram: MASS('kg'), kilograms: MASS('kg'), kilo: MASS('kg'), kilos: MASS('kg'),
  gram: MASS('g'), grams: MASS('g'), grammes: MASS('g'),
  tonne: MASS('t'), tonnes: MASS('t'), ton: MASS('t'), tons: MASS('t'), 'metric tons': MASS('t'), 'metric tonnes': MASS('t'),
  kiloton: MASS('kt'), kilotons: MASS('kt'), kilotonne: MASS('kt'), kilotonnes: MASS('kt'), megaton: MASS('Mt'), megatons: MASS('Mt'),
  pound: MASS('lb'), pounds: MASS('lb'), lb: MASS('lb'), lbs: MASS('lb'), ounce: MASS('oz'), ounces: MASS('oz'),

  litre: OTHER('l'), litres: OTHER('l'), liter: OTHER('l'), liters: OTHER('l'),
  gallon: OTHER('gal'), gallons: OTHER('gal'), barrel: OTHER('bbl'), barrels: OTHER('bbl'), bbl: OTHER('bbl'),
  'cubic metres': OTHER('m3'), 'cubic meters': OTHER('m3'), 'cubic metre': OTHER('m3'), 'cubic meter': OTHER('m3'),
  bcm: OTHER('bcm'),
  'square kilometres': OTHER('km2'), 'square kilometers': OTHER('km2'), 'square km': OTHER('km2'), 'sq km': OTHER('km2'), km2: OTHER('km2'), 'km²': OTHER('km2'),
  'square miles': OTHER('mi2'), 'square mile': OTHER('mi2'), 'sq miles': OTHER('mi2'),
  'square metres': OTHER('m2'), 'square meters': OTHER('m2'), 'sq m': OTHER('m2'),
  hectare: OTHER('ha'), hectares: OTHER('ha'), acre: OTHER('acre'), acres: OTHER('acre'),
  mph: OTHER('mph'), 'km/h': OTHER('km/h'), kph: OTHER('km/h'), 'miles per hour': OTHER('mph'), 'kilometres per hour': OTHER('km/h'), 'kilometers per hour': OTHER('km/h'),
  knots: OTHER('kn'), degrees: OTHER('degrees'), '°c': OTHER('°C'), '°f': OTHER('°F'),
  celsius: OTHER('°C'), fahrenheit: OTHER('°F'), 'degrees celsius': OTHER('°C'), 'degrees centigrade': OTHER('°C'), 'degrees fahrenheit': OTHER('°F'), 'degrees c': OTHER('°C'), 'degrees f': OTHER('°F'),
  mw: OTHER('MW'), megawatt: OTHER('MW'), megawatts: OTHER('MW'), gw: OTHER('GW'), gigawatt: OTHER('GW'), gigawatts: OTHER('GW'),
  kw: OTHER('kW'), kilowatts: OTHER('kW'), mwh: OTHER('MWh'), kwh: OTHER('kWh'), gwh: OTHER('GWh'), twh: OTHER('TWh'),

  dollar: MONEY('USD'), dollars: MONEY('USD'), 'us dollars': MONEY('USD'),
  euro: MONEY('EUR'), euros: MONEY('EUR'),
  'pounds sterling': MONEY('GBP'), sterling: MONEY('GBP'),
  hryvnia: MONEY('UAH'), hryvnias: MONEY('UAH'), hryvnya: MONEY('UAH'), hryvnyas: MONEY('UAH'), hryvnas: MONEY('UAH'), hryvni: MONEY('UAH'),
  rouble: MONEY('RUB'), roubles: MONEY('RUB'), ruble: MONEY('RUB'), rubles: MONEY('RUB'),
  yuan: MONEY('CNY'), renminbi: MONEY('CNY'), yen: MONEY('JPY'), rupee: MONEY('INR'), rupees: MONEY('INR'),
  zloty: MONEY('PLN'), zlotys: MONEY('PLN'), lira: MONEY('TRY'), liras: MONEY('TRY'), shekels: MONEY('ILS'),
  'swiss francs': MONEY('CHF'), francs: MONEY('CHF'), lari: MONEY('GEL'), tenge: MONEY('KZT'),
  usd: MONEY('USD'), eur: MONEY('EUR'), gbp: MONEY('GBP'), uah: MONEY('UAH'), rub: MONEY('RUB'), cny: MONEY('CNY'),
};
const LONGEST_UNIT = 3;

/** "pounds" after "million" or "billion" is money in British copy; "1,100 pounds" of payload is mass. */
const POUNDS_MONEY: UnitSense = MONEY('GBP');

/** Currency written before the number: symbols, "US$", "Rs", ISO codes. */
const CURRENCY_SYMBOLS: Record<string, string> = {
  '$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₴': 'UAH', '₽': 'RUB', '₹': 'INR',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', uah: 'UAH', rub: 'RUB', rs: 'INR', inr: 'INR',
};
/** Letters glued before "$": "US$", "C$", "A$". */
const DOLLAR_PREFIXES: Record<string, string> = { us: 'USD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nz: 'NZD' };

export interface CurrencyPrefix {
  code: string;
  /** First token of the currency sign ("US" of "US$"). */
  first: number;
}

/** The currency written just before token i (the number's first token), if any. */
export function currencyBefore(toks: readonly Tok[], i: number): CurrencyPrefix | null {
  const p = toks[i - 1];
  if (!p) return null;
  if (p.text === '$') {
    const pp = toks[i - 2];
    if (pp && joined(pp, p) && DOLLAR_PREFIXES[pp.lower]) return { code: DOLLAR_PREFIXES[pp.lower]!, first: i - 2 };
    return { code: 'USD', first: i - 1 };
  }
  // "Rs." then the number: the dot is a token of its own.
  if (p.text === '.' && toks[i - 2]?.lower === 'rs') return { code: 'INR', first: i - 2 };
  const code = CURRENCY_SYMBOLS[p.lower];
  // Letter codes only as written ("USD 5m"), not the word "rs" in passing.
  if (code && (p.text.length === 1 || p.text === p.text.toUpperCase() || p.text === 'Rs')) return { code, first: i - 1 };
  return null;
}

export interface UnitMatch extends UnitSense {
  /** Last token of the unit words. */
  last: number;
}

/** The unit words starting at token j, longest first ("per cent", "square kilometres", "km/h"). */
export function unitAt(toks: readonly Tok[], j: number, scaledBefore: boolean): UnitMatch | null {
  for (let n = LONGEST_UNIT; n >= 1; n -= 1) {
    const parts: string[] = [];
    for (let k = j; k < j + n; k += 1) {
      const t = toks[k];
      if (!t) break;
      parts.push(t.lower);
    }
    if (parts.length < n) continue;
    // "km/h" is three tokens written together; otherwise the words of a unit are separate words.
    const key = n === 3 && parts[1] === '/' ? parts.join('') : parts.join(' ');
    const sense = UNIT_WORDS[key];
    if (!sense) continue;
    // A one-letter unit ("m") only glued to its number or right after it, never a stray word "m".
    if (n === 1 && key.length === 1 && key !== '%' && toks[j]!.text !== 'm') continue;
    if (key === 'pounds' || key === 'pound') return { ...(scaledBefore ? POUNDS_MONEY : sense), last: j + n - 1 };
    return { ...sense, last: j + n - 1 };
  }
  return null;
}

/** A unit glued to the numeral ("10km", "500kg", "68%"'s neighbour is a token of its own). */
export function unitSuffix(suffix: string): UnitSense | null {
  if (!suffix || suffix === 'm') return null;
  return UNIT_WORDS[suffix] ?? null;
}

/** Durations are times, not quantities (GOLD.md): "1,000 days", "two years", "a 10-day truce". */
export const DURATION_WORDS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days',
  'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'month', 'months', 'year', 'years', 'yr', 'yrs',
  'decade', 'decades', 'century', 'centuries', 'millennia', 'fortnight', 'fortnights', 'term', 'terms',
  'year-old', 'years-old',
]);
