/**
 * What a screen reader hears for each mark, and the tooltip text: type, date in
 * words, title and source count for an event; speaker, date and words for a quote.
 * Built as plain strings and rendered only as text.
 */
import type { ChartStrings } from './chart-text';
import { describeDate, type ChartLocale } from './format-date';
import type { EventItem, QuoteItem } from './items';
import { truncate } from './label-placement';

export function eventName(item: EventItem, s: ChartStrings, locale: ChartLocale): string {
  const e = item.event;
  const when = describeDate(e.date, locale, s.undated);
  return `${s.types[e.type]}, ${when}: ${truncate(e.title, 300)}, ${s.sources(e.sourceCount)}`;
}

export function quoteName(item: QuoteItem, speaker: string, s: ChartStrings, locale: ChartLocale): string {
  const q = item.quote;
  const day = q.date.start === null ? null : describeDate(q.date, locale, s.undated);
  const when = day === null ? '' : `, ${item.asReported ? s.reportedOn(day) : day}`;
  return `${s.quoteBy(speaker)}${when}: “${truncate(q.text, 300)}”`;
}

/**
 * A drawn label keeps at most two combining marks per character: Zalgo text would
 * otherwise stack marks far above and below its row, over its neighbours. The
 * tooltip and the accessible name keep the full text.
 */
export function calmMarks(text: string): string {
  return text.replace(/(\p{M}{2})\p{M}+/gu, '$1');
}

/** Wraps text in Unicode first-strong isolates, so RTL titles do not reorder the label around them. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Case- and accent-insensitive "contains", for highlighting search matches. */
export function matches(text: string, needle: string): boolean {
  if (needle === '') return false;
  const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(text).includes(fold(needle));
}
