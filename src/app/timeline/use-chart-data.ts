/**
 * Everything the chart derives from its data props, independent of the window:
 * items with UTC periods, lanes, the full and fitted extents, sorted time arrays
 * for the dense and overview layers, and search hits. Recomputed only when the
 * data, lane state or search change, never per zoom frame.
 */
import { useMemo } from 'react';
import { DAY_MS, todayMs } from './calendar-date';
import type { ChartStrings } from './chart-text';
import { matches } from './accessible-names';
import { actorIndex, chartItems } from './items';
import { buildLanes } from './lane-layout';
import { groupByLane } from './quote-layout';
import { fullExtent, type View } from './time-scale';
import { datedPeriods, fitView, openingFocus } from './opening-view';
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
    const periods = datedPeriods(timeline);
    let last = -Infinity;
    for (const t of periods) if (t.endMs - DAY_MS > last) last = t.endMs - DAY_MS;
    return {
      full: fullExtent(periods, today),
      allMs: sortedTimes(periods.map((p) => p.startMs)),
      latest: Number.isFinite(last) ? last : null,
    };
  }, [timeline, today]);

  const fit = useMemo<View>(() => fitView(items, full, today), [items, full, today]);
  const focus = useMemo<View>(() => openingFocus(items, fit, full, today), [items, fit, full, today]);

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
