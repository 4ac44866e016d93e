/**
 * The list view's structure: visible items in time order, with each visible
 * quote nested under its event when that event is shown too.
 */
import type { Quote, TimelineEvent } from '../../schema/timeline';
import { timeOrder, type Visible } from '../store/select-visible';

export type ListEntry =
  | { kind: 'event'; event: TimelineEvent; quotes: Quote[] }
  | { kind: 'quote'; quote: Quote };

export function listEntries(v: Visible): { dated: ListEntry[]; undated: ListEntry[] } {
  const events = new Map<string, TimelineEvent>(v.events.map((e) => [e.id, e]));
  const quotes = new Map<string, Quote>(v.quotes.map((q) => [q.id, q]));
  const nested = new Map<string, Quote[]>();
  for (const q of v.quotes) {
    if (q.event !== null && events.has(q.event)) nested.set(q.event, [...(nested.get(q.event) ?? []), q]);
  }
  const dated: ListEntry[] = [];
  const undated: ListEntry[] = [];
  for (const item of timeOrder(v)) {
    let entry: ListEntry | null = null;
    if (item.kind === 'event') {
      const event = events.get(item.id);
      if (event) entry = { kind: 'event', event, quotes: nested.get(event.id) ?? [] };
    } else {
      const quote = quotes.get(item.id);
      if (quote && !(quote.event !== null && events.has(quote.event))) entry = { kind: 'quote', quote };
    }
    if (entry) (item.date.start === null ? undated : dated).push(entry);
  }
  return { dated, undated };
}
