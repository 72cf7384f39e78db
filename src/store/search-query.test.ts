import { describe, expect, it } from 'vitest';
import { SearchQueryError, toFtsQuery } from './search-query.js';

describe('toFtsQuery', () => {
  it.each([
    ['Pokrovsk', '"Pokrovsk"', 'a bare word is quoted, so it can never be an operator'],
    ['Kharkiv drones', '"Kharkiv" "drones"', 'words are ANDed'],
    ['"air defence" Kyiv', '"air defence" "Kyiv"', 'a quoted phrase stays a phrase'],
    ['drone*', '"drone" *', 'a trailing star asks for a prefix'],
    ['Kyiv OR Kiev', '"Kyiv" OR "Kiev"', 'OR between two terms'],
    ['OR Kyiv', '"Kyiv"', 'a leading OR has nothing to join'],
    ['U.S. aid', '"U S" "aid"', 'punctuation inside a token makes a phrase of its words, as the index tokenizes it'],
    ['AND ( NEAR', '"AND" "NEAR"', 'FTS5 keywords and brackets are read as words'],
    ['"unterminated phrase', '"unterminated phrase"', 'an unclosed quote closes at the end'],
    ['col:value', '"col value"', 'a column filter is not honoured'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it.each([['""'], ['***'], ['( )'], ['OR']])('%s has no words and says so', (input) => {
    expect(() => toFtsQuery(input)).toThrow(SearchQueryError);
  });
});
