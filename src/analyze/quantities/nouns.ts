/**
 * @module analyze/quantities/nouns
 *
 * What a count counts: the noun after the number ("45,000 troops"), past its
 * modifiers ("10,000 North Korean troops", "12 Russian-made fighter jets"),
 * normalized to a lowercase plural ("drones"); persons, the dead and
 * nationalities count people (GOLD.md: "100,000 people", "four dead",
 * "half-million Ukrainians" are all people). Without a tagger, a head is a
 * plural-looking word (or one of the plurals without -s) found within a few
 * words before any function word; a number with no such word has no noun.
 * A bare number can still count people where the context is casualties
 * ("killed seven and wounded 25") or a population.
 */
import { NUMBER_WORDS } from './numerals.js';
import { isCapitalized, isWord, HYPHENS, joined, type Tok } from './tokens.js';

const NUMBER_WORD_SET = new Set(NUMBER_WORDS);

/** Plurals without -s, and the adjectives used as nouns after a number ("four dead"). */
const PLURAL_WORDS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'aircraft', 'spacecraft', 'crew',
  'cattle', 'livestock', 'sheep', 'infantry', 'militia', 'youth', 'clergy', 'offspring', 'fish', 'deer',
  'dead', 'wounded', 'injured', 'killed', 'missing', 'displaced', 'homeless', 'elderly', 'poor',
]);
/** The plurals without -s that also modify a noun: "personnel carriers", "police officers", "aircraft carriers". */
const NOUN_MODIFIERS = new Set(['personnel', 'police', 'staff', 'aircraft', 'crew', 'militia', 'cattle', 'livestock', 'infantry', 'youth', 'clergy']);
/** Adjectives used as nouns count people, but only right after the number ("four dead"; "three dead soldiers" counts soldiers). */
const PEOPLE_ADJECTIVES = new Set(['dead', 'wounded', 'injured', 'killed', 'missing', 'displaced', 'homeless', 'elderly', 'poor']);
/** Heads that count people, whatever the text calls them. */
const PEOPLE_NOUNS = new Set(['people', 'persons', 'person', 'individuals', 'peoples', ...PEOPLE_ADJECTIVES]);
/** Nationalities written as plural nouns without a telltale ending (the -ans, -ese, -is ones are found by shape). */
const DEMONYMS = new Set([
  'poles', 'britons', 'brits', 'swedes', 'finns', 'danes', 'turks', 'greeks', 'czechs', 'slovaks', 'chechens',
  'jews', 'arabs', 'kurds', 'scots', 'welsh', 'irish', 'dutch', 'french', 'swiss', 'uzbeks', 'tajiks', 'kazakhs',
  'serbs', 'croats', 'tatars', 'thais', 'lithuanians', 'latvians', 'estonians', 'hungarians', 'filipinos', 'kyrgyz',
]);

/**
 * Words that end a noun search: a count's head comes before them, never after.
 * Also the -s words that are no plurals ("this", "is", "always", "says").
 */
const STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'and', 'or', 'but', 'nor',
  'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'there', 'here', 'it', 'its',
  "it's", 'they', 'them', 'their', 'he', 'his', 'she', 'her', 'we', 'our', 'you', 'your', 'i', 'me', 'my', 'us',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'no', 'so', 'if', 'then', 'also', 'only',
  'just', 'each', 'per', 'every', 'all', 'both', 'any', 'such', 'very', 'too', 'over', 'under', 'into', 'onto',
  'about', 'around', 'after', 'before', 'since', 'until', 'while', 'during', 'against', 'between', 'among',
  'across', 'through', 'toward', 'towards', 'upon', 'via', 'like', 'unlike', 'including', 'say', 'says', 'said',
  'according', 'when', 'where', 'why', 'how', 'what', 'because', 'although', 'though', 'unless', 'whether',
  'always', 'perhaps', 'thus', 'less', 'plus', 'versus', 'whereas', 'besides', 'afterwards', 'yes', 'ours',
  'yours', 'theirs', 'hers', 'alongside', 'amid', 'amidst', 'despite', 'within', 'beyond', 'near', 'off', 'out',
  'up', 'down', 'away', 'back', 'ago', 'later', 'earlier', 'now', 'yet', 'still', 'already', 'even', 'almost',
  'nearly', 'remains', 'seems', 'means', 'becomes', 'includes', 'comes', 'goes', 'makes', 'takes', 'shows',
  'appears', 'gives', 'holds', 'stands', 'needs', 'looks', 'wants', 'lies', 'gets', 'puts', 'keeps', 'tells',
  'was', 'percent', 'cent', 'times', 'apiece', 'each', 'overall', 'altogether', 'respectively', 'whereby',
  'themselves', 'ourselves', 'yourselves', 'others', 'ones', 'thereof', 'whereof', 'sometimes', 'nevertheless',
  'anyway', 'otherwise', 'elsewhere', 'nowadays', 'instead', 'once', 'twice', 'last', 'next', 'this',
  'upwards', 'downwards', 'backwards', 'forwards', 'onwards', 'sideways', 'whilst', 'amongst',
]);
const QUOTES = new Set(['‘', '’', '“', '”', '"', "'"]);
/** Whether a lowercased word is a function word ("around", "the", "in"): capitalized, it opens a sentence, it names nothing. */
export function isFunctionWord(lower: string): boolean {
  return STOP.has(lower);
}

/** At most this many words between a number and its head ("12 Russian-made Su-25 fighter jets"). */
const MAX_MODIFIERS = 5;

export interface CountNoun {
  /** The head noun's token. */
  head: number;
  /** First token of the noun phrase after the number (its first modifier). */
  first: number;
  unit: string;
}

export interface NounContext {
  /** Whether a character offset lies in a times span (a head never does: "76 last week"). */
  inTime(offset: number): boolean;
  /** The type of the recognized name at this offset ("NORP" for "Ukrainians", "GPE" for "Donbas"), or null. */
  nameType(offset: number): string | null;
}

/** Singular nouns that end like plurals: "two news organizations" counts organizations. */
const NOT_PLURAL = new Set(['news', 'series', 'species', 'politics', 'economics', 'logistics', 'physics', 'mathematics', 'athletics', 'headquarters', 'crossroads', 'lens', 'means', 'whereabouts', 'arms', 'gas', 'bus', 'canvas', 'atlas', 'alias', 'christmas', 'status', 'bonus']);

function endsLikePlural(w: string): boolean {
  if (w.length < 3 || !w.endsWith('s') || NOT_PLURAL.has(w)) return false;
  if (w.endsWith("'s") || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ous')) return false;
  return true;
}

/** A demonym plural ("Ukrainians", "Russians", "Chinese", "Israelis") counts people. */
function isDemonym(t: Tok, ctx: NounContext): boolean {
  if (!isCapitalized(t)) return false;
  const w = t.lower;
  return DEMONYMS.has(w) || /(?:ians|ans|ese|is)$/.test(w) || ctx.nameType(t.start) === 'NORP';
}

/** The unit a head gives: its lowercase plural, or "people". */
export function unitOfHead(t: Tok, ctx: NounContext, rightAfterNumber: boolean): string {
  const w = t.lower;
  if (PEOPLE_NOUNS.has(w) && (rightAfterNumber || !PEOPLE_ADJECTIVES.has(w))) return 'people';
  if (isDemonym(t, ctx)) return 'people';
  return pluralize(w);
}

/** A singular head ("1 soldier") as the plural the unit is given in. */
export function pluralize(w: string): string {
  if (PLURAL_WORDS.has(w) || endsLikePlural(w)) return w;
  if (w === 'person') return 'people';
  if (w.endsWith('man')) return `${w.slice(0, -3)}men`;
  if (w === 'child') return 'children';
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/** Whether a token may stand between a number and its head: a word (or a model name "Su-25", "TB2") that is no function word. */
function isModifier(t: Tok | undefined): boolean {
  if (!t) return false;
  // A number word starts the next quantity: "seven gold and two silver medals" is two.
  // "US" (all capitals) is the country, not the pronoun "us".
  if (isWord(t)) return (!STOP.has(t.lower) || /^\p{Lu}{2,}$/u.test(t.text)) && !NUMBER_WORD_SET.has(t.lower);
  return /^\d+\p{L}+$/u.test(t.text); // "155mm" of "90,000 155mm shells"
}

/**
 * The counted noun starting at token j (the first token after the number and
 * any approximator), or null. A singular head is not looked for: news writes
 * "one soldier", and "Nord Stream 1 pipeline" is a name.
 */
export function countNounAt(toks: readonly Tok[], j: number, ctx: NounContext): CountNoun | null {
  let k = j;
  let words = 0;
  while (words < MAX_MODIFIERS) {
    const t = toks[k];
    if (!t || ctx.inTime(t.start)) return null;
    if (HYPHENS.has(t.text) && joined(toks[k - 1], t) && joined(t, toks[k + 1]) && k > j) {
      k += 1; // "Russian-made", "Su-25": the hyphen joins two parts of one modifier
      continue;
    }
    // "dozens of Su-34s": a model's plural is the head.
    if (/^\d+s$/.test(t.text) && k > j && HYPHENS.has(toks[k - 1]?.text ?? '') && joined(toks[k - 1], t) && isWord(toks[k - 2])) {
      return { head: k, first: j, unit: `${toks[k - 2]!.lower}-${t.lower}` };
    }
    if (/^\d+$/.test(t.text) && k > j && (HYPHENS.has(toks[k - 1]?.text ?? '') || ctx.nameType(t.start) !== null || isCapitalized(toks[k - 1]))) {
      k += 1; // the "25" of "Su-25", the "2" of "14 Leopard 2 tanks"
      continue;
    }
    const w = t.lower;
    const first = k === j;
    // "144 Russian and separatist soldiers": adjectives joined by "and"/"or", once a modifier has been read.
    if ((w === 'and' || w === 'or') && !first && isModifier(toks[k + 1]) && isModifier(toks[k - 1])) {
      k += 1;
      continue;
    }
    // "at least seven ‘powerful’ airstrikes": quotation marks around a modifier.
    if (QUOTES.has(t.text) && k > j - 1 && toks[k + 1] && isWord(toks[k + 1])) {
      k += 1;
      continue;
    }
    if (!isModifier(t)) return null;
    if (PLURAL_WORDS.has(w) && (first || !PEOPLE_ADJECTIVES.has(w))) {
      // "three dead soldiers" counts soldiers; "four dead and dozens wounded" counts people.
      if (PEOPLE_ADJECTIVES.has(w)) {
        const further = countNounAt(toks, k + 1, ctx);
        if (further) return { ...further, first: j };
        return { head: k, first: j, unit: 'people' };
      }
      // "14 armoured personnel carriers", "police officers", "aircraft carriers": the plural noun after is the head.
      // Not after "men", "people", "children": "the two men follows" is a verb.
      const after = toks[k + 1];
      if (NOUN_MODIFIERS.has(w) && after && isWord(after) && !isCapitalized(after) && !STOP.has(after.lower) && endsLikePlural(after.lower)) {
        return { head: k + 1, first: j, unit: unitOfHead(after, ctx, false) };
      }
      return { head: k, first: j, unit: unitOfHead(t, ctx, first) };
    }
    // A capitalized -s word is a head only as a nationality or a common noun ("Ukrainians", "Shaheds"), not a place ("Donbas").
    const named = isCapitalized(t) ? ctx.nameType(t.start) : null;
    if (isWord(t) && endsLikePlural(w) && !(HYPHENS.has(toks[k + 1]?.text ?? '') && joined(t, toks[k + 1])) && (named === null || named === 'NORP' || named === 'WEAPON' || named === 'MISC')) {
      // "31 Abrams tanks", "16 Himars systems", "12 weapons systems": a plural noun right after is the head.
      const after = toks[k + 1];
      if (after && isWord(after) && !isCapitalized(after) && !STOP.has(after.lower) && endsLikePlural(after.lower) && !PLURAL_WORDS.has(after.lower)) {
        return { head: k + 1, first: j, unit: unitOfHead(after, ctx, false) };
      }
      return { head: k, first: j, unit: unitOfHead(t, ctx, first) };
    }
    k += 1;
    words += 1;
  }
  return null;
}

/** Verbs and nouns of casualty counts: a bare number after them counts people ("killed seven and wounded 25"). */
const CASUALTY_BEFORE = new Set([
  'killed', 'killing', 'kill', 'kills', 'wounded', 'wounding', 'wound', 'injured', 'injuring', 'injure', 'injures',
  'toll', 'casualties', 'dead', 'deaths', 'evacuated', 'evacuating', 'rescued', 'executed', 'captured', 'detained',
  'arrested', 'abducted', 'deported', 'displaced', 'hospitalised', 'hospitalized', 'population',
]);
/** After a bare number: "seven were killed", "12 died", "hundreds of thousands in dead and wounded". */
const CASUALTY_AFTER = new Set([
  'killed', 'wounded', 'injured', 'dead', 'died', 'die', 'perished', 'missing', 'hurt', 'captured', 'rescued',
  'evacuated', 'detained', 'arrested', 'freed', 'released', 'exchanged', 'buried', 'fled',
]);
/** Words that may stand between a casualty verb and its number ("killed at least seven", "a population of 7,500"). */
const BRIDGE = new Set(['at', 'least', 'of', 'about', 'around', 'nearly', 'some', 'more', 'than', 'over', 'up', 'to', 'rose', 'rises', 'risen', 'rising', 'fallen', 'fell', 'falls', 'grown', 'grew', 'dropped', 'declined', 'shrunk', 'reached', 'jumped', 'increased', 'climbs', 'stood', 'stands', 'is', 'was', 'has', 'had', 'climbed', 'another', 'a', 'further', 'an', 'estimated', 'roughly', 'approximately', 'almost', 'another']);

/** Whether the bare number between tokens first and last counts people, by the casualty words around it. */
export function countsPeople(toks: readonly Tok[], first: number, last: number): boolean {
  for (let k = first - 1, n = 0; k >= 0 && n < 5; k -= 1, n += 1) {
    const w = toks[k]!.lower;
    if (CASUALTY_BEFORE.has(w)) return true;
    if (!BRIDGE.has(w)) break;
  }
  for (let k = last + 1, n = 0; n < 4 && toks[k]; k += 1, n += 1) {
    const w = toks[k]!.lower;
    if (CASUALTY_AFTER.has(w)) return true;
    if (!['were', 'was', 'have', 'had', 'been', 'are', 'people', 'in', 'others', 'more', 'reportedly', 'also'].includes(w)) break;
  }
  return false;
}
