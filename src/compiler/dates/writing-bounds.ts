/**
 * What a document with no publication date of its own says about when it was
 * written: the latest day it states (a lower bound, dropped when the story goes on
 * to tell of later years), the latest month or year it states, and the day of a
 * year-less dateline. None of these reads the clock or gives a day the words do not.
 */
import type { CalendarDay, CorpusSpan } from '../model';
import { addDays, compareDays, earliestMonthDayNotBefore, isValidDay, parseDay, weekday } from './calendar';
import type { RawDate } from './raw-date';
import { latestDay } from './resolve-date';

/** What these readings need of a found mention. */
export interface BoundMention {
  raw: RawDate;
  future: boolean;
}

/**
 * The latest full day is only a usable bound when nothing the text states is later:
 * an obituary that gives a birth day and then bare years of a whole life ("born on
 * August 9, 1944 … retired in 2009") was written long after that day, so its
 * year-less "February 21" is not in 1944. Such a bound is dropped; the month or year
 * bound below still holds.
 */
export function nearWriting(text: string, bound: CalendarDay | null, found: readonly BoundMention[]): CalendarDay | null {
  if (!bound) return null;
  const later = found.some(
    (f) =>
      !f.future &&
      (f.raw.kind === 'year' || f.raw.kind === 'month') &&
      (f.raw.year ?? 0) > bound.year &&
      // "in 2009", "desde 2018", "From 1989 to 1994": a time the story tells of, not "the 2031 elections".
      TIME_OF.test(text.slice(Math.max(0, f.raw.start - 8), f.raw.start)),
  );
  return later ? null : bound;
}

const TIME_OF = /(?:^|[^\p{L}])(?:in|since|from|to|until|en|desde|hasta|de)\s+$/iu;

/** The first day of the latest month or year stated outside a future context: what a document with no full date is at least as late as. */
export function monthBoundOf(found: readonly BoundMention[]): CalendarDay | null {
  const starts = found.flatMap((f) => {
    if (f.future) return [];
    if (f.raw.kind === 'month' && f.raw.year !== null) return [{ year: f.raw.year, month: f.raw.month, day: 1 }];
    if (f.raw.kind === 'year') return [{ year: f.raw.year, month: 1, day: 1 }];
    return [];
  });
  return latestDay(starts);
}

/** Years after the first one a year-less dateline may be placed in when the story's weekdays rule the earlier ones out. */
const DATELINE_YEARS = 3;

/**
 * A dateline that names a day but no year ("MEXICO CITY, Jan 5 (Reuters) -") is the
 * first such day on or after the latest day the story states: a report is not
 * written before the days it tells of. A past "this Wednesday" / "este miércoles" in
 * the story is a day of the dateline's own week, not after it, so a year in which the
 * dateline's day falls earlier in the week than a named weekday is passed over.
 */
export function yearlessDateline(raw: RawDate, lowerBound: CalendarDay | null, thisWeekdays: readonly number[]): CalendarDay | null {
  if (raw.kind !== 'day' || raw.year !== null || raw.until || !lowerBound) return null;
  const first = earliestMonthDayNotBefore(raw.month, raw.day, lowerBound);
  if (!first || compareDays(first, addDays(lowerBound, 366)) >= 0) return null;
  for (let year = first.year; year <= first.year + (thisWeekdays.length ? DATELINE_YEARS - 1 : 0); year += 1) {
    if (!isValidDay(year, raw.month, raw.day)) continue;
    const day = { year, month: raw.month, day: raw.day };
    if (thisWeekdays.every((w) => w <= weekday(day))) return day;
  }
  return null;
}

/**
 * A year-less dateline in a document that states no full day, placed by the span the
 * corpus's dated documents were published in (corpus-years.ts): the one such day in the
 * span, the story's weekdays ruling out as above. The span is under a year long, so at
 * most one day fits; none does when the dateline falls outside it.
 */
export function spanDateline(raw: RawDate, span: CorpusSpan | undefined, thisWeekdays: readonly number[]): CalendarDay | null {
  const from = span ? parseDay(span.from) : null;
  const to = span ? parseDay(span.to) : null;
  if (!from || !to) return null;
  const day = yearlessDateline(raw, from, thisWeekdays);
  if (!day || compareDays(day, to) > 0) return null;
  return raw.kind === 'day' && raw.weekday !== undefined && raw.weekday !== weekday(day) ? null : day;
}

/** "9 de enero", "Jan. 14": a day with no year, of a dateline the corpus pass may place. */
export function isYearlessDay(raw: RawDate): boolean {
  return raw.kind === 'day' && raw.year === null && !raw.until && raw.yearOf === undefined;
}

/** "this Wednesday", "este miércoles", "esta mañana de lunes": a weekday of the current week. */
export const THIS_WEEKDAY = /^(?:this|este|esta)\s/iu;

