/**
 * Lines joining quotes to their events. A quote whose event is drawn links to the
 * event's mark; one whose event sits in a cluster links to the cluster badge; one
 * whose event is out of view or filtered out gets no line. A stack of quotes about
 * the same event draws one line.
 */
import type { EventLayout } from './event-layout';
import type { QuoteItem } from './items';
import type { VerticalLayout } from './lane-layout';
import type { QuoteMark } from './quote-layout';
import type { Link } from './Connectors';

interface LinkOptions {
  bandY: number;
  row: number;
  clusterY: number;
  selectedId: string | null;
}

export function linksFor(
  events: EventLayout,
  quotes: readonly QuoteMark[],
  items: readonly QuoteItem[],
  layout: VerticalLayout,
  o: LinkOptions,
): Link[] {
  if (quotes.length === 0 || (events.marks.length === 0 && events.clusters.length === 0)) return [];
  const at = new Map<string, { x: number; y: number }>();
  for (const m of events.marks) at.set(m.item.id, { x: m.cx, y: o.bandY + m.row * o.row + o.row / 2 });
  for (const c of events.clusters) for (const id of c.ids) at.set(id, { x: c.x, y: o.clusterY });
  const eventOf = new Map<string, string | null>();
  for (const q of items) eventOf.set(q.id, q.eventId);
  const out: Link[] = [];
  for (const m of quotes) {
    if (m.collapsed) continue;
    const row = layout.lanes.get(m.laneId);
    if (!row) continue;
    const y = row.y + row.height / 2;
    const seen = new Set<string>();
    for (const id of m.ids) {
      const ev = eventOf.get(id);
      if (!ev || seen.has(ev)) continue;
      seen.add(ev);
      const target = at.get(ev);
      if (!target) continue;
      const active = o.selectedId !== null && (o.selectedId === ev || m.ids.includes(o.selectedId));
      out.push({ x1: m.x, y1: y, x2: target.x, y2: target.y, active });
    }
  }
  return out;
}
