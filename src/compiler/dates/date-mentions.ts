/**
 * Finds date expressions in a stretch of text and records only what the words
 * state. It resolves nothing (see resolve-date.ts). chrono-node reads month-name
 * dates ("January 3, 2026", "3 de enero de 2026", "October 2024"); numeric forms,
 * relative phrases and weekdays are read by strict-dates.ts and relative-dates.ts.
 */
import * as chrono from 'chrono-node';
import { isValidDay } from './calendar';
import { CHRONO_HINT, EN_MONTH_PATTERN, ES_MONTH_PATTERN } from './lexicon';
import { add, overlaps, type PartialDay, type RawDate } from './raw-date';
import { ANAPHOR_HINT, agoDates, anaphoricDates, relativeDates } from './relative-dates';
import { messageStamps } from './message-stamps';
import { OCCASION_HINT, occasionDates } from './occasions';
import { gluedYearDates, impossibleNamedDates, numericDates, spanishDayRanges, spanishMonthFirstDates } from './strict-dates';

export type { PartialDay, RawDate } from './raw-date';

const BARE_YEAR = /(?<![\p{L}\p{N}$€£¥.,/:-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,:/-]\d)/gu;
const YEAR_CONTEXT =
  /(?:^|[^\p{L}])(?:in|en|since|desde|during|durante|of|de|del|by|until|hasta|from|to|through|and|y|e|a|al|for|para|early|late|mid|año|year|fiscal|before|after|antes|después|around|hacia|circa|the|el|la|los|las|its|this|that|throughout|between|entre|que|as)[\s-]*$/iu;


const SPELLED_DATE = new RegExp(`\\d|(?<![\\p{L}])(?:${EN_MONTH_PATTERN}|${ES_MONTH_PATTERN})(?![\\p{L}])`, 'iu');

/** Stretches of a text, by offsets into it. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The ranges joined into one text for chrono, with where each sits in it; a
 * character that is neither space nor word separates them, so no date spans two.
 */
function joinRanges(text: string, ranges: readonly TextRange[]): { joined: string; at: (index: number) => number } {
  const starts: number[] = [];
  const shifts: number[] = [];
  let length = 0;
  for (const r of ranges) {
    starts.push(length);
    shifts.push(r.start - length);
    length += r.end - r.start + 1;
  }
  const at = (index: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return index + (shifts[lo] ?? 0);
  };
  return { joined: ranges.map((r) => text.slice(r.start, r.end)).join('\u0000'), at };
}

function chronoDates(text: string, offset: number, language: string, found: RawDate[], ranges?: readonly TextRange[]): void {
  const parser = language === 'es' ? chrono.es.casual : chrono.en.casual;
  const { joined, at } = ranges ? joinRanges(text, ranges) : { joined: text, at: (index: number) => index };
  if (joined === '') return;
  // The reference only fills implied values, which are never read.
  const results = parser.parse(joined, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false });
  const pending: RawDate[] = [];
  for (const r of results) {
    const s = r.start;
    // Only what the words spell out: chrono also turns "yesterday" or "last week"
    // into certain components counted from its reference, which is never used.
    if (!s.isCertain('month') || !SPELLED_DATE.test(r.text)) continue;
    // All-numeric forms are read by numericDates, which wants a four-digit year:
    // chrono would read "24/7", "1/3" or "9/11" as days.
    if (!/\p{L}/u.test(r.text)) continue;
    if ([...r.tags()].some((t) => /relative|casual/i.test(t))) continue;
    // chrono's text may carry a trailing comma or space.
    const words = r.text.replace(/[\s,.;:]+$/u, '');
    // An English month name in lower case is a word ("a march", "they may"), not a date.
    if (language !== 'es' && !s.isCertain('day') && !/\d/.test(words) && !/^\p{Lu}/u.test(words.replace(/^[^\p{L}]+/u, ''))) continue;
    const start = offset + at(r.index);
    const base = { start, end: start + words.length, text: words };
    // "enero 30": Spanish writes no two-digit year without an apostrophe; chrono reads one.
    if (language === 'es' && /^\p{L}+\.? \d{2}$/u.test(words)) continue;
    const year = s.isCertain('year') ? (s.get('year') ?? null) : null;
    const month = s.get('month') ?? 0;
    let until: PartialDay | undefined;
    if (r.end?.isCertain('month')) {
      until = {
        year: r.end.isCertain('year') ? (r.end.get('year') ?? null) : null,
        month: r.end.get('month') ?? month,
        day: r.end.isCertain('day') ? (r.end.get('day') ?? null) : null,
      };
    }
    // "by the end of February": chrono gives the month's last day, which the words do not name.
    const endOfPeriod = [...r.tags()].some((t) => /EndOfPeriod/u.test(t));
    if (s.isCertain('day') && !endOfPeriod) {
      const day = s.get('day') ?? 0;
      if (!isValidDay(year ?? 2000, month, day)) {
        pending.push({ ...base, kind: 'impossible', why: 'no such day' });
        continue;
      }
      const item: RawDate = { ...base, kind: 'day', year: year ?? until?.year ?? null, month, day };
      if (until && until.day !== null) item.until = until;
      // chrono counts weekdays from Sunday = 0; ours are ISO (Sunday = 7).
      if (item.year === null && s.isCertain('weekday')) item.weekday = (s.get('weekday') ?? 0) || 7;
      pending.push(item);
    } else {
      const item: RawDate = { ...base, kind: 'month', year: year ?? until?.year ?? null, month };
      if (until) item.until = until;
      pending.push(item);
    }
  }
  for (const p of pending) add(found, p);
}

function bareYears(text: string, offset: number, found: RawDate[]): void {
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (overlaps(found, start, end)) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (!YEAR_CONTEXT.test(before)) continue;
    add(found, { start, end, text: m[0], kind: 'year', year: Number(m[0]) });
  }
}

const LIST_JOINER = /^\s*(?:and|y|e)\s*$/iu;
const RANGE_JOINER = /^\s*(?:and|to|through|until|-|–|—|y|a|al|hasta)\s*$/iu;
/** Words that open a range whose two ends both state their year: "between October 2024 and December 2025". */
const RANGE_OPENER = /(?:^|[^\p{L}])(?:between|from|entre|desde|de)\s+(?:el\s+|the\s+)?$/iu;

/** "entre octubre de 2024 y diciembre de 2025": two stated ends of one period, merged; else null. */
function statedRange(text: string, offset: number, a: RawDate, c: RawDate): RawDate | null {
  if (a.kind !== 'month' && a.kind !== 'day') return null;
  if (c.kind !== a.kind || a.year === null || c.year === null || a.until !== undefined || c.until !== undefined) return null;
  if (!RANGE_JOINER.test(text.slice(a.end - offset, c.start - offset))) return null;
  if (!RANGE_OPENER.test(text.slice(Math.max(0, a.start - offset - 12), a.start - offset))) return null;
  const aDay = a.kind === 'day' ? a.day : 0;
  const cDay = c.kind === 'day' ? c.day : 0;
  if (c.year * 10000 + c.month * 100 + cDay <= a.year * 10000 + a.month * 100 + aDay) return null;
  const span = { start: a.start, end: c.end, text: text.slice(a.start - offset, c.end - offset) };
  return a.kind === 'day'
    ? { ...span, kind: 'day', year: a.year, month: a.month, day: a.day, until: { year: c.year, month: c.month, day: cDay } }
    : { ...span, kind: 'month', year: a.year, month: a.month, until: { year: c.year, month: c.month, day: null } };
}

/** Words right after a year-less date that name its year by reference: "del mismo año", "of that year". */
const SAME_YEAR_AFTER = /^,?\s*(?:del mismo año|de ese (?:mismo )?año|de aquel año|of (?:the same|that) year|that same year|that year)(?![\p{L}])/iu;
/** "febrero del año pasado", "in March of last year": the relative year phrase right after a year-less date. */
const OF_RELATIVE_YEAR = /^\s*(?:de|del|of)?\s*$/iu;

/**
 * A year-less day or month whose year the next words give by reference: "12 de
 * agosto del mismo año" takes the year of the date before it, "febrero del año
 * pasado" the year before publication. Other mentions are returned unchanged.
 */
function yearByReference(text: string, offset: number, a: RawDate, c: RawDate | undefined): { merged: RawDate; usedNext: boolean } | null {
  if ((a.kind !== 'month' && a.kind !== 'day') || a.year !== null || a.until !== undefined) return null;
  if (c && c.kind === 'relative' && c.unit === 'year' && /^(?:the |el )?(?:last|previous|next|pasado|anterior|pr[óo]ximo|año|a[ñn]o pasado)/iu.test(c.text)) {
    const gap = text.slice(a.end - offset, c.start - offset);
    if (OF_RELATIVE_YEAR.test(gap) && gap.length <= 6) {
      const merged: RawDate = { ...a, end: c.end, text: text.slice(a.start - offset, c.end - offset), yearOf: { offset: c.offset } };
      return { merged, usedNext: true };
    }
  }
  const same = SAME_YEAR_AFTER.exec(text.slice(a.end - offset, a.end - offset + 30));
  if (same) {
    const end = a.end + same[0].length;
    if (c && c.start < end) return null;
    return { merged: { ...a, end, text: text.slice(a.start - offset, end - offset), yearOf: { same: true } }, usedNext: false };
  }
  return null;
}

/** "between March and May 2025": the first part takes its year from the second. */
function mergeRanges(text: string, offset: number, found: RawDate[]): RawDate[] {
  const sorted = found;
  const out: RawDate[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i];
    const c = sorted[i + 1];
    if (!a) continue;
    const byReference = yearByReference(text, offset, a, c);
    if (byReference) {
      out.push(byReference.merged);
      if (byReference.usedNext) i += 1;
      continue;
    }
    const stated = c ? statedRange(text, offset, a, c) : null;
    if (stated) {
      out.push(stated);
      i += 1;
      continue;
    }
    if (
      c &&
      (a.kind === 'month' || a.kind === 'day') &&
      c.kind === a.kind &&
      a.year === null &&
      a.until === undefined &&
      c.until === undefined &&
      RANGE_JOINER.test(text.slice(a.end - offset, c.start - offset)) &&
      // "between September and December": two year-less ends, one period, only after "between"/"from".
      (c.year !== null || (c.yearOf === undefined && RANGE_OPENER.test(text.slice(Math.max(0, a.start - offset - 12), a.start - offset))))
    ) {
      const year = c.year === null ? null : a.month <= c.month ? c.year : c.year - 1;
      // "in February and August of 2025": two dates of one year, unless "between" makes them a span's ends.
      if (LIST_JOINER.test(text.slice(a.end - offset, c.start - offset)) && !RANGE_OPENER.test(text.slice(Math.max(0, a.start - offset - 12), a.start - offset))) {
        out.push({ ...a, year } as RawDate, c);
        i += 1;
        continue;
      }
      const span = { start: a.start, end: c.end, text: text.slice(a.start - offset, c.end - offset) };
      const merged: RawDate =
        a.kind === 'day' && c.kind === 'day'
          ? { ...span, kind: 'day', year, month: a.month, day: a.day, until: { year: c.year, month: c.month, day: c.day } }
          : { ...span, kind: 'month', year, month: a.month, until: { year: c.year, month: c.month, day: null } };
      out.push(merged);
      i += 1;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * All date expressions in text, which starts at `offset` in the document.
 * Precedence when two readings overlap: numeric and Spanish ranges, then chrono's
 * month-name dates, then relative phrases and weekdays, then bare years.
 * `chronoRanges` (offsets into text), when given, are the only stretches chrono
 * reads: those that hold a digit or a month name, without which it finds nothing
 * that is kept.
 */
export function findDateMentions(text: string, offset: number, language: string, chronoRanges?: readonly TextRange[]): RawDate[] {
  const found: RawDate[] = [];
  numericDates(text, offset, language, found);
  messageStamps(text, offset, language, found);
  gluedYearDates(text, offset, found);
  if (language === 'es') {
    spanishDayRanges(text, offset, found);
    spanishMonthFirstDates(text, offset, found);
  }
  if (CHRONO_HINT.test(text)) {
    impossibleNamedDates(text, offset, language, found);
    chronoDates(text, offset, language, found, chronoRanges);
  }
  relativeDates(text, offset, found);
  if (/ ago|hace /iu.test(text)) agoDates(text, offset, found);
  if (ANAPHOR_HINT.test(text)) anaphoricDates(text, offset, found);
  if (OCCASION_HINT.test(text)) occasionDates(text, offset, found);
  bareYears(text, offset, found);
  return mergeRanges(text, offset, found);
}
