/**
 * Dates in words, through date-fns. date-fns formats a JS Date in local time, so a
 * calendar day is handed to it as local noon of that same day: the words then name
 * the right day in every time zone (and noon is never skipped by a DST change).
 */
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { es } from 'date-fns/locale/es';
import type { DateValue } from '../../schema/timeline';
import { DAY_MS, parseCalendar, periodOf } from './calendar-date';

export type ChartLocale = 'en' | 'es';

const LOCALES = { en: enGB, es } as const;

/** Local noon of the UTC calendar day containing `ms`. */
function asLocalDay(ms: number): Date {
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
}

/** Formats the calendar day of `ms` with a date-fns pattern. */
export function formatDay(ms: number, pattern: string, locale: ChartLocale): string {
  const date = asLocalDay(ms);
  if (Number.isNaN(date.getTime())) return '';
  return format(date, pattern, { locale: LOCALES[locale] });
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
