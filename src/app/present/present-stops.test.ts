import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../schema/timeline';
import { lastDay, presentStops, stopRange } from './present-stops';

function event(id: string, start: string | null, relevant = true, extra: Partial<TimelineEvent['date']> = {}): TimelineEvent {
  return {
    id,
    type: 'statement',
    cameo: '010',
    title: `Event ${id}`,
    relevant,
    date: { start, precision: start === null ? 'unknown' : 'day', basis: 'stated', ...extra },
    actors: [],
    sources: [{ document: 'd1', start: 0, end: 1, text: 'x' }],
    sourceCount: 1,
  } as unknown as TimelineEvent;
}

describe('presentation stops', () => {
  const events = [event('c', '2026-02-01'), event('a', '2026-01-05'), event('u', null), event('x', '2026-01-20', false), event('b', '2026-01')];

  it('defaults to every dated relevant event in date order', () => {
    expect(presentStops(events, []).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it("follows the editor's story, skipping unknown and repeated ids", () => {
    expect(presentStops(events, ['c', 'missing', 'u', 'c', 'a']).map((e) => e.id)).toEqual(['c', 'u', 'a']);
  });

  it('falls back to the default when no story id is known', () => {
    expect(presentStops(events, ['missing']).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it('frames a day with padding and a month as a whole month', () => {
    expect(stopRange(event('a', '2026-01-05'), 10)).toEqual({ start: '2025-12-26', end: '2026-01-15' });
    expect(stopRange(event('b', '2026-02'), 0)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(stopRange(event('r', '2026-01-01', true, { end: '2026-01-03' }), 1)).toEqual({ start: '2025-12-31', end: '2026-01-04' });
    expect(stopRange(event('u', null))).toBeNull();
  });

  it('knows the last day of a leap February', () => {
    expect(lastDay('2028-02')).toBe('2028-02-29');
  });
});
