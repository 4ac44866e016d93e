/**
 * Pure calendar-day arithmetic. Days are {year, month, day} values, never JS
 * Dates, so nothing here depends on the machine's time zone. Weekdays use the
 * ISO numbering (1 = Monday … 7 = Sunday).
 */
import type { CalendarDay } from '../model';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the components name a real day (no Feb 30, no month 13). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm). */
export function toDayNumber(d: CalendarDay): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CalendarDay {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(toDayNumber(d) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(d: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week containing d. */
export function startOfWeek(d: CalendarDay): CalendarDay {
  return addDays(d, 1 - weekday(d));
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function laterDay(a: CalendarDay | null, b: CalendarDay | null): CalendarDay | null {
  if (!a) return b;
  if (!b) return a;
  return compareDays(a, b) >= 0 ? a : b;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatDay(d: CalendarDay): string {
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function formatYear(year: number): string {
  return pad4(year);
}

/** Parses "YYYY-MM-DD" into a valid day, else null. */
export function parseDay(text: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d.year, d.month, d.day) ? d : null;
}

/**
 * The latest day with this month and day that is not after `bound` (a March 14
 * seen from 2031-03-20 is 2031-03-14; seen from 2031-03-10 it is 2030-03-14).
 * Feb 29 looks back to the last leap year.
 */
export function latestMonthDayNotAfter(month: number, day: number, bound: CalendarDay): CalendarDay | null {
  for (let year = bound.year; year >= bound.year - 8; year -= 1) {
    if (!isValidDay(year, month, day)) continue;
    const candidate = { year, month, day };
    if (compareDays(candidate, bound) <= 0) return candidate;
  }
  return null;
}

/** The earliest day with this month and day that is not before `bound`. */
export function earliestMonthDayNotBefore(month: number, day: number, bound: CalendarDay): CalendarDay | null {
  for (let year = bound.year; year <= bound.year + 8; year += 1) {
    if (!isValidDay(year, month, day)) continue;
    const candidate = { year, month, day };
    if (compareDays(candidate, bound) >= 0) return candidate;
  }
  return null;
}

/** The year of the latest `month` that has started by `bound`. */
export function latestMonthNotAfter(month: number, bound: CalendarDay): number {
  return month <= bound.month ? bound.year : bound.year - 1;
}

/** The year of the earliest `month` that has not ended before `bound`. */
export function earliestMonthNotBefore(month: number, bound: CalendarDay): number {
  return month >= bound.month ? bound.year : bound.year + 1;
}
