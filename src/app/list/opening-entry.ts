/**
 * Where the list opens: at the first entry in the window the chart opens on
 * (opening-view.ts), so a phone reader starts at the same place as a desktop one.
 */
import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';
import { periodOf } from '../timeline/calendar-date';
import { openingView } from '../timeline/opening-view';
import type { View } from '../timeline/time-scale';
import type { DateRange } from '../timeline/timeline-props';
import { rangeToView } from '../timeline/view-range';
import type { ListEntry } from './list-entries';

/** The chosen range, or else the window the chart opens on; null when nothing is on the axis. */
export function openingWindow(
  range: DateRange | null,
  timeline: Timeline,
  events: readonly TimelineEvent[],
  quotes: readonly Quote[],
  today: number,
): View | null {
  return (range ? rangeToView(range) : null) ?? openingView(timeline, events, quotes, today);
}

/**
 * Index of the first dated entry (in time order) that begins inside `view`; 0 when
 * none does. A long band begun earlier runs into the window on the chart but sits
 * above that entry in the list, just as it runs off the chart's left edge.
 */
export function openingEntryIndex(dated: readonly ListEntry[], view: View | null): number {
  if (view === null) return 0;
  const at = dated.findIndex((entry) => {
    const period = periodOf(entry.kind === 'event' ? entry.event.date : entry.quote.date);
    return period !== null && period.startMs >= view[0] && period.startMs < view[1];
  });
  return at < 0 ? 0 : at;
}
