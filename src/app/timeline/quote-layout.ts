/**
 * Quote marks on the speaker lanes for one window. Quotes closer than a mark's
 * width on the same lane become one stack with a count, so marks never overlap;
 * the stack opens as the reader zooms in.
 */
import { stackQuotes } from './density';
import { lowerBound, type QuoteItem } from './items';
import type { Lane } from './lane-layout';

export interface QuoteMark {
  laneId: string;
  x: number;
  /** Quote ids in time order; more than one makes a stack. */
  ids: string[];
  collapsed: boolean;
  /** Every quote in it is placed at its article's publication day, having no date of its own. */
  asReported: boolean;
}

export function groupByLane(quotes: readonly QuoteItem[]): Map<string, QuoteItem[]> {
  const out = new Map<string, QuoteItem[]>();
  for (const q of quotes) {
    const list = out.get(q.laneId);
    if (list) list.push(q);
    else out.set(q.laneId, [q]);
  }
  return out;
}

export function layoutQuotes(
  byLane: ReadonlyMap<string, readonly QuoteItem[]>,
  lanes: readonly Lane[],
  view: readonly [number, number],
  x: (ms: number) => number,
  minGap: number,
): QuoteMark[] {
  const out: QuoteMark[] = [];
  const margin = (view[1] - view[0]) * 0.02;
  for (const lane of lanes) {
    const list = byLane.get(lane.id) ?? [];
    const from = lowerBound(list, view[0] - margin, (q) => q.ms);
    const to = lowerBound(list, view[1] + margin, (q) => q.ms);
    const xs: { id: string; x: number }[] = [];
    const dated = new Set<string>();
    for (let i = from; i < to; i++) {
      const q = list[i];
      if (!q) continue;
      xs.push({ id: q.id, x: x(q.ms) });
      if (!q.asReported) dated.add(q.id);
    }
    for (const s of stackQuotes(xs, minGap)) {
      const asReported = !s.ids.some((id) => dated.has(id));
      out.push({ laneId: lane.id, x: s.x, ids: s.ids, collapsed: lane.collapsed, asReported });
    }
  }
  return out;
}
