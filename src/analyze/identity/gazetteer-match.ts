/**
 * @module analyze/identity/gazetteer-match
 *
 * Which gazetteer entry a name is: the entry the recognizer already matched,
 * else an exact lookup (the gazetteer's normalization), else a spelling that
 * the transliteration rules take for a romanization of one of its names.
 *
 * - A lookup's candidates must have a compatible type: the same type class,
 *   or place and organisation (the recognizer may call "Kremlin" a place),
 *   never a person for a place nor a nationality for a country. Among them,
 *   the exact type first, then an entry whose own name (not an alias) it
 *   is, then a curated entry, then the gazetteer's order.
 * - Transliteration is tried only against entries that can have a Ukrainian
 *   or Russian romanization: curated ones, people, and places in Ukraine,
 *   Russia or Belarus; the type class must be the same, and the match must
 *   be unique, else nothing is matched (a wrong link is worse than none).
 */
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { MentionType } from '../names/types.js';
import { nameKey } from '../gazetteer/gazetteer.js';
import { personWords, wordsOf } from './forms.js';
import { sameTransliteration, transliterationKey } from './transliteration.js';
import { isPlaceType, typeClass, type IdentityGazetteer } from './types.js';

/** Countries whose place names reach English in Ukrainian and Russian romanizations. */
const ROMANIZED_COUNTRIES = new Set(['UA', 'RU', 'BY']);

export type MatchRule = 'gazetteer-id' | 'lookup' | 'transliteration';

export interface GazetteerMatch {
  entry: GazetteerEntry;
  rule: MatchRule;
}

/** Whether an entry of type `entryType` can be what a name of type `type` names. */
export function compatibleTypes(type: MentionType, entryType: MentionType): boolean {
  const a = typeClass(type);
  const b = typeClass(entryType);
  if (a === b) return true;
  const placeOrOrg = (c: string) => c === 'LOC' || c === 'ORG';
  return placeOrOrg(a) && placeOrOrg(b);
}

function rank(entry: GazetteerEntry, form: string, type: MentionType): number {
  let score = 0;
  if (entry.type === type) score += 4;
  else if (typeClass(entry.type) === typeClass(type)) score += 2;
  if (nameKey(entry.name) === nameKey(form)) score += 1;
  if (entry.origin === 'curated') score += 0.5;
  return score;
}

/** The best of several candidates, by rank, the gazetteer's order breaking ties. */
function best(candidates: readonly GazetteerEntry[], form: string, type: MentionType): GazetteerEntry | undefined {
  let chosen: GazetteerEntry | undefined;
  let chosenRank = -Infinity;
  for (const entry of candidates) {
    if (!compatibleTypes(type, entry.type)) continue;
    const r = rank(entry, form, type);
    if (r > chosenRank) {
      chosen = entry;
      chosenRank = r;
    }
  }
  return chosen;
}

/** Other spellings of a form worth a lookup: a person without middle initials, a river without "River". */
function lookupForms(form: string, type: MentionType): string[] {
  const forms = [form];
  if (type === 'PERSON') {
    const short = personWords(form).join(' ');
    if (short !== form) forms.push(short);
  }
  if (isPlaceType(type)) {
    const river = /^(.+?)\s+river$/iu.exec(form);
    if (river?.[1]) forms.push(river[1]);
  }
  return forms;
}

interface TransliterationIndex {
  byKey: Map<string, Array<{ spelling: string; entry: GazetteerEntry }>>;
}

const indexes = new WeakMap<IdentityGazetteer, TransliterationIndex>();

function romanizable(entry: GazetteerEntry): boolean {
  return entry.origin === 'curated' || entry.type === 'PERSON' || (entry.country !== undefined && ROMANIZED_COUNTRIES.has(entry.country));
}

function transliterationIndex(gazetteer: IdentityGazetteer): TransliterationIndex | undefined {
  if (!gazetteer.entries) return undefined;
  let index = indexes.get(gazetteer);
  if (!index) {
    index = { byKey: new Map() };
    for (const entry of gazetteer.entries) {
      if (!romanizable(entry)) continue;
      for (const spelling of new Set([entry.name, ...entry.aliases])) {
        const key = transliterationKey(spelling);
        if (!key) continue;
        let bucket = index.byKey.get(key);
        if (!bucket) index.byKey.set(key, (bucket = []));
        bucket.push({ spelling, entry });
      }
    }
    indexes.set(gazetteer, index);
  }
  return index;
}

function byTransliteration(gazetteer: IdentityGazetteer, form: string, type: MentionType): GazetteerEntry | undefined {
  const index = transliterationIndex(gazetteer);
  if (!index || wordsOf(form).length === 0) return undefined;
  const found = new Map<string, GazetteerEntry>();
  for (const { spelling, entry } of index.byKey.get(transliterationKey(form)) ?? []) {
    if (typeClass(entry.type) !== typeClass(type)) continue;
    if (sameTransliteration(form, spelling, { places: isPlaceType(type) })) found.set(entry.id, entry);
  }
  let candidates = [...found.values()];
  if (candidates.length > 1) candidates = candidates.filter((entry) => entry.type === type);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The entry a name is, and which rule found it; undefined when none does.
 * `gazetteerId` is the recognizer's match, trusted when the entry exists.
 */
export function matchEntry(gazetteer: IdentityGazetteer, form: string, type: MentionType, gazetteerId?: string): GazetteerMatch | undefined {
  if (gazetteerId) {
    const entry = gazetteer.byId(gazetteerId);
    if (entry) return { entry, rule: 'gazetteer-id' };
  }
  for (const candidate of lookupForms(form, type)) {
    const entry = best(gazetteer.lookup(candidate), candidate, type);
    if (entry) return { entry, rule: 'lookup' };
  }
  for (const candidate of lookupForms(form, type)) {
    const entry = byTransliteration(gazetteer, candidate, type);
    if (entry) return { entry, rule: 'transliteration' };
  }
  return undefined;
}

/** An entry by exact lookup only, of one of the given types (for "<Name> Oblast", a country's name). */
export function lookupOfType(gazetteer: IdentityGazetteer, name: string, types: readonly MentionType[]): GazetteerEntry | undefined {
  const candidates = gazetteer.lookup(name).filter((entry) => types.includes(entry.type));
  return best(candidates, name, types[0]!);
}
