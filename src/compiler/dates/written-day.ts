/**
 * A metadata value that is one day written out in words, as a page or an editor
 * prints it: "Thursday, March 5, 2026 6:58 AM ET", "5 March 2026", "jueves 5 de
 * marzo de 2026, 06:58 h", or in figures when the order cannot be mistaken
 * ("26/02/2026 19:48": 26 is no month; 03/05/2026 is day/month or month/day, so
 * it is refused). The whole value must be that day (a weekday, the date, a time
 * of day and a zone at most), and a weekday that does not fall on that day
 * refuses the value: a wrong day is worse than none.
 */
import type { CalendarDay } from '../model';
import { isValidDay, weekday } from './calendar';
import { EN_MONTH_PATTERN, ES_MONTH_PATTERN, MONTHS, WEEKDAYS } from './lexicon';

const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo';
const MONTH = `(?:${EN_MONTH_PATTERN}|${ES_MONTH_PATTERN}|ene|abr|ago|dic)\\.?`;
const TIME = '(?:[,|·•]?\\s*(?:at\\s+|a las\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|hrs?\\.?|h)?)?(?:\\s*\\(?(?:[A-Z]{1,4}T|UTC|GMT|Z)\\)?)?';
const DAY = `(?:(${WEEKDAY}),?\\s+)?(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:\\s+de)?\\s+(${MONTH})(?:\\s+del?)?,?\\s+(\\d{4}))`;
const WRITTEN_DAY = new RegExp(`^\\s*${DAY}${TIME}\\s*$`, 'iu');
/** "26/02/2026 19:48", "02/26/2026": day and month in figures, read only when one of them cannot be a month. */
const NUMERIC_DAY = new RegExp(`^\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${TIME.replace('[,|·•]?', '[,|·•T]?')}\\s*$`, 'iu');
const DAY_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}])${DAY}(?![\\p{L}\\p{N}])`, 'giu');

/** Weekday number (1 = Monday) of a weekday word or its abbreviation, or null. */
function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  for (const [name, n] of Object.entries(WEEKDAYS)) if (name.startsWith(w)) return n;
  return null;
}

export function writtenDay(value: string): CalendarDay | null {
  const m = WRITTEN_DAY.exec(value);
  if (m) return dayOf(m);
  const n = NUMERIC_DAY.exec(value);
  if (!n) return null;
  const [a, b, year] = [Number(n[1]), Number(n[2]), Number(n[3])];
  // 03/05/2026 is the 3rd of May or March 5: refused.
  if ((a > 12) === (b > 12)) return null;
  const [day, month] = a > 12 ? [a, b] : [b, a];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** The days written out in words in a line of text (a title), with whether a weekday leads each. */
export function writtenDaysIn(text: string): { day: CalendarDay; start: number; text: string; weekday: boolean }[] {
  return [...text.matchAll(DAY_IN_TEXT)].flatMap((m) => {
    const day = dayOf(m);
    return day ? [{ day, start: m.index, text: m[0], weekday: m[1] !== undefined }] : [];
  });
}

function dayOf(m: RegExpMatchArray): CalendarDay | null {
  const monthWord = (m[2] ?? m[6] ?? '').toLowerCase().replace(/\.$/u, '');
  const month = MONTHS[monthWord];
  const day = Number(m[3] ?? m[5]);
  const year = Number(m[4] ?? m[7]);
  if (month === undefined || !isValidDay(year, month, day)) return null;
  const found = { year, month, day };
  if (m[1] !== undefined && weekdayNumber(m[1]) !== weekday(found)) return null;
  return found;
}
