/**
 * Dates read without chrono: numeric forms (2026-01-17, 17/01/2026), Spanish day
 * ranges ("del 5 al 9 de enero") and month-name days that do not exist. chrono
 * rolls "2026-13-01" into another day and silently drops "February 30", so these
 * are validated here: impossible dates come back as `impossible`, and a day/month
 * order neither the page nor the language settles (03/04/2025 in English) as `ambiguous`.
 */
import { isValidDay } from './calendar';
import { EN_MONTH_PATTERN, ES_MONTH_PATTERN, MONTHS } from './lexicon';
import { add, type RawDate } from './raw-date';

const ISO_DATE = /(?<![\p{L}\p{N}])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}])/gu;
const YMD_SLASH = /(?<![\p{L}\p{N}/.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\p{N}])/gu;
const DMY_SLASH = /(?<![\p{L}\p{N}/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}])/gu;
const ES_DAY_RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:del?|entre el) (\\d{1,2}) (?:al|y el|a) (\\d{1,2}) de (${ES_MONTH_PATTERN})(?: de(?:l)? (\\d{4}))?(?![\\p{N}])`,
  'giu',
);
const EN_IMPOSSIBLE = /(?<![\p{L}])(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?(?![\p{N}])/gu;
/**
 * A full date whose year a scraper glued to the time after it: "January 5, 20264:31 PM"
 * reads as January 5, 2026 at 4:31. Only a year followed by a clock time is split.
 */
const EN_GLUED = new RegExp(`(?<![\\p{L}\\p{N}])(${EN_MONTH_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?=(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?!\\d))`, 'gu');
const ES_GLUED = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}) de (${ES_MONTH_PATTERN}) de(?:l)? (\\d{4})(?=(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?!\\d))`, 'giu');
const GLUED_HINT = /\d{5,6}[:.]\d{2}/u;

export function gluedYearDates(text: string, offset: number, found: RawDate[]): void {
  if (!GLUED_HINT.test(text)) return;
  for (const [pattern, dayFirst] of [[EN_GLUED, false], [ES_GLUED, true]] as const) {
    for (const m of text.matchAll(pattern)) {
      const month = MONTHS[(dayFirst ? m[2] : m[1])?.toLowerCase() ?? ''];
      const day = Number(dayFirst ? m[1] : m[2]);
      const year = Number(m[3]);
      if (month === undefined || !isValidDay(year, month, day)) continue;
      const start = offset + m.index;
      add(found, { start, end: start + m[0].length, text: m[0], kind: 'day', year, month, day });
    }
  }
}

/**
 * "Enero 30, 2026 | 08:47 hrs", "feb. 3 de 2026": a Spanish month before the day, as some
 * Mexican outlets print their timestamps. chrono's Spanish parser reads "Enero 30" as
 * January 2030. Only with its four-digit year: "en mayo 15 personas" is no date.
 */
const ES_MONTH_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ES_MONTH_PATTERN}|ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\\.? (\\d{1,2}),? (?:de(?:l)? )?(\\d{4})(?![\\p{N}])`,
  'giu',
);

export function spanishMonthFirstDates(text: string, offset: number, found: RawDate[]): void {
  for (const m of text.matchAll(ES_MONTH_FIRST)) {
    const month = MONTHS[m[1]?.toLowerCase() ?? ''];
    const day = Number(m[2]);
    const year = Number(m[3]);
    if (month === undefined) continue;
    const start = offset + m.index;
    const base = { start, end: start + m[0].length, text: m[0] };
    add(found, isValidDay(year, month, day) ? { ...base, kind: 'day', year, month, day } : { ...base, kind: 'impossible', why: `${day} is not a day of that month` });
  }
}

const ES_IMPOSSIBLE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}) de (${ES_MONTH_PATTERN})(?: de(?:l)? (\\d{4}))?(?![\\p{N}])`, 'giu');

/**
 * The order a page prints its numeric dates in, by separator: `true` day first, `false` month first, `null` when
 * its dates show both, `undefined` when none settles it. One page prints one order, so a number above 12 in the
 * first place ("17/01/2026") or the second ("01/17/2026") of any date with the same separator settles the rest
 * ("01/05/2026" in a docket whose other rows are "01/16/2026"). Groups 1 and 3 of each match are the two numbers,
 * group 2 the separator (message stamps read the same way).
 */
export function pageOrder(matches: readonly RegExpMatchArray[], separator: string): boolean | null | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of matches) {
    if (m[2] !== separator) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return dayFirst;
  return dayFirst ? null : undefined;
}

export function numericDates(text: string, offset: number, language: string, found: RawDate[]): void {
  // Year first, dashed (ISO, only four-digit years from 1000) or slashed.
  for (const [pattern, minYear] of [
    [ISO_DATE, 1000],
    [YMD_SLASH, 0],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      const [whole, y, mo, d] = m;
      const start = offset + m.index;
      const year = Number(y);
      const month = Number(mo);
      const day = Number(d);
      const base = { start, end: start + whole.length, text: whole };
      if (year < minYear) continue;
      add(found, isValidDay(year, month, day) ? { ...base, kind: 'day', year, month, day } : { ...base, kind: 'impossible', why: 'no such day' });
    }
  }
  const numeric = [...text.matchAll(DMY_SLASH)];
  const orders = new Map<string, boolean | null | undefined>();
  for (const m of numeric) {
    const [whole, a, separator = '', c, y] = m;
    const start = offset + m.index;
    const first = Number(a);
    const second = Number(c);
    const year = Number(y);
    const base = { start, end: start + whole.length, text: whole };
    const dayFirst = isValidDay(year, second, first);
    const monthFirst = isValidDay(year, first, second);
    let reading: { month: number; day: number } | null = null;
    if (dayFirst && monthFirst && first !== second) {
      // The page's own order first; else Spanish writes day/month, and English sources mix both orders, so only the year is certain.
      if (!orders.has(separator)) orders.set(separator, pageOrder(numeric, separator));
      const order = orders.get(separator) ?? (language === 'es' ? true : null);
      if (order === true) reading = { month: second, day: first };
      else if (order === false) reading = { month: first, day: second };
      else {
        add(found, { ...base, kind: 'ambiguous', year, why: 'day and month order is not settled by the language or the page' });
        continue;
      }
    } else if (dayFirst && (language === 'es' || !monthFirst)) reading = { month: second, day: first };
    else if (monthFirst) reading = { month: first, day: second };
    if (reading) add(found, { ...base, kind: 'day', year, ...reading });
    else add(found, { ...base, kind: 'impossible', why: 'no such day' });
  }
}

/** Month-name dates that chrono silently drops because the day does not exist. */
export function impossibleNamedDates(text: string, offset: number, language: string, found: RawDate[]): void {
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

export function spanishDayRanges(text: string, offset: number, found: RawDate[]): void {
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
