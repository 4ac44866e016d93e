/**
 * Calendar values as UTC day numbers. A "YYYY-MM-DD" string names a calendar day,
 * not an instant, so it is turned into the UTC midnight of that day by arithmetic
 * (never `new Date('2031-03-14')`, whose meaning depends on the parser), and every
 * scale in the chart runs in UTC. The reader's time zone then cannot move a day.
 */
import type { DateValue } from '../../schema/timeline';

export const DAY_MS = 86_400_000;

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface CalendarParts {
  year: number;
  /** 1–12, or null for a bare year. */
  month: number | null;
  /** 1–31, or null when absent. */
  day: number | null;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; impossible days (Feb 30) give null. */
export function parseCalendar(text: string): CalendarParts | null {
  const m = CALENDAR.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    if (month === null || day < 1) return null;
    const ms = Date.UTC(year, month - 1, day);
    if (new Date(ms).getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

/** UTC midnight of a calendar day; month is 1-based. Years 0–99 are not shifted to 19xx. */
export function utcDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** "YYYY-MM-DD" → UTC ms of its midnight, or null if it is not a full valid day. */
export function isoDayToMs(text: string): number | null {
  const p = parseCalendar(text);
  if (!p || p.month === null || p.day === null) return null;
  return utcDay(p.year, p.month, p.day);
}

/** UTC ms → "YYYY-MM-DD" of the calendar day containing it. */
export function msToIsoDay(ms: number): string {
  const d = new Date(Math.floor(ms / DAY_MS) * DAY_MS);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Floors an instant to the start of its UTC day. */
export function floorDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** The reader's calendar day today (their wall clock), as UTC ms of that day. */
export function todayMs(now: Date): number {
  return utcDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Start (inclusive) and end (exclusive) of the period a date value covers, in UTC ms. */
export interface Period {
  startMs: number;
  endMs: number;
}

/** First day of the first period and first day after the last one, for a calendar string. */
function spanOf(p: CalendarParts): Period {
  if (p.month === null) return { startMs: utcDay(p.year, 1, 1), endMs: utcDay(p.year + 1, 1, 1) };
  if (p.day === null) return { startMs: utcDay(p.year, p.month, 1), endMs: utcDay(p.year, p.month + 1, 1) };
  const s = utcDay(p.year, p.month, p.day);
  return { startMs: s, endMs: s + DAY_MS };
}

/**
 * The time a date value covers. A day is one day; a range runs to the end of its
 * last day; a week is seven days from its Monday (or to its `end`); a month or a
 * year with a full start date still covers the whole month or year, because the
 * day is not known. Returns null for undated values and unparseable strings.
 */
export function periodOf(date: DateValue): Period | null {
  if (date.start === null) return null;
  // Timelines repeat the same few hundred dates: parse each once. The common case
  // (a start alone) is keyed by its own string, with no key to build.
  const cache = date.end === undefined ? periodsByStart[date.precision] : periods;
  const key = date.end === undefined ? date.start : `${date.start}|${date.end}|${date.precision}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size > 50_000) cache.clear();
  const out = computePeriod(date.start, date.end, date.precision);
  cache.set(key, out);
  return out;
}

const periods = new Map<string, Period | null>();
const periodsByStart: Record<DateValue['precision'], Map<string, Period | null>> = {
  day: new Map(),
  week: new Map(),
  month: new Map(),
  year: new Map(),
  unknown: new Map(),
};

function computePeriod(startText: string, endText: string | undefined, precision: DateValue['precision']): Period | null {
  const date = { start: startText, end: endText, precision };
  const start = parseCalendar(date.start);
  if (!start) return null;
  const first = spanOf(start);
  const end = date.end === undefined ? null : parseCalendar(date.end);
  switch (date.precision) {
    case 'year':
      return spanOf({ year: start.year, month: null, day: null });
    case 'month':
      return start.month === null ? first : spanOf({ year: start.year, month: start.month, day: null });
    case 'week': {
      if (end) return { startMs: first.startMs, endMs: Math.max(first.endMs, spanOf(end).endMs) };
      return start.day === null ? first : { startMs: first.startMs, endMs: first.startMs + 7 * DAY_MS };
    }
    default: {
      if (end) {
        const last = spanOf(end).endMs;
        return { startMs: first.startMs, endMs: Math.max(first.endMs, last) };
      }
      return first;
    }
  }
}
