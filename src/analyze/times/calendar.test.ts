/**
 * The calendar arithmetic under the TIMEX3 values: ISO weeks, weekdays,
 * moving a date by units at the right granularity, and how values are written.
 */
import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, referenceDay, shift, timexValue, weekdayFrom, type Point } from './calendar.js';

describe('calendar', () => {
  it('reads the reference day from a date or a date-time, and refuses what is not one', () => {
    expect(referenceDay('2024-05-13')).toEqual({ year: 2024, month: 5, day: 13 });
    expect(referenceDay('1998-02-06T22:19:00')).toEqual({ year: 1998, month: 2, day: 6 });
    expect(referenceDay('2024-02-30')).toBeNull();
    expect(referenceDay(null)).toBeNull();
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek({ year: 2024, month: 5, day: 12 })).toEqual({ year: 2024, week: 19 }); // a Sunday ends week 19
    expect(isoWeek({ year: 2024, month: 5, day: 13 })).toEqual({ year: 2024, week: 20 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
  });

  it('finds the last and the next weekday, the reference day itself included unless told not to', () => {
    const monday = { year: 2024, month: 5, day: 13 };
    expect(weekdayFrom(monday, 0, -1)).toEqual({ year: 2024, month: 5, day: 12 });
    expect(weekdayFrom(monday, 1, -1)).toEqual(monday);
    expect(weekdayFrom(monday, 1, -1, false)).toEqual({ year: 2024, month: 5, day: 6 });
    expect(weekdayFrom(monday, 5, 1)).toEqual({ year: 2024, month: 5, day: 17 });
    expect(addDays(monday, -14)).toEqual({ year: 2024, month: 4, day: 29 });
  });

  it('moves a point at the unit’s granularity, or keeps its own where asked', () => {
    const year2022: Point = { gran: 'year', year: 2022 };
    const march2022: Point = { gran: 'month', year: 2022, month: 3 };
    const q3: Point = { gran: 'quarter', year: 1989, quarter: 3 };
    expect(timexValue(shift(year2022, 'year', 2))).toBe('2024');
    expect(timexValue(shift(march2022, 'year', 2))).toBe('2024');
    expect(timexValue(shift(year2022, 'day', 3))).toBe('2022');
    expect(timexValue(shift(q3, 'year', -1, true))).toBe('1988-Q3');
    expect(timexValue(shift({ gran: 'day', year: 2024, month: 3, day: 31 }, 'month', -1))).toBe('2024-02');
  });

  it('writes TIMEX3 values, X for what is not known', () => {
    expect(timexValue({ gran: 'day', year: 2024, month: 5, day: 8 })).toBe('2024-05-08');
    expect(timexValue({ gran: 'day', year: 2024, month: 5, day: 12, part: 'NI' })).toBe('2024-05-12TNI');
    expect(timexValue({ gran: 'week', year: 2024, week: 19, weekend: true })).toBe('2024-W19-WE');
    expect(timexValue({ gran: 'season', year: 2022, season: 'SP' })).toBe('2022-SP');
    expect(timexValue({ gran: 'decade', year: 1990 })).toBe('199');
    expect(timexValue({ gran: 'century', year: 1900 })).toBe('19');
    expect(timexValue({ gran: 'month', year: null, month: 10 })).toBe('XXXX-10');
  });
});
