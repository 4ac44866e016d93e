/**
 * Calendar values to words, from their parts: no JS Date is involved, so a day
 * never shifts with the time zone.
 */
import type { DateValue } from '../../schema/timeline';
import { calendarWords } from './calendar-words';
import { translate, type Lang } from './translate';

interface Parts {
  year: number;
  month: number | null;
  day: number | null;
}

export function calendarParts(value: string): Parts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** "19 January 2026" / "19 de enero de 2026", or the month/year alone when that is all there is. */
export function formatCalendar(value: string, lang: Lang, short = false): string {
  const p = calendarParts(value);
  if (!p) return value;
  if (p.month === null) return String(p.year);
  const words = (pattern: string) => calendarWords(p.year, p.month ?? 1, p.day ?? 1, pattern, lang);
  if (p.day === null) return words(lang === 'es' ? "MMMM 'de' yyyy" : 'MMMM yyyy');
  if (short) return words('d MMM yyyy');
  return words(lang === 'es' ? "d 'de' MMMM 'de' yyyy" : 'd MMMM yyyy');
}

/** The date of an item in words, at its precision: "week of 12 January 2026". */
export function formatDateValue(date: DateValue, lang: Lang, short = false): string {
  if (date.start === null || date.precision === 'unknown') {
    return translate(lang, 'undated');
  }
  const start = date.start;
  switch (date.precision) {
    case 'week':
      return translate(lang, 'weekOf', { date: formatCalendar(start.slice(0, 10), lang, short) });
    case 'month':
      return formatCalendar(start.slice(0, 7), lang, short);
    case 'year':
      return formatCalendar(start.slice(0, 4), lang, short);
    case 'day':
      if (date.end && date.end !== start) {
        return translate(lang, 'between', {
          start: formatCalendar(start, lang, short),
          end: formatCalendar(date.end, lang, short),
        });
      }
      return formatCalendar(start, lang, short);
  }
}

/** How the date was found, in words: "stated in the article", "reported on 17 Jan 2026". */
export function formatBasis(date: DateValue, lang: Lang): string {
  switch (date.basis) {
    case 'stated':
      return translate(lang, 'basis_stated');
    case 'relative':
      return date.text
        ? translate(lang, 'basis_relative', { text: date.text })
        : translate(lang, 'basis_relativeNoText');
    case 'inferred':
      return translate(lang, 'basis_inferred');
    case 'reported':
      return date.start
        ? translate(lang, 'basis_reported', { date: formatCalendar(date.start, lang, true) })
        : translate(lang, 'basis_reportedNoDate');
    case 'curated':
      return translate(lang, 'basis_curated');
  }
}
