/**
 * The year of a year-less date that a paragraph gives a few weeks after a date it
 * has just stated with its year:
 *
 *   Tariffs were announced on May 1, 2031. After a May 3 call, they were paused.
 *
 * A narrative moves forward from the date it has just given, so "May 3" is the first
 * such day on or after May 1, 2031, not the May 3 nearest the time of writing
 * (HeidelTime's "narrative" reading, next to its "news" one). Only a short step
 * forward is read so: a year-less date before the stated one, or long after it, is
 * more likely told from the time of writing and keeps the usual reading. A weekday
 * named with the day ("el lunes 3 de mayo") picks its own year and is left alone.
 */
import type { CalendarDay } from '../model';
import { addDays, compareDays, earliestMonthDayNotBefore } from './calendar';
import type { RawDate } from './raw-date';

/** How far after the stated date a year-less one may lie and still be read from it. */
const NARRATIVE_DAYS = 62;

export interface NarrativeMention {
  raw: RawDate;
  block: number;
  future: boolean;
}

/** The first day of what a mention states with its year (a day, or a month's first day), else null. */
function statedStart(raw: RawDate): CalendarDay | null {
  if (raw.kind === 'day' && raw.year !== null) return { year: raw.year, month: raw.month, day: raw.day };
  if (raw.kind === 'month' && raw.year !== null) return { year: raw.year, month: raw.month, day: 1 };
  return null;
}

/** Mention start → the year the paragraph's last stated date gives it. Mentions are in text order. */
export function narrativeYears(mentions: readonly NarrativeMention[]): Map<number, number> {
  const years = new Map<number, number>();
  let last: { block: number; day: CalendarDay } | null = null;
  for (const m of mentions) {
    const raw = m.raw;
    const stated = m.future ? null : statedStart(raw);
    if (stated) {
      last = { block: m.block, day: stated };
      continue;
    }
    if (!last || last.block !== m.block || m.future) continue;
    if ((raw.kind !== 'day' && raw.kind !== 'month') || raw.year !== null || raw.yearOf) continue;
    if (raw.kind === 'day' && raw.weekday !== undefined) continue;
    // A month is read from the start of the stated date's month ("May 20, 2031 … in May").
    const from = raw.kind === 'day' ? last.day : { ...last.day, day: 1 };
    const day = earliestMonthDayNotBefore(raw.month, raw.kind === 'day' ? raw.day : 1, from);
    if (day && compareDays(day, addDays(from, NARRATIVE_DAYS)) <= 0) years.set(raw.start, day.year);
  }
  return years;
}
