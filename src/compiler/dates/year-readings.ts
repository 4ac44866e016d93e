/**
 * Readings that give a mention its year or its month from the words around it
 * rather than its own: "del mismo año" takes the year of the date stated before
 * it, "last February" is a month that has ended, and a year a list entry carries
 * over is `inferred`. Nothing here supplies a day the words do not name.
 */
import type { DateValue } from '../../schema/timeline';
import type { CalendarDay } from '../model';
import { addDays } from './calendar';
import type { RawDate } from './raw-date';

/** "last February", "el pasado febrero", "febrero pasado": a month that has ended, never the one of publication. */
const LAST_BEFORE = /(?:^|[^\p{L}])(?:last|this past|pasado)\s+$/iu;
const LAST_AFTER = /^\s+pasado(?![\p{L}])/u;

export function namesPastMonth(text: string, f: { raw: RawDate; future: boolean }): boolean {
  if (f.raw.kind !== 'month' || f.raw.year !== null || f.raw.yearOf || f.future) return false;
  return LAST_BEFORE.test(text.slice(Math.max(0, f.raw.start - 12), f.raw.start)) || LAST_AFTER.test(text.slice(f.raw.end, f.raw.end + 8));
}

/** The context seen from the last day of the month before publication (and before the lower bound). */
export function beforeTheMonth<T extends { published: CalendarDay | null; lowerBound: CalendarDay | null }>(context: T): T {
  const monthEarlier = (day: CalendarDay | null): CalendarDay | null => (day ? addDays({ ...day, day: 1 }, -1) : null);
  return { ...context, published: monthEarlier(context.published), lowerBound: monthEarlier(context.lowerBound) };
}

/** A date whose year the text around it supplies, not its own words. */
export function inferred(value: DateValue | null): DateValue | null {
  return value && { ...value, basis: 'inferred' };
}

/** Stated years a later "del mismo año" may refer back to. */
function statedYear(raw: RawDate): number | null {
  if (raw.kind === 'year') return raw.year;
  if (raw.kind === 'day' || raw.kind === 'month') return raw.year;
  return null;
}

/** "El primero fue el 27 de febrero de 2025 … el segundo, el 12 de agosto del mismo año": the year of the last date stated before. */
export function giveSameYears(found: { raw: RawDate }[]): void {
  let last: number | null = null;
  for (const f of found) {
    const raw = f.raw;
    if ((raw.kind === 'day' || raw.kind === 'month') && raw.yearOf && 'same' in raw.yearOf) {
      if (last !== null) {
        const { yearOf: _byReference, ...rest } = raw;
        f.raw = { ...rest, year: last };
      }
      continue;
    }
    last = statedYear(raw) ?? last;
  }
}

