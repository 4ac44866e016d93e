/**
 * Message stamps with a two-digit year: a chat or channel export ("[03.03.26 08:14]"),
 * a forum post or a page that prints "01/27/26 11:05 AM". A two-digit year is read
 * only where a clock time follows the date, since "03.03.26" alone may be a score or a
 * version. The order of day and month is what settles it, in this order: a number
 * above 12 in any stamp of the text with the same separator (one page prints one
 * order); dots, which are written day first; the Spanish day-first order. Otherwise,
 * only the year is kept (four-digit numeric dates are settled the same way: strict-dates.ts).
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic } from '../model';
import type { PublicationCandidate } from '../text/publication';
import { formatDay, isValidDay } from './calendar';
import { add, type RawDate } from './raw-date';
import { pageOrder } from './strict-dates';

const STAMP = /(?<![\p{L}\p{N}/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?=,?\s+(?:at\s+|a las\s+)?\d{1,2}[:.]\d{2}(?![\p{N}]))/gu;

/** The reading a separator gets in this text: `true` day first, `false` month first, `null` unsettled. */
function settledOrder(matches: readonly RegExpMatchArray[], separator: string, language: string): boolean | null {
  const order = pageOrder(matches, separator);
  if (order !== undefined) return order;
  return separator === '.' || language === 'es' ? true : null;
}

export function messageStamps(text: string, offset: number, language: string, found: RawDate[]): void {
  const matches = [...text.matchAll(STAMP)];
  if (matches.length === 0) return;
  const orders = new Map<string, boolean | null>();
  for (const m of matches) {
    const [whole, a, separator = '', c, y] = m;
    if (!orders.has(separator)) orders.set(separator, settledOrder(matches, separator, language));
    const year = 2000 + Number(y);
    const first = Number(a);
    const second = Number(c);
    const start = offset + (m.index ?? 0);
    const base = { start, end: start + whole.length, text: whole };
    const order = first === second ? true : orders.get(separator);
    if (order === null || order === undefined) {
      add(found, { ...base, kind: 'ambiguous', year, why: 'the page does not settle the order of day and month' });
      continue;
    }
    const [month, day] = order ? [second, first] : [first, second];
    add(found, isValidDay(year, month, day) ? { ...base, kind: 'day', year, month, day } : { ...base, kind: 'impossible', why: 'no such day' });
  }
}

/** Whether a found date's words are a two-digit-year stamp ("03.03.26"). */
function isMessageStamp(words: string): boolean {
  return /^\d{1,2}([/.-])\d{1,2}\1\d{2}$/u.test(words);
}

/**
 * Each message of a log was written on its own stamp's day, so a log whose stamps
 * name several days has no one day that "yesterday" in every message counts from:
 * its stamps are then no publication date (the story's other candidates still are).
 */
export function dropDisagreeingStamps(candidates: Map<number, PublicationCandidate[]>, path: string, diagnostics: Diagnostic[]): void {
  for (const [story, list] of candidates) {
    const days = new Set(list.filter((c) => isMessageStamp(c.text)).map((c) => formatDay(c.day)));
    if (days.size <= 1) continue;
    const rest = list.filter((c) => !isMessageStamp(c.text));
    if (rest.length) candidates.set(story, rest);
    else candidates.delete(story);
    diagnostics.push(diagnostic('info', 'message-stamps-disagree', `message stamps name ${days.size} different days; none is taken as the publication date`, path, null));
  }
}
