import { describe, expect, it } from 'vitest';
import type { Quote } from '../../schema/timeline';
import { chartItems } from './items';
import type { Lane } from './lane-layout';
import { groupByLane, layoutQuotes } from './quote-layout';

const q = (id: string, speaker: string | null, start: string | null, event: string | null = null): Quote =>
  ({
    id,
    speaker,
    text: 'words',
    direct: true,
    date: { start, precision: start ? 'day' : 'unknown', basis: start ? 'stated' : 'reported' },
    event,
    source: { document: 'd', start: 0, end: 1 },
  }) as unknown as Quote;

const lane = (id: string): Lane => ({ id, name: id, shortNames: [], country: null, group: 'other', count: 1, collapsed: false });
const t0 = Date.UTC(2026, 0, 1);
const x = (ms: number) => (ms - t0) / 86_400_000; // one px per day

describe('quote marks', () => {
  it('puts each quote on its speaker lane at its date, unattributed ones on their own lane', () => {
    const items = chartItems([], [q('a', 's1', '2026-01-05'), q('b', null, '2026-01-09')], new Map());
    const marks = layoutQuotes(groupByLane(items.quotes), [lane('s1'), lane('')], [t0, t0 + 30 * 86_400_000], x, 0.5);
    expect(marks.map((m) => [m.laneId, m.x, m.ids])).toEqual([
      ['s1', 4, ['a']],
      ['', 8, ['b']],
    ]);
  });

  it('stacks quotes that would overlap into one counted mark', () => {
    const items = chartItems([], [q('a', 's1', '2026-01-05'), q('b', 's1', '2026-01-05'), q('c', 's1', '2026-01-20')], new Map());
    const marks = layoutQuotes(groupByLane(items.quotes), [lane('s1')], [t0, t0 + 30 * 86_400_000], x, 3);
    expect(marks.map((m) => m.ids.length)).toEqual([2, 1]);
  });

  it('dates an undated quote by its event, and counts the rest as undated', () => {
    const events = [
      {
        id: 'e',
        type: 'call',
        cameo: '041',
        title: 't',
        relevant: true,
        date: { start: '2026-01-19', precision: 'day', basis: 'stated' },
        actors: [],
        sources: [{ document: 'd', start: 0, end: 1, text: 'x' }],
        sourceCount: 1,
      },
    ] as unknown as Parameters<typeof chartItems>[0];
    const items = chartItems(events, [q('a', 's1', null, 'e'), q('b', 's1', null)], new Map());
    expect(items.quotes.map((i) => [i.id, i.ms, i.eventId])).toEqual([['a', Date.UTC(2026, 0, 19), 'e']]);
    expect(items.undatedQuotes).toBe(1);
  });

  const reportedOn = (id: string, speaker: string | null, day: string | null, event: string | null = null): Quote =>
    ({ ...q(id, speaker, null, event), date: { start: day, precision: day ? 'day' : 'unknown', basis: 'reported' } }) as Quote;

  it("draws a quote with no date of its own on its speaker's lane at its article's day, marked as placed there", () => {
    const items = chartItems([], [reportedOn('a', 's1', '2026-01-07'), q('b', 's1', '2026-01-09'), reportedOn('c', 's1', null)], new Map());
    expect(items.quotes.map((i) => [i.id, i.ms, i.asReported])).toEqual([
      ['a', Date.UTC(2026, 0, 7), true],
      ['b', Date.UTC(2026, 0, 9), false],
    ]);
    // Only a quote with no publication day either is left to the undated tray.
    expect(items.undatedQuotes).toBe(1);
  });

  it('marks a stack as placed at the article day only when every quote in it is', () => {
    const items = chartItems(
      [],
      [reportedOn('a', 's1', '2026-01-07'), reportedOn('b', 's1', '2026-01-07'), reportedOn('c', 's1', '2026-01-20'), q('d', 's1', '2026-01-20')],
      new Map(),
    );
    const marks = layoutQuotes(groupByLane(items.quotes), [lane('s1')], [t0, t0 + 30 * 86_400_000], x, 3);
    expect(marks.map((m) => [m.ids, m.asReported])).toEqual([
      [['a', 'b'], true],
      [['c', 'd'], false],
    ]);
  });
});
