/**
 * A saved page's meta tags often give its publication as a UTC instant
 * ("2026-01-13T01:40:00Z"), while the page prints the local time its readers saw
 * ("January 12, 2026 8:40 PM"): an evening story in the Americas has the next day
 * in UTC. The day the page prints in its header is the article's day, so when the
 * instant is in UTC and a header line is one day written out one day apart from
 * it, that day is taken. Nothing else moves the meta date: a zone offset other
 * than UTC is already the publisher's local day, and a printed day further away is
 * another stamp (an update, a related item's).
 */
import { addDays, compareDays, formatDay, parseDay } from '../dates/calendar';
import { writtenDay } from '../dates/written-day';

/** An ISO instant in UTC: "2026-01-13T01:40:00Z", "2026-01-13T01:40:00.000+00:00". */
const UTC_INSTANT = /^\s*(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]00:?00)\s*$/iu;
/** Header lines looked at: those before the first paragraph of prose, at most this many. */
const HEADER_LINES = 20;
const MAX_STAMP = 80;

export function localPublishedDay(metaValue: string, blocks: readonly string[]): string | null {
  const utc = parseDay(UTC_INSTANT.exec(metaValue)?.[1] ?? '');
  if (!utc) return null;
  for (const block of blocks.slice(0, HEADER_LINES)) {
    const line = block.trim();
    if (line.length > 120) return null;
    if (line.length > MAX_STAMP) continue;
    const day = writtenDay(line);
    if (!day) continue;
    const apart = [addDays(utc, -1), addDays(utc, 1)].some((d) => compareDays(d, day) === 0);
    return apart ? formatDay(day) : null;
  }
  return null;
}
