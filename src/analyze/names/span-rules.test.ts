import { describe, expect, it } from 'vitest';
import { conventionalSpan } from './span-rules.js';

function kept(words: string[], isPerson: boolean) {
  const span = conventionalSpan(words, { first: 0, end: words.length }, isPerson);
  return span ? words.slice(span.first, span.end).join(' ') : null;
}

describe('conventionalSpan', () => {
  it.each([
    [['President', 'Zelensky'], true, 'Zelensky', 'a title is not part of the name'],
    [['Lt.', 'Colonel', 'Ihor', 'Hryb'], true, 'Ihor Hryb', 'a rank of two words goes too'],
    [['Prime', 'Minister', 'Boris', 'Johnson'], true, 'Boris Johnson', 'so does an office of two words'],
    [['The', 'Washington', 'Post'], false, 'Washington Post', 'no determiners'],
    [['“', 'Manpower'], true, 'Manpower', 'a quotation mark is never part of a name'],
    [['General', 'Motors'], false, 'General Motors', 'titles are dropped only from people'],
    [['The', 'Hague'], false, 'Hague', 'the determiner goes when a name is left'],
    [['President'], true, 'President', 'a title alone is left as it is'],
  ])('%j → %s (%s)', (words, isPerson, expected) => {
    expect(kept(words as string[], isPerson as boolean)).toBe(expected);
  });

  it('leaves nothing of punctuation alone', () => {
    expect(kept(['“', '”'], false)).toBeNull();
  });
});
