/**
 * The marks of the anchored window: events laid out in the band's rows and quotes
 * stacked on their lanes. A view too dense for marks (the density canvas draws it)
 * still draws the selected item, so the keyboard's place shows.
 */
import { useMemo } from 'react';
import type { Dimensions } from './dimensions';
import { layoutEvents, type EventLayout } from './event-layout';
import { layoutQuotes, type QuoteMark } from './quote-layout';
import type { MeasureText } from './text-width';
import { MARGIN } from './use-anchor';
import type { ChartData } from './use-chart-data';

const NO_EVENTS: EventLayout = { marks: [], clusters: [], inView: 0 };

interface MarkOptions {
  width: number;
  a0: number;
  span: number;
  ax: (ms: number) => number;
  bandRows: number;
  d: Dimensions;
  measure: MeasureText | null;
  bold: (id: string) => boolean;
  selectedId: string | null;
  denseEvents: boolean;
  denseQuotes: boolean;
}

export function useMarks(data: ChartData, o: MarkOptions): { events: EventLayout; quoteMarks: QuoteMark[] } {
  const { width, a0, span, ax, bandRows, d, measure, bold, selectedId, denseEvents, denseQuotes } = o;
  const selectedEvent = useMemo(() => (selectedId === null ? undefined : data.items.events.find((e) => e.id === selectedId)), [selectedId, data.items.events]);
  const selectedQuote = useMemo(() => (selectedId === null ? undefined : data.items.quotes.find((q) => q.id === selectedId)), [selectedId, data.items.quotes]);
  const events = useMemo(() => {
    if (width <= 0) return NO_EVENTS;
    if (denseEvents && !selectedEvent) return NO_EVENTS;
    return layoutEvents(denseEvents && selectedEvent ? [selectedEvent] : data.items.events, ax, {
      left: -width * MARGIN,
      width: width * (1 + MARGIN),
      visible: [0, width],
      rows: denseEvents ? 1 : bandRows,
      radius: d.radius,
      gap: 4,
      font: d.font,
      labelChars: d.labelChars,
      measure,
      bold,
      ...(denseEvents ? {} : { selectedId }),
    });
  }, [denseEvents, selectedEvent, data.items.events, ax, width, bandRows, d.radius, d.font, d.labelChars, measure, bold, selectedId]);
  const quoteMarks = useMemo(() => {
    if (width <= 0) return [];
    const window: [number, number] = [a0 - span * MARGIN, a0 + span * (1 + MARGIN)];
    if (!denseQuotes) return layoutQuotes(data.byLane, data.lanes, window, ax, d.radius * 2 + 3);
    return selectedQuote ? layoutQuotes(new Map([[selectedQuote.laneId, [selectedQuote]]]), data.lanes, window, ax, 1) : [];
  }, [denseQuotes, selectedQuote, width, data.byLane, data.lanes, a0, span, ax, d.radius]);
  return { events, quoteMarks };
}
