/**
 * Finds date expressions in a stretch of text and records only what the words
 * state: which of year, month and day are written, whether it is a weekday or a
 * relative phrase, and whether it is a range. It resolves nothing (see
 * resolve-date.ts). Numeric dates are read here, not by chrono, because chrono
 * rolls "2026-13-01" into another day: impossible dates come back as `impossible`
 * and day/month orders the language does not settle as `ambiguous`.
 */
import * as chrono from 'chrono-node';
import { isValidDay } from './calendar';
import { CHRONO_HINT, EN_MONTH_PATTERN, ES_MONTH_PATTERN, MONTHS, RELATIVE_RULES, WEEKDAYS, WEEKDAY_PATTERN, type RelativeUnit } from './lexicon';

export interface PartialDay {
  year: number | null;
  month: number;
  day: number | null;
}

export type RawDateKind =
  | { kind: 'day'; year: number | null; month: number; day: number; until?: PartialDay }
  | { kind: 'month'; year: number | null; month: number; until?: PartialDay }
  | { kind: 'year'; year: number }
  | { kind: 'relative'; unit: RelativeUnit; offset: number }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'impossible'; why: string }
  | { kind: 'ambiguous'; year: number; why: string };

export type RawDate = RawDateKind & { start: number; end: number; text: string };


const ISO_DATE = /(?<![\p{L}\p{N}])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}])/gu;
const YMD_SLASH = /(?<![\p{L}\p{N}/.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\p{N}])/gu;
const DMY_SLASH = /(?<![\p{L}\p{N}/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}])/gu;
const ES_DAY_RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:del?|entre el) (\\d{1,2}) (?:al|y el|a) (\\d{1,2}) de (${ES_MONTH_PATTERN})(?: de(?:l)? (\\d{4}))?(?![\\p{N}])`,
  'giu',
);
const EN_IMPOSSIBLE = /(?<![\p{L}])(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?(?![\p{N}])/gu;
const ES_IMPOSSIBLE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}) de (${ES_MONTH_PATTERN})(?: de(?:l)? (\\d{4}))?(?![\\p{N}])`, 'giu');
const BARE_YEAR = /(?<![\p{L}\p{N}$€£¥.,/:-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,:/-]\d)/gu;
const YEAR_CONTEXT =
  /(?:^|[^\p{L}])(?:in|en|since|desde|during|durante|of|de|del|by|until|hasta|from|to|through|and|y|e|a|al|for|para|early|late|mid|año|year|fiscal|before|after|antes|después|around|hacia|circa|the|el|la|los|las|its|this|that|throughout|between|entre|que)[\s-]*$/iu;

/* Found mentions are kept sorted by start, so overlap checks are a binary search. */

function firstEndingAfter(found: readonly RawDate[], start: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((found[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlaps(found: readonly RawDate[], start: number, end: number): boolean {
  // Spans in `found` never overlap each other, so sorted by start they are sorted by end too.
  const next = found[firstEndingAfter(found, start)];
  return next !== undefined && next.start < end;
}

function add(found: RawDate[], item: RawDate): void {
  const at = firstEndingAfter(found, item.start);
  const next = found[at];
  if (next !== undefined && next.start < item.end) return;
  found.splice(at, 0, item);
}

function numericDates(text: string, offset: number, language: string, found: RawDate[]): void {
  for (const m of text.matchAll(ISO_DATE)) {
    const [whole, y, mo, d] = m;
    const start = offset + m.index;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const base = { start, end: start + whole.length, text: whole };
    if (year < 1000) continue;
    add(found, isValidDay(year, month, day) ? { ...base, kind: 'day', year, month, day } : { ...base, kind: 'impossible', why: 'no such day' });
  }
  for (const m of text.matchAll(YMD_SLASH)) {
    const [whole, y, mo, d] = m;
    const start = offset + m.index;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const base = { start, end: start + whole.length, text: whole };
    add(found, isValidDay(year, month, day) ? { ...base, kind: 'day', year, month, day } : { ...base, kind: 'impossible', why: 'no such day' });
  }
  for (const m of text.matchAll(DMY_SLASH)) {
    const [whole, a, , c, y] = m;
    const start = offset + m.index;
    const first = Number(a);
    const second = Number(c);
    const year = Number(y);
    const base = { start, end: start + whole.length, text: whole };
    const dayFirst = isValidDay(year, second, first);
    const monthFirst = isValidDay(year, first, second);
    let reading: { month: number; day: number } | null = null;
    if (dayFirst && monthFirst && first !== second) {
      // Spanish writes day/month; English sources mix both orders, so only the year is certain.
      if (language === 'es') reading = { month: second, day: first };
      else {
        add(found, { ...base, kind: 'ambiguous', year, why: 'day and month order is not settled by the language' });
        continue;
      }
    } else if (dayFirst && (language === 'es' || !monthFirst)) reading = { month: second, day: first };
    else if (monthFirst) reading = { month: first, day: second };
    if (reading) add(found, { ...base, kind: 'day', year, ...reading });
    else add(found, { ...base, kind: 'impossible', why: 'no such day' });
  }
}

/** Month-name dates that chrono silently drops because the day does not exist. */
function impossibleNamedDates(text: string, offset: number, language: string, found: RawDate[]): void {
  const pattern = language === 'es' ? ES_IMPOSSIBLE : EN_IMPOSSIBLE;
  for (const m of text.matchAll(pattern)) {
    const whole = m[0];
    const month = MONTHS[(language === 'es' ? m[2] : m[1])?.toLowerCase() ?? ''];
    const day = Number(language === 'es' ? m[1] : m[2]);
    const year = m[3] ? Number(m[3]) : 2000; // a leap year, so a year-less Feb 29 is possible
    if (month === undefined) continue;
    if (!isValidDay(year, month, day) && day >= 1) {
      const start = offset + m.index;
      add(found, { start, end: start + whole.length, text: whole, kind: 'impossible', why: `${day} is not a day of that month` });
    }
  }
}

function spanishDayRanges(text: string, offset: number, found: RawDate[]): void {
  for (const m of text.matchAll(ES_DAY_RANGE)) {
    const [whole, d1, d2, monthName, y] = m;
    const month = MONTHS[monthName?.toLowerCase() ?? ''];
    if (month === undefined) continue;
    const year = y ? Number(y) : null;
    const from = Number(d1);
    const to = Number(d2);
    const start = offset + m.index;
    const base = { start, end: start + whole.length, text: whole };
    const check = year ?? 2000;
    if (!isValidDay(check, month, from) || !isValidDay(check, month, to) || to < from) {
      add(found, { ...base, kind: 'impossible', why: 'no such day range' });
      continue;
    }
    add(found, { ...base, kind: 'day', year, month, day: from, until: { year, month, day: to } });
  }
}

const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};
const UNIT_WORDS: Readonly<Record<string, RelativeUnit>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  día: 'day', días: 'day', dia: 'day', dias: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month', año: 'year', años: 'year',
};
const EN_AGO = /(?<![\p{L}\p{N}])(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?|months?|years?) ago(?![\p{L}])/giu;
const ES_AGO = /(?<![\p{L}])hace (una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d{1,2}) (d[íi]as?|semanas?|mes|meses|años?)(?![\p{L}])/giu;

/** "two days ago", "hace una semana": n periods before the publication period. */
function agoDates(text: string, offset: number, found: RawDate[]): void {
  for (const pattern of [EN_AGO, ES_AGO]) {
    for (const m of text.matchAll(pattern)) {
      const countWord = (m[1] ?? '').toLowerCase();
      const count = COUNT_WORDS[countWord] ?? Number(countWord);
      const unit = UNIT_WORDS[(m[2] ?? '').toLowerCase()];
      if (!unit || !Number.isFinite(count) || count < 1) continue;
      const start = offset + m.index;
      add(found, { start, end: start + m[0].length, text: m[0], kind: 'relative', unit, offset: -count });
    }
  }
}

const WEEKDAY_HINT = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo/iu;

function relativeDates(text: string, offset: number, found: RawDate[]): void {
  const lower = text.toLowerCase();
  for (const rule of RELATIVE_RULES) {
    if (!rule.hints.some((h) => lower.includes(h))) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const start = offset + m.index;
      add(found, { start, end: start + m[0].length, text: m[0], kind: 'relative', unit: rule.unit, offset: rule.offset });
    }
  }
  if (!WEEKDAY_HINT.test(text)) return;
  for (const m of text.matchAll(WEEKDAY_PATTERN)) {
    const words = m[0].toLowerCase().split(' ');
    let weekday: number | undefined;
    for (const w of words) weekday ??= WEEKDAYS[w.replace(/'s$/, '')];
    if (weekday === undefined) continue;
    const start = offset + m.index;
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'weekday', weekday });
  }
}

const SPELLED_DATE = new RegExp(`\\d|(?<![\\p{L}])(?:${EN_MONTH_PATTERN}|${ES_MONTH_PATTERN})(?![\\p{L}])`, 'iu');

function chronoDates(text: string, offset: number, language: string, found: RawDate[]): void {
  const parser = language === 'es' ? chrono.es.casual : chrono.en.casual;
  // The reference only fills implied values, which are never read.
  const results = parser.parse(text, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false });
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
    const start = offset + r.index;
    const base = { start, end: start + words.length, text: words };
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
    if (s.isCertain('day')) {
      const day = s.get('day') ?? 0;
      if (!isValidDay(year ?? 2000, month, day)) {
        pending.push({ ...base, kind: 'impossible', why: 'no such day' });
        continue;
      }
      const item: RawDate = { ...base, kind: 'day', year: year ?? until?.year ?? null, month, day };
      if (until && until.day !== null) item.until = until;
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

const RANGE_JOINER = /^\s*(?:and|to|through|until|-|–|—|y|a|al|hasta)\s*$/iu;

/** "between March and May 2025": the first part takes its year from the second. */
function mergeRanges(text: string, offset: number, found: RawDate[]): RawDate[] {
  const sorted = found;
  const out: RawDate[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i];
    const c = sorted[i + 1];
    if (!a) continue;
    if (
      c &&
      (a.kind === 'month' || a.kind === 'day') &&
      c.kind === a.kind &&
      a.year === null &&
      a.until === undefined &&
      c.year !== null &&
      c.until === undefined &&
      RANGE_JOINER.test(text.slice(a.end - offset, c.start - offset))
    ) {
      const year = a.month <= c.month ? c.year : c.year - 1;
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
 */
export function findDateMentions(text: string, offset: number, language: string): RawDate[] {
  const found: RawDate[] = [];
  numericDates(text, offset, language, found);
  if (language === 'es') spanishDayRanges(text, offset, found);
  if (CHRONO_HINT.test(text)) {
    impossibleNamedDates(text, offset, language, found);
    chronoDates(text, offset, language, found);
  }
  relativeDates(text, offset, found);
  if (/ ago|hace /iu.test(text)) agoDates(text, offset, found);
  bareYears(text, offset, found);
  return mergeRanges(text, offset, found);
}
