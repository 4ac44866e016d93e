/**
 * The corpus pass for documents that state no year at all. A story that opens with a
 * year-less dateline ("TIJUANA, B.C., 27 de febrero.-", "WASHINGTON, Feb. 18 —") in a
 * document with no full day anywhere cannot be given a year from its own words, so its
 * "ayer" and "on Tuesday" stay undated. A folder is a set of articles about one subject,
 * published close together: the dated ones say when. Such a document is extracted again
 * with the span its dated neighbours were published in (a month of slack either side),
 * and its dateline becomes the one such day inside the span, basis `inferred`. Nothing is
 * guessed when the span is a year or longer (the day could fall in two years) or holds no
 * such day. The span is the earliest and latest publication day, so the result does not
 * depend on the order of the files; documents placed this way never widen it.
 */
import { addDays, compareDays, formatDay, toDayNumber } from './dates/calendar';
import type { CalendarDay, CorpusSpan, SourceDocument } from './model';

/** Days of slack either side of the dated documents' publication days. */
const SLACK_DAYS = 31;
/** A span this long or longer may hold a month and day twice. */
const MAX_SPAN_DAYS = 366;

/** What the pass reads of a first extraction. */
export interface YearCandidate {
  published: CalendarDay | null;
  awaitsYear?: true;
}

/** The days a year-less dateline may fall on: the dated documents' publication span with its slack, or null. */
export function corpusSpan(docs: readonly YearCandidate[]): CorpusSpan | null {
  let first: CalendarDay | null = null;
  let last: CalendarDay | null = null;
  for (const d of docs) {
    if (!d.published || d.awaitsYear) continue;
    if (!first || compareDays(d.published, first) < 0) first = d.published;
    if (!last || compareDays(d.published, last) > 0) last = d.published;
  }
  if (!first || !last) return null;
  const from = addDays(first, -SLACK_DAYS);
  const to = addDays(last, SLACK_DAYS);
  if (toDayNumber(to) - toDayNumber(from) >= MAX_SPAN_DAYS) return null;
  return { from: formatDay(from), to: formatDay(to) };
}

/**
 * Extracts again, with the corpus span, each document whose first extraction awaits a
 * year; `extracted[i]` is the first extraction of `sources[i]` (undefined when it failed).
 * Returns the indexes it extracted again, with their new extractions.
 */
export function placeYearlessDocuments<T extends YearCandidate>(
  sources: readonly SourceDocument[],
  extracted: readonly (T | undefined)[],
  extract: (doc: SourceDocument) => T,
): Map<number, T> {
  const again = new Map<number, T>();
  if (!extracted.some((e) => e?.awaitsYear)) return again;
  const span = corpusSpan(extracted.filter((e): e is T => e !== undefined));
  if (!span) return again;
  extracted.forEach((e, i) => {
    const source = sources[i];
    if (!e?.awaitsYear || !source) return;
    try {
      again.set(i, extract({ ...source, corpusSpan: span }));
    } catch {
      // The first extraction stands: the document simply stays undated.
    }
  });
  return again;
}
