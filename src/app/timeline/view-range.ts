/**
 * Between the chart's window in UTC ms and the store's date range. The store keeps
 * whole calendar days (URL-worthy); the chart keeps the exact window so gestures
 * stay smooth. A range round-trips to the window it came from.
 */
import { DAY_MS, isoDayToMs, msToIsoDay } from './calendar-date';
import type { View } from './time-scale';
import type { DateRange } from './timeline-props';

export function rangeToView(range: DateRange): View | null {
  const a = isoDayToMs(range.start);
  const b = isoDayToMs(range.end);
  if (a === null || b === null || b < a) return null;
  return [a, b + DAY_MS];
}

export function viewToRange(view: View): DateRange {
  const start = Math.round(view[0] / DAY_MS) * DAY_MS;
  const end = Math.max(start + DAY_MS, Math.round(view[1] / DAY_MS) * DAY_MS);
  return { start: msToIsoDay(start), end: msToIsoDay(end - DAY_MS) };
}

export function sameRange(a: DateRange | null, b: DateRange | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}
