/**
 * Aggregation for dense views. When more items are in view than SVG can redraw at
 * 60 fps, each row is drawn as a histogram: items counted into pixel bins. Items
 * are sorted by time, so the visible slice is found by binary search and the
 * work per frame is proportional to what is visible, not to the data.
 */
import { lowerBound } from './items';

/** Counts items whose time falls in each `binPx`-wide bin of the view. */
export function binCounts(sortedMs: Float64Array, view: readonly [number, number], width: number, binPx: number): Uint32Array {
  const n = Math.max(1, Math.ceil(width / binPx));
  const bins = new Uint32Array(n);
  const span = view[1] - view[0];
  if (!(span > 0) || sortedMs.length === 0) return bins;
  const msPerBin = (span * binPx) / width;
  let i = lowerBound(sortedMs as unknown as number[], view[0], (v) => v);
  for (; i < sortedMs.length; i++) {
    const ms = sortedMs[i] as number;
    if (ms >= view[1]) break;
    const b = Math.floor((ms - view[0]) / msPerBin);
    if (b >= 0 && b < n) bins[b] = (bins[b] as number) + 1;
  }
  return bins;
}

/** How many items of a sorted array fall inside the view. */
export function countInView(sortedMs: Float64Array, view: readonly [number, number]): number {
  const asArray = sortedMs as unknown as number[];
  return lowerBound(asArray, view[1], (v) => v) - lowerBound(asArray, view[0], (v) => v);
}

export interface QuoteStack {
  x: number;
  ids: string[];
}

/** Merges quote marks on one lane that would sit closer than `minGap` px into stacks with a count. */
export function stackQuotes(xs: readonly { id: string; x: number }[], minGap: number): QuoteStack[] {
  const out: QuoteStack[] = [];
  let cur: { first: number; last: number; sum: number; ids: string[] } | null = null;
  for (const { id, x } of xs) {
    if (cur && x - cur.first < minGap) {
      cur.ids.push(id);
      cur.last = x;
      cur.sum += x;
      continue;
    }
    if (cur) out.push({ x: cur.sum / cur.ids.length, ids: cur.ids });
    cur = { first: x, last: x, sum: x, ids: [id] };
  }
  if (cur) out.push({ x: cur.sum / cur.ids.length, ids: cur.ids });
  return out;
}
