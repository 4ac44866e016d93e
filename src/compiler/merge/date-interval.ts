/**
 * Dates as closed day intervals, for deciding whether two reports can be about
 * the same happening: a day fits inside its week, month or year.
 */
import type { DateValue, Precision } from '../../schema/timeline';
import { daysInMonth, toDayNumber } from '../dates/calendar';

export type Interval = [number, number];

function bounds(text: string): Interval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const d = toDayNumber({ year, month: Number(m[2]), day: Number(m[3]) });
    return [d, d];
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return [toDayNumber({ year, month, day: 1 }), toDayNumber({ year, month, day: daysInMonth(year, month) })];
  }
  return [toDayNumber({ year, month: 1, day: 1 }), toDayNumber({ year, month: 12, day: 31 })];
}

const intervals = new WeakMap<DateValue, Interval | null>();

/** The days a date covers, or null when it is unknown. */
export function dateInterval(date: DateValue): Interval | null {
  const known = intervals.get(date);
  if (known !== undefined) return known;
  const interval = computeInterval(date);
  intervals.set(date, interval);
  return interval;
}

function computeInterval(date: DateValue): Interval | null {
  if (date.start === null || date.precision === 'unknown') return null;
  const start = bounds(date.start);
  if (!start) return null;
  const end = date.end ? bounds(date.end) : null;
  return [start[0], end ? end[1] : start[1]];
}

export function contains(outer: Interval, inner: Interval): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/** True when the text itself dates the event (not a fallback to the publication date). */
export function hasOwnDate(date: DateValue): boolean {
  return date.basis !== 'reported' && dateInterval(date) !== null;
}

const RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };

/** Smaller is more precise; fallback dates rank after every own date. */
export function precisionRank(date: DateValue): number {
  return hasOwnDate(date) ? RANK[date.precision] : 5;
}
