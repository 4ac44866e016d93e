import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  formatDay,
  fromDayNumber,
  isValidDay,
  latestMonthDayNotAfter,
  earliestMonthDayNotBefore,
  parseDay,
  startOfWeek,
  toDayNumber,
  weekday,
} from './calendar';

describe('calendar days', () => {
  it('rejects Feb 30, month 13 and day 0 instead of rolling them over', () => {
    expect(isValidDay(2026, 2, 30)).toBe(false);
    expect(isValidDay(2026, 13, 1)).toBe(false);
    expect(isValidDay(2026, 1, 0)).toBe(false);
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2100, 2, 29)).toBe(false);
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('2026-01-17')).toEqual({ year: 2026, month: 1, day: 17 });
  });

  it('knows month lengths, including leap Februaries', () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 30, 31]);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('round-trips day numbers across years and adds days over month ends', () => {
    for (const d of [{ year: 1970, month: 1, day: 1 }, { year: 2024, month: 2, day: 29 }, { year: 1899, month: 12, day: 31 }]) {
      expect(fromDayNumber(toDayNumber(d))).toEqual(d);
    }
    expect(formatDay(addDays({ year: 2025, month: 12, day: 30 }, 3))).toBe('2026-01-02');
    expect(formatDay(addDays({ year: 2024, month: 3, day: 1 }, -1))).toBe('2024-02-29');
  });

  it('gives ISO weekdays and Monday week starts', () => {
    expect(weekday({ year: 2026, month: 1, day: 17 })).toBe(6); // a Saturday
    expect(weekday({ year: 2026, month: 1, day: 12 })).toBe(1);
    expect(formatDay(startOfWeek({ year: 2026, month: 1, day: 18 }))).toBe('2026-01-12');
    expect(formatDay(startOfWeek({ year: 2026, month: 1, day: 1 }))).toBe('2025-12-29');
  });

  it('places a year-less day at the latest such day not after a bound', () => {
    const bound = { year: 2026, month: 1, day: 29 };
    expect(latestMonthDayNotAfter(1, 19, bound)).toEqual({ year: 2026, month: 1, day: 19 });
    expect(latestMonthDayNotAfter(1, 29, bound)).toEqual({ year: 2026, month: 1, day: 29 });
    expect(latestMonthDayNotAfter(3, 5, bound)).toEqual({ year: 2025, month: 3, day: 5 });
    expect(latestMonthDayNotAfter(2, 29, bound)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(earliestMonthDayNotBefore(1, 5, bound)).toEqual({ year: 2027, month: 1, day: 5 });
  });
});
