import { describe, expect, it } from 'vitest';
import { DAY_MS, isoDayToMs, msToIsoDay, parseCalendar, periodOf, todayMs } from './calendar-date';

describe('calendar dates', () => {
  it('keeps the same calendar day whatever the time zone', () => {
    // Runs under TZ=Asia/Kolkata (and works the same under America/Los_Angeles).
    const ms = isoDayToMs('2026-01-19');
    expect(ms).toBe(Date.UTC(2026, 0, 19));
    expect(msToIsoDay(ms ?? NaN)).toBe('2026-01-19');
    expect(new Date(ms ?? 0).getUTCDate()).toBe(19);
  });

  it('rejects impossible days instead of rolling them over', () => {
    expect(parseCalendar('2026-02-30')).toBeNull();
    expect(parseCalendar('2026-13')).toBeNull();
    expect(isoDayToMs('2026-02')).toBeNull();
    expect(parseCalendar('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("takes today's date from the reader's wall clock", () => {
    const late = new Date(2026, 10, 23, 23, 59);
    expect(msToIsoDay(todayMs(late))).toBe('2026-11-23');
  });

  it('gives a day one day, a range up to the end of its last day', () => {
    expect(periodOf({ start: '2026-01-19', precision: 'day', basis: 'stated' })).toEqual({
      startMs: Date.UTC(2026, 0, 19),
      endMs: Date.UTC(2026, 0, 20),
    });
    expect(periodOf({ start: '2026-01-10', end: '2026-01-12', precision: 'day', basis: 'stated' })).toEqual({
      startMs: Date.UTC(2026, 0, 10),
      endMs: Date.UTC(2026, 0, 13),
    });
  });

  it('spreads a week, a month and a year over the whole period', () => {
    const week = periodOf({ start: '2026-01-12', precision: 'week', basis: 'relative' });
    expect(week && (week.endMs - week.startMs) / DAY_MS).toBe(7);
    expect(periodOf({ start: '2026-02', precision: 'month', basis: 'stated' })).toEqual({
      startMs: Date.UTC(2026, 1, 1),
      endMs: Date.UTC(2026, 2, 1),
    });
    expect(periodOf({ start: '2026-02-14', precision: 'month', basis: 'stated' })?.startMs).toBe(Date.UTC(2026, 1, 1));
    expect(periodOf({ start: '2025', precision: 'year', basis: 'inferred' })).toEqual({
      startMs: Date.UTC(2025, 0, 1),
      endMs: Date.UTC(2026, 0, 1),
    });
  });

  it('has no period for an undated value', () => {
    expect(periodOf({ start: null, precision: 'unknown', basis: 'reported' })).toBeNull();
  });
});
