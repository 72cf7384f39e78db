/**
 * @module analyze/names/place-rules
 *
 * Places the model read as people or organisations, and place names it
 * joined or cut badly. CoNLL's 1996 training text knew few of the world's
 * towns, so the model calls "Samos", "Nitra" or "Red Oak" a PERSON or an
 * ORG where the sentence leaves no doubt that it is a place: "stuck in
 * Samos", "Žilina, Nitra, Prešov and Košice", "a forum in Red Oak". These
 * rules read the sentence, and change a name's type where two things agree:
 *
 * - what the name is: a place that the names gazetteer or the places index
 *   (GeoNames' towns and regions) knows by that name, or a name whose last
 *   word says what it is ("Royal Street", "Lake Manassas", "Dallas County");
 * - where it stands: after "in", "near", "from"…; before ", Texas" or after
 *   "Parkland,"; after "eastern"; in a list of places; before "area",
 *   "village", "neighborhood"…
 *
 * A few places in a sentence are strong enough alone, for a name no list
 * knows ("eastern Ghouta", "the Crown Heights neighborhood"). Nothing moves
 * against what says person or team: "said" or ", 45," after the name, a
 * title before it, the same word in a person's full name elsewhere in the
 * document, a curated person or organisation, a score after it. A person's
 * name found a place in one sentence is a place in the others of its
 * document where nothing there says otherwise (one sense per discourse); an
 * organisation's is not, since a town's name is also its team's. A known
 * place the document itself reads as a place at least as often as not is
 * a place in its other mentions too, an organisation's only where the
 * sentence could put it on the map.
 *
 * A facility's name whose last word could be an institution's ("Barclays
 * Center", "Donington Park") is one where a place's possessive, a house
 * number or a place next to it says so. British roads ("the A120 between",
 * "via the A436, A40 and A429") and numbered streets ("14th St."), which
 * neither the model nor the lists know, are added where the sentence says
 * road.
 *
 * The spans: "After Paris" and "Lelystad Last" (a sentence that lost its
 * full stop) lose the word that is not the name; "Asia-Pacific" and
 * "Amsterdam-London" are two places each, and "Maiduguri Borno State" a town
 * and its state.
 */
import type { Span } from '../document.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import { loadGazetteer, type Gazetteer } from '../gazetteer/gazetteer.js';
import { loadPlaceIndex, type PlaceLookup } from '../places/place-index.js';
import type { MentionType, Name } from './types.js';

/** What a name is known as, from the gazetteer and the places index. */
export interface PlaceKnowledge {
  /** The gazetteer's entries that go by this name. */
  gazetteer(name: string): readonly GazetteerEntry[];
  index: PlaceLookup;
}

export function defaultKnowledge(gazetteer: Gazetteer = loadGazetteer(), index: PlaceLookup = loadPlaceIndex()): PlaceKnowledge {
  return { gazetteer: (name) => gazetteer.lookup(name), index };
}

let shipped: PlaceKnowledge | null = null;
/** The shipped gazetteer and places index, made one PlaceKnowledge once, so that its lookups are cached across documents. */
function shippedKnowledge(): PlaceKnowledge {
  shipped ??= defaultKnowledge();
  return shipped;
}

/** A Knowledge (cached lookups) per source of knowledge. */
const knowledgeCache = new WeakMap<PlaceKnowledge, Knowledge>();
function knowledgeOf(source: PlaceKnowledge): Knowledge {
  let kb = knowledgeCache.get(source);
  if (!kb) knowledgeCache.set(source, (kb = new Knowledge(source)));
  return kb;
}

/** One change, for tests and for reading why a name changed. */
export interface PlaceDecision {
  start: number;
  end: number;
  from: MentionType;
  to: MentionType;
  rule: string;
}

const PLACE_TYPES = new Set<MentionType>(['GPE', 'LOC', 'FAC']);
function isPlace(type: MentionType): boolean {
  return PLACE_TYPES.has(type);
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Words before a name that put it on the map: "in Samos", "near Andover", "across the Thames Valley". */
const LOCATIVE = words('in near outside across throughout around inside within off via towards toward en along beyond nearby');
/** Words that put a name on the map when a person or place follows, but not a team: "from Torino", "to Milan". */
const MOTION_PREPOSITIONS = words('to from into at through between');
/** Those of them that put a name read as a person's on the map without a verb of travel: "a urologist from Fort Salonga". */
const PERSON_PLACE_PREPOSITIONS = words('from at through between');
/** Words before "to"/"from"/"at" that make them places for a name read as an organisation ("travelling to Cirencester"). */
const MOTION = /^(?:travel\w*|driv\w*|drove|commut\w*|fl[eiy]\w*|flight\w*|trips?|journey\w*|road|route|roundabout|distance|bound|miles|km|kilometres|kilometers|rail|trains?|bus|evacuat\w*|deport\w*|relocat\w*)$/;
/** "eastern Ghouta", "northern Sumatra", "downtown Buffalo", "north London". */
const DIRECTIONS = words(`northern southern eastern western northeastern northwestern southeastern southwestern north-eastern north-western
  south-eastern south-western central north south east west northeast northwest southeast southwest north-east north-west
  south-east south-west downtown rural coastal suburban upstate`);
/** Lower-case words after a name that say it is a place: "the Crown Heights neighborhood", "Nandurbar and Dhule districts". */
const PLACE_NOUNS = words(`area areas region regions province provinces district districts county counties city town towns village villages
  neighborhood neighbourhood neighborhoods neighbourhoods suburb suburbs island islands coast coastline peninsula municipality
  municipalities township townships countryside governorate governorates prefecture oblast raion locality hamlet outskirts`);
/** Place nouns weaker alone: a person's or a firm's name goes before them too ("the Trump border", "a Microsoft resident"). */
const WEAK_PLACE_NOUNS = words('border borders resident residents native natives');
/** Nouns of an apposition that makes a place: "Lujhu, a rural township", "Kasba Bonli, a market town in Rajasthan". */
const APPOSITION_NOUNS = words(`town towns village villages city suburb township municipality hamlet district province region county island
  neighborhood neighbourhood community settlement port`);
/** "the city of X", "north of X": a place noun, then "of". */
const PLACE_OF = words(`city town village province region district county state island suburb suburbs outskirts capital north south east west
  northeast northwest southeast southwest centre center heart municipality township port`);
/** Lower-case words that may follow a place: function words, not the noun a name would modify ("the Wimbledon semifinals"). */
const AFTER_PLACE = words(`and or but nor in on at to for from with by near where which that is was were are has have had will would can could
  may might must should after before since until during as than this last next over under into about around while when
  because so yet then there here the a an its their his her our one two three some many every where whose
  earlier later ago now today yesterday tomorrow tonight this weekend also again instead too alone`);
/** Words after a person's name. */
const PERSON_NEXT = words(`said says told added explained wrote asked announced argued noted insisted claimed stated believes thinks replied
  recalled warned admitted confirmed denied urged tweeted posted who whose himself herself`);
/** Words before a person's name (an office, an honorific), which the recognizer leaves out of the span. */
const PERSON_PREV = words(`mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady president senator sen. rep. governor gov. mayor minister chancellor
  secretary general gen. colonel col. captain capt. coach manager striker midfielder defender goalkeeper actor actress singer author
  journalist spokesman spokeswoman professor prof. judge uncle aunt brother sister son daughter wife husband father mother`);
/** AP-style abbreviations of US states, as datelines and "Severn, Md." write them. */
const STATE_ABBREVIATIONS = words(`ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn. miss. mo.
  mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. vt. va. wash. w.va. wis. wisc. wyo. d.c.`);
/** The first word of a name run on from the sentence before, or a sentence's opening word stuck to a name ("After Paris"). */
const OPENERS = words(`after before last this but and in on at as when while if then so yet since until from with for by during despite
  although though because unlike meanwhile however also both even just only once now today yesterday tonight tomorrow`);
/** A word that ends a name only where a full stop was lost: "Burton He's missed", "Lelystad Last year". */
const CLOSERS = words(`he she it they we you his her their its the an but and in on at after before there then meanwhile however also
  last this these those some many most both when while if as since yet so now today yesterday`);

/** A name's last word that says what it is: "Royal Street" a facility, "Glenrock Lagoon" a natural place, "Morris County" a region. */
const HEAD_TYPES: Record<string, MentionType> = {
  street: 'FAC', 'st.': 'FAC', avenue: 'FAC', 'ave.': 'FAC', road: 'FAC', 'rd.': 'FAC', drive: 'FAC', boulevard: 'FAC', 'blvd.': 'FAC',
  square: 'FAC', parade: 'FAC', terrace: 'FAC', highway: 'FAC', freeway: 'FAC', motorway: 'FAC', expressway: 'FAC', bridge: 'FAC',
  airport: 'FAC', airfield: 'FAC', stadium: 'FAC', racecourse: 'FAC', raceway: 'FAC', estate: 'FAC', canal: 'FAC', church: 'FAC',
  cathedral: 'FAC', mosque: 'FAC', library: 'FAC', hospital: 'FAC', prison: 'FAC', jail: 'FAC', tower: 'FAC',
  lake: 'LOC', river: 'LOC', valley: 'LOC', bay: 'LOC', island: 'LOC', islands: 'LOC', creek: 'LOC', lagoon: 'LOC', mountains: 'LOC',
  hills: 'LOC', peninsula: 'LOC', desert: 'LOC', forest: 'LOC', reservoir: 'LOC', falls: 'LOC',
  county: 'GPE', province: 'GPE', parish: 'GPE', township: 'GPE', borough: 'GPE', governorate: 'GPE', oblast: 'GPE', prefecture: 'GPE',
  heights: 'GPE', beach: 'LOC',
};
/** A name's first word that says what it is: "Lake Manassas", "Mount Chaambi", "Rue Casa Calvo". */
const FIRST_TYPES: Record<string, MentionType> = { lake: 'LOC', mount: 'LOC', 'mt.': 'LOC', rue: 'FAC', piazza: 'FAC', 'isle': 'LOC' };
/** Heads that also end the names of people ("Barry Lane") or institutions ("Carter Center"): only where the sentence says place. */
const CONTEXT_HEAD_TYPES: Record<string, MentionType> = {
  lane: 'FAC', park: 'FAC', centre: 'FAC', center: 'FAC', place: 'FAC', way: 'FAC', point: 'LOC', state: 'GPE', district: 'GPE', area: 'LOC',
};
/** A firm's name: "First Bank System Inc.", "Norwest Corp.", "Dimond Kaplan & Rothstein, P.A.". */
const CORPORATE = /(?:\b(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|LLP|AG|SA|NV|GmbH|Holdings|Group|Bank|Bancorp)\.?|&.*)$/u;
/** First words of an institution's name: "Ministry of Health", "University of St. Thomas". */
const INSTITUTIONS = words(`ministry department university college school institute academy bank museum council commission committee office
  agency board court police army bureau embassy federation association union party`);
/** A British road's number: "A120", "A4232", "M4". */
const ROAD_NUMBER = /^(?:A\d{1,4}|M\d{1,2})$/;
/** Words after a road's number that say it is one. */
const ROAD_NEXT = words(`southbound northbound eastbound westbound carriageway junction motorway road roundabout heading between at near from
  towards toward to in closure closed slip`);
/** What follows an ordinal to make a street: "14th St.". */
const STREET_WORDS = words('st. street avenue ave. ave road rd. rd');
/** A direction after a street's head: "Eglinton Avenue West". */
const TRAILING_DIRECTIONS = words('north south east west northeast northwest southeast southwest');
/** Words after a team's or a firm's name, where a place's name would not stand: "Western Province batsman", "Kansai shares". */
const ORG_NEXT = words(`batsman batsmen bowler bowlers colleague colleagues player players striker strikers coach manager captain squad team side
  fans supporters spokesman spokeswoman official officials chief president director executive executives shares stock stocks bonds bond board
  chairman owner owners staff workers employees said says`);
/** Direction words that begin a place's name ("Western US", "Northern Syria") before a place the gazetteer knows. */
const NAME_DIRECTIONS = words('western eastern northern southern central north south east west upper lower greater');
/** Motion verbs that make "to"/"into" a place's for a name read as a person's: "comes to Clacton", "went to Disneyworld". */
const PERSON_MOTION = /^(?:went|go|goes|going|gone|came|come|comes|coming|mov\w*|return\w*|back|head\w*|sent|taken|brought|flown|arriv\w*|way)$/;

function own(table: Record<string, MentionType>, key: string): MentionType | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function placeRules(
  text: string,
  tokens: readonly Span[],
  names: readonly Name[],
  knowledge: PlaceKnowledge = shippedKnowledge(),
  decisions?: PlaceDecision[],
): Name[] {
  const kb = knowledgeOf(knowledge);
  const startIndex = new Map<number, number>();
  const endIndex = new Map<number, number>();
  tokens.forEach((t, i) => {
    startIndex.set(t.start, i);
    endIndex.set(t.end, i);
  });
  const word = (i: number) => (i >= 0 && i < tokens.length ? text.slice(tokens[i]!.start, tokens[i]!.end) : '');
  const lower = (i: number) => word(i).toLowerCase();
  const isLowerWord = (i: number) => /^\p{Ll}/u.test(word(i));
  /** No line break between tokens i and j: a heading and the line after it are not one sentence. */
  const sameLine = (i: number, j: number) =>
    i >= 0 && j >= 0 && i < tokens.length && j < tokens.length && !text.slice(tokens[Math.min(i, j)]!.end, tokens[Math.max(i, j)]!.start).includes('\n');
  const tokenRange = (n: Span): [number, number] | null => {
    const a = startIndex.get(n.start);
    const b = endIndex.get(n.end);
    return a === undefined || b === undefined || b < a ? null : [a, b + 1];
  };
  const note = (n: Name, to: MentionType, rule: string) => decisions?.push({ start: n.start, end: n.end, from: n.type, to, rule });

  // 0. Spans.
  let out: Name[] = [];
  for (const n of names) out.push(...fixSpan(n));

  function fixSpan(n: Name): Name[] {
    const range = tokenRange(n);
    if (!range || n.source === 'gazetteer') return [n];
    let [a, b] = range;
    const surface = text.slice(n.start, n.end);
    if (b - a >= 2 && !kb.knownName(surface)) {
      // "After Paris": an opener the model took for part of the name, where the rest is a place the gazetteer knows.
      const rest = text.slice(tokens[a + 1]!.start, n.end);
      const opened = OPENERS.has(lower(a)) && /^\p{Lu}\p{Ll}/u.test(word(a)) ? kb.gazetteerPlace(rest) : undefined;
      if (opened) {
        note(n, opened.type, 'trim');
        return [{ ...n, start: tokens[a + 1]!.start, type: opened.type, source: 'rule' }];
      }
      // "Lelystad Last year", "Burton He's", "Cambridge Analytica When asked": the next sentence's first word, its full stop lost.
      const kept = text.slice(n.start, tokens[b - 2]!.end);
      if (CLOSERS.has(lower(b - 1)) && /^\p{Lu}\p{Ll}*$/u.test(word(b - 1)) && (isLowerWord(b) || lower(b) === "'s" || lower(b) === '’s') && /\p{L}{3}/u.test(kept)) {
        note(n, n.type, 'trim');
        return [{ ...n, end: tokens[b - 2]!.end }];
      }
    }
    // "Asia-Pacific", "Amsterdam-London": two places the gazetteer knows, where the whole is no name it knows.
    const hyphen = /^(\p{Lu}[\p{L}.']+)[-‐–](\p{Lu}[\p{L}.']+)$/u.exec(surface);
    if (hyphen && !kb.knownName(surface) && surface !== surface.toUpperCase()) {
      const left = kb.gazetteerPlace(hyphen[1]!);
      const right = kb.gazetteerPlace(hyphen[2]!);
      if (left && right) {
        note(n, left.type, 'split-hyphen');
        const mid = n.start + hyphen[1]!.length;
        return [
          { start: n.start, end: mid, type: left.type, source: 'rule' },
          { start: mid + 1, end: n.end, type: right.type, source: 'rule' },
        ];
      }
    }
    // "Maiduguri Borno State": a town the gazetteer knows, then its region.
    if (b - a >= 2 && n.type !== 'ORG' && !kb.knownName(surface)) {
      for (let k = a + 1; k < b; k++) {
        const left = text.slice(n.start, tokens[k - 1]!.end);
        const right = text.slice(tokens[k]!.start, n.end);
        const town = kb.gazetteerPlace(left);
        // The region by its word ("Borno State") or as the gazetteer's region; not a town's other name ("Malta Freeport").
        const region = /\s(?:State|Province|County|Region|District|Oblast)$/u.test(right) || kb.gazetteerPlace(right)?.geo?.featureClass === 'A';
        if (!town || !region || !kb.place(right).region) continue;
        note(n, town.type, 'split-run');
        return [
          { start: n.start, end: tokens[k - 1]!.end, type: town.type, source: 'rule' },
          { start: tokens[k]!.start, end: n.end, type: kb.place(right).type, source: 'rule' },
        ];
      }
    }
    return [n];
  }

  out.sort((x, y) => x.start - y.start || x.end - y.end);
  const byStart = new Map(out.map((n, i) => [n.start, i]));
  const byEnd = new Map(out.map((n, i) => [n.end, i]));
  const nameAt = (i: number) => out[byStart.get(tokens[i]?.start ?? -1) ?? -1];
  const nameEndingAt = (i: number) => out[byEnd.get(tokens[i]?.end ?? -1) ?? -1];

  // Words of the document that are part of a person's name of two words or more ("Mary Pitman" → "Mary", "Pitman").
  const personWords = new Set<string>();
  for (const n of out) {
    if (n.type !== 'PERSON') continue;
    const parts = text.slice(n.start, n.end).split(/\s+/);
    if (parts.length >= 2) for (const w of parts) personWords.add(w);
  }

  const personCue = (n: Name, [a, b]: [number, number]): boolean => {
    if (PERSON_NEXT.has(lower(b)) && sameLine(b - 1, b)) return true;
    if (lower(b) === ',' && ((/^\d{1,3}$/.test(word(b + 1)) && lower(b + 2) === ',') || PERSON_NEXT.has(lower(b + 1)))) return true;
    if (PERSON_PREV.has(lower(a - 1))) return true;
    const surface = text.slice(n.start, n.end);
    return !surface.includes(' ') && personWords.has(surface);
  };
  /** A team's name: a score after it ("Notts County 0"), on its line. */
  const teamCue = ([a, b]: [number, number]) =>
    (sameLine(b - 1, b) && (/^\d+(?:[.-]\d+)*$/.test(word(b)) || /^vs?\.?$/.test(lower(b)))) || (sameLine(a - 1, a) && /^vs?\.?$/.test(lower(a - 1)));
  /** What follows a place: punctuation, a capitalized word, the end, or a function word; not the noun a name modifies. */
  const endsPhrase = (b: number) => {
    const w = word(b);
    if (w === '' || !sameLine(b - 1, b)) return true;
    // "at Derry's Altnagelvin Hospital": a possessive before a name; not "in Essex's history".
    if (w === "'s" || w === '’s') return /^\p{Lu}/u.test(word(b + 1)) && sameLine(b, b + 1);
    if (!/^[\p{L}\p{N}]/u.test(w)) return true;
    // A capitalized word straight after: more of a name ("the Hong Kong Open"), not the end of a place's.
    if (/^\p{Lu}/u.test(w)) return false;
    return AFTER_PLACE.has(w.toLowerCase()) || /^\p{Ll}+(?:ing|ed)$/u.test(w);
  };
  /** What follows a region after a comma: punctuation, a capitalized word, the end; not "and Surrey" (a list) or "extended" (a verb). */
  const endsRegion = (b: number) => {
    const w = word(b);
    return w === '' || !sameLine(b - 1, b) || (!/^[\p{L}\p{N}]/u.test(w) && !/^(?:'s|’s)$/u.test(w)) || /^\p{Lu}/u.test(w);
  };

  /** The sentence's evidence that the name at tokens [a, b) is a place: a rule's name, and whether it is enough alone. */
  const placeCue = (n: Name, [a, b]: [number, number]): { rule: string; strong: boolean } | null => {
    const prev = lower(a - 1);
    const next = lower(b);
    const onLine = sameLine(a - 1, a);
    if (DIRECTIONS.has(prev) && isLowerWord(a - 1) && onLine && (n.type !== 'MISC' || endsPhrase(b))) return { rule: 'direction', strong: n.type !== 'ORG' };
    if (sameLine(b - 1, b) && isLowerWord(b) && (PLACE_NOUNS.has(next) || WEAK_PLACE_NOUNS.has(next))) return { rule: 'place-noun', strong: PLACE_NOUNS.has(next) };
    // "Qamishli and other towns".
    if (/^(?:and|or)$/.test(next) && /^(?:other|nearby|neighbouring|neighboring|surrounding)$/.test(lower(b + 1)) && PLACE_NOUNS.has(lower(b + 2))) return { rule: 'place-noun', strong: true };
    // "the Kent-based outfit".
    if (next === '-' && lower(b + 1) === 'based' && tokens[b]!.start === tokens[b - 1]!.end) return { rule: 'based', strong: false };
    if (next === ',' && /^(?:an?|the)$/.test(lower(b + 1))) {
      const noun = APPOSITION_NOUNS.has(lower(b + 2)) ? b + 2 : isLowerWord(b + 2) && APPOSITION_NOUNS.has(lower(b + 3)) ? b + 3 : -1;
      if (noun > 0 && endsPhrase(noun + 1)) return { rule: 'apposition', strong: true };
    }
    // "the city of X", "west of the Appalachians".
    const of = prev === 'the' ? a - 2 : a - 1;
    if (lower(of) === 'of' && PLACE_OF.has(lower(of - 1)) && isLowerWord(of - 1) && endsPhrase(b)) return { rule: 'place-of', strong: true };
    // "in Samos", "in the Philippines", "travelling to Cirencester", "from Fort Salonga".
    const before = prev === 'the' ? a - 2 : a - 1;
    const preposition = lower(before);
    if (isLowerWord(before) && sameLine(before, a) && endsPhrase(b)) {
      if (LOCATIVE.has(preposition)) return { rule: 'locative', strong: false };
      // A team is played "at", joined "from", lost "to"; a person is written "to": only travel makes these a place's.
      const travel = MOTION.test(lower(before - 1));
      const personTravel = n.type !== 'ORG' && (PERSON_PLACE_PREPOSITIONS.has(preposition) || PERSON_MOTION.test(lower(before - 1)));
      if (MOTION_PREPOSITIONS.has(preposition) && (travel || personTravel)) return { rule: 'locative', strong: false };
    }
    // "Hammond, Indiana", "Severn, Md.": a town before its region.
    if (next === ',' && sameLine(b, b + 1)) {
      const after = nameAt(b + 1);
      if (after) {
        const range = tokenRange(after);
        // Strong where nothing follows the region but punctuation ("Snetterton, Norfolk."): a person is not written so.
        if (range && kb.place(text.slice(after.start, after.end)).region && endsRegion(range[1])) return { rule: 'before-region', strong: !/^\p{L}/u.test(word(range[1])) };
      }
      // The tokenizer may have split the abbreviation's full stop off ("Md" "."), as a sentence's.
      const abbreviation = lower(b + 1) + (word(b + 2) === '.' && !lower(b + 1).endsWith('.') ? '.' : '');
      if (STATE_ABBREVIATIONS.has(abbreviation)) return { rule: 'before-region', strong: true };
    }
    // "Parkland, Florida": a region after a town.
    if (prev === ',' && a >= 2 && onLine && endsRegion(b)) {
      const town = nameEndingAt(a - 2);
      if (town && isPlace(town.type) && kb.place(text.slice(n.start, n.end)).region) return { rule: 'after-town', strong: false };
    }
    return null;
  };

  /**
   * What places a facility's name whose last word could be an institution's ("Center", "Park"): a place's
   * possessive before it ("Brooklyn's Barclays Center"), a house number ("No 25, Fitzwilliam Place"), or
   * a place after it ("Crossroads Correctional Center in Shelby").
   */
  const facilityCue = ([a, b]: [number, number]): boolean => {
    if ((lower(a - 1) === "'s" || lower(a - 1) === '’s') && a >= 2) {
      const owner = nameEndingAt(a - 2);
      if (owner && isPlace(owner.type)) return true;
    }
    // "2700 North Fourth Street", "No 25, Fitzwilliam Place"; not a golfer's scores ("69 66 , Barry Lane").
    if ((/^\d+[a-z]?$/.test(word(a - 1)) && sameLine(a - 1, a) && !/^\d/.test(word(a - 2))) || (lower(a - 1) === ',' && /^\d+[a-z]?$/.test(word(a - 2)) && /^no\.?$/.test(lower(a - 3)))) return true;
    if (/^(?:in|at|near)$/.test(lower(b)) || (lower(b) === ',' && /^(?:in|at|near)$/.test(lower(b + 1)))) {
      const where = nameAt(lower(b) === ',' ? b + 2 : b + 1);
      if (where && isPlace(where.type)) return true;
    }
    return false;
  };

  const retype = (i: number, to: MentionType, rule: string) => {
    const n = out[i]!;
    note(n, to, rule);
    const { gazetteerId: _id, ...rest } = n;
    out[i] = { ...rest, type: to, source: 'rule' };
  };

  const candidates = new WeakMap<Name, boolean>();
  const candidate = (n: Name) => {
    let is = candidates.get(n);
    if (is === undefined) candidates.set(n, (is = isCandidate(n)));
    return is;
  };
  const isCandidate = (n: Name) =>
    (n.type === 'PERSON' || n.type === 'ORG' || n.type === 'MISC') &&
    !CORPORATE.test(text.slice(n.start, n.end)) &&
    !INSTITUTIONS.has(text.slice(n.start, n.end).split(/\s/, 1)[0]!.toLowerCase()) &&
    !kb.people(text.slice(n.start, n.end)) &&
    n.source !== 'gazetteer' &&
    /^\p{Lu}/u.test(text.slice(n.start, n.end)) &&
    !kb.curatedNonPlace(text.slice(n.start, n.end));
  /** A demonym or adjective the model calls MISC ("Transylvanian", "Zairean"): never a place here. */
  const adjectival = (surface: string) =>
    !surface.includes(' ') && (/(?:ian|ean|ese|ish|ic|ern)$/u.test(surface) || (/an$/u.test(surface) && !kb.place(surface).any));

  const separator = (i: number) => [',', 'and', 'or', '&', '/', ';'].includes(lower(i)) && sameLine(i - 1, i) && sameLine(i, i + 1);
  /** The names of the list the name at tokens [a, b) is in, itself included, in order; and the token after the list. */
  const listOf = ([a, b]: [number, number]): { members: Name[]; after: number; conjunction: boolean } => {
    const members: Name[] = [];
    let conjunction = false;
    let j = a;
    // Back to the first member.
    for (;;) {
      let k = j - 1;
      if (!separator(k)) break;
      if (lower(k) !== ',' && separator(k - 1)) k--;
      const m = nameEndingAt(k - 1);
      const r = m && tokenRange(m);
      if (!r) break;
      j = r[0];
    }
    let end = b;
    for (let at = j; ; ) {
      const m = nameAt(at);
      const r = m && tokenRange(m);
      if (!r) break;
      members.push(m);
      end = r[1];
      let k = r[1];
      if (!separator(k)) break;
      if (lower(k) === ',' && separator(k + 1) && lower(k + 1) !== ',') k++;
      if (!nameAt(k + 1)) break;
      if (lower(k) !== ',' && lower(k) !== ';') conjunction = true;
      at = k + 1;
    }
    return { members, after: end, conjunction };
  };
  /** Whether a name's own last word says it is a place ("Dubonet Drive"). */
  const hasPlaceHead = (m: Name) => {
    const r = tokenRange(m);
    return r !== null && r[1] - r[0] >= 2 && own(HEAD_TYPES, lower(r[1] - 1)) !== undefined;
  };
  // 1. What the name's own words say: "Royal Street", "Lake Manassas", "Dallas County".
  out.forEach((n, i) => {
    if (!candidate(n)) return;
    const range = tokenRange(n);
    if (!range || range[1] - range[0] < 2 || teamCue(range)) return;
    // "Eglinton Avenue West": the head is the word before the direction.
    const last = TRAILING_DIRECTIONS.has(lower(range[1] - 1)) && range[1] - range[0] >= 3 ? range[1] - 2 : range[1] - 1;
    const head = lower(last);
    const first = lower(range[0]);
    const to = own(HEAD_TYPES, head) ?? own(FIRST_TYPES, first);
    // An organisation's name before a role ("Western Province batsman") or among firms ("Kansai International Airport") is the organisation's.
    const orgLike =
      n.type === 'ORG' &&
      ((ORG_NEXT.has(lower(range[1])) && sameLine(range[1] - 1, range[1])) ||
        listOf(range).members.some((m) => m !== n && (m.type === 'ORG' || m.type === 'PERSON') && !kb.place(text.slice(m.start, m.end)).any && !hasPlaceHead(m)));
    if (to && !orgLike) return retype(i, to, 'head');
    const weak = own(CONTEXT_HEAD_TYPES, head);
    if (weak && !personCue(n, range) && (placeCue(n, range) || facilityCue(range))) return retype(i, weak, 'head-in-context');
    // "Western US": a direction, then a place the gazetteer knows.
    if (NAME_DIRECTIONS.has(first) && !orgLike) {
      const rest = kb.gazetteerPlace(text.slice(tokens[range[0] + 1]!.start, n.end));
      if (rest) retype(i, 'LOC', 'direction-name');
    }
  });

  // 2. Where the name stands.
  const placeNames = new Set<string>();
  const blocked = new Set<string>();
  out.forEach((n, i) => {
    if (!candidate(n)) return;
    const range = tokenRange(n);
    if (!range) return;
    const surface = text.slice(n.start, n.end);
    if (personCue(n, range)) {
      blocked.add(surface);
      return;
    }
    if (teamCue(range) || (n.type === 'MISC' && adjectival(surface))) return;
    const cue = placeCue(n, range);
    if (!cue) return;
    const place = kb.place(surface);
    if (!place.any && !(cue.strong && (n.type !== 'MISC' || cue.rule === 'direction'))) return;
    retype(i, place.type, cue.rule);
    if (n.type === 'PERSON') placeNames.add(surface);
  });

  // 3. Lists: a known place among places ("Žilina, Nitra, Prešov and Košice"), until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    out.forEach((n, i) => {
      if (!candidate(n)) return;
      const range = tokenRange(n);
      if (!range) return;
      const surface = text.slice(n.start, n.end);
      if (blocked.has(surface) || personCue(n, range) || teamCue(range) || (n.type === 'MISC' && adjectival(surface))) return;
      const place = kb.place(surface);
      const { members, after, conjunction } = listOf(range);
      // "Brazil 's Leonardo and Panama 's Julio Cesar": possessives, not a list of places.
      if (/^(?:'s|’s)$/.test(lower(after)) || /^(?:'s|’s)$/.test(lower(range[0] - 1))) return;
      // Two names and a comma are a place and its region, or a fronted phrase ("In San Francisco, Pedro Martinez"): not a list.
      if (members.length < (conjunction ? 2 : 3) || !endsPhrase(after)) return;
      const others = members.filter((m) => m !== n);
      const places = others.filter((m) => isPlace(m.type)).length;
      // The model's own places count for a name a list knows; for one no list knows, only places a list knows do.
      const knownPlaces = others.filter((m) => isPlace(m.type) && (m.source === 'gazetteer' || kb.place(text.slice(m.start, m.end)).any)).length;
      const against = others.filter((m) => !isPlace(m.type) && !kb.place(text.slice(m.start, m.end)).any).length;
      // A pair ("Lord and Levi", "Thomas and Friends") needs more: the sentence puts it on the map, or the other is a region.
      const pairPlaced = () => {
        const firstRange = tokenRange(members[0]!);
        return (firstRange !== null && placeCue(members[0]!, firstRange) !== null) || others.every((m) => kb.place(text.slice(m.start, m.end)).region);
      };
      if (members.length === 2 && !pairPlaced()) return;
      // A name no list knows needs a list of nothing but places ("Copenhagen, Hamburg, Brasoc and Mannheim"); an organisation's, two places.
      if (!place.any && (n.type === 'MISC' || !conjunction || members.length < 3 || against > 0 || knownPlaces < 2)) return;
      // An organisation's name needs two known places beside it, or to be a region in a pair the sentence places ("in the North West and Limpopo").
      if (places === 0 || places <= against || (n.type === 'ORG' && knownPlaces < 2 && !(members.length === 2 && place.region && pairPlaced()))) return;
      retype(i, place.type, 'list');
      if (n.type === 'PERSON') placeNames.add(surface);
      changed = true;
    });
  }

  // 4. One sense per discourse: the other mentions of a name the model read as a person's.
  out.forEach((n, i) => {
    if (n.type !== 'PERSON' || !candidate(n)) return;
    const surface = text.slice(n.start, n.end);
    if (!placeNames.has(surface) || blocked.has(surface)) return;
    const range = tokenRange(n);
    if (!range || personCue(n, range)) return;
    retype(i, kb.place(surface).type, 'document');
  });
  // 5. The same, from the places of the document: "Delft" a place in one sentence is a place in "to live in Delft".
  // Only places a list knows: the model's own mistakes ("Dropbox" a place once) are not spread.
  // Only places a list knows, and read so at least as often as not: the model's own slips ("Zara" a place once in five) are not spread.
  const tally = new Map<string, number>();
  for (const n of out) {
    const surface = text.slice(n.start, n.end);
    tally.set(surface, (tally.get(surface) ?? 0) + (isPlace(n.type) ? 1 : -1));
  }
  const documentPlaces = new Set(
    out.filter((n) => isPlace(n.type) && (tally.get(text.slice(n.start, n.end)) ?? 0) >= 0 && kb.place(text.slice(n.start, n.end)).any).map((n) => text.slice(n.start, n.end)),
  );
  out.forEach((n, i) => {
    if (!candidate(n)) return;
    const surface = text.slice(n.start, n.end);
    if (!documentPlaces.has(surface) || blocked.has(surface)) return;
    const range = tokenRange(n);
    // A team's, a firm's or an event's name before a noun is theirs ("Wimbledon semifinalist"); a person-typed name's is not ("Hueytown firefighters").
    if (!range || personCue(n, range) || teamCue(range) || (n.type !== 'PERSON' && !endsPhrase(range[1]))) return;
    if (n.type === 'MISC' && adjectival(surface)) return;
    // An organisation's name only where the sentence too could put it on the map ("moved back to Khayelitsha").
    if (n.type === 'ORG' && (!placeCue({ ...n, type: 'PERSON' }, range) || ORG_NEXT.has(lower(range[1])))) return;
    retype(i, kb.place(surface).type, 'document-place');
  });
  // 6. Roads no model or list knows: "the A120 between", "via the A436, A40 and A429", "on 14th St.".
  const covered = (i: number) => out.some((n) => n.start < tokens[i]!.end && tokens[i]!.start < n.end);
  const added: Name[] = [];
  const roadAt = (i: number) => ROAD_NUMBER.test(word(i)) && !covered(i);
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens start with neither "A", "M" nor a digit: nothing below can match them.
    const c = text.charCodeAt(tokens[i]!.start);
    if (c !== 65 && c !== 77 && (c < 48 || c > 57)) continue;
    if (roadAt(i)) {
      // The run of roads this one starts: "A436, A40 and A429".
      const run = [i];
      for (let j = i + 1; j + 1 < tokens.length && separator(j) && roadAt(j + 1 + (lower(j) === ',' && lower(j + 1) === 'and' ? 1 : 0)); ) {
        j += 1 + (lower(j) === ',' && lower(j + 1) === 'and' ? 1 : 0);
        run.push(j);
        j++;
      }
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const before = /^(?:the|via|onto|along)$/.test(lower(first - 1)) && sameLine(first - 1, first);
      const after = ROAD_NEXT.has(lower(last + 1)) && sameLine(last, last + 1);
      if (before && (after || /^(?:via|onto|along)$/.test(lower(first - 1)) || /^(?:via|onto|along)$/.test(lower(first - 2)) || run.length > 1)) {
        for (const k of run) {
          const road: Name = { start: tokens[k]!.start, end: tokens[k]!.end, type: 'FAC', source: 'rule' };
          note(road, 'FAC', 'road');
          added.push(road);
        }
      }
      i = last;
      continue;
    }
    // "14th St.", "22nd Street".
    if (/^\d+(?:st|nd|rd|th)$/.test(word(i)) && STREET_WORDS.has(lower(i + 1)) && !covered(i) && !covered(i + 1)) {
      const street: Name = { start: tokens[i]!.start, end: tokens[i + 1]!.end, type: 'FAC', source: 'rule' };
      note(street, 'FAC', 'street');
      added.push(street);
      i++;
    }
  }
  if (added.length > 0) out = [...out, ...added].sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

interface Known {
  /** The gazetteer or the index knows a place of this name. */
  any: boolean;
  /** A country or a first- or second-level region ("Texas", "Limpopo", "Hampshire"). */
  region: boolean;
  /** The type it takes: the gazetteer's, else GPE (a town, a region). */
  type: MentionType;
}

/** Names whose lookups are kept: the names of many documents, a few megabytes. */
const CACHE_LIMIT = 50_000;

/** Lookups, each name once. */
class Knowledge {
  private readonly places = new Map<string, Known>();
  private readonly names = new Map<string, boolean>();
  constructor(private readonly source: PlaceKnowledge) {}

  /** Whether the gazetteer or the index knows the name whole, as anything. */
  knownName(name: string): boolean {
    let known = this.names.get(name);
    if (known === undefined) {
      known = this.source.gazetteer(name).length > 0 || this.source.index.lookup(name).length > 0;
      if (this.names.size >= CACHE_LIMIT) this.names.clear();
      this.names.set(name, known);
    }
    return known;
  }

  /** Whether the gazetteer knows a people by this name ("Philippine", "Kurdish"). */
  people(name: string): boolean {
    return this.source.gazetteer(name).some((e) => e.type === 'NORP');
  }

  curatedNonPlace(name: string): boolean {
    return this.source.gazetteer(name).some((e) => e.origin === 'curated' && !isPlace(e.type));
  }

  /** The gazetteer's place of this name, if it has one and no other kind of thing by it. */
  gazetteerPlace(name: string): GazetteerEntry | undefined {
    const entries = this.source.gazetteer(name);
    return entries.every((e) => isPlace(e.type)) ? entries[0] : undefined;
  }

  place(name: string): Known {
    let known = this.places.get(name);
    if (!known) {
      const entries = this.source.gazetteer(name).filter((e) => isPlace(e.type));
      // An all-capitals short word is an acronym first ("BP", "NGO", "CHU"), whatever town shares its letters.
      // So is a word of two letters ("Lu", "Bo"), as often a surname as a town.
      const acronym = /^[\p{Lu}.&]{2,5}$/u.test(name) || /^\p{L}{1,2}$/u.test(name);
      const index = acronym ? [] : this.source.index.lookup(name);
      const common = !name.includes(' ') && (this.source.index.isCommonWord?.(name) ?? false);
      // An English county by its ending ("Northamptonshire"), which GeoNames' region names may spell otherwise.
      const region =
        entries.some((e) => e.geo?.featureClass === 'A' || e.origin === 'world-countries') || index.some((p) => p.featureClass === 'A') || /\p{Ll}shire$/u.test(name);
      known = { any: (entries.length > 0 || index.length > 0 || region) && !common, region: region && !common, type: entries[0]?.type ?? 'GPE' };
      if (this.places.size >= CACHE_LIMIT) this.places.clear();
      this.places.set(name, known);
    }
    return known;
  }
}
