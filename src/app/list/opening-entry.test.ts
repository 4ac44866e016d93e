import { describe, expect, it } from 'vitest';
import type { DateValue, Timeline } from '../../schema/timeline';
import { generateTimeline } from '../timeline/fixtures/generate-timeline';
import type { ListEntry } from './list-entries';
import { openingEntryIndex, openingWindow } from './opening-entry';

const base = generateTimeline({ items: 10, seed: 3 });
const template = base.events[0] as Timeline['events'][number];
const day = (start: string): DateValue => ({ start, precision: 'day', basis: 'stated' });
const year = (start: string): DateValue => ({ start, precision: 'year', basis: 'stated' });

/** Events on these dates (in time order), no quotes, and the list's entries for them. */
function listOn(dates: DateValue[]): { timeline: Timeline; dated: ListEntry[] } {
  const events = dates.map((date, i) => ({ ...template, id: `e${i}` as typeof template.id, relevant: true, date }));
  return { timeline: { ...base, quotes: [], events }, dated: events.map((event) => ({ kind: 'event', event, quotes: [] })) };
}

describe('where the small-screen list opens', () => {
  const today = Date.UTC(2031, 5, 1);

  it('opens at the first item the chart opens on, past a year-only event that would stretch the chart', () => {
    const { timeline, dated } = listOn([year('2029'), year('2030'), day('2031-01-03'), day('2031-01-12'), day('2031-01-19'), day('2031-01-29'), day('2031-02-02')]);
    const view = openingWindow(null, timeline, timeline.events, timeline.quotes, today);
    expect(openingEntryIndex(dated, view)).toBe(2);
  });

  it('opens at the first item of the range the reader chose', () => {
    const { timeline, dated } = listOn([day('2031-01-03'), day('2031-01-12'), day('2031-01-19')]);
    const view = openingWindow({ start: '2031-01-10', end: '2031-01-31' }, timeline, timeline.events, timeline.quotes, today);
    expect(openingEntryIndex(dated, view)).toBe(1);
  });

  it('opens at the top when the chart opens on everything, or nothing is on the axis', () => {
    const all = listOn([day('2031-01-03'), day('2031-01-12'), day('2031-01-19')]);
    expect(openingEntryIndex(all.dated, openingWindow(null, all.timeline, all.timeline.events, all.timeline.quotes, today))).toBe(0);
    const undated = listOn([{ start: null, precision: 'unknown', basis: 'stated' }]);
    expect(openingWindow(null, undated.timeline, undated.timeline.events, undated.timeline.quotes, today)).toBeNull();
    expect(openingEntryIndex([], null)).toBe(0);
  });
});
