/**
 * The window the chart opens on. "Fit all" shows every dated item, but a few
 * items known only to the month or year can stretch that window over a year and
 * squeeze the items with a known day into a sliver. So, when at least half of
 * what is drawn has a known day, the chart opens on the span of those items,
 * together with any approximate item no longer than that span; longer bands run
 * off the edges, and "Fit all" and the overview strip still reach them.
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
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of precise) {
    lo = Math.min(lo, p.startMs);
    hi = Math.max(hi, p.endMs);
  }
  const span = hi - lo;
  const framed = items.filter((p) => p.precise || p.endMs - p.startMs <= span);
  // A little more room than "Fit all" gives, so a band cut at an edge shows that it runs on.
  const [a, b] = fullExtent(framed, todayMs);
  const pad = Math.max(2 * DAY_MS, Math.round(((b - a) * 0.08) / DAY_MS) * DAY_MS);
  return clampView([a - pad, b + pad], full);
}
