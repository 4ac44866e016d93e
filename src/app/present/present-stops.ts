/**
 * The stops of a presentation: the editor's story (curation order) when there is
 * one, otherwise every dated relevant event in date order. Also the chart window
 * to glide to at each stop. Pure: calendar strings in, calendar strings out; day
 * arithmetic goes through Date.UTC so no time zone can shift a day.
 */
import type { TimelineEvent } from '../../schema/timeline';
import type { DateRange } from '../timeline/timeline-props';

export function presentStops(events: readonly TimelineEvent[], story: readonly string[]): TimelineEvent[] {
  if (story.length > 0) {
    const byId = new Map(events.map((e) => [e.id as string, e]));
    const stops: TimelineEvent[] = [];
    const seen = new Set<string>();
    for (const id of story) {
      const event = byId.get(id);
      if (event && !seen.has(id)) {
        stops.push(event);
        seen.add(id);
      }
    }
    if (stops.length > 0) return stops;
  }
  return events
    .filter((e) => e.relevant && e.date.start !== null)
    .slice()
    .sort((a, b) => compareStart(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function compareStart(a: TimelineEvent, b: TimelineEvent): number {
  const x = firstDay(a.date.start ?? '');
  const y = firstDay(b.date.start ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** "2026" → "2026-01-01", "2026-03" → "2026-03-01". */
export function firstDay(calendar: string): string {
  if (calendar.length === 4) return `${calendar}-01-01`;
  if (calendar.length === 7) return `${calendar}-01`;
  return calendar;
}

/** "2026" → "2026-12-31", "2026-02" → "2026-02-28". */
export function lastDay(calendar: string): string {
  if (calendar.length === 4) return `${calendar}-12-31`;
  if (calendar.length === 7) {
    const [y, m] = calendar.split('-').map(Number) as [number, number];
    return toCalendar(Date.UTC(y, m, 0));
  }
  return calendar;
}

const DAY = 86_400_000;

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function toCalendar(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The window shown at a stop: the event's own period with `padDays` on each side
 * (at least a fortnight wide, so a single day is not a sliver). Null for an
 * undated stop: the chart then fits all the data.
 */
export function stopRange(event: TimelineEvent, padDays = 10): DateRange | null {
  const { start, end } = event.date;
  if (start === null) return null;
  const from = toUtc(firstDay(start));
  const to = toUtc(lastDay(end ?? start));
  return { start: toCalendar(from - padDays * DAY), end: toCalendar(to + padDays * DAY) };
}
