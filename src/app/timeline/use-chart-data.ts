/**
 * Everything the chart derives from its data props, independent of the window:
 * items with UTC periods, lanes, the full and fitted extents, sorted time arrays
 * for the dense and overview layers, and search hits. Recomputed only when the
 * data, lane state or search change, never per zoom frame.
 */
import { useMemo } from 'react';
import { DAY_MS, periodOf, todayMs, type Period } from './calendar-date';
import type { ChartStrings } from './chart-text';
import { matches } from './accessible-names';
import { actorIndex, chartItems } from './items';
import { buildLanes } from './lane-layout';
import { groupByLane } from './quote-layout';
import { clampView, fullExtent, type View } from './time-scale';
import { focusView, type Placed } from './focus-view';
import { lazyLookup } from './lazy-lookup';
import type { TimelineProps } from './timeline-props';
import type { EventType } from '../../schema/timeline';

function sortedTimes(list: readonly number[]): Float64Array {
  const a = Float64Array.from(list);
  a.sort();
  return a;
}

export function useChartData(p: TimelineProps, s: ChartStrings) {
  const { timeline, events, quotes, collapsedLanes, laneOrder, highlight } = p;
  const documents = useMemo(() => new Map(timeline.documents.map((d) => [d.id as string, d])), [timeline.documents]);
  const actors = useMemo(() => actorIndex(timeline.actors), [timeline.actors]);
  const today = useMemo(() => todayMs(new Date()), []);

  const items = useMemo(() => chartItems(events, quotes, documents), [events, quotes, documents]);

  // The whole span comes from all the data, not the filtered part, so filtering never rescales the axis.
  const { full, allMs, latest } = useMemo(() => {
    const periods: Period[] = [];
    for (const e of timeline.events) {
      const p = e.date.basis === 'reported' ? null : periodOf(e.date);
      if (p) periods.push(p);
    }
    for (const q of timeline.quotes) {
      const p = q.date.basis === 'reported' ? null : periodOf(q.date);
      if (p) periods.push(p);
    }
    let last = -Infinity;
    for (const t of periods) if (t.endMs - DAY_MS > last) last = t.endMs - DAY_MS;
    return {
      full: fullExtent(periods, today),
      allMs: sortedTimes(periods.map((p) => p.startMs)),
      latest: Number.isFinite(last) ? last : null,
    };
  }, [timeline.events, timeline.quotes, today]);

  const fit = useMemo<View>(() => {
    if (items.events.length + items.quotes.length === 0) return full;
    // The extent of every drawn item, without a period object per quote.
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
  }, [items, full, today]);

  // The window to open on: the items with a known day, when they are most of what is drawn.
  const focus = useMemo<View>(() => {
    const placed: Placed[] = items.events.map((e) => ({ startMs: e.startMs, endMs: e.endMs, precise: e.kind !== 'band' }));
    const preciseEvent = new Map(items.events.map((e) => [e.id, e.kind !== 'band']));
    for (const q of items.quotes) {
      const own = q.quote.date.basis === 'reported' ? null : periodOf(q.quote.date);
      if (own) placed.push({ ...own, precise: q.quote.date.precision === 'day' });
      else placed.push({ startMs: q.ms, endMs: q.ms + DAY_MS, precise: q.eventId !== null && preciseEvent.get(q.eventId) === true });
    }
    return focusView(placed, fit, full, today);
  }, [items, fit, full, today]);

  const lanes = useMemo(
    () =>
      buildLanes(
        items.quotes.map((q) => q.laneId),
        actors,
        collapsedLanes,
        laneOrder,
        s.unattributed,
      ),
    [items.quotes, actors, collapsedLanes, laneOrder, s.unattributed],
  );
  const byLane = useMemo(() => groupByLane(items.quotes), [items.quotes]);
  const laneMs = useMemo(() => new Map([...byLane].map(([id, list]) => [id, Float64Array.from(list, (q) => q.ms)])), [byLane]);
  const eventMs = useMemo(() => Float64Array.from(items.events, (e) => e.startMs), [items.events]);
  const quoteMs = useMemo(() => Float64Array.from(items.quotes, (q) => q.ms), [items.quotes]);
  const types = useMemo(() => new Set<EventType>(timeline.events.map((e) => e.type)), [timeline.events]);

  const hits = useMemo(() => {
    const out = new Set<string>();
    if (highlight.trim() === '') return out;
    for (const e of items.events) if (matches(e.event.title, highlight)) out.add(e.id);
    for (const q of items.quotes) {
      const speaker = q.quote.speaker === null ? '' : (actors.get(q.quote.speaker)?.name ?? '');
      if (matches(q.quote.text, highlight) || matches(speaker, highlight)) out.add(q.id);
    }
    return out;
  }, [items, highlight, actors]);

  /** Time of any drawn item, to bring the selection into view. */
  const timeOf = useMemo(
    () =>
      lazyLookup(() => {
        const m = new Map<string, number>();
        for (const e of items.events) m.set(e.id, e.startMs);
        for (const q of items.quotes) m.set(q.id, q.ms);
        return m;
      }),
    [items],
  );
  const quoteById = useMemo(() => lazyLookup(() => new Map(items.quotes.map((q) => [q.id, q]))), [items.quotes]);

  return { actors, items, full, fit, focus, allMs, latest, today, lanes, byLane, laneMs, eventMs, quoteMs, types, hits, timeOf, quoteById };
}

export type ChartData = ReturnType<typeof useChartData>;
