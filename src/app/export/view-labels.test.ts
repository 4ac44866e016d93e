import { describe, expect, it } from 'vitest';
import type { DateValue, Timeline } from '../../schema/timeline';
import { generateTimeline } from '../timeline/fixtures/generate-timeline';
import { rangeLabel, viewRange } from './view-labels';

const base = generateTimeline({ items: 10, seed: 3 });
const template = base.events[0] as Timeline['events'][number];
const day = (start: string): DateValue => ({ start, precision: 'day', basis: 'stated' });

/** Events on these dates, all on topic, no quotes. */
function timelineOn(dates: DateValue[]): Timeline {
  return { ...base, quotes: [], events: dates.map((date, i) => ({ ...template, id: `e${i}` as typeof template.id, relevant: true, date })) };
}

describe('the date range printed on an exported image and on the handout', () => {
  const today = Date.UTC(2031, 5, 1);

  it('names the window the chart opens on, not the year a single year-only event stretches it to', () => {
    const t = timelineOn([{ start: '2030', precision: 'year', basis: 'stated' }, day('2031-01-03'), day('2031-01-12'), day('2031-01-19'), day('2031-01-29')]);
    const r = viewRange(null, t, t.events, t.quotes, today);
    expect(r).not.toBeNull();
    expect(r!.start > '2030-12-01' && r!.start <= '2031-01-03').toBe(true);
    expect(r!.end >= '2031-01-29' && r!.end < '2031-03-01').toBe(true);
    expect(rangeLabel(r, 'en')).toMatch(/ 2030 to .* 2031$|^\d+ January 2031 to /);
  });

  it('keeps a range the reader chose, and says "All dates" when nothing is on the axis', () => {
    const t = timelineOn([day('2031-01-03')]);
    expect(viewRange({ start: '2031-01-01', end: '2031-01-31' }, t, t.events, t.quotes, today)).toEqual({ start: '2031-01-01', end: '2031-01-31' });
    const undated = timelineOn([{ start: null, precision: 'unknown', basis: 'stated' }]);
    expect(rangeLabel(viewRange(null, undated, undated.events, undated.quotes, today), 'en')).toBe('All dates');
  });
});
