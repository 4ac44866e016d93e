/**
 * Dates in words. The chart's times are UTC day starts: the words are those of
 * that UTC calendar day, so they name the right day in every time zone.
 */
import type { DateValue } from '../../schema/timeline';
import { calendarWords } from '../i18n/calendar-words';
import { DAY_MS, parseCalendar, periodOf } from './calendar-date';

export type ChartLocale = 'en' | 'es';

/** Formats the UTC calendar day of `ms` with a pattern (see calendar-words.ts). */
export function formatDay(ms: number, pattern: string, locale: ChartLocale): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '';
  return calendarWords(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), pattern, locale);
}

const LONG_DAY = { en: 'd MMMM yyyy', es: "d 'de' MMMM 'de' yyyy" } as const;
const LONG_MONTH = { en: 'MMMM yyyy', es: "MMMM 'de' yyyy" } as const;
const SHORT_DAY = { en: 'd MMM yyyy', es: 'd MMM yyyy' } as const;

export function longDay(ms: number, locale: ChartLocale): string {
  return formatDay(ms, LONG_DAY[locale], locale);
}

export function shortDay(ms: number, locale: ChartLocale): string {
  return formatDay(ms, SHORT_DAY[locale], locale);
}

/** A date value in words: "19 January 2026", "January 2026", "week of 12 January 2026", "10–12 January 2026". */
export function describeDate(date: DateValue, locale: ChartLocale, undated: string): string {
  const period = periodOf(date);
  if (!period || date.start === null) return undated;
  const parts = parseCalendar(date.start);
  if (date.precision === 'year' || parts?.month === null) return formatDay(period.startMs, 'yyyy', locale);
  if (date.precision === 'month' || parts?.day === null) return formatDay(period.startMs, LONG_MONTH[locale], locale);
  if (date.precision === 'week') {
    return (locale === 'es' ? 'semana del ' : 'week of ') + longDay(period.startMs, locale);
  }
  const lastDay = period.endMs - DAY_MS;
  if (lastDay > period.startMs) return `${shortDay(period.startMs, locale)} – ${shortDay(lastDay, locale)}`;
  return longDay(period.startMs, locale);
}
