/**
 * @module analyze/places/qualifiers
 *
 * A place name that the text itself qualifies: "Paris, Texas", "Portland,
 * Ore.", "Nenagh, Ireland", "Riverdale (N.J.)", "Kramatorsk, Donetsk
 * oblast". The qualifier is read from the words right after the name; what
 * it names (a country, a region, a US state) is the strongest evidence there
 * is for which of several same-name places is meant.
 */
import type { Span } from '../document.js';

/**
 * US states as news writes them after a town: AP abbreviations ("Calif.",
 * "N.J.") and postal codes ("TX"), to GeoNames' admin1 codes (the postal ones).
 */
const US_STATE_ABBREVIATIONS: Record<string, string> = {
  'ala.': 'AL', 'ariz.': 'AZ', 'ark.': 'AR', 'calif.': 'CA', 'cal.': 'CA', 'colo.': 'CO', 'conn.': 'CT', 'del.': 'DE', 'fla.': 'FL',
  'ga.': 'GA', 'ill.': 'IL', 'ind.': 'IN', 'kan.': 'KS', 'kans.': 'KS', 'ky.': 'KY', 'la.': 'LA', 'md.': 'MD', 'mass.': 'MA',
  'mich.': 'MI', 'minn.': 'MN', 'miss.': 'MS', 'mo.': 'MO', 'mont.': 'MT', 'neb.': 'NE', 'nebr.': 'NE', 'nev.': 'NV',
  'n.h.': 'NH', 'n.j.': 'NJ', 'n.m.': 'NM', 'n.y.': 'NY', 'n.c.': 'NC', 'n.d.': 'ND', 'okla.': 'OK', 'ore.': 'OR', 'pa.': 'PA',
  'r.i.': 'RI', 's.c.': 'SC', 's.d.': 'SD', 'tenn.': 'TN', 'tex.': 'TX', 'vt.': 'VT', 'va.': 'VA', 'wash.': 'WA', 'w.va.': 'WV',
  'wis.': 'WI', 'wyo.': 'WY', 'd.c.': 'DC',
};
const US_POSTAL = new Set(Object.values(US_STATE_ABBREVIATIONS).concat(['AK', 'HI', 'ID', 'IA', 'ME', 'OH', 'UT']));

const US_STATE_NAMES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York State',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington State',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/**
 * The state an AP abbreviation written on its own names ("Calif." → "California",
 * "Ga" where the span left the full stop out); postal codes alone are too
 * ambiguous ("WA" is also Western Australia).
 */
export function usStateNameOf(form: string): string | undefined {
  const key = form.toLowerCase().replace(/\s+/g, '');
  const code = US_STATE_ABBREVIATIONS[key] ?? (/^\p{Lu}\p{Ll}+$/u.test(form) ? US_STATE_ABBREVIATIONS[`${key}.`] : undefined);
  return code ? US_STATE_NAMES[code] : undefined;
}

/** What a qualifier names, when it is a US state written short: {country: 'US', admin1}. */
export function usStateAbbreviation(word: string): { country: 'US'; admin1: string } | undefined {
  const code = US_STATE_ABBREVIATIONS[word.toLowerCase().replace(/\s+/g, '')] ?? (US_POSTAL.has(word) ? word : undefined);
  return code ? { country: 'US', admin1: code } : undefined;
}

// ", Texas", ", N.J.", ", Co. Tipperary", " (Texas)": capitalised words, up to punctuation or a lower-case word.
const COMMA_QUALIFIER = /^\s*,\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\.?)(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*\.?){0,3}(?:\s+(?:oblast|region|province|governorate|prefecture|county|state)\b)?)(?=\s*(?:[,;:)\]—–]|\.(?:\s|$)|\s+\p{Ll}|\s*$))/u;
/** Capitalised words naming a region or country, with the word for what it is ("Rajasthan state", "the Mykolaiv region"). */
const REGION_WORDS = String.raw`(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s+(?:oblast|region|province|governorate|prefecture|county|state)\b)?)`;
// ", a market town in Rajasthan state", ", a village of the Kharkiv region": an apposition that says where.
const APPOSITION_QUALIFIER = new RegExp(String.raw`^\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:town|city|village|hamlet|settlement|suburb|port|district|region|province|county)\s+(?:in|of)\s+` + REGION_WORDS, 'u');
// " in northwestern India", " in the Donetsk region": where a place lies, said right after its name.
const IN_QUALIFIER = new RegExp(String.raw`^\s+in\s+` + REGION_WORDS, 'u');
const BRACKET_QUALIFIER = /^\s*\(\s*((?:\p{Lu}[\p{L}'’.-]*\.?)(?:\s+\p{Lu}[\p{L}'’.-]*\.?){0,3})\s*\)/u;
/** What follows a list's second name: "Kiev, Kharkiv| and Odesa", "Mexico, the US|, and Canada". */
const LIST_GOES_ON = /^(?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*\s*,?\s+(?:and|or|&)\s+(?:the\s+)?\p{Lu}/u;
/** Words after a comma that do not qualify a place ("Kyiv, Monday", "Paris, he said"). */
const NOT_A_QUALIFIER = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|The|A|An|And|But|He|She|It|They|We|I|Reuters|AP|AFP)\b/u;

/**
 * The qualifier written right after a name, if any: "Texas" in "Paris,
 * Texas"; "Co Tipperary" → "Tipperary". The words are returned as written;
 * the resolver keeps them only where they name a place ("Kyiv, Zelensky
 * said" names none).
 */
export function qualifierAfter(text: string, span: Span): string | undefined {
  const after = text.slice(span.end, span.end + 90);
  const comma = COMMA_QUALIFIER.exec(after);
  // A list is no qualifier: "Kiev, Kharkiv and Odesa"; a chain is ("Matias Romero, Oaxaca State, Mexico, Wednesday").
  const m = (comma && !LIST_GOES_ON.test(after.slice(comma[0].length)) ? comma : undefined) ?? APPOSITION_QUALIFIER.exec(after) ?? BRACKET_QUALIFIER.exec(after) ?? IN_QUALIFIER.exec(after);
  if (!m?.[1]) return undefined;
  let q = m[1].trim();
  if (NOT_A_QUALIFIER.test(q)) return undefined;
  q = q.replace(/^(?:Co\.?|County)\s+/u, '');
  // A sentence's full stop is not the abbreviation's ("Portland, Ore." keeps its; "in Kyiv, Ukraine." loses it).
  if (q.endsWith('.') && !usStateAbbreviation(q) && !/\b\p{L}\.$/u.test(q)) q = q.slice(0, -1);
  return q;
}

/** "Tacoma, |Washington": a capitalised word and a comma right before, in the middle of a sentence, and no list going on after. */
export function standsAsQualifier(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const m = /(^|[^\n]*?)(\p{Lu}[\p{L}\p{M}'’.-]*),[ \t]+$/u.exec(before);
  if (!m) return false;
  const lead = before.slice(0, before.length - m[0].length) + m[1]!;
  if (lead.trim() === '' || /[.!?:;"“”\n]\s*$/u.test(lead)) return false;
  return !LIST_AFTER.test(text.slice(span.end, span.end + 80));
}

/** A list goes on after the name: "Kiev, Kharkiv| and Odesa", "Guam, Alaska|, Hawaii, Florida and". */
const LIST_AFTER = /^(?:\s*,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*\s*,?\s+(?:and|or|&)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether the qualifier `q` read after `span` ends its phrase ("Rockingham, Northamptonshire." or
 * "Croft, Yorkshire;"), so that it says where the place is rather than begin a clause ("In Kharkiv, Russia
 * launched...").
 */
export function closesPhrase(text: string, span: Span, q: string): boolean {
  const after = text.slice(span.end, span.end + 120);
  // Right after the comma: not an apposition ("Mariupol, the city of Mary, …" names, it does not place).
  const at = /^\s*,\s*(?:the\s+)?(?:Co\.?\s+|County\s+)?/u.exec(after)?.[0].length ?? -1;
  if (at < 0 || !after.startsWith(q, at)) return false;
  const rest = after.slice(at + q.length);
  // "Portland, Ore. The…": an abbreviation's full stop ends the phrase too.
  return /^\s*(?:[,.;:)\]]|$)/u.test(rest) || (q.endsWith('.') && /^\s/u.test(rest));
}
