import { describe, expect, it } from 'vitest';
import { describeDate, longDay } from './format-date';

describe('dates in words', () => {
  it('names the calendar day of the data, not of the reader time zone', () => {
    expect(longDay(Date.UTC(2026, 0, 19), 'en')).toBe('19 January 2026');
    expect(longDay(Date.UTC(2026, 0, 19), 'es')).toBe('19 de enero de 2026');
  });

  it('says how precise a date is', () => {
    expect(describeDate({ start: '2026-01', precision: 'month', basis: 'stated' }, 'en', 'Undated')).toBe('January 2026');
    expect(describeDate({ start: '2026-01-12', precision: 'week', basis: 'relative' }, 'en', 'Undated')).toBe(
      'week of 12 January 2026',
    );
    expect(describeDate({ start: '2026-01-10', end: '2026-01-12', precision: 'day', basis: 'stated' }, 'en', 'Undated')).toBe(
      '10 Jan 2026 – 12 Jan 2026',
    );
    expect(describeDate({ start: null, precision: 'unknown', basis: 'reported' }, 'en', 'Undated')).toBe('Undated');
  });
});
