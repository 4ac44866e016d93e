/**
 * The chart's windows as pure functions of the data, for the chart and for what
 * describes it elsewhere (the exported image's and the print handout's date
 * label): the whole span, the span of what is drawn ("Fit all"), and the window
 * the chart opens on (focus-view.ts).
 */
import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';
import { DAY_MS, periodOf, type Period } from './calendar-date';
import { focusView, type Placed } from './focus-view';
import { chartItems, type ChartItems } from './items';
import { clampView, fullExtent, type View } from './time-scale';

/** Periods of every item placed on the axis (not those placed only at their report date). */
export function datedPeriods(timeline: Timeline): Period[] {
  const periods: Period[] = [];
  for (const e of timeline.events) {
    const p = e.date.basis === 'reported' ? null : periodOf(e.date);
    if (p) periods.push(p);
  }
  for (const q of timeline.quotes) {
    const p = q.date.basis === 'reported' ? null : periodOf(q.date);
    if (p) periods.push(p);
  }
  return periods;
}

/** "Fit all": the extent of every drawn item, without a period object per quote. */
export function fitView(items: ChartItems, full: View, today: number): View {
  if (items.events.length + items.quotes.length === 0) return full;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of items.events) {
    if (e.startMs < lo) lo = e.startMs;
    if (e.endMs > hi) hi = e.endMs;
  }
  for (const q of items.quotes) {
    if (q.ms < lo) lo = q.ms;
    if (q.ms + DAY_MS > hi) hi = q.ms + DAY_MS;
  }
  return clampView(fullExtent([{ startMs: lo, endMs: hi }], today), full);
}

/** The window to open on: the items with a known day, when they are most of what is drawn. */
export function openingFocus(items: ChartItems, fit: View, full: View, today: number): View {
  const placed: Placed[] = items.events.map((e) => ({ startMs: e.startMs, endMs: e.endMs, precise: e.kind !== 'band' }));
  const preciseEvent = new Map(items.events.map((e) => [e.id, e.kind !== 'band']));
  for (const q of items.quotes) {
    const own = q.quote.date.basis === 'reported' ? null : periodOf(q.quote.date);
    if (own) placed.push({ ...own, precise: q.quote.date.precision === 'day' });
    // A quote dated by its article stands on the publication day, a known day.
    else placed.push({ startMs: q.ms, endMs: q.ms + DAY_MS, precise: q.asReported || (q.eventId !== null && preciseEvent.get(q.eventId) === true) });
  }
  return focusView(placed, fit, full, today);
}

/** The window the chart opens on for these (filtered) items; null when none is on the axis. */
export function openingView(timeline: Timeline, events: readonly TimelineEvent[], quotes: readonly Quote[], today: number): View | null {
  const items = chartItems(events, quotes, new Map(timeline.documents.map((d) => [d.id as string, d])));
  if (items.events.length + items.quotes.length === 0) return null;
  const full = fullExtent(datedPeriods(timeline), today);
  return openingFocus(items, fitView(items, full, today), full, today);
}
