/**
 * What the date finders record: only what the words state (which of year, month
 * and day are written, a weekday, a relative phrase, a range), plus the
 * overlap-free list they add to. Found mentions are kept sorted by start, so an
 * overlap check is a binary search and a document with thousands of dates stays
 * linear.
 */
import type { RelativeUnit } from './lexicon';

export interface PartialDay {
  year: number | null;
  month: number;
  day: number | null;
}

export type RawDateKind =
  /** `weekday` (ISO, 1 = Monday) when the words name it too: "el lunes 19 de enero". */
  | { kind: 'day'; year: number | null; month: number; day: number; until?: PartialDay; weekday?: number; yearOf?: YearOf }
  | { kind: 'month'; year: number | null; month: number; until?: PartialDay; yearOf?: YearOf }
  | { kind: 'year'; year: number }
  | { kind: 'relative'; unit: RelativeUnit; offset: number }
  /** `day`: the day of the month named with it ("el pasado martes 20"), which the weekday only confirms. */
  | { kind: 'weekday'; weekday: number; day?: number }
  /**
   * A day named by another date nearby: "the same day" (days 0, within its
   * paragraph), "the next day" (`story`: days 1 from the last date told before it), or "The call came a day after Roe told…" (days -1 from the date
   * the subject, "call", was last given), or "dijo entonces" / "said at the time" (`speech`:
   * the last day stated before it, outside the quotation it follows), or "before the
   * vote" (`occasion`: the day of the story's lede, see occasions.ts), or "on March 9, six
   * days after Roe said…" (`measured`: counted from the day stated just before it in its sentence). Resolved in
   * document-dates.ts, never alone.
   */
  | { kind: 'anaphor'; days: number; scope: 'paragraph' | 'story' | 'preceding' | 'speech' | 'occasion' | 'measured'; subject?: string }
  | { kind: 'impossible'; why: string }
  | { kind: 'ambiguous'; year: number; why: string };

/**
 * Where a year-less date's year comes from when the words say it: "febrero del año
 * pasado" (`offset` years from the publication year) or "el 12 de agosto del mismo
 * año" (`same`: the year of the date mentioned before it).
 */
export type YearOf = { offset: number } | { same: true };

export type RawDate = RawDateKind & { start: number; end: number; text: string };

function firstEndingAfter(found: readonly RawDate[], start: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((found[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function overlaps(found: readonly RawDate[], start: number, end: number): boolean {
  // Spans in `found` never overlap each other, so sorted by start they are sorted by end too.
  const next = found[firstEndingAfter(found, start)];
  return next !== undefined && next.start < end;
}

export function add(found: RawDate[], item: RawDate): void {
  const at = firstEndingAfter(found, item.start);
  const next = found[at];
  if (next !== undefined && next.start < item.end) return;
  found.splice(at, 0, item);
}
