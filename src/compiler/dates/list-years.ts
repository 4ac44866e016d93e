/**
 * The year of a year-less date that opens an entry of a dated list:
 *
 *   Feb. 1, 2025 — Tariffs are ordered.
 *   Feb. 3 — After a call, the tariffs are paused.
 *   Jan. 3, 2026 — …
 *
 * A chronology runs forward, so "Feb. 3" falls in the year of the entry before it
 * (the first such day not before that entry), not in the publication year. The
 * reading is only taken when it does not put the day after the story's anchor
 * (its publication date, else the document's lower bound): a list told newest
 * first, or one whose order is unclear, keeps the usual reading.
 */
import type { CalendarDay } from '../model';
import { compareDays, earliestMonthDayNotBefore, earliestMonthNotBefore } from './calendar';
import type { RawDate } from './raw-date';

/** Bullets, bold marks or a heading mark before an entry's date, from its line start. */
const ENTRY_LEAD = /^[\s*•·#>\-–—]*$/u;
/** A dash or colon after the entry's date (past a closing bold mark). */
const ENTRY_DASH = /^\*{0,2}\s*(?:[—–:]|\s-)\s/u;
/** Blocks an entry may lie after the one before it and still be of its list (an aside paragraph). */
const MAX_BLOCK_GAP = 2;

export interface ListMention {
  raw: RawDate;
  block: number;
  /** The story's anchor: publication date, else lower bound; null when it has none. */
  anchor: CalendarDay | null;
}

/** Characters looked back for the line start: an entry's lead is a few bullet marks at most. */
const LEAD_REACH = 12;

function opensEntry(text: string, raw: RawDate): boolean {
  const from = Math.max(0, raw.start - LEAD_REACH);
  const window = text.slice(from, raw.start);
  const lineStart = window.lastIndexOf('\n');
  if (lineStart === -1 && from > 0) return false;
  return ENTRY_LEAD.test(window.slice(lineStart + 1)) && ENTRY_DASH.test(text.slice(raw.end, raw.end + 6));
}

/** The first day (or month's first day) of a list entry's date, once its year is known. */
function firstDay(raw: RawDate, year: number): CalendarDay | null {
  if (raw.kind === 'day') return { year, month: raw.month, day: raw.day };
  if (raw.kind === 'month') return { year, month: raw.month, day: 1 };
  return null;
}

/** Year-less list-entry dates (by start offset) and the year the entry before them gives. */
export function listEntryYears(text: string, mentions: readonly ListMention[]): Map<number, number> {
  const years = new Map<number, number>();
  let last: { day: CalendarDay; block: number } | null = null;
  for (const { raw, block, anchor } of mentions) {
    if ((raw.kind !== 'day' && raw.kind !== 'month') || !opensEntry(text, raw)) continue;
    if (last && block - last.block > MAX_BLOCK_GAP) last = null;
    if (raw.year !== null) {
      const day = firstDay(raw, raw.year);
      last = day ? { day, block } : null;
      continue;
    }
    if (!last || raw.yearOf) continue;
    const after = last.day;
    const year =
      raw.kind === 'day' ? (earliestMonthDayNotBefore(raw.month, raw.day, after)?.year ?? null) : earliestMonthNotBefore(raw.month, after);
    const day = year === null ? null : firstDay(raw, year);
    if (!day || !anchor || compareDays(day, anchor) > 0) {
      last = null;
      continue;
    }
    years.set(raw.start, day.year);
    last = { day, block };
  }
  return years;
}
