/**
 * @module analyze/identity/metonymy
 *
 * A capital standing for its government (FORMAT.md: "Kyiv's allies",
 * "Moscow said", "the Kiev regime", "Washington has provided") is a GPE
 * mention of the *country's* entity; the city itself ("seizing Kyiv",
 * "traveled to Kyiv") is the city. Which capitals: the table below (a
 * gazetteer entry has no "capital of" field); a place the gazetteer puts in
 * another country than the table's is not that capital ("Paris, Texas").
 *
 * The rules, first that applies wins (each names itself in `rule`):
 *
 * 1. The city, plainly: a dateline ("KYIV (AP) —", "Beijing (AsiaNews)",
 *    "Washington, D.C.", "Kyiv, Ukraine"); a city noun after the name,
 *    possessive or not ("Kyiv residents", "Kyiv's mayor", "the Minsk
 *    agreements"); "-based" after it ("a Berlin-based company"); a
 *    description as a place ("London is the second destination").
 * 2. The government, plainly: a government noun after ("the Kiev regime",
 *    "the Kyiv government"); a possessive ("Kyiv's allies", "Moscow's
 *    control"); a relation before ("the regime in Kiev", "aid to Kyiv", "talks
 *    with Moscow", "pressure on Kyiv"); an agent or party ("controlled by
 *    Kiev", "between Moscow and the West", "allied with Moscow") — but
 *    "between London and Amsterdam", two cities, is a route.
 * 3. The city, from its place in the sentence: a preposition of place or
 *    movement right before ("in", "to", "near", "from", "north of", "on":
 *    "flew to Washington", "the coup in Kiev", "strikes on Kyiv"; also "the
 *    battle for Kyiv", "the offensive against Kyiv", "left for Washington");
 *    a part of the city before ("north west London", "central Kyiv", "the
 *    capital Seoul"); a verb of taking, attacking or visiting right before
 *    ("seizing Kyiv", "visited Moscow").
 * 4. The city, from its company: listed with another city ("Kiev, Kharkiv
 *    and Odesa").
 * 5. The government, from its company or its verb: listed with a country
 *    ("Ukraine and Moscow"); subject of a verb ("Moscow said", "Washington has
 *    provided", "Kyiv and its allies").
 * 6. Otherwise the government. In war reporting a capital that no
 *    preposition or verb of place puts on the map is nearly always its
 *    government ("support Kyiv", "involve Kyiv ceding territory"); the seed
 *    gold agrees.
 */
import type { Span } from '../document.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { MentionType } from '../names/types.js';
import { textAfter, textBefore } from './context.js';
import { nameKey, slugify } from '../gazetteer/gazetteer.js';
import { lookupOfType } from './gazetteer-match.js';
import { refOf, type EntityRef, type IdentityGazetteer } from './types.js';

export interface Capital {
  /** The city's names, today's first. */
  names: readonly string[];
  /** The country's name, as the gazetteer names it. */
  country: string;
  /** ISO 3166-1 alpha-2 of the country. */
  iso: string;
}

export const CAPITALS: readonly Capital[] = [
  { names: ['Kyiv', 'Kiev', 'Kyjiw', 'Kiew'], country: 'Ukraine', iso: 'UA' },
  { names: ['Moscow', 'Moskva'], country: 'Russia', iso: 'RU' },
  { names: ['Washington'], country: 'United States', iso: 'US' },
  { names: ['Beijing', 'Peking'], country: 'China', iso: 'CN' },
  { names: ['London'], country: 'United Kingdom', iso: 'GB' },
  { names: ['Paris'], country: 'France', iso: 'FR' },
  { names: ['Berlin'], country: 'Germany', iso: 'DE' },
  { names: ['Tehran', 'Teheran'], country: 'Iran', iso: 'IR' },
  { names: ['Minsk'], country: 'Belarus', iso: 'BY' },
  { names: ['Warsaw'], country: 'Poland', iso: 'PL' },
  { names: ['Ankara'], country: 'Turkey', iso: 'TR' },
  { names: ['Pyongyang'], country: 'North Korea', iso: 'KP' },
  { names: ['Budapest'], country: 'Hungary', iso: 'HU' },
  { names: ['Vilnius'], country: 'Lithuania', iso: 'LT' },
  { names: ['Riga'], country: 'Latvia', iso: 'LV' },
  { names: ['Tallinn'], country: 'Estonia', iso: 'EE' },
  { names: ['Helsinki'], country: 'Finland', iso: 'FI' },
  { names: ['Stockholm'], country: 'Sweden', iso: 'SE' },
  { names: ['Oslo'], country: 'Norway', iso: 'NO' },
  { names: ['Copenhagen'], country: 'Denmark', iso: 'DK' },
  { names: ['Rome'], country: 'Italy', iso: 'IT' },
  { names: ['Bucharest'], country: 'Romania', iso: 'RO' },
  { names: ['Chisinau', 'Chişinău', 'Kishinev'], country: 'Moldova', iso: 'MD' },
  { names: ['Tbilisi'], country: 'Georgia', iso: 'GE' },
  { names: ['Tokyo'], country: 'Japan', iso: 'JP' },
  { names: ['Seoul'], country: 'South Korea', iso: 'KR' },
  { names: ['New Delhi', 'Delhi'], country: 'India', iso: 'IN' },
  { names: ['Damascus'], country: 'Syria', iso: 'SY' },
  { names: ['Ottawa'], country: 'Canada', iso: 'CA' },
];

const BY_NAME = new Map(CAPITALS.flatMap((capital) => capital.names.map((name) => [nameKey(name), capital] as const)));
const COUNTRY_NAMES = new Set(CAPITALS.map((capital) => nameKey(capital.country)));

/** The capital a place name is, from its spelling or the gazetteer entry it matched; undefined if none. */
export function capitalOf(surface: string, place: GazetteerEntry | undefined): Capital | undefined {
  const capital = (place && BY_NAME.get(nameKey(place.name))) ?? BY_NAME.get(nameKey(surface));
  if (!capital) return undefined;
  if (place && place.country && place.country !== capital.iso) return undefined;
  return capital;
}

/** The country's entity: its gazetteer entry, else an entity named for it. */
export function countryRef(gazetteer: IdentityGazetteer, capital: Capital): EntityRef {
  const entry = lookupOfType(gazetteer, capital.country, ['GPE']);
  return entry ? refOf(entry) : { id: slugify(capital.country), name: capital.country, type: 'GPE' };
}

/** Whether an entry is a country: from world-countries, or one the capitals table names. */
export function isCountry(entry: GazetteerEntry): boolean {
  return entry.origin === 'world-countries' || COUNTRY_NAMES.has(nameKey(entry.name));
}

export type CapitalReading = 'government' | 'city';

export interface ReadingDecision {
  reading: CapitalReading;
  rule: string;
}

/** Another name in the capital's list, as the list rules see it. */
export interface ListNeighbour {
  type: MentionType;
  entry?: GazetteerEntry;
  capital?: Capital;
}

const COUNTRY_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:D\.?\s?C\.?|${CAPITALS.map((c) => c.country.replace(/ /gu, String.raw`\s+`)).join('|')})\b`,
  'u',
);
const CITY_NOUN = String.raw`(?:mayor|mayoral|residents?|inhabitants|streets?|metro|subway|underground|outskirts|suburbs?|cent(?:er|re)|downtown|districts?|neighbou?rhoods?|airport|skyline|skies|sky|city|railway|station|hospitals?|zoo|agreements?|accords?|protocols?|summit|format|police|boroughs?|communit(?:y|ies)|stadiums?|murders?|crime|schools?|council|hotels?|parks?|harbou?r|landmarks?|marathon|traffic|nightlife|population|house\s+prices|rents?)\b`;
const CITY_NOUN_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+)?${CITY_NOUN}`, 'iu');
const CITY_NOUN_RIGHT_AFTER = new RegExp(String.raw`^\s+${CITY_NOUN}`, 'iu');
const GOVERNMENT_NOUN_AFTER = /^(?:['’]s)?\s+(?:regime|government|authorities|leadership|administration|officials|elites?|rulers?|junta|establishment|policymakers|diplomats|diplomacy)\b/iu;
const POSSESSIVE = /^['’]s\b/u;
/** "London is the second destination", "Kyiv remains a city of ...": the name described as a place. */
const CITY_DESCRIPTION_AFTER =
  /^\s+(?:is|was|remains|remained|became|has\s+become)\s+(?:the|a|an|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,3}(?:city|cities|capital|destination|destinations|home|host|venue|site|stop|town|cent(?:er|re)|hub|port)\b/iu;
const BASED_AFTER = /^-based\b/u;
/** "London's Heathrow", "Seoul's Jamsil Stadium": a named place inside the city. */
const PLACE_INSIDE_AFTER =
  /^['’]s\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Airport|Stadium|Station|Square|Street|Avenue|Park|Bridge|Museum|Cathedral|Palace|Zoo|Hospital|University|Cent(?:re|er)|Market|Tower|Theat(?:re|er)|Metro)\b|(?:Heathrow|Gatwick|Stansted|Sheremetyevo|Vnukovo|Domodedovo|Boryspil|Zhuliany|Dulles|Orly|Narita|Haneda|Incheon)\b)/u;
/** "the Amsterdam-London leg", "the London-Paris route": two cities joined by a route. */
const ROUTE_NOUN = String.raw`\s+(?:leg|route|flights?|trains?|line|road|highway|motorway|railway|express|service|corridor)\b`;
const ROUTE_AFTER = new RegExp(String.raw`^(?:[-–]\p{Lu}[\p{L}]+)?${ROUTE_NOUN}`, 'u');
const ROUTE_BEFORE = /\p{Lu}[\p{L}]+[-–]$/u;
const ROUTE_NOUN_AFTER = new RegExp(`^${ROUTE_NOUN}`, 'u');
/** A dateline in capitals after a by-line ("By Carey L. Biron. WASHINGTON, April 5 (Reuters)"). */
const DATELINE_AFTER = /^\s*(?:,\s*(?:D\.?\s?C\.?|\p{Lu}[\p{L}.]*\s+\d{1,2})\b|\()/u;
/** "Beijing (AsiaNews) Since 30 March": a name opening a line, a news agency in brackets after it. */
const SOURCE_AFTER = /^\s*\((?:\p{Lu}[\p{L}.&'’ -]{0,30})\)/u;
/** "between London and Amsterdam": a relation only when the other side is not a city. */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/iu;
const GOVERNMENT_BEFORE = [
  /\b(?:regime|government|authorities|junta|leadership|rulers?|power)\s+(?:in|of)\s+(?:the\s+)?$/iu,
  /\b(?:aid|assistance|support|weapons|arms|loyal(?:ty)?|allied|ally|allies|pressure|sanctions|relations|ties|talks|negotiations|deals?|message|ultimatum|demands?|appeals?|requests?|letters?|envoys?|ambassadors?|overtures?|concessions?|war|hostility|dependence|dependent|reliance|backing|proxy|proxies|puppets?)\s+(?:to|for|with|on|upon|against|from|toward|towards)\s+(?:the\s+)?$/iu,
  /\b(?:by|between|with|versus|vs\.)\s+(?:the\s+)?$/iu,
];
const CITY_BEFORE = [
  /\b(?:offensive|attacks?|assault|strikes?|march|advance|drive|push|thrust)\s+(?:against|toward|towards|on)\s+(?:the\s+)?$/iu,
  /\b(?:left|leave|leaves|leaving|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|bound|flights?|flew|travel(?:s|l?ed|l?ing)?|return(?:s|ed|ing)?|set\s+off)\s+for\s+(?:the\s+)?$/iu,
  /\b(?:north|south|east|west|northern|southern|eastern|western|central|downtown|greater|inner|outer)(?:[\s-]+(?:west|east|western|eastern))?\s+$/iu,
  /\bcapital(?:\s+city)?(?:\s+of)?\s+$/iu,
  /\b(?:battle|fight|fighting|struggle|siege)\s+(?:for|of)\s+(?:the\s+)?$/iu,
  /\b(?:in|into|to|toward|towards|near|nearer|from|around|outside|at|on|of|across|through|within|over|above|under|inside|beyond|via|past|throughout)\s+(?:the\s+)?$/iu,
  /\b(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|take|takes|took|taken|taking|attack(?:s|ed|ing)?|strike|strikes|struck|striking|shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|bombard(?:s|ed|ing)?|hit|hits|hitting|encircl(?:e|es|ed|ing)|besieg(?:e|es|ed|ing)|surround(?:s|ed|ing)?|enter(?:s|ed|ing)?|reach(?:es|ed|ing)?|visit(?:s|ed|ing)?|liberat(?:e|es|ed|ing)|occup(?:y|ies|ied|ying)|defend(?:s|ed|ing)?|evacuat(?:e|es|ed|ing)|storm(?:s|ed|ing)?|target(?:s|ed|ing)?|leave|leaves|left|leaving|fled|flee|flees|fleeing|pound(?:s|ed|ing)?|rock(?:s|ed|ing)?|blast(?:s|ed|ing)?|tour(?:s|ed|ing)?|overran|overrun|approach(?:es|ed|ing)?|rais(?:e|es|ed|ing)|rain(?:s|ed|ing)?|threaten(?:s|ed|ing)?)\s+(?:the\s+)?$/iu,
];
const SUBJECT_VERB_AFTER =
  /^\s*,?\s*(?:has|have|had|is|was|were|are|will|would|could|can|cannot|can't|may|might|must|should|shall|did|does|do|didn't|doesn't|won't|said|says|say|claims?|claimed|den(?:y|ies|ied)|wants?|wanted|insist(?:s|ed)?|accus(?:e|es|ed)|warn(?:s|ed)?|announc(?:e|es|ed)|demand(?:s|ed)?|refus(?:e|es|ed)|reject(?:s|ed)?|agree(?:s|d)?|decid(?:e|es|ed)|provid(?:e|es|ed)|sends?|sent|suppl(?:y|ies|ied)|believ(?:e|es|ed)|thinks?|thought|hop(?:e|es|ed)|seeks?|sought|urg(?:e|es|ed)|call(?:s|ed)|threaten(?:s|ed)|respond(?:s|ed)|react(?:s|ed)|retaliat(?:e|es|ed)|condemn(?:s|ed)|welcom(?:e|es|ed)|hail(?:s|ed)|confirm(?:s|ed)|plan(?:s|ned)|aim(?:s|ed)|intend(?:s|ed)|seem(?:s|ed)|appear(?:s|ed)|continu(?:e|es|ed)|need(?:s|ed)|blam(?:e|es|ed)|sees|saw|knows?|knew|fear(?:s|ed)|consider(?:s|ed)|signal(?:s|ed|led)|expect(?:s|ed)|denounc(?:e|es|ed)|launch(?:es|ed)|pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)|offer(?:s|ed)|propos(?:e|es|ed)|approv(?:e|es|ed)|order(?:s|ed)|impos(?:e|es|ed)|argu(?:e|es|ed)|stat(?:e|es|ed)|told|tells|ask(?:s|ed)|understands?|understood|recogni[sz](?:e|es|ed)|views?|viewed|regards?|regarded|accept(?:s|ed))\b|^\s+and\s+its\b/iu;

/** Whether a span opens its line (a dateline does). */
function atLineStart(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return text.slice(lineStart, span.start).trim() === '';
}

/**
 * Whether a capital's name stands for its government or for the city, and
 * which rule says so. `neighbours` are the other names of its list.
 */
export function readCapital(text: string, span: Span, neighbours: readonly ListNeighbour[] = []): ReadingDecision {
  const before = textBefore(text, span);
  const after = textAfter(text, span);
  const surface = text.slice(span.start, span.end);
  // 1. the city, plainly
  const capitals = surface === surface.toUpperCase() && /\p{Lu}{2}/u.test(surface);
  if (capitals && (/^\s*$/u.test(before) || DATELINE_AFTER.test(after))) return { reading: 'city', rule: 'dateline' };
  if (/^\s*$/u.test(before) && atLineStart(text, span) && SOURCE_AFTER.test(after)) return { reading: 'city', rule: 'dateline' };
  if (COUNTRY_AFTER.test(after)) return { reading: 'city', rule: 'city-country' };
  if (POSSESSIVE.test(after) ? CITY_NOUN_AFTER.test(after) : CITY_NOUN_RIGHT_AFTER.test(after)) return { reading: 'city', rule: 'city-noun' };
  if (BASED_AFTER.test(text.slice(span.end, span.end + 8))) return { reading: 'city', rule: 'city-noun' };
  if (PLACE_INSIDE_AFTER.test(after)) return { reading: 'city', rule: 'city-noun' };
  const touchingBefore = text.slice(Math.max(0, span.start - 30), span.start);
  const touchingAfter = text.slice(span.end, span.end + 40);
  if ((ROUTE_BEFORE.test(touchingBefore) && ROUTE_NOUN_AFTER.test(touchingAfter)) || (/^[-–]\p{Lu}/u.test(touchingAfter) && ROUTE_AFTER.test(touchingAfter))) {
    return { reading: 'city', rule: 'route' };
  }
  if (CITY_DESCRIPTION_AFTER.test(after)) return { reading: 'city', rule: 'city-description' };
  // 2. the government, plainly
  if (GOVERNMENT_NOUN_AFTER.test(after)) return { reading: 'government', rule: 'government-noun' };
  if (POSSESSIVE.test(after)) return { reading: 'government', rule: 'possessive' };
  const places = neighbours.filter((n) => n.type === 'GPE' && n.entry && !n.capital && !isCountry(n.entry));
  if (BETWEEN_BEFORE.test(before) && places.length > 0) return { reading: 'city', rule: 'listed-with-cities' };
  if (GOVERNMENT_BEFORE.some((pattern) => pattern.test(before))) return { reading: 'government', rule: 'relation' };
  // 3. the city, from its place in the sentence
  if (CITY_BEFORE.some((pattern) => pattern.test(before))) return { reading: 'city', rule: 'place-preposition-or-verb' };
  // 4. the city, from its company
  if (places.length > 0) return { reading: 'city', rule: 'listed-with-cities' };
  // 5. the government, from its company or its verb
  if (neighbours.some((n) => n.entry && isCountry(n.entry))) return { reading: 'government', rule: 'listed-with-countries' };
  if (SUBJECT_VERB_AFTER.test(after)) return { reading: 'government', rule: 'subject' };
  // 6. otherwise
  return { reading: 'government', rule: 'default' };
}
