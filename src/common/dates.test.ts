import { describe, it, expect } from 'vitest';
import { isoDate } from './dates.js';

describe('isoDate', () => {
  it.each([
    // reason: the by-line form of seed 000 ("20 May 2024 by Andrew Murray"), day-month-year
    ['20 May 2024', '2024-05-20'],
    // reason: the American month-day-year form, with a comma
    ['November 7, 2024', '2024-11-07'],
    // reason: an ISO date (seed 002's "date 2024-11-19") is kept as written
    ['2024-11-19', '2024-11-19'],
    // reason: an ISO date-time (the guardian sidecars) is kept whole, time and zone included
    ['2024-11-19T08:00:00Z', '2024-11-19T08:00:00Z'],
    // reason: surrounding whitespace from a text line does not matter
    ['  20 May 2024 ', '2024-05-20'],
    // reason: a weekday in front of a full date is still that date
    ['Monday, 13 February 2023', '2023-02-13'],
  ])('%j is read as %s', (raw, expected) => {
    expect(isoDate(raw)).toBe(expected);
  });

  it.each([
    // reason: no day stated; chrono would imply the 1st, which is not a publication date
    ['May 2024'],
    // reason: relative to when? a metadata date must be stated, not implied
    ['yesterday'],
    // reason: a weekday alone names no calendar date
    ['Friday'],
    // reason: a bare year is not a date
    ['2022'],
    // reason: not a date at all
    ['qwerty uiop'],
    // reason: empty input
    [''],
    // reason: looks ISO but month 13 does not exist
    ['2024-13-45'],
  ])('%j is not a date (null)', (raw) => {
    expect(isoDate(raw)).toBeNull();
  });

  it('a stated year is not changed by the reference date', () => {
    expect(isoDate('20 May 2024', '2022-01-01')).toBe('2024-05-20');
  });
});
