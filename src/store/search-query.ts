/**
 * @module store/search-query
 *
 * A user's search box to an FTS5 MATCH expression that cannot fail to parse.
 * FTS5's own syntax turns `"`, `(`, `*`, `AND`, `-` and `:` into operators
 * and errors, so the user gets a small, forgiving language instead: words
 * (all must match), "quoted phrases", a trailing `*` for a prefix, and `OR`
 * between two terms. Everything else is read as words.
 */

export class SearchQueryError extends Error {}

export function toFtsQuery(input: string): string {
  const terms: string[] = [];
  let pendingOr = false;
  for (const match of input.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const [, phrase, bare] = match;
    if (bare === 'OR') {
      pendingOr = terms.length > 0;
      continue;
    }
    const term = phrase !== undefined ? phraseTerm(phrase) : bareTerm(bare ?? '');
    if (!term) continue;
    if (pendingOr) terms.push(`OR ${term}`);
    else terms.push(term);
    pendingOr = false;
  }
  if (terms.length === 0) throw new SearchQueryError(`the query "${input}" has no words to search for`);
  return terms.join(' ');
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function phraseTerm(phrase: string): string | null {
  const list = words(phrase);
  return list.length > 0 ? `"${list.join(' ')}"` : null;
}

/** A bare token may hold several words ("Kharkiv-based", "U.S."): they become a phrase, as FTS5 tokenizes them. */
function bareTerm(token: string): string | null {
  const list = words(token);
  if (list.length === 0) return null;
  const prefix = /[\p{L}\p{N}]\*$/u.test(token);
  const quoted = `"${list.join(' ')}"`;
  return prefix ? `${quoted} *` : quoted;
}
