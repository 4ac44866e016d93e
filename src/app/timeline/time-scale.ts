/**
 * The horizontal scale and its ticks. The scale is a d3 `scaleUtc` over UTC day
 * numbers (see calendar-date.ts); ticks are chosen here rather than by d3's
 * automatic intervals, so they never fall inside a day and their labels never
 * collide: days → weeks → months → quarters → years as the reader zooms out.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DAY_MS, floorDay } from './calendar-date';
import { formatDay, type ChartLocale } from './format-date';

export type View = readonly [number, number];

/** Shortest window the chart zooms into. */
export const MIN_SPAN_MS = 3 * DAY_MS;
const EMPTY_HALF_SPAN = 15 * DAY_MS;

/**
 * The whole span to show: the data's extent padded by 4% on each side. Empty data
 * centres a month on `fallbackMs`; a single day (or identical dates) gets a month
 * around it, so the scale never has a zero-width domain.
 */
export function fullExtent(periods: readonly { startMs: number; endMs: number }[], fallbackMs: number): View {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of periods) {
    if (p.startMs < lo) lo = p.startMs;
    if (p.endMs > hi) hi = p.endMs;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    const c = floorDay(Number.isFinite(fallbackMs) ? fallbackMs : 0);
    return [c - EMPTY_HALF_SPAN, c + EMPTY_HALF_SPAN];
  }
  const span = hi - lo;
  if (span < 2 * EMPTY_HALF_SPAN) {
    const mid = floorDay((lo + hi) / 2);
    return [mid - EMPTY_HALF_SPAN, mid + EMPTY_HALF_SPAN + DAY_MS];
  }
  const pad = Math.max(DAY_MS, floorDay(span * 0.04));
  return [lo - pad, hi + pad];
}

export function timeScale(view: View, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(view[0]), new Date(view[1])])
    .range([0, Math.max(1, width)]);
}

/** Keeps a window inside the full extent and no shorter than MIN_SPAN_MS. */
export function clampView(view: View, full: View): View {
  const fullSpan = full[1] - full[0];
  let span = Math.min(fullSpan, Math.max(MIN_SPAN_MS, view[1] - view[0]));
  if (!Number.isFinite(span) || span <= 0) span = fullSpan;
  let start = Number.isFinite(view[0]) ? view[0] : full[0];
  start = Math.min(Math.max(start, full[0]), full[1] - span);
  return [start, start + span];
}

/** Zooms a window by `factor` (> 1 zooms in) around `centreMs`. */
export function zoomView(view: View, factor: number, centreMs: number = (view[0] + view[1]) / 2): View {
  const a = centreMs - (centreMs - view[0]) / factor;
  const b = centreMs + (view[1] - centreMs) / factor;
  return [a, b];
}

export type TickLevel = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Tick {
  ms: number;
  label: string;
}

export interface AxisTicks {
  level: TickLevel;
  minor: Tick[];
  /** Context row under the minor labels: months under days, years under months. */
  major: Tick[];
}

interface Level {
  level: TickLevel;
  days: number;
  interval: TimeInterval;
  minor: string;
  major: { interval: TimeInterval; pattern: string } | null;
  /** Width a minor label needs, in px, at 12 px type. */
  room: number;
}

const LEVELS: Level[] = [
  { level: 'day', days: 1, interval: utcDay, minor: 'd', major: { interval: utcMonth, pattern: 'MMMM yyyy' }, room: 26 },
  { level: 'day', days: 2, interval: utcDay.every(2) ?? utcDay, minor: 'd', major: { interval: utcMonth, pattern: 'MMMM yyyy' }, room: 26 },
  { level: 'week', days: 7, interval: utcDay.every(7) ?? utcDay, minor: 'd', major: { interval: utcMonth, pattern: 'MMMM yyyy' }, room: 26 },
  { level: 'month', days: 30.44, interval: utcMonth, minor: 'MMM', major: { interval: utcYear, pattern: 'yyyy' }, room: 40 },
  { level: 'quarter', days: 91.3, interval: utcMonth.every(3) ?? utcMonth, minor: 'MMM', major: { interval: utcYear, pattern: 'yyyy' }, room: 40 },
  { level: 'year', days: 365.25, interval: utcYear, minor: 'yyyy', major: null, room: 44 },
];

function pickLevel(pxPerDay: number, scale: number): Level {
  for (const l of LEVELS) if (l.days * pxPerDay >= l.room * scale) return l;
  return LEVELS[LEVELS.length - 1] as Level;
}

/**
 * Ticks for a window drawn `width` px wide. `typeScale` grows the room a label needs
 * (large type in presentation mode). Years thin out to every 2, 5, 10… when crowded.
 */
export function axisTicks(view: View, width: number, locale: ChartLocale, typeScale = 1): AxisTicks {
  const span = view[1] - view[0];
  if (!(span > 0) || !(width > 0)) return { level: 'day', minor: [], major: [] };
  const pxPerDay = (width * DAY_MS) / span;
  const l = pickLevel(pxPerDay, typeScale);
  let interval = l.interval;
  if (l.level === 'year') {
    const pxPerYear = pxPerDay * 365.25;
    let step = 1;
    for (const s of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]) {
      step = s;
      if (pxPerYear * s >= l.room * typeScale) break;
    }
    interval = utcYear.every(step) ?? utcYear;
  }
  const from = new Date(view[0]);
  const to = new Date(view[1] + 1);
  // Day steps restart each month (…29, 31, 1): drop a tick that crowds the next one.
  const msPerPx = span / width;
  const all = interval.range(from, to).map((d) => d.getTime());
  const minor = all
    .filter((ms, i) => {
      const next = all[i + 1];
      return next === undefined || (next - ms) / msPerPx >= l.room * typeScale;
    })
    .map((ms) => ({ ms, label: formatDay(ms, l.minor, locale) }));
  const major: Tick[] = [];
  if (l.major) {
    // The period the window opens in is labelled too, pinned to the left edge.
    const first = l.major.interval.floor(from);
    for (const d of [first, ...l.major.interval.range(new Date(first.getTime() + 1), to)]) {
      major.push({ ms: d.getTime(), label: formatDay(d.getTime(), l.major.pattern, locale) });
    }
  }
  return { level: l.level, minor, major };
}
