import { formatDay } from '../dates/calendar';
import { writtenDay } from '../dates/written-day';

/**
 * Publication dates given as metadata (front matter, data/sources, HTML meta
 * tags). Accepts "YYYY-MM-DD" or an ISO timestamp whose date part is taken as
 * written: the publisher's calendar day, never shifted through a time zone; or
 * one day written out in words ("Thursday, March 5, 2026 6:58 AM ET", see
 * ../dates/written-day.ts).
 * Impossible days (February 30, month 13) are refused, not rolled over.
 */
export function isValidCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return Number.isInteger(day) && day >= 1 && day <= days;
}

/** "YYYY-MM-DD" for a valid stated day, else null. */
export function parseMetaDate(value: string): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!match) {
    const written = writtenDay(value);
    return written ? formatDay(written) : null;
  }
  const [, y, m, d] = match;
  if (!isValidCalendarDay(Number(y), Number(m), Number(d))) return null;
  return `${y}-${m}-${d}`;
}
