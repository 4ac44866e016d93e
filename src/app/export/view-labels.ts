/** The words drawn into exported images and the print handout. */
import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';
import type { DateRange } from '../timeline/timeline-props';
import { dateBounds } from '../store/select-visible';
import { formatCalendar } from '../i18n/format-date';
import { translate, type Lang } from '../i18n/translate';
import { citedOutlets } from '../embed/sources-credit';

/** The shown window, or the span of what is shown when the chart fits all. */
export function viewRange(range: DateRange | null, events: readonly TimelineEvent[], quotes: readonly Quote[]): DateRange | null {
  if (range) return range;
  let start: string | null = null;
  let end: string | null = null;
  for (const item of [...events, ...quotes]) {
    const b = dateBounds(item.date);
    if (!b) continue;
    if (start === null || b[0] < start) start = b[0];
    if (end === null || b[1] > end) end = b[1];
  }
  return start !== null && end !== null ? { start, end } : null;
}

export function rangeLabel(range: DateRange | null, lang: Lang): string {
  if (!range) return translate(lang, 'allDates');
  return translate(lang, 'rangeLabel', { start: formatCalendar(range.start, lang), end: formatCalendar(range.end, lang) });
}

export function sourcesLine(timeline: Timeline, events: readonly TimelineEvent[], quotes: readonly Quote[], lang: Lang): string {
  const { outlets, withoutOutlet } = citedOutlets(timeline, events, quotes);
  const names = outlets.length > 0 ? outlets.join(', ') : translate(lang, 'sourcesDocuments', { n: withoutOutlet });
  return translate(lang, 'sourcesCredit', { outlets: names });
}
