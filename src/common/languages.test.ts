import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from './languages.js';

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en', 'an ISO 639-1 code stays'],
    ['en-GB', 'en', 'a BCP 47 tag gives its language'],
    ['uk_UA', 'uk', 'a POSIX locale gives its language'],
    ['rus', 'ru', 'an ISO 639-3 code becomes ISO 639-1 where one exists'],
    ['English', 'en', 'an English name'],
    ['German', 'de', 'not "ge": names are looked up, not cut'],
    ['Ukrainian', 'uk', 'a name sitrep sees often'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normalizeLanguage(input)).toBe(expected);
  });

  it.each([['Klingon and more'], ['12'], ['']])('%j is not a language', (input) => {
    expect(normalizeLanguage(input)).toBeNull();
  });
});
