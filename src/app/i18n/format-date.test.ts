import { describe, expect, it } from 'vitest';
import { formatBasis, formatDateValue } from './format-date';
import { en, es } from './catalogue';

describe('date formatting', () => {
  it('writes a day in English and Spanish without shifting it in a western time zone', () => {
    const d = { start: '2026-01-19', precision: 'day', basis: 'stated' } as const;
    expect(formatDateValue(d, 'en')).toBe('19 January 2026');
    expect(formatDateValue(d, 'es')).toBe('19 de enero de 2026');
  });

  it('writes a week, a month, a year and an undated value at their precision', () => {
    expect(formatDateValue({ start: '2026-01-12', end: '2026-01-18', precision: 'week', basis: 'relative' }, 'en')).toBe('week of 12 January 2026');
    expect(formatDateValue({ start: '2026-01', precision: 'month', basis: 'stated' }, 'es')).toBe('enero de 2026');
    expect(formatDateValue({ start: '2025', precision: 'year', basis: 'inferred' }, 'en')).toBe('2025');
    expect(formatDateValue({ start: null, precision: 'unknown', basis: 'reported' }, 'en')).toBe('Undated');
  });

  it('writes a range of days', () => {
    expect(formatDateValue({ start: '2026-01-12', end: '2026-01-14', precision: 'day', basis: 'stated' }, 'en')).toBe('12 January 2026 to 14 January 2026');
  });

  it('says how a date was found', () => {
    expect(formatBasis({ start: '2026-01-19', precision: 'day', basis: 'stated' }, 'en')).toBe('stated in the article');
    expect(formatBasis({ start: '2026-01-12', precision: 'week', basis: 'relative', text: 'This week' }, 'en')).toBe(
      'resolved from “This week” relative to publication',
    );
    expect(formatBasis({ start: '2026-01-17', precision: 'day', basis: 'reported' }, 'en')).toBe('reported on 17 Jan 2026');
    expect(formatBasis({ start: '2026', precision: 'year', basis: 'inferred' }, 'en')).toBe('year inferred from the article');
    expect(formatBasis({ start: '2026-01-17', precision: 'day', basis: 'reported' }, 'es')).toBe('publicado el 17 ene 2026');
  });

  it('has the same keys in both languages and no empty string', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(Object.values(es).every((v) => v.trim() !== '')).toBe(true);
  });
});
