/**
 * Keyboard zoom, done on the store's date range so the chart only has to follow
 * its `range` prop. Days are counted in UTC to stay clear of time zones.
 */
import type { DateRange } from '../timeline/timeline-props';
import { dateBounds, type Visible } from '../store/select-visible';

const DAY_MS = 86_400_000;

function toDay(s: string): number {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

function fromDay(n: number): string {
  return new Date(Math.round(n) * DAY_MS).toISOString().slice(0, 10);
}

export function dataExtent(v: Visible): DateRange | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const item of [...v.events, ...v.quotes]) {
    const b = dateBounds(item.date);
    if (!b) continue;
    if (start === null || b[0] < start) start = b[0];
    if (end === null || b[1] > end) end = b[1];
  }
  return start !== null && end !== null ? { start, end } : null;
}

/** Halves (factor 0.5) or doubles (2) the window around its centre; never narrower than a day. */
export function zoomRange(current: DateRange, factor: number): DateRange {
  const a = toDay(current.start);
  const b = toDay(current.end);
  const centre = (a + b) / 2;
  const half = Math.max(1, ((b - a) / 2) * factor);
  return { start: fromDay(Math.floor(centre - half)), end: fromDay(Math.ceil(centre + half)) };
}
