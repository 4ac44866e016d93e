/**
 * The window the chart opens on. "Fit all" shows every dated item, but a few
 * items known only to the month or year can stretch that window over a year and
 * squeeze the items with a known day into a sliver. So, when at least half of
 * what is drawn has a known day, the chart opens on the span of those items,
 * together with any approximate item no longer than that span; longer bands run
 * off the edges, and "Fit all" and the overview strip still reach them. A few
 * items with a known day far from all the others (a background event decades
 * back, a misdated one) are left out of that span too, when they are at most one
 * in twenty of them and the gap to the rest is longer than the rest's span. An
 * approximate item farther from that span than the span is long (a background
 * year, "the renegotiation of 2018", in a story of last winter) is left out the
 * same way.
 */
import { DAY_MS } from './calendar-date';
import { clampView, fullExtent, type View } from './time-scale';

export interface Placed {
  startMs: number;
  endMs: number;
  /** The item has a known day (a point or a range of days). */
  precise: boolean;
}

export function focusView(items: readonly Placed[], fit: View, full: View, todayMs: number): View {
  const precise = items.filter((p) => p.precise);
  if (precise.length === 0 || precise.length * 2 < items.length) return fit;
  const [lo, hi] = mainSpan(precise);
  const span = hi - lo;
  const near = (p: Placed) => p.endMs >= lo - span && p.startMs <= hi + span;
  const framed = items.filter((p) => (p.precise && p.startMs >= lo && p.endMs <= hi) || (!p.precise && p.endMs - p.startMs <= span && near(p)));
  // A little more room than "Fit all" gives, so a band cut at an edge shows that it runs on.
  const [a, b] = fullExtent(framed, todayMs);
  const pad = Math.max(2 * DAY_MS, Math.round(((b - a) * 0.08) / DAY_MS) * DAY_MS);
  return clampView([a - pad, b + pad], full);
}

/**
 * The span of the items with a known day, without the outliers at either end: up
 * to one in twenty items, each end, cut off by a gap longer than the span of what
 * remains.
 */
function mainSpan(precise: readonly Placed[]): [number, number] {
  const items = [...precise].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const n = items.length;
  const most = Math.floor(n / 20);
  const maxEnd = (from: number, to: number) => {
    let m = -Infinity;
    for (let k = from; k <= to; k++) m = Math.max(m, items[k]!.endMs);
    return m;
  };
  let first = 0;
  for (let i = most; i > 0; i--) {
    const gap = items[i]!.startMs - maxEnd(0, i - 1);
    if (gap > maxEnd(i, n - 1) - items[i]!.startMs) {
      first = i;
      break;
    }
  }
  let last = n - 1;
  for (let k = most; k > 0; k--) {
    const j = n - 1 - k;
    const end = maxEnd(first, j);
    if (j >= first && items[j + 1]!.startMs - end > end - items[first]!.startMs) {
      last = j;
      break;
    }
  }
  return [items[first]!.startMs, maxEnd(first, last)];
}
