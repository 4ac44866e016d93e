/**
 * Turns what the words state (a RawDate) into a DateValue, using the story's date
 * context. It never supplies a day the text does not give:
 *  - full dates, month+year and bare years are `stated`;
 *  - a year-less day or month takes its year from the real publication date
 *    (`relative`, the latest such day not after it), else from the document's
 *    lower bound (`inferred`) when it falls in the bound's own year, else stays
 *    unresolved. The bound only says the text was written on that day or later:
 *    "March 14" in a text whose latest full date is March 2, 2031 may be the
 *    March 14 after it as well as the one a year before, so neither is given;
 *  - weekdays and phrases like "this week" or "el año pasado" need a real
 *    publication date and are otherwise unresolved. A past weekday is the latest
 *    such weekday on or before the publication day (wire copy says "Friday" for the
 *    day it is filed); a future one is the first on or after it, or strictly after
 *    it when the words say so ("next Friday");
 *  - in a future context ("will be presented in February") a year-less date is
 *    placed forward from the publication date, and without one it is unresolved;
 *  - an ambiguous numeric date (03/04/2025 in English) keeps only its year.
 * Nothing here reads the clock.
 */
import type { DateValue } from '../../schema/timeline';
import type { CalendarDay } from '../model';
import {
  addDays,
  compareDays,
  earliestMonthDayNotBefore,
  earliestMonthNotBefore,
  formatDay,
  formatMonth,
  formatYear,
  isValidDay,
  latestMonthDayNotAfter,
  latestMonthNotAfter,
  startOfWeek,
  weekday as weekdayOf,
} from './calendar';
import type { RawDate } from './date-mentions';
import { weekdayDirection } from './lexicon';

export interface DateContext {
  published: CalendarDay | null;
  lowerBound: CalendarDay | null;
  /**
   * The first day of the latest month or year the document states ("desde febrero
   * de 2025"), when it states no full day: too coarse to place a year-less date,
   * but enough to pick the one year in which a named weekday falls on it.
   */
  monthBound?: CalendarDay | null;
}

/** Days after the publication date a year-less "from 4 March" / "hasta el 4 de marzo" may lie. */
const NEAR_FUTURE_DAYS = 62;

/**
 * The year in which a year-less day falls on the weekday the text names ("el lunes
 * 19 de enero"), among the years around the anchor: the usual reading when it fits,
 * else the only other one that does. Null when none or several fit.
 */
function weekdayYear(month: number, day: number, weekday: number, usual: CalendarDay | null, anchor: CalendarDay): CalendarDay | null {
  if (usual && weekdayOf(usual) === weekday) return usual;
  const fits: CalendarDay[] = [];
  for (let year = anchor.year - 1; year <= anchor.year + 1; year += 1) {
    if (isValidDay(year, month, day) && weekdayOf({ year, month, day }) === weekday) fits.push({ year, month, day });
  }
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

function unresolved(text: string, basis: DateValue['basis']): DateValue {
  return { start: null, precision: 'unknown', basis, text };
}

function withEnd(value: DateValue, end: string | null): DateValue {
  if (end !== null && value.start !== null && end > value.start) value.end = end;
  return value;
}

function resolveYearless(
  raw: Extract<RawDate, { kind: 'day' | 'month' }>,
  context: DateContext,
  future: boolean,
  opensPeriod: boolean,
): DateValue {
  const named = raw.kind === 'day' ? raw.weekday : undefined;
  // Only a named weekday can place a day from a month-level bound.
  const anchor = context.published ?? (future ? null : (context.lowerBound ?? (named === undefined ? null : (context.monthBound ?? null))));
  if (!anchor) return unresolved(raw.text, context.published ? 'relative' : 'inferred');
  const basis: DateValue['basis'] = context.published ? 'relative' : 'inferred';
  if (raw.yearOf) {
    // "febrero del año pasado": the year counts from publication; "del mismo año" was given its year before (document-dates.ts).
    if (!('offset' in raw.yearOf) || !context.published) return unresolved(raw.text, 'relative');
    const year = context.published.year + raw.yearOf.offset;
    if (raw.kind === 'month') return { start: formatMonth(year, raw.month), precision: 'month', basis: 'relative', text: raw.text };
    if (!isValidDay(year, raw.month, raw.day)) return unresolved(raw.text, 'relative');
    return { start: formatDay({ year, month: raw.month, day: raw.day }), precision: 'day', basis: 'relative', text: raw.text };
  }
  if (raw.kind === 'day') {
    let start = future
      ? earliestMonthDayNotBefore(raw.month, raw.day, addDays(anchor, 1))
      : latestMonthDayNotAfter(raw.month, raw.day, anchor);
    // "a 25% tariff from 4 March", "vigente hasta el 4 de marzo": a period's edge a few
    // weeks after publication is that coming day, not the same day almost a year ago.
    if (!future && opensPeriod && context.published) {
      const next = earliestMonthDayNotBefore(raw.month, raw.day, addDays(context.published, 1));
      if (next && compareDays(next, addDays(context.published, NEAR_FUTURE_DAYS)) <= 0) start = next;
    }
    if (named !== undefined) start = weekdayYear(raw.month, raw.day, named, start, anchor);
    else if (start && !context.published && start.year !== anchor.year) start = null;
    if (!start) return unresolved(raw.text, basis);
    const value: DateValue = { start: formatDay(start), precision: 'day', basis, text: raw.text };
    if (raw.until && raw.until.day !== null) {
      let endYear = start.year + (raw.until.month < raw.month ? 1 : 0);
      if (!isValidDay(endYear, raw.until.month, raw.until.day)) endYear = start.year;
      if (isValidDay(endYear, raw.until.month, raw.until.day)) {
        withEnd(value, formatDay({ year: endYear, month: raw.until.month, day: raw.until.day }));
      }
    }
    return value;
  }
  const year = future ? earliestMonthNotBefore(raw.month, addDays(anchor, 1)) : latestMonthNotAfter(raw.month, anchor);
  if (!context.published && year !== anchor.year) return unresolved(raw.text, basis);
  const value: DateValue = { start: formatMonth(year, raw.month), precision: 'month', basis, text: raw.text };
  if (raw.until) withEnd(value, formatMonth(year + (raw.until.month < raw.month ? 1 : 0), raw.until.month));
  return value;
}

/**
 * The Saturday and Sunday a weekend phrase names: the last one up to publication (one
 * published on a Saturday has only that day), or in a future clause the next one.
 */
function resolveWeekend(published: CalendarDay, future: boolean, text: string): DateValue {
  const w = weekdayOf(published);
  const saturday = future ? addDays(published, w === 7 ? 6 : 6 - w) : addDays(published, w >= 6 ? 6 - w : -(w + 1));
  const sunday = addDays(saturday, 1);
  const end = !future && w === 6 ? saturday : sunday;
  return withEnd({ start: formatDay(saturday), precision: 'day', basis: 'relative', text }, formatDay(end));
}

function resolveRelative(raw: Extract<RawDate, { kind: 'relative' }>, published: CalendarDay, future = false): DateValue {
  const base = { basis: 'relative' as const, text: raw.text };
  switch (raw.unit) {
    case 'weekend':
      return resolveWeekend(published, future, raw.text);
    case 'day':
      return { ...base, start: formatDay(addDays(published, raw.offset)), precision: 'day' };
    case 'week': {
      const monday = addDays(startOfWeek(published), 7 * raw.offset);
      return { ...base, start: formatDay(monday), end: formatDay(addDays(monday, 6)), precision: 'week' };
    }
    case 'month': {
      const index = published.year * 12 + (published.month - 1) + raw.offset;
      return { ...base, start: formatMonth(Math.floor(index / 12), (index % 12) + 1), precision: 'month' };
    }
    case 'year':
      return { ...base, start: formatYear(published.year + raw.offset), precision: 'year' };
  }
}

/** How far from publication a weekday with a day number ("el pasado martes 20") is looked for. */
const WEEKDAY_DAY_REACH = 190;

/**
 * "el pasado martes 20": the day number fixes the day, and the weekday only picks
 * the month: the nearest day numbered so that falls on that weekday, before the
 * publication day (on or after it in a future context). Unresolved when none fits.
 */
function resolveWeekdayDay(raw: Extract<RawDate, { kind: 'weekday' }>, day: number, published: CalendarDay, future: boolean): DateValue {
  const forward = (weekdayDirection(raw.text) ?? (future ? 'future' : 'past')) === 'future';
  for (let i = 0; i <= WEEKDAY_DAY_REACH; i += 1) {
    const d = addDays(published, forward ? i : -i);
    if (d.day === day && weekdayOf(d) === raw.weekday) return { start: formatDay(d), precision: 'day', basis: 'relative', text: raw.text };
  }
  return unresolved(raw.text, 'relative');
}

const LAST_WEEKDAY = /(?<![\p{L}])(?:last|pasado|anterior)(?![\p{L}])/iu;

function resolveWeekday(raw: Extract<RawDate, { kind: 'weekday' }>, published: CalendarDay, future: boolean): DateValue {
  if (raw.day !== undefined) return resolveWeekdayDay(raw, raw.day, published, future);
  const direction = weekdayDirection(raw.text) ?? (future ? 'future' : 'past');
  const today = weekdayOf(published);
  // Future only from the clause ("is due in court on Monday afternoon", filed on a Monday):
  // news copy names the day of filing by its weekday; a week ahead is "next Monday".
  const sameDayAhead = direction === 'future' && weekdayDirection(raw.text) === null;
  let delta =
    direction === 'past' ? -((today - raw.weekday + 7) % 7) : sameDayAhead ? (raw.weekday - today + 7) % 7 : ((raw.weekday - today + 6) % 7) + 1;
  // "last Monday" in a Tuesday story is not yesterday (that is "yesterday", "ayer") nor today: the week before.
  if (delta >= -1 && delta <= 0 && LAST_WEEKDAY.test(raw.text)) delta -= 7;
  return { start: formatDay(addDays(published, delta)), precision: 'day', basis: 'relative', text: raw.text };
}

/** The value of a date mention, or null for mentions that are rejected (impossible dates). */
export function resolveDate(raw: RawDate, context: DateContext, future: boolean, opensPeriod = false): DateValue | null {
  switch (raw.kind) {
    case 'impossible':
      return null;
    case 'ambiguous':
      return { start: formatYear(raw.year), precision: 'year', basis: 'stated', text: raw.text };
    case 'year':
      return { start: formatYear(raw.year), precision: 'year', basis: 'stated', text: raw.text };
    case 'day':
      if (raw.year === null) return resolveYearless(raw, context, future, opensPeriod);
      return withEnd(
        { start: formatDay({ year: raw.year, month: raw.month, day: raw.day }), precision: 'day', basis: 'stated', text: raw.text },
        raw.until && raw.until.day !== null && isValidDay(raw.until.year ?? raw.year, raw.until.month, raw.until.day)
          ? formatDay({ year: raw.until.year ?? raw.year, month: raw.until.month, day: raw.until.day })
          : null,
      );
    case 'month':
      if (raw.year === null) return resolveYearless(raw, context, future, false);
      return withEnd(
        { start: formatMonth(raw.year, raw.month), precision: 'month', basis: 'stated', text: raw.text },
        raw.until ? formatMonth(raw.until.year ?? raw.year, raw.until.month) : null,
      );
    case 'relative':
      return context.published ? resolveRelative(raw, context.published, future) : unresolved(raw.text, 'relative');
    case 'weekday':
      return context.published ? resolveWeekday(raw, context.published, future) : unresolved(raw.text, 'relative');
    case 'anaphor':
      // Resolved against the date before it (document-dates.ts); alone it names no day.
      return unresolved(raw.text, 'relative');
  }
}

/**
 * "Since October 1, 2024, … have arrested": a stated date after "since"/"desde"
 * opens a period that runs to the time of writing, so with a publication date the
 * value becomes a range ending there (at the start's own precision). Without one
 * it keeps only its start.
 */
export function sinceRange(value: DateValue, published: CalendarDay | null): DateValue {
  if (!published || value.start === null || value.end !== undefined) return value;
  if (value.precision === 'day') return withEnd({ ...value }, formatDay(published));
  if (value.precision === 'month') return withEnd({ ...value }, formatMonth(published.year, published.month));
  return value;
}

/**
 * The day an anaphoric mention names, from the date it refers back to: that date's
 * day plus the gap. Only a day-precision anchor can give a day.
 */
export function resolveAnaphor(raw: Extract<RawDate, { kind: 'anaphor' }>, anchor: DateValue): DateValue {
  const day = anchor.precision === 'day' && anchor.start !== null ? parseDayValue(anchor.start) : null;
  if (!day) return unresolved(raw.text, 'relative');
  const basis: DateValue['basis'] = anchor.basis === 'inferred' ? 'inferred' : 'relative';
  return { start: formatDay(addDays(day, raw.days)), precision: 'day', basis, text: raw.text };
}

function parseDayValue(text: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** The fully stated days a mention gives (its start, and its end for a range). */
export function statedDays(raw: RawDate): CalendarDay[] {
  if (raw.kind !== 'day' || raw.year === null) return [];
  const days: CalendarDay[] = [{ year: raw.year, month: raw.month, day: raw.day }];
  const u = raw.until;
  if (u && u.day !== null && isValidDay(u.year ?? raw.year, u.month, u.day)) days.push({ year: u.year ?? raw.year, month: u.month, day: u.day });
  return days;
}

export function latestDay(days: readonly CalendarDay[]): CalendarDay | null {
  let best: CalendarDay | null = null;
  for (const d of days) if (!best || compareDays(d, best) > 0) best = d;
  return best;
}
