/**
 * @module analyze/names/merge
 *
 * The model's names and the gazetteer's matches, made one list of typed
 * names. The model finds names in context (it knows "Vuhledar" is a name
 * from how the sentence uses it) but only CoNLL's four classes; the
 * gazetteer knows what a known name is (Vuhledar is a town, ATACMS a
 * weapon, "Russian" a people) but not whether a word is a name here. So:
 *
 * 1. A model name that is exactly a gazetteer match takes the entry's type
 *    where they agree on the class (a place is a GPE, LOC or FAC), or where
 *    the entry is curated; see chooseEntry.
 * 2. A model name inside a longer curated match gives way to it ("Minsk" in
 *    "Minsk agreements", "Sever" in "Sever Group of Forces").
 * 3. A gazetteer match that crosses no model name is added (the model
 *    missed "ATACMS", "Telegram"); one that crosses a model name is left.
 * 4. What the gazetteer does not know keeps the model's class: PER is
 *    PERSON, ORG is ORG, LOC is GPE, MISC is MISC.
 */
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { ScanMatch } from '../gazetteer/gazetteer.js';
import type { ModelName } from './recognizer.js';
import type { MentionType, Name } from './types.js';

const TYPE_OF_CLASS: Record<string, MentionType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE', MISC: 'MISC' };
/** Entries from these origins are trusted to say what a name is, even against the model. */
const AUTHORITATIVE = new Set(['curated', 'world-countries']);

export function mergeNames(modelNames: readonly ModelName[], scanned: readonly ScanMatch[]): Name[] {
  const matches = scanned.map(withoutRegionWord);
  const exact = new Map(matches.map((m) => [`${m.start}:${m.end}`, m]));
  const names: Name[] = [];
  const covered: Array<[number, number]> = [];

  for (const found of modelNames) {
    const container = matches.find((m) => m.start <= found.start && m.end >= found.end && m.end - m.start > found.end - found.start && isAuthoritative(m.entries[0]));
    if (container) continue; // rule 2: the longer curated match is added below
    const match = exact.get(`${found.start}:${found.end}`);
    const modelType = TYPE_OF_CLASS[found.conll] ?? 'MISC';
    const entry = match && !match.regionTrimmed ? chooseEntry(match, modelType) : undefined;
    names.push({
      start: found.start,
      end: found.end,
      type: entry ? entry.type : modelType,
      source: 'model',
      ...(entry ? { gazetteerId: entry.id } : {}),
    });
    covered.push([found.start, found.end]);
  }

  for (const match of matches) {
    if (covered.some(([s, e]) => s < match.end && match.start < e)) continue; // taken already, or crosses a model name (rule 3)
    const entry = match.entries[0];
    if (!entry) continue;
    if (match.regionTrimmed) {
      names.push({ start: match.start, end: match.end, type: entry.type, source: 'gazetteer' });
      covered.push([match.start, match.end]);
      continue;
    }
    // A lone common word ("West", "Post") the model did not call a name is only added from the curated list.
    if (match.common && entry.origin !== 'curated') continue;
    names.push({ start: match.start, end: match.end, type: entry.type, source: 'gazetteer', gazetteerId: entry.id });
    covered.push([match.start, match.end]);
  }
  return names.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "the Kharkiv region", "Kursk oblast": the word after the name says what kind of place it is. */
const REGION_WORD = /\s+(?:region|regions|oblast|oblasts|province|district|raion|krai|governorate)$/u;

/**
 * The gazetteer knows "Kharkiv region" as a name of Kharkiv Oblast, but by
 * CoNLL's conventions the name is "Kharkiv" alone: keep the entry, trim the
 * span. A capitalized "Kharkiv Oblast" is a name whole, and stays.
 */
function withoutRegionWord(match: ScanMatch): ScanMatch & { regionTrimmed?: true } {
  const region = REGION_WORD.exec(match.text);
  if (!region) return match;
  const text = match.text.slice(0, region.index);
  return { ...match, text, end: match.start + text.length, regionTrimmed: true };
}

function isAuthoritative(entry: GazetteerEntry | undefined): boolean {
  return entry !== undefined && AUTHORITATIVE.has(entry.origin);
}

/**
 * The entry a model name is (rule 1): the first that agrees with the model's
 * type class; else a curated entry, whose conflict-specific knowledge beats
 * the 1996 training text ("Vuhledar" is a town); else, for a name the model
 * left unclassed (MISC), the first entry. A country or city from the
 * packages does not overrule the model's reading of the sentence: "Jordan"
 * scoring, "Washington said" and "NEW YORK 4 Boston 2" are its to judge.
 */
function chooseEntry(match: ScanMatch, modelType: MentionType): GazetteerEntry | undefined {
  const agrees = match.entries.find((e) => typeClass(e.type) === typeClass(modelType));
  if (agrees) return agrees;
  // …except that a place's name the model reads as an organisation is a team or a government: the model saw the sentence.
  const curated = match.entries.find((e) => e.origin === 'curated');
  if (curated && !(modelType === 'ORG' && typeClass(curated.type) === 'place')) return curated;
  return modelType === 'MISC' ? match.entries[0] : undefined;
}

/** Places are one class: a GPE entry agrees with the model's LOC. */
function typeClass(type: MentionType): string {
  return type === 'GPE' || type === 'LOC' || type === 'FAC' ? 'place' : type === 'NORP' || type === 'WEAPON' ? 'MISC' : type;
}
