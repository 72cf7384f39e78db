/**
 * @module analyze/identity/coreference
 *
 * Which names of one document name the same thing. The rules, in order:
 *
 * 1. Full forms (all names but one-word person names and acronyms) are
 *    one chain when their forms are equal (same type class); when the
 *    transliteration rules take them for one spelling (same type), unless
 *    the gazetteer matched them to two entries (Niger, Nigeria); when two
 *    person names share first and last name ("Vladimir V. Putin",
 *    "Vladimir Putin"); and, for nationalities, when one is the other's
 *    plural ("Russian", "Russians").
 * 2. A one-word person name ("Zelensky", from "President Zelensky") joins
 *    the full name with that last word, or a transliteration of it
 *    ("Zelenskiy" → "Volodymyr Zelensky"), anywhere in the document. When
 *    several full names share it ("Hunter Biden", "Joe Biden"), they stay
 *    apart and the short name joins the one mentioned most recently before
 *    it (the nearest after it if none comes before). Failing a surname, it
 *    joins the only full name with that first name ("Ihor" → "Ihor Hryb").
 *    Failing both, it is a chain of its own (the gazetteer may still know
 *    "Zelensky"), shared with the same short name elsewhere. A short name
 *    that the gazetteer knows by itself joins only a full name mentioned
 *    before it: in "greeting President Biden and the first lady, Jill
 *    Biden", Biden is not Jill.
 * 3. An acronym joins the name it abbreviates: the one it is defined by
 *    ("North Atlantic Treaty Organization (NATO)", "NATO (North Atlantic
 *    Treaty Organization)"), else a name of a compatible type whose initials
 *    it is ("United States" for "US"), the nearest before, else after.
 *    Acronyms with the same letters ("US", "U.S.") are one chain.
 * 4. A one-word organisation name joins the latest earlier organisation
 *    name that ends in that word ("the Washington Post" ... "the Post").
 *
 * The chain's `heads` are the mentions whose forms may be looked up in the
 * gazetteer, longest first: a short name that joined a full one is never
 * looked up itself (it would find "Joe Biden" for Hunter's "Biden").
 */
import type { MentionType } from '../names/types.js';
import { nameKey } from '../gazetteer/gazetteer.js';
import { abbreviates, acronymLetters, isAcronym, personWords, wordsOf } from './forms.js';
import { compatibleTypes } from './gazetteer-match.js';
import { sameTransliteration } from './transliteration.js';
import { isPlaceType, typeClass } from './types.js';

export interface CorefMention {
  start: number;
  end: number;
  type: MentionType;
  /** The cleaned form (forms.ts cleanForm). */
  form: string;
}

export interface Chain {
  /** Mention indexes, in text order. */
  members: number[];
  /** Mentions whose forms identify the chain, longest form first. */
  heads: number[];
  /** The chain's acronym, when it has one: a chain known by its acronym takes its id from it. */
  acronym?: string;
}

type Kind = 'full' | 'short-person' | 'acronym' | 'short-org';

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function kindOf(mention: CorefMention): Kind {
  if (mention.type === 'PERSON') return personWords(mention.form).length === 1 ? 'short-person' : 'full';
  if (isAcronym(mention.form)) return 'acronym';
  if (mention.type === 'ORG' && wordsOf(mention.form).length === 1) return 'short-org';
  return 'full';
}

/** Two words of a person's name: equal, or transliterations of one name. */
function sameNameWord(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b) || sameTransliteration(a, b);
}

function sameFullForm(a: CorefMention, b: CorefMention): boolean {
  if (typeClass(a.type) !== typeClass(b.type)) return false;
  const ka = nameKey(a.form);
  const kb = nameKey(b.form);
  if (ka === kb) return true;
  if (a.type === 'NORP' && b.type === 'NORP' && (ka === `${kb}s` || kb === `${ka}s`)) return true;
  if (a.type !== b.type) return false;
  if (a.type === 'PERSON') {
    const wa = personWords(a.form);
    const wb = personWords(b.form);
    return sameNameWord(wa[0]!, wb[0]!) && sameNameWord(wa[wa.length - 1]!, wb[wb.length - 1]!);
  }
  return sameTransliteration(a.form, b.form, { places: isPlaceType(a.type) });
}

/** The first mention (by index) whose span starts right after `at`, past the given opening text. */
function mentionAfter(text: string, mentions: readonly CorefMention[], at: number, opening: RegExp): number {
  const gap = opening.exec(text.slice(at, at + 4));
  if (!gap) return -1;
  const start = at + gap[0].length;
  return mentions.findIndex((m) => m.start === start);
}

export interface CorefOptions {
  /** Whether a mention's form names someone by itself (the gazetteer knows "Biden"): see rule 2. */
  knownAlone?: (index: number) => boolean;
  /** Whether two mentions are known to be different things (the gazetteer matched them to two entries): never chained by spelling rules. */
  distinct?: (a: number, b: number) => boolean;
}

/** Chains of the mentions (given in text order), numbered by first appearance. */
export function corefer(text: string, mentions: readonly CorefMention[], options: CorefOptions = {}): Chain[] {
  const n = mentions.length;
  const kinds = mentions.map(kindOf);
  const uf = new UnionFind(n);
  /** Mentions that joined another chain by rules 2–4: never looked up. */
  const attached = new Set<number>();

  // 1. full forms: compare distinct (type, form) pairs once
  const firstOf = new Map<string, number>();
  const distinct: number[] = [];
  mentions.forEach((m, i) => {
    if (kinds[i] !== 'full' && kinds[i] !== 'short-org') return;
    const key = `${typeClass(m.type)}\u0000${nameKey(m.form)}`;
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, i);
      distinct.push(i);
    } else uf.union(first, i);
  });
  for (let x = 0; x < distinct.length; x++) {
    for (let y = x + 1; y < distinct.length; y++) {
      const a = distinct[x]!;
      const b = distinct[y]!;
      if (sameFullForm(mentions[a]!, mentions[b]!) && !options.distinct?.(a, b)) uf.union(a, b);
    }
  }

  // 4. one-word organisation names that end an earlier organisation name
  mentions.forEach((m, i) => {
    if (kinds[i] !== 'short-org') return;
    const word = nameKey(m.form);
    for (let j = i - 1; j >= 0; j--) {
      const other = mentions[j]!;
      if (other.type !== 'ORG' || kinds[j] !== 'full') continue;
      const words = wordsOf(nameKey(other.form));
      if (words.length > 1 && words[words.length - 1] === word) {
        attachTo(i, j);
        return;
      }
    }
  });

  // 3. acronyms: all with the same letters are one chain, joined to the name they abbreviate
  const acronyms = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (kinds[i] !== 'acronym') return;
    const letters = acronymLetters(m.form);
    acronyms.set(letters, [...(acronyms.get(letters) ?? []), i]);
  });
  for (const [letters, group] of acronyms) {
    for (const i of group.slice(1)) uf.union(group[0]!, i);
    const expansion = group.map((i) => definedBy(i, letters)).find((j) => j !== undefined) ?? byInitials(group[0]!, letters);
    if (expansion !== undefined) uf.union(expansion, group[0]!);
  }

  // 2. one-word person names
  const personHeads = () => {
    const byRoot = new Map<number, number[]>();
    mentions.forEach((m, i) => {
      if (m.type !== 'PERSON' || kinds[i] !== 'full') return;
      const root = uf.find(i);
      byRoot.set(root, [...(byRoot.get(root) ?? []), i]);
    });
    return [...byRoot.values()];
  };
  const fullPeople = personHeads();
  const unresolved: number[] = [];
  mentions.forEach((m, i) => {
    if (kinds[i] !== 'short-person') return;
    const word = personWords(m.form)[0]!;
    const lastOf = (j: number) => {
      const words = personWords(mentions[j]!.form);
      return words[words.length - 1]!;
    };
    const people = options.knownAlone?.(i) ? fullPeople.filter((chain) => chain.some((j) => mentions[j]!.start < m.start)) : fullPeople;
    let candidates = people.filter((chain) => chain.some((j) => sameNameWord(lastOf(j), word)));
    if (candidates.length === 0) {
      const byFirst = people.filter((chain) => chain.some((j) => sameNameWord(personWords(mentions[j]!.form)[0]!, word)));
      if (byFirst.length === 1) candidates = byFirst;
    }
    const chosen = candidates.length === 1 ? candidates[0] : nearest(candidates, m.start);
    if (chosen) attachTo(i, chosen[0]!);
    else unresolved.push(i);
  });
  for (let x = 0; x < unresolved.length; x++) {
    for (let y = 0; y < x; y++) {
      const a = unresolved[x]!;
      const b = unresolved[y]!;
      if (sameNameWord(mentions[a]!.form, mentions[b]!.form)) {
        uf.union(a, b);
        break;
      }
    }
  }

  return chainsOf();

  /** Of several chains, the one mentioned last before `at`, else the one mentioned first after it. */
  function nearest(candidates: readonly number[][], at: number): number[] | undefined {
    let chosen: number[] | undefined;
    let chosenStart = -1;
    for (const chain of candidates) {
      const last = Math.max(...chain.map((j) => mentions[j]!.start).filter((start) => start < at), -1);
      if (last > chosenStart) {
        chosen = chain;
        chosenStart = last;
      }
    }
    if (chosen) return chosen;
    let firstAfter = Infinity;
    for (const chain of candidates) {
      const first = Math.min(...chain.map((j) => mentions[j]!.start));
      if (first < firstAfter) {
        chosen = chain;
        firstAfter = first;
      }
    }
    return chosen;
  }

  function attachTo(i: number, j: number) {
    uf.union(i, j);
    attached.add(i);
  }

  function definedBy(i: number, letters: string): number | undefined {
    const m = mentions[i]!;
    // "North Atlantic Treaty Organization (NATO)": a name whose text is followed by "(" and the acronym.
    for (let j = 0; j < n; j++) {
      if (j === i || kinds[j] !== 'full') continue;
      const other = mentions[j]!;
      const after = text.slice(other.end, other.end + letters.length * 2 + 6);
      const match = /^\s*\(\s*([^()]+?)\s*\)/u.exec(after);
      if (match && acronymLetters(match[1]!) === letters && isAcronym(match[1]!) && compatibleTypes(m.type, other.type)) return j;
    }
    // "NATO (North Atlantic Treaty Organization)": the acronym followed by a name in brackets.
    const j = mentionAfter(text, mentions, m.end, /^\s*\(\s*/u);
    if (j >= 0 && kinds[j] === 'full' && compatibleTypes(m.type, mentions[j]!.type) && abbreviates(m.form, mentions[j]!.form)) return j;
    return undefined;
  }

  function byInitials(i: number, letters: string): number | undefined {
    const m = mentions[i]!;
    let before: number | undefined;
    let after: number | undefined;
    mentions.forEach((other, j) => {
      if (kinds[j] !== 'full' || !compatibleTypes(m.type, other.type) || other.type === 'PERSON') return;
      if (!abbreviates(letters, other.form)) return;
      if (other.start < m.start) before = j;
      else if (after === undefined) after = j;
    });
    return before ?? after;
  }

  function chainsOf(): Chain[] {
    const byRoot = new Map<number, Chain>();
    const chains: Chain[] = [];
    mentions.forEach((m, i) => {
      const root = uf.find(i);
      let chain = byRoot.get(root);
      if (!chain) {
        chain = { members: [], heads: [] };
        byRoot.set(root, chain);
        chains.push(chain);
      }
      chain.members.push(i);
      if (!attached.has(i)) chain.heads.push(i);
      if (kinds[i] === 'acronym' && chain.acronym === undefined) chain.acronym = acronymLetters(m.form);
    });
    for (const chain of chains) {
      // Longest form first; the earlier mention first among equals (a stable sort keeps text order).
      chain.heads.sort((a, b) => mentions[b]!.form.length - mentions[a]!.form.length);
    }
    return chains;
  }
}
