/**
 * Turns filtered events and quotes into chart items: each with its period in UTC
 * ms, sorted by time (then id, so ties never reorder between renders). Events
 * without a usable date, and events placed only at the date they were reported,
 * go to the undated tray instead of pretending to a date on the axis. A quote
 * with no date of its own and no dated event is drawn on its speaker's lane at
 * the day its article was published, marked as placed there: "who said what"
 * needs the words on the lanes, and the article's day is the latest they can
 * have been said.
 */
import type { Actor, Quote, TimelineDocument, TimelineEvent } from '../../schema/timeline';
import { DAY_MS, isoDayToMs, parseCalendar, periodOf } from './calendar-date';

export type MarkKind = 'point' | 'bar' | 'band';

export interface EventItem {
  id: string;
  event: TimelineEvent;
  startMs: number;
  endMs: number;
  kind: MarkKind;
}

export interface QuoteItem {
  id: string;
  quote: Quote;
  /** Actor id of the speaker, or "" for unattributed quotes. */
  laneId: string;
  ms: number;
  /** Event the quote belongs to, when that event is drawn too. */
  eventId: string | null;
  /** Placed at the day its article was published, for want of a date of its own. */
  asReported: boolean;
}

export interface UndatedItem {
  id: string;
  event: TimelineEvent;
  /** "YYYY-MM-DD" the event was reported on, when known. */
  reported: string | null;
}

export interface ChartItems {
  events: EventItem[];
  quotes: QuoteItem[];
  undated: UndatedItem[];
  /** Quotes with no date of their own, no dated event and no publication day. */
  undatedQuotes: number;
}

export const UNATTRIBUTED = '';

function kindOf(e: TimelineEvent, startMs: number, endMs: number): MarkKind {
  if (e.date.precision === 'day' || (e.date.precision === 'unknown' && parseCalendar(e.date.start ?? '')?.day != null)) {
    return endMs - startMs > DAY_MS ? 'bar' : 'point';
  }
  return 'band';
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byStart = (a: EventItem, b: EventItem) => a.startMs - b.startMs || byId(a, b);
const byMs = (a: QuoteItem, b: QuoteItem) => a.ms - b.ms || byId(a, b);

/** Sorts in place, skipping the sort when the input is already in order (compiled files usually are). */
function sortBy<T>(list: T[], cmp: (a: T, b: T) => number): void {
  for (let i = 1; i < list.length; i++) {
    if (cmp(list[i - 1] as T, list[i] as T) > 0) {
      list.sort(cmp);
      return;
    }
  }
}

export function chartItems(
  events: readonly TimelineEvent[],
  quotes: readonly Quote[],
  documents: ReadonlyMap<string, TimelineDocument>,
): ChartItems {
  const dated: EventItem[] = [];
  const undated: UndatedItem[] = [];
  for (const event of events) {
    const period = event.date.basis === 'reported' ? null : periodOf(event.date);
    if (!period) {
      let reported: string | null = null;
      if (event.date.basis === 'reported' && event.date.start !== null) reported = event.date.start;
      for (const s of event.sources) {
        const published = documents.get(s.document)?.published ?? null;
        if (reported === null && published !== null) reported = published;
      }
      undated.push({ id: event.id, event, reported });
      continue;
    }
    dated.push({ id: event.id, event, startMs: period.startMs, endMs: period.endMs, kind: kindOf(event, period.startMs, period.endMs) });
  }
  sortBy(dated, byStart);
  // ISO days and ids compare by code unit: no collator (its first use loads ICU data, ~15 ms).
  const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  undated.sort((a, b) => byCode(a.reported ?? '\uffff', b.reported ?? '\uffff') || byCode(a.id, b.id));

  const eventStart = new Map(dated.map((e) => [e.id, e.startMs]));
  const items: QuoteItem[] = [];
  let undatedQuotes = 0;
  for (const quote of quotes) {
    const reportedOnly = quote.date.basis === 'reported';
    const own = reportedOnly ? null : periodOf(quote.date);
    const linked = quote.event === null ? undefined : eventStart.get(quote.event);
    const reportedDay = reportedOnly && quote.date.start !== null ? isoDayToMs(quote.date.start) : null;
    const ms = own?.startMs ?? linked ?? reportedDay ?? undefined;
    if (ms === undefined) {
      undatedQuotes++;
      continue;
    }
    const eventId = linked === undefined ? null : quote.event;
    items.push({ id: quote.id, quote, laneId: quote.speaker ?? UNATTRIBUTED, ms, eventId, asReported: own === null && linked === undefined });
  }
  sortBy(items, byMs);
  return { events: dated, quotes: items, undated, undatedQuotes };
}

/** Index of the first item whose key is ≥ ms, in an array sorted by that key. */
export function lowerBound<T>(items: readonly T[], ms: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid] as T) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function actorIndex(actors: readonly Actor[]): Map<string, Actor> {
  return new Map(actors.map((a) => [a.id, a]));
}

