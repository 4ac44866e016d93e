/**
 * Accessible names of the drawn marks. They do not depend on the window, so each
 * is built once per data and locale, not on every frame of a pan.
 */
import { useCallback, useMemo } from 'react';
import { eventName, quoteName } from './accessible-names';
import type { ChartStrings } from './chart-text';
import type { EventLayout } from './event-layout';
import { longDay, type ChartLocale } from './format-date';
import type { QuoteMark } from './quote-layout';
import type { ChartData } from './use-chart-data';

export function useMarkNames(data: ChartData, events: EventLayout, s: ChartStrings, locale: ChartLocale) {
  const names = useMemo(() => new Map<string, string>(), [data.items, s, locale]); // eslint-disable-line react-hooks/exhaustive-deps
  const cached = useCallback(
    (key: string, build: () => string) => {
      let n = names.get(key);
      if (n === undefined) {
        n = build();
        names.set(key, n);
      }
      return n;
    },
    [names],
  );
  const eventNames = useMemo(() => {
    const out = new Map<string, string>();
    for (const m of events.marks) out.set(m.item.id, cached(m.item.id, () => eventName(m.item, s, locale)));
    return out;
  }, [events, cached, s, locale]);
  const { quoteById, actors } = data;
  const speakerName = useCallback((laneId: string) => (laneId === '' ? s.unattributed : (actors.get(laneId)?.name ?? laneId)), [actors, s]);
  const quoteMarkName = useCallback(
    (m: QuoteMark) => {
      const first = quoteById(m.ids[0] ?? '');
      if (!first) return '';
      if (m.ids.length === 1) return cached(first.id, () => quoteName(first, speakerName(m.laneId), s, locale));
      return cached(`${m.ids.length}\u0000${first.id}`, () => `${s.quotes(m.ids.length)}, ${speakerName(m.laneId)}, ${longDay(first.ms, locale)}`);
    },
    [quoteById, speakerName, s, locale, cached],
  );
  return { eventNames, quoteMarkName };
}
