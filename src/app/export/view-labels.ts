/** The words drawn into exported images and the print handout. */
import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';
import type { DateRange } from '../timeline/timeline-props';
import { todayMs } from '../timeline/calendar-date';
import { openingView } from '../timeline/opening-view';
import { viewToRange } from '../timeline/view-range';
import { formatCalendar } from '../i18n/format-date';
import { translate, type Lang } from '../i18n/translate';
import { citedOutlets } from '../embed/sources-credit';

/** The shown window: the chosen range, or else the window the chart opens on (null when nothing is dated). */
export function viewRange(
  range: DateRange | null,
  timeline: Timeline,
  events: readonly TimelineEvent[],
  quotes: readonly Quote[],
  today = todayMs(new Date()),
): DateRange | null {
  if (range) return range;
  const view = openingView(timeline, events, quotes, today);
  return view ? viewToRange(view) : null;
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
