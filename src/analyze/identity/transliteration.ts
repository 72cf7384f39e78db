/**
 * @module analyze/identity/transliteration
 *
 * Ukrainian and Russian names reach English text in many romanizations:
 * Kharkov and Kharkiv, Kiev and Kyiv, Syrskiy, Syrskii, Syrsky and Syrskyi.
 * A list of variants is never complete, so spellings are compared by rules:
 *
 * 1. Letters are folded: case, diacritics and apostrophes (the soft sign:
 *    Mariupol') go; digraphs become one sound (kh, zh, ch, sh, shch, ts) and
 *    sounds that romanizations swap become one (g/h/kh: Lugansk/Luhansk,
 *    Kharkiv/Harkiv; w/v: Kiew; c/k; j after a letter is y).
 * 2. The consonant skeleton must be the same, doubled letters counting once
 *    (Odessa/Odesa, Donbass/Donbas, Zaporizhzhia/Zaporozhye), and so must the
 *    first letter (Nikolaev/Mykolaiv and Artemovsk→Bakhmut are therefore not
 *    matched here: they need the gazetteer's aliases, the list).
 * 3. The vowels between two consonants must agree, by class: a, o, u, and
 *    the front vowels e/i/y and their runs (ie, yi, iy, ii, yy) as one —
 *    Kiev/Kyiv, Dnepr/Dnipro, Zelenskiy/Zelenskyy, Syrskiy/Syrskyi.
 *    Iotated vowels match plain ones (ia/ya/a: Vinnytsia/Vinnitsa), any two
 *    front endings match (-ye/-ia/-ya/-iy: Zaporozhye/Zaporizhzhia), and a
 *    single vowel next to an r in a cluster may come and go (Dniepr/Dnieper/
 *    Dnipro; not Niger/Nigeria).
 * 4. For places only, o and i match in a closed syllable: Ukrainian writes
 *    і where Russian has о before a final or doubled consonant (Kharkov/
 *    Kharkiv, Lvov/Lviv, Artemovsk/Artemivsk, Zaporozhye/Zaporizhzhia).
 *    People's names do not alternate so (Ivanov and Ivaniv are two names).
 * 5. The folded lengths may not differ by more than 40%.
 *
 * Two spellings that agree are only a candidate: callers use the rules to
 * match a name to a gazetteer entry, or to another name of the same type in
 * the same document, never to merge any two names anywhere.
 */
import { foldLetters } from '../gazetteer/gazetteer.js';

export interface CompareOptions {
  /** Apply the o/i rule of place names (rule 4). */
  places?: boolean;
}

interface Group {
  /** The vowel letters as folded ("ie", "yi", "o"). */
  raw: string;
  /** Vowel classes, runs of one class collapsed: "ia" → "FA", "yi" → "F". */
  cls: string;
  /** Followed by two consonants, a doubled one, or a final one. */
  closed: boolean;
}

interface ParsedWord {
  first: string;
  consonants: string[];
  /** groups[k] is the vowel run before consonants[k]; groups[consonants.length] is the word's end. */
  groups: Group[];
  length: number;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const VOWEL_CLASS: Record<string, string> = { a: 'A', o: 'O', u: 'U', e: 'F', i: 'F', y: 'F' };
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'š'], ['sch', 'š'], ['tch', 'č'], ['zh', 'ž'], ['kh', 'h'], ['ch', 'č'], ['sh', 'š'], ['ts', 'ç'], ['tz', 'ç'],
  ['cz', 'č'], ['sz', 'š'], ['gh', 'h'], ['ph', 'f'], ['th', 't'], ['ck', 'k'],
];
const SINGLES: Record<string, string> = { g: 'h', w: 'v', c: 'k', q: 'k', x: 'ks' };
/** The Ukrainian і that stands for Russian о (rule 4). */
const PURE_I = /^(?:i|ii|yi)$/u;
const MIN_LENGTH_RATIO = 0.6;

/** Lower-case ASCII letters and digits: diacritics, apostrophes and punctuation dropped. */
export function asciiFold(word: string): string {
  return foldLetters(word).toLowerCase().replace(/[^a-z0-9]/gu, '');
}

/** A name's words for comparison: split at spaces and hyphens, folded, empty ones dropped. */
function foldedWords(name: string): string[] {
  return name.split(/[\s\-‐‑–—/]+/u).map(asciiFold).filter((word) => word.length > 0);
}

/** Sounds of a folded word (rule 1). */
function sounds(word: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < word.length) {
    const digraph = DIGRAPHS.find(([spelling]) => word.startsWith(spelling, i));
    if (digraph) {
      out.push(digraph[1]);
      i += digraph[0].length;
      continue;
    }
    const letter = word[i]!;
    if (letter === 'j') out.push(i === 0 ? 'j' : 'y');
    else if (letter === 'x') out.push('k', 's');
    else out.push(SINGLES[letter] ?? letter);
    i++;
  }
  return out;
}

function classes(raw: string): string {
  let cls = '';
  for (const letter of raw) {
    const c = VOWEL_CLASS[letter]!;
    if (!cls.endsWith(c)) cls += c;
  }
  return cls;
}

function parse(word: string): ParsedWord {
  const s = sounds(word);
  const isVowel = (i: number) => VOWELS.has(s[i]!);
  // A y between a consonant and a vowel is a glide (Zaporozh-ye): a consonant for syllable closure, a vowel otherwise.
  const glide = (i: number) => s[i] === 'y' && i > 0 && !isVowel(i - 1) && i + 1 < s.length && isVowel(i + 1) && s[i + 1] !== 'y';
  const consonants: string[] = [];
  const groups: Group[] = [{ raw: '', cls: '', closed: false }];
  for (let i = 0; i < s.length; i++) {
    const sound = s[i]!;
    const group = groups[groups.length - 1]!;
    if (isVowel(i)) {
      group.raw += sound;
      if (!isVowel(i + 1) || glide(i + 1)) {
        // The run ends here: is its syllable closed?
        let run = 0;
        let j = i + 1;
        while (j < s.length && (!isVowel(j) || glide(j))) {
          run++;
          j++;
        }
        group.closed = run >= 2 || (run >= 1 && j >= s.length);
      }
      continue;
    }
    // A doubled consonant counts once.
    if (i > 0 && s[i - 1] === sound) continue;
    consonants.push(sound);
    groups.push({ raw: '', cls: '', closed: false });
  }
  for (const group of groups) group.cls = classes(group.raw);
  return { first: s[0] ?? '', consonants, groups, length: word.length };
}

/** "ia" → "A": an iotated vowel against a plain one. */
function deiotated(cls: string): string {
  return cls.length >= 2 && cls[0] === 'F' ? cls.slice(1) : cls;
}

function groupsAgree(a: Group, b: Group, k: number, word: ParsedWord, places: boolean): boolean {
  if (a.cls === b.cls) return true;
  const n = word.consonants.length;
  const final = k === n;
  if (!a.cls || !b.cls) {
    // A fleeting vowel, one letter: before an r that follows a consonant (Dniepr/Dnieper), or after a final r (Dnipr/Dnipro).
    if ((a.raw || b.raw).length !== 1) return false;
    return (k >= 1 && k < n && word.consonants[k] === 'r') || (final && n >= 2 && word.consonants[n - 1] === 'r');
  }
  if (deiotated(a.cls) === deiotated(b.cls)) return true;
  if (final && a.cls[0] === 'F' && b.cls[0] === 'F') return true;
  if (places && !final && (a.closed || b.closed)) {
    if ((a.cls === 'O' && PURE_I.test(b.raw)) || (b.cls === 'O' && PURE_I.test(a.raw))) return true;
  }
  return false;
}

function wordsAgree(a: string, b: string, places: boolean): boolean {
  if (a === b) return true;
  const pa = parse(a);
  const pb = parse(b);
  if (pa.first !== pb.first) return false;
  if (pa.consonants.join('') !== pb.consonants.join('')) return false;
  if (Math.min(pa.length, pb.length) / Math.max(pa.length, pb.length) < MIN_LENGTH_RATIO) return false;
  return pa.groups.every((group, k) => groupsAgree(group, pb.groups[k]!, k, pa, places));
}

/**
 * Whether two spellings can be romanizations of one Ukrainian or Russian
 * name: the same number of words, each pair agreeing by the rules above.
 */
export function sameTransliteration(a: string, b: string, options: CompareOptions = {}): boolean {
  const wa = foldedWords(a);
  const wb = foldedWords(b);
  if (wa.length === 0 || wa.length !== wb.length) return false;
  return wa.every((word, i) => wordsAgree(word, wb[i]!, options.places ?? false));
}

/**
 * A bucket key: spellings that can agree have the same key (first letter
 * and consonant skeleton of each word), so a gazetteer can be indexed by it.
 * Equal keys are necessary, not sufficient: confirm with sameTransliteration.
 */
export function transliterationKey(name: string): string {
  return foldedWords(name)
    .map((word) => {
      const parsed = parse(word);
      return `${parsed.first}:${parsed.consonants.join('')}`;
    })
    .join(' ');
}

/**
 * A readable spelling in which the commonest variants coincide, for ids of
 * names no gazetteer knows: ASCII, lower case, no apostrophes, a doubled
 * zh/kh/sh/ch/ts once (Zaporizhzhia), the adjectival endings -iy/-ii/-yi/-yy/-y
 * as "y" (Syrskiy, Syrskii, Syrskyi, Syrsky → syrsky; Zelenskiy, Zelenskyy →
 * zelensky) and -iya/-ia/-ya as "ia". Vowel alternations (Kharkov/Kharkiv)
 * are not folded: they stay readable and need the gazetteer to share an id.
 */
export function foldSpelling(name: string): string {
  return foldedWords(name)
    .map((word) =>
      word
        .replace(/(zh|kh|sh|ch|ts)\1/gu, '$1')
        .replace(/(?<=[^aeiouy])(?:iy|ii|yi|yy|ij|yj|i|y)$/u, 'y')
        .replace(/(?<=[^aeiouy])(?:iya|ija|ia|ya|ja)$/u, 'ia'),
    )
    .join(' ');
}
