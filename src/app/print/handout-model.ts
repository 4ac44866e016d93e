/**
 * The printed handout as data: events in time order, each with its quotes and the
 * numbers of its sources; quotes tied to no shown event stand as their own
 * entries; undated entries come last. Sources are numbered in order of first
 * citation.
 */
import type { Quote, Timeline, TimelineDocument, TimelineEvent } from '../../schema/timeline';
import { dateBounds } from '../store/select-visible';

export type HandoutEntry =
  | { kind: 'event'; event: TimelineEvent; quotes: { quote: Quote; source: number }[]; sources: number[] }
  | { kind: 'quote'; quote: Quote; sources: number[] };

export interface Handout {
  entries: HandoutEntry[];
  sources: { n: number; document: TimelineDocument }[];
}

function sortKey(item: TimelineEvent | Quote): string {
  return dateBounds(item.date)?.[0] ?? '9999-99-99';
}

export function handoutModel(timeline: Timeline, events: readonly TimelineEvent[], quotes: readonly Quote[]): Handout {
  const docs = new Map(timeline.documents.map((d) => [d.id as string, d]));
  const numbers = new Map<string, number>();
  const sources: Handout['sources'] = [];
  const number = (id: string): number => {
    let n = numbers.get(id);
    if (n === undefined) {
      n = sources.length + 1;
      const document = docs.get(id);
      if (!document) return 0;
      numbers.set(id, n);
      sources.push({ n, document });
    }
    return n;
  };

  const shown = new Set<string>(events.map((e) => e.id));
  const byEvent = new Map<string, Quote[]>();
  const loose: Quote[] = [];
  for (const q of quotes) {
    if (q.event !== null && shown.has(q.event)) {
      const list = byEvent.get(q.event) ?? [];
      list.push(q);
      byEvent.set(q.event, list);
    } else loose.push(q);
  }

  const items: (TimelineEvent | Quote)[] = [...events, ...loose];
  const ordered = items
    .map((item, i) => ({ item, i, key: sortKey(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));

  const entries: HandoutEntry[] = ordered.map(({ item }) => {
    if ('sources' in item) {
      const eventSources = [...new Set(item.sources.map((s) => number(s.document)))].filter((n) => n > 0);
      const eventQuotes = (byEvent.get(item.id) ?? []).map((quote) => ({ quote, source: number(quote.source.document) }));
      return { kind: 'event', event: item, quotes: eventQuotes, sources: eventSources };
    }
    const n = number(item.source.document);
    return { kind: 'quote', quote: item, sources: n > 0 ? [n] : [] };
  });
  return { entries, sources };
}
