/**
 * @module analyze/places/resolve
 *
 * Puts a document's places on the map: for each place entity that identity
 * found (one group of mentions per entity id), the candidate places its
 * names may be (candidates.ts), and the one the document means (choose.ts),
 * in two passes: first with the evidence of what is certain (countries,
 * names only one place has, the peoples and national bodies of the text),
 * then with the first pass's choices for everything.
 *
 * What identity decided by a rule stays as it decided: a capital standing for
 * its government is the country, "the Kharkiv region" is the oblast, a
 * curated entry with no point (the West) has none. The other groups are
 * linked to their chosen place: the gazetteer's entry, or the places index's
 * town, region or county, whose id then becomes the mentions' entity. Names
 * that are everyday words ("Deal", "March", "Union") are placed only where
 * the text qualifies them.
 */
import type { Span } from '../document.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { MentionType } from '../names/types.js';
import { nameKey, slugify } from '../gazetteer/gazetteer.js';
import { refOf, type EntityRef, type EntitySpan, type MentionSpan } from '../identity/types.js';
import { candidatesFor, entryCandidate, isPlaceEntry, riverName, type PlaceCandidate, type PlaceGazetteer } from './candidates.js';
import { coordinatedLists } from '../identity/context.js';
import { best, countryTerm, inQualifier, prior, countryWeights, dominantCountry, isAnchorKind, regionKey, scoreCandidate, type Evidence, type KindHints, type QualifierTarget } from './choose.js';
import type { PlaceLookup } from './place-index.js';
import { documentArea, LOCAL_WORDS } from './area.js';
import { closesPhrase, qualifierAfter, standsAsQualifier, usStateAbbreviation, usStateNameOf } from './qualifiers.js';

export interface Identified {
  mentions: MentionSpan[];
  entities: EntitySpan[];
}

/** How one place entity of the document was chosen: a record of the `place-choices` layer (the span of its first mention). */
export interface PlaceChoice extends Span {
  /** The entity id after the choice (the mentions' entity). */
  entity: string;
  /** The id identity gave before it. */
  identityEntity: string;
  /** only-candidate, prior, qualifier, region, country, nearby, position; document-area, facility-town, qualifier-area, part-of; identity-rule, no-point, common-word, no-candidate. */
  rule: string;
  candidates: number;
}

export interface Resolved extends Identified {
  choices: PlaceChoice[];
}

const PLACE_TYPES = new Set<MentionType>(['GPE', 'LOC', 'FAC']);
/** A margin (in score) by which a choice is taken as certain: its evidence counts in full. */
const CERTAIN_MARGIN = 3;
/** Passes after the first: each weighs the document's evidence as the one before chose. */
const PASSES = 3;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

interface Group {
  id: string;
  entity: EntitySpan;
  mentions: number[];
  type: MentionType;
  forms: string[];
  /** Identity's entry, when the id is a gazetteer entry's. */
  entry?: GazetteerEntry;
  /** Decided already: identity's rule, or a curated place without a point. */
  fixed?: { candidate: PlaceCandidate | undefined; rule: string };
  candidates: PlaceCandidate[];
  qualifiers: QualifierTarget[];
  common: boolean;
  /** Whether a mention stands where a qualifier does ("Tacoma, Washington shares"). */
  qualifying: boolean;
  /** Whether a mention is named by its side ("eastern Washington", "western Kentucky"): a region's or country's reading. */
  sided: boolean;
  /** For a facility named after its town that no gazetteer knows ("Windsor Castle", "Colchester General Hospital"): the towns it may be in. */
  hosts: PlaceCandidate[];
  /** An id of its own, where identity's link was to another place ("Mississippi River" linked to the state). */
  ownId?: string;
  /** The divisions and countries the text places the name in, with a qualifier that ends its phrase ("Rockingham, Northamptonshire."). */
  placedIn: QualifierTarget[];
}

/** A facility's name that begins with its town's: the town's part ("Dulles International Airport" → "Dulles"). */
const FACILITY_AFTER_TOWN =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:(?:International\s+)?Airport|(?:General\s+|University\s+|Regional\s+|District\s+)?Hospital|(?:Railway\s+|Train\s+|Bus\s+|Police\s+|Power\s+)?Station|Castle|Cathedral|Palace|Stadium|Arena|Harbou?r|Prison|Air\s*[Bb]ase|(?:Nuclear\s+|Thermal\s+)?Power\s+Plant|Dam|Racecourse|City\s+Hall|Town\s+Hall)$/u;

/** How likely a name with candidates is a place no gazetteer lists, before the document's evidence for where it is. */
const UNKNOWN_PRIOR = 4.2;
/** Evidence that places an everyday word ("Fife" in a list of British counties): a country term or a nearness this strong. */
const COMMON_WORD_COUNTRY = 2;
const COMMON_WORD_NEARBY = 1;
/** The weight of evidence for a country that makes a text plainly about it (two or three of its places, peoples or bodies). */
const UNKNOWN_MIN_EVIDENCE = 2;
/**
 * How many times the next country's evidence a text's country must have for an unlisted place to be put there
 * rather than by the town named nearest it: a live blog that speaks of Britain and Ukraine is plainly about neither.
 */
const PLAINLY_RATIO = 2;

/** The weight of the evidence for the country after `top`, from all groups but `group`. */
function runnerUp(evidence: readonly Evidence[], group: number, top: string): number {
  return Math.max(0, ...[...countryWeights(evidence, group)].filter(([c]) => c !== top).map(([, w]) => w));
}

const POSITION_BONUS = 2;
/** A side word right before a name, in lower case: "in eastern Washington" speaks of the state, not the city ("central London" is the city's centre). */
const SIDE_BEFORE = /(?:^|\s)(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+$/u;
const LIST_BONUS = 2.5;


function mentionCount(group: Group): number {
  return group.mentions.length;
}

/** The weight of a group's evidence: a place named often says more about where the text is. */
function weightOf(group: Group): number {
  return 1 + 0.3 * Math.log(mentionCount(group));
}

function evidenceOf(c: PlaceCandidate, group: number, weight: number): Evidence {
  const e: Evidence = { group, place: c.id, weight: c.kind === 'country' ? 1.5 * weight : weight };
  if (c.country) e.country = c.country;
  const region = c.kind === 'county' || c.kind === 'region' || c.kind === 'town' ? regionKey(c.country, c.admin1) : undefined;
  if (region) e.region = region;
  if (isAnchorKind(c)) e.point = { lat: c.lat, lon: c.lon };
  return e;
}

/** What a qualifier ("Texas", "N.J.", "Ireland", "Donetsk oblast") names, read through the gazetteer and the index. */
function qualifierTargets(q: string, gazetteer: PlaceGazetteer, index: PlaceLookup | undefined): QualifierTarget[] {
  // "Florida The controversy" (a full stop lost): the longest run of words that names something.
  const words = q.split(/\s+/u);
  for (let n = words.length; n > 1; n--) {
    const targets = qualifierTargetsOf(words.slice(0, n).join(' '), gazetteer, index);
    if (targets.length > 0) return targets;
  }
  return qualifierTargetsOf(words[0]!, gazetteer, index);
}

function qualifierTargetsOf(q: string, gazetteer: PlaceGazetteer, index: PlaceLookup | undefined): QualifierTarget[] {
  const state = usStateAbbreviation(q);
  if (state) return [{ country: state.country, region: regionKey(state.country, state.admin1)!, division: true }];
  const targets: QualifierTarget[] = [];
  const add = (country: string | undefined, admin1: string | undefined, isCountry: boolean, point: { lat: number; lon: number }, division = isCountry, county = false) => {
    if (!country) return;
    const region = isCountry ? undefined : regionKey(country, admin1);
    if (!isCountry && !region) return;
    // A county and its region ("Kent" and England) are two targets: the county's is placed by its point.
    const old = targets.find((t) => t.country === country && t.region === region && !t.county === !county);
    if (old) old.division ||= division;
    else targets.push({ country, ...(region ? { region } : {}), point, division, ...(county ? { county } : {}) });
  };
  const form = q.replace(/\s+(?:oblast|region|province|state|county|governorate|prefecture)$/iu, '');
  for (const entry of gazetteer.lookup(q).concat(form !== q ? gazetteer.lookup(form) : [])) {
    const c = entryCandidate(entry, q);
    if (c) add(c.country, c.admin1, c.kind === 'country', { lat: c.lat, lon: c.lon }, c.kind === 'country' || c.kind === 'region' || c.kind === 'county', c.kind === 'county');
  }
  for (const place of index?.lookup(form) ?? []) {
    if (place.featureCode === 'ADM1' || place.featureCode === 'ADM2') add(place.country, place.admin1, false, { lat: place.lat, lon: place.lon }, true, place.featureCode === 'ADM2');
    // "Kasserine governorate": the region named after its capital, where the index has only the capital.
    else if (form !== q && place.featureCode === 'PPLA') add(place.country, place.admin1, false, { lat: place.lat, lon: place.lon }, true);
  }
  return targets;
}

/** How much more a town's prior must be than its namesakes' for an organisation's name to say it is the one ("New Orleans Railways"). */
const EMBEDDED_MARGIN = 1;
/**
 * The least prior (about 10,000 inhabitants) of a town that an organisation's name says the text is in: a
 * hamlet that shares the first word of a name ("Church" in Lancashire, "Al" in Norway) says nothing.
 */
const EMBEDDED_MIN_PRIOR = 4;
/** What an organisation's town weighs as evidence for the places of the text: less than a place it names. */
const EMBEDDED_WEIGHT = 0.3;

/**
 * The towns that the document's organisations and unlisted facilities are
 * named after, where one town of that name stands out: where the text is,
 * for places no gazetteer knows, when no choice of its own is sure. A
 * facility counts only where its name says it is named after its town
 * ("Colchester General Hospital"): streets and canals are named after people
 * and far places ("Ainsworth Parade", "Washington Square").
 */
function embeddedTowns(mentions: readonly MentionSpan[], groupOf: ReadonlyMap<string, Group>, gazetteer: PlaceGazetteer, index: PlaceLookup | undefined) {
  const out: Array<{ at: number; candidate: PlaceCandidate }> = [];
  for (const m of mentions) {
    if (m.type !== 'ORG' && !(m.type === 'FAC' && groupOf.get(m.entity)?.candidates.length === 0 && FACILITY_AFTER_TOWN.test(m.text))) continue;
    const words = m.text.split(/\s+/u);
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const head = words.slice(0, n).join(' ');
      if (!/^\p{Lu}/u.test(head)) break;
      if (index?.isCommonWord?.(head) || gazetteer.isCommonWord?.(nameKey(head))) continue;
      const towns = candidatesFor(head, gazetteer, index)
        .filter((c) => c.kind === 'town' && !c.alternate && c.ownName)
        .map((c) => ({ c, p: prior(c, 'GPE') }))
        .sort((a, b) => b.p - a.p);
      if (towns.length === 0) continue;
      if (towns[0]!.p >= EMBEDDED_MIN_PRIOR && (towns.length === 1 || towns[0]!.p - towns[1]!.p >= EMBEDDED_MARGIN)) out.push({ at: m.start, candidate: towns[0]!.c });
      break;
    }
  }
  return out;
}

/**
 * The country of the document named for two parts ("Trinidad and Tobago", "Bosnia and Herzegovina") that one
 * of the forms is a part of, as a candidate for it (its point, not its identity); undefined if none.
 */
function partOfNamedCountry(forms: readonly string[], entities: readonly EntitySpan[], gazetteer: PlaceGazetteer): PlaceCandidate | undefined {
  for (const entity of entities) {
    const entry = gazetteer.byId(entity.id);
    if (!entry || !/\sand\s/u.test(entry.name)) continue;
    const parts = entry.name.split(/\s+and\s+/u).map(nameKey);
    const c = forms.some((f) => parts.includes(nameKey(f))) ? entryCandidate(entry, entry.name) : undefined;
    if (c?.kind === 'country') return { ...c, ownName: false, partOf: true };
  }
  return undefined;
}

/** Initials as texts write them for places: "SA", "S.A.", "T&T". */
const INITIALS = /^(?:\p{Lu}\.?){2,4}$|^\p{Lu}&\p{Lu}$/u;
const initialsOf = (name: string) => name.split(/[\s&-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/**
 * The place whose initials a name is ("SA" for South Africa), among the places the document names in full or whose
 * people it names ("South Africans"); undefined where none or more than one is.
 */
function placeOfInitials(forms: readonly string[], entities: readonly EntitySpan[], gazetteer: PlaceGazetteer): PlaceCandidate | undefined {
  const initials = forms.filter((f) => INITIALS.test(f)).map((f) => f.replace(/[.&]/gu, ''));
  if (initials.length === 0 || initials.length !== forms.length) return undefined;
  const found = new Map<string, PlaceCandidate>();
  for (const entity of entities) {
    let entry = gazetteer.byId(entity.id);
    if (entry?.type === 'NORP' && entry.of) entry = gazetteer.byId(entry.of);
    if (!entry || !initials.includes(initialsOf(entry.name)) || entry.name.split(/\s+/u).length < 2) continue;
    const c = entryCandidate(entry, entry.name);
    if (c) found.set(c.id, { ...c, ownName: false });
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function refOfCandidate(c: PlaceCandidate): EntityRef {
  if (c.entry) return refOf(c.entry);
  const ref: EntityRef = { id: c.id, name: c.name, type: c.type, geo: { lat: c.lat, lon: c.lon, featureClass: c.featureClass } };
  if (c.geonamesId !== undefined) ref.geo!.geonamesId = c.geonamesId;
  if (c.country) ref.geo!.country = c.country;
  return ref;
}

/**
 * The document's place entities chosen and placed. `index` is the places
 * index; without one, only the gazetteer's places are candidates.
 */
export function resolvePlaces(text: string, identified: Identified, gazetteer: PlaceGazetteer, index?: PlaceLookup): Resolved {
  const { mentions, entities } = identified;
  const entityById = new Map(entities.map((e) => [e.id, e]));

  // Groups: one per entity that a place-typed mention links to.
  const groups: Group[] = [];
  const groupOf = new Map<string, Group>();
  mentions.forEach((m, i) => {
    if (!PLACE_TYPES.has(m.type)) return;
    const entity = entityById.get(m.entity);
    if (!entity) return;
    let g = groupOf.get(m.entity);
    if (!g) {
      const entry = gazetteer.byId(m.entity);
      if (entry && !isPlaceEntry(entry)) return; // a place-typed name identity linked to an organisation ("the Pentagon")
      g = { id: m.entity, entity, mentions: [], type: m.type, forms: [], candidates: [], qualifiers: [], common: false, qualifying: false, sided: false, hosts: [], placedIn: [] };
      if (entry) g.entry = entry;
      groupOf.set(m.entity, g);
      groups.push(g);
    }
    g.mentions.push(i);
    if (!g.forms.includes(m.text)) g.forms.push(m.text);
  });

  for (const g of groups) {
    for (const i of g.mentions) {
      const m = mentions[i]!;
      if (standsAsQualifier(text, m)) g.qualifying = true;
      if (SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) g.sided = true;
      // The qualifier after the name, or inside its span ("Washington, D.C." as one name).
      const inside = /^[^,]+,\s+(.+)$/u.exec(m.text)?.[1];
      const after = qualifierAfter(text, m);
      for (const q of [after, inside]) {
        if (!q) continue;
        const targets = qualifierTargets(q, gazetteer, index);
        for (const t of targets) if (!g.qualifiers.some((x) => x.country === t.country && x.region === t.region && !x.county === !t.county)) g.qualifiers.push(t);
        // "Rockingham, Northamptonshire.": a division or country right after the comma, ending the phrase, says where the place is.
        if (q === after && closesPhrase(text, m, q)) for (const t of targets) if (t.division && t.point) g.placedIn.push(t);
      }
    }
    // "Mississippi River" linked to the state by identity's rule: a river is no region or town of its name.
    if (g.entry && g.forms.every((f) => riverName(f)) && !g.forms.some((f) => gazetteer.lookup(f).includes(g.entry!))) {
      const kind = entryCandidate(g.entry, g.entry.name)?.kind;
      if (kind !== 'water' && kind !== 'area') {
        delete g.entry;
        g.ownId = slugify(g.forms[0]!);
      }
    }
    const entry = g.entry;
    if (entry) {
      const own = entryCandidate(entry, entry.name);
      // A curated place without a point has none on purpose ("the West"); a rule's link (a capital read as its
      // country, a city read as its oblast) is identity's decision: neither is re-chosen.
      const lookedUp = g.forms.filter((f) => gazetteer.lookup(f).includes(entry));
      if (!own && entry.origin === 'curated') g.fixed = { candidate: undefined, rule: 'no-point' };
      else if (lookedUp.length === 0) g.fixed = { candidate: own, rule: 'identity-rule' };
      // Only the names that are the entry's own are re-read: "Moscow" linked to Russia by a rule says nothing of Russia.
      else g.forms = lookedUp;
    }
    if (g.fixed) continue;
    const seen = new Set<string>();
    for (const form of g.forms) {
      for (const c of candidatesFor(form, gazetteer, index)) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        g.candidates.push(c);
      }
    }
    if (entry && !seen.has(entry.id)) {
      const own = entryCandidate(entry, g.forms[0] ?? entry.name);
      if (own) g.candidates.unshift(own);
    }
    // "Trinidad" in a text about Trinidad and Tobago: an island of a country named for two, not a town elsewhere.
    const whole = !entry && partOfNamedCountry(g.forms, entities, gazetteer);
    if (whole) g.candidates = [whole];
    // "SA" in a text about South Africans: the initials of a place the text names in full.
    if (g.candidates.length === 0) {
      const initialled = placeOfInitials(g.forms, entities, gazetteer);
      if (initialled) g.candidates = [initialled];
    }
    // A name that is some towns' own and another town's alternate is the former's before the latter's.
    if (g.candidates.some((c) => !c.alternate)) g.candidates = g.candidates.map((c) => (c.alternate && c.kind === 'town' ? { ...c, shadowed: true } : c));
    if (g.candidates.length === 0) {
      // The longest run of the words before the facility's word that names a town ("İstanbul Atatürk International Airport": İstanbul).
      const words = FACILITY_AFTER_TOWN.exec(g.entity.name)?.[1]?.split(/\s+/u) ?? [];
      for (let n = words.length; n >= 1 && g.hosts.length === 0; n--) {
        const head = words.slice(0, n).join(' ');
        // Not an everyday word ("Central Mental Hospital" is in no town called Central).
        if (n < words.length && (index?.isCommonWord?.(head) || gazetteer.isCommonWord?.(nameKey(head)))) continue;
        g.hosts = candidatesFor(head, gazetteer, index).filter((c) => c.kind === 'town' && !c.alternate);
      }
    }
    g.common = !entry && g.forms.every((f) => !usStateNameOf(f) && ((gazetteer.isCommonWord?.(nameKey(f)) ?? false) || (index?.isCommonWord?.(f) ?? false)));
  }

  // Evidence that does not depend on the choices: the countries of the other entities (peoples, national bodies, people).
  const base: Evidence[] = [];
  entities.forEach((entity, k) => {
    if (groupOf.has(entity.id)) return;
    const entry = gazetteer.byId(entity.id);
    if (!entry) return;
    const country = entry.country ?? (entry.of ? gazetteer.byId(entry.of)?.country : undefined);
    if (country) base.push({ group: -1 - k, country, weight: entry.type === 'NORP' ? 0.5 : 0.3 });
  });
  // The towns the organisations are named after ("New Orleans Railways"): weak evidence of where the text is.
  const embedded = embeddedTowns(mentions, groupOf, gazetteer, index);
  embedded.forEach(({ candidate }, k) => base.push({ ...evidenceOf(candidate, -1 - entities.length - k, EMBEDDED_WEIGHT), place: candidate.id }));

  // A small town abroad that nothing else in the text supports, in a text plainly about another country, is more
  // likely a place of that country no gazetteer lists (Heathrow, the airport, read as the Florida town).
  const unknownIn = new Map<number, string>();
  const isUnknownHere = (g: Group, gi: number, score: number, qualifier: number, evidence: readonly Evidence[]): boolean => {
    unknownIn.delete(gi);
    if (qualifier > 0 || !g.candidates.every((c) => c.kind === 'town')) return false;
    // A town the text places in a division or country where none of its namesakes is: one no gazetteer lists there.
    // A region's code is not always GeoNames' ("Leningrad region"): only a county is told apart within its country.
    // The curated places of the war are what they are.
    const placedIn = g.entry?.origin === 'curated' ? undefined : g.placedIn.find((t) => t.county || !g.candidates.some((c) => c.country === t.country));
    if (placedIn) {
      unknownIn.set(gi, placedIn.country);
      return true;
    }
    if (g.entry) return false;
    const top = dominantCountry(evidence, gi);
    if (!top || top.weight < UNKNOWN_MIN_EVIDENCE || g.candidates.some((c) => c.country === top.country)) return false;
    if (UNKNOWN_PRIOR + countryTerm(top.weight) <= score) return false;
    unknownIn.set(gi, top.country);
    return true;
  };
  const positionHints = (g: Group): KindHints =>
    g.qualifying ? { region: POSITION_BONUS, county: POSITION_BONUS, country: POSITION_BONUS } : g.sided ? { region: POSITION_BONUS, country: POSITION_BONUS } : {};
  const chooseAll = (evidence: readonly Evidence[], listHints: readonly KindHints[] = []) =>
    groups.map((g, gi) => {
      if (g.fixed) return g.fixed.candidate ? { candidate: g.fixed.candidate, rule: g.fixed.rule, margin: Infinity, confidence: 1 } : undefined;
      const hints: KindHints = { ...positionHints(g) };
      for (const [kind, bonus] of Object.entries(listHints[gi] ?? {}) as Array<[keyof KindHints, number]>) hints[kind] = (hints[kind] ?? 0) + bonus;
      const scored = g.candidates.map((c) => scoreCandidate(c, gi, g.type, evidence, g.qualifiers, hints));
      const won = best(scored);
      if (!won) return undefined;
      if (isUnknownHere(g, gi, won.chosen.score, won.chosen.terms.qualifier, evidence)) return undefined;
      const others = scored.filter((s) => s !== won.chosen).map((s) => s.score);
      const margin = won.chosen.score - Math.max(-Infinity, ...others);
      // How far the choice's evidence is to be trusted: a close call, or a hamlet that is the only place of its name, says little.
      const confidence = others.length === 0 ? clamp((won.chosen.prior - 3) / 4, 0.25, 1) : clamp(margin / CERTAIN_MARGIN, 0.25, 1);
      return { candidate: won.chosen.candidate, rule: won.rule, margin, confidence, terms: won.chosen.terms };
    });

  // Passes: the first on what is certain without any choice, each next one on the choices before, weighed by their confidence.
  type Choice = ReturnType<typeof chooseAll>[number];
  const evidenceFrom = (choices: readonly Choice[]): Evidence[] => {
    const out: Evidence[] = [...base];
    choices.forEach((choice, gi) => {
      // An everyday word ("March", "Deal") is no evidence unless the text qualifies it: two of them do not place each other.
      if (groups[gi]!.common && !(choice?.terms && choice.terms.qualifier > 0)) return;
      if (choice) out.push(evidenceOf(choice.candidate, gi, weightOf(groups[gi]!) * choice.confidence));
    });
    return out;
  };
  let second = chooseAll(base);
  for (let pass = 0; pass < PASSES - 1; pass++) second = chooseAll(evidenceFrom(second));
  const all = evidenceFrom(second);
  // Lists: a name listed with states or regions is one ("California or Washington"), with countries a country.
  const groupIndex = new Map(groups.map((g, gi) => [g.id, gi]));
  const listHints: KindHints[] = groups.map(() => ({}));
  const lists = coordinatedLists(text, mentions);
  mentions.forEach((m, i) => {
    const gi = groupIndex.get(m.entity);
    if (gi === undefined || !PLACE_TYPES.has(m.type)) return;
    for (const j of lists[i]!) {
      const other = groupIndex.get(mentions[j]!.entity);
      if (j === i || other === undefined || other === gi) continue;
      const kind = second[other]?.candidate.kind;
      if (kind === 'region' || kind === 'country' || kind === 'county') listHints[gi]![kind] = LIST_BONUS;
    }
  });
  const final = chooseAll(all, listHints);

  // Relink and place.
  const newId = new Map<string, string>();
  const refs = new Map<string, EntityRef>();
  const choices: PlaceChoice[] = [];
  // An everyday word is a place where the text says so: a qualifier, or other places of its region or country.
  const placed = final.map((choice, gi) => {
    const t = choice?.terms;
    const qualified = t !== undefined && (t.qualifier > 0 || t.region > 0 || t.country >= COMMON_WORD_COUNTRY || t.nearby >= COMMON_WORD_NEARBY);
    return groups[gi]!.common && !qualified ? undefined : choice;
  });
  const area = documentArea(mentions, groups, placed, embedded);
  groups.forEach((g, gi) => {
    const choice = final[gi];
    const firstMention = mentions[g.mentions[0]!]!;
    const record = (entity: string, rule: string) =>
      choices.push({ start: firstMention.start, end: firstMention.end, entity, identityEntity: g.id, rule, candidates: g.fixed ? 1 : g.candidates.length });
    // A place of its own at another's point: it keeps its id.
    const placeAt = (near: { lat: number; lon: number; country?: string | undefined }, rule: string) => {
      const id = g.ownId ?? g.id;
      const ref: EntityRef = { id, name: g.ownId ? g.forms[0]! : g.entity.name, type: g.entity.type, geo: { lat: near.lat, lon: near.lon } };
      if (near.country) ref.geo!.country = near.country;
      newId.set(g.id, id);
      refs.set(id, ref);
      record(id, rule);
    };
    if (!choice) {
      // A facility named after its town is in the town the document's evidence favours.
      const host = best(g.hosts.map((c) => scoreCandidate(c, gi, 'GPE', all, g.qualifiers)))?.chosen.candidate;
      if (host && !g.fixed) return placeAt(host, 'facility-town');
      // A place no gazetteer knows (a street, a village, a hospital) is where the text is: the town named nearest to it.
      // One the text places in a region or country ("Mount Chaambi, Kasserine governorate") is there.
      const unknown = unknownIn.get(gi);
      // Of the places the qualifier may be ("Norfolk": the English county, the Virginian city), the one of the document's country.
      const weights = countryWeights(all, gi);
      const within = g.qualifiers.filter((q) => q.point).sort((a, b) => (weights.get(b.country) ?? 0) - (weights.get(a.country) ?? 0) || Number(b.region !== undefined) - Number(a.region !== undefined))[0];
      // An everyday word ("Croft") is a place where the text places it ("Croft, Yorkshire.").
      const open = !g.fixed && (!g.common || g.placedIn.length > 0) && (g.candidates.length === 0 || unknown !== undefined);
      // Else in the country the rest of the text is plainly about, where it names a town there.
      const top = dominantCountry(all, gi);
      const plainly = top && top.weight >= UNKNOWN_MIN_EVIDENCE && top.weight >= PLAINLY_RATIO * runnerUp(all, gi, top.country) ? top.country : undefined;
      // A list shares a country: "the Slovakian cities of Bratislava, Kosice and Vysne Nemecke".
      const listed = g.mentions.flatMap((i) => lists[i]!).map((j) => placed[groupIndex.get(mentions[j]!.entity) ?? -1]?.candidate).find((c) => c && c.kind === 'town')?.country;
      const near = open && (g.type !== 'LOC' || LOCAL_WORDS.test(g.entity.name) || within) ? area(g, unknown ?? within?.country ?? listed ?? plainly) : undefined;
      const inWithin = near && within && inQualifier(within, near);
      if (open && within && !inWithin) return placeAt({ ...within.point!, country: within.country }, 'qualifier-area');
      if (near) return placeAt(near, 'document-area');
      if (g.ownId) {
        // Not the place identity linked it to, and nowhere the text says: its own entity, without a point.
        newId.set(g.id, g.ownId);
        refs.set(g.ownId, { id: g.ownId, name: g.forms[0]!, type: g.entity.type });
      }
      record(g.ownId ?? g.id, g.fixed?.rule ?? 'no-candidate');
      return;
    }
    if (!placed[gi]) {
      record(g.id, 'common-word');
      return;
    }
    // "South Venezuela", "Trinidad" (of Trinidad and Tobago): a place of its own, at the point of the whole.
    if (choice.candidate.partOf) return placeAt(choice.candidate, 'part-of');
    const ref = refOfCandidate(choice.candidate);
    newId.set(g.id, ref.id);
    refs.set(ref.id, ref);
    record(ref.id, choice.rule);
  });

  const outMentions = mentions.map((m) => {
    // Every mention of a relinked entity, whatever type the recognizer gave it ("Kryve Ozero" once taken for a person).
    const id = newId.get(m.entity);
    return id && id !== m.entity ? { ...m, entity: id } : m;
  });
  // Entities: in first-mention order, one per id; a relinked entity takes its place's name, type and point.
  const outEntities: EntitySpan[] = [];
  const byId = new Map<string, EntitySpan>();
  for (const entity of entities) {
    const id = newId.get(entity.id) ?? entity.id;
    const ref = refs.get(id);
    const existing = byId.get(id);
    if (existing) {
      for (const alias of entity.aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      continue;
    }
    const next: EntitySpan = ref ? { start: entity.start, end: entity.end, ...ref, aliases: [...entity.aliases] } : entity;
    byId.set(id, next);
    outEntities.push(next);
  }
  return { mentions: outMentions, entities: outEntities, choices };
}
