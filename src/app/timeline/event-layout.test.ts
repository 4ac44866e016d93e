import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../schema/timeline';
import { layoutEvents } from './event-layout';
import { chartItems } from './items';
import { timeScale } from './time-scale';

const ev = (id: string, date: TimelineEvent['date'], sourceCount = 1): TimelineEvent =>
  ({
    id,
    type: 'call',
    cameo: '041',
    title: `Event ${id}`,
    relevant: true,
    date,
    actors: [],
    sources: [{ document: 'd', start: 0, end: 1, text: 'x' }],
    sourceCount,
  }) as unknown as TimelineEvent;

const opts = { width: 1000, rows: 3, radius: 6, gap: 4, font: 12, labelChars: 30 };
const view = [Date.UTC(2026, 0, 1), Date.UTC(2026, 3, 1)] as const;
const scale = timeScale(view, 1000);
const x = (ms: number) => scale(new Date(ms));

function layout(events: TimelineEvent[]) {
  return layoutEvents(chartItems(events, [], new Map()).events, x, opts);
}

describe('events band geometry', () => {
  it('draws a day as a point at that day', () => {
    const l = layout([ev('a', { start: '2026-02-01', precision: 'day', basis: 'stated' })]);
    expect(l.marks[0]?.item.kind).toBe('point');
    expect(l.marks[0]?.cx).toBeCloseTo(x(Date.UTC(2026, 1, 1)));
  });

  it('draws a range as a bar to the end of its last day', () => {
    const l = layout([ev('a', { start: '2026-02-01', end: '2026-02-03', precision: 'day', basis: 'stated' })]);
    const m = l.marks[0];
    expect(m?.item.kind).toBe('bar');
    expect(m?.x1).toBeCloseTo(x(Date.UTC(2026, 1, 4)));
  });

  it('draws a month as a band across the whole month', () => {
    const l = layout([ev('a', { start: '2026-02', precision: 'month', basis: 'stated' })]);
    const m = l.marks[0];
    expect(m?.item.kind).toBe('band');
    expect(m?.x0).toBeCloseTo(x(Date.UTC(2026, 1, 1)));
    expect(m?.x1).toBeCloseTo(x(Date.UTC(2026, 2, 1)));
  });

  it('draws a week as a seven-day band', () => {
    const m = layout([ev('a', { start: '2026-02-02', precision: 'week', basis: 'relative' })]).marks[0];
    expect(m?.item.kind).toBe('band');
    expect((m?.x1 ?? 0) - (m?.x0 ?? 0)).toBeCloseTo(x(Date.UTC(2026, 1, 9)) - x(Date.UTC(2026, 1, 2)));
  });

  it('leaves out events outside the window', () => {
    const l = layout([ev('a', { start: '2025-06-01', precision: 'day', basis: 'stated' })]);
    expect(l.inView).toBe(0);
    expect(l.marks).toEqual([]);
  });

  it('puts many events on one day into a counted cluster, and no coordinate is NaN', () => {
    const same = Array.from({ length: 12 }, (_, i) => ev(`e${i}`, { start: '2026-02-10', precision: 'day', basis: 'stated' }));
    const l = layout(same);
    const clustered = l.clusters.reduce((n, c) => n + c.ids.length, 0);
    expect(l.marks.length + clustered).toBe(12);
    expect(clustered).toBeGreaterThan(0);
    for (const m of l.marks) expect([m.cx, m.x0, m.x1, m.row].every(Number.isFinite)).toBe(true);
    for (const c of l.clusters) expect(Number.isFinite(c.x)).toBe(true);
  });

  it('sends undated events and events placed only by their report date to the tray', () => {
    const items = chartItems(
      [
        ev('u', { start: null, precision: 'unknown', basis: 'reported' }),
        ev('r', { start: '2026-01-17', precision: 'day', basis: 'reported' }),
        ev('d', { start: '2026-01-19', precision: 'day', basis: 'stated' }),
      ],
      [],
      new Map(),
    );
    expect(items.events.map((e) => e.id)).toEqual(['d']);
    expect(items.undated.map((u) => [u.id, u.reported])).toEqual([
      ['r', '2026-01-17'],
      ['u', null],
    ]);
  });

  it('keeps every label inside the chart when the font is wider than the average guess, bold ones too', () => {
    // A wide font: capitals and "m"/"w" take a full em, other glyphs two thirds.
    const measure = (text: string, bold: boolean) =>
      Array.from(text).reduce((w, c) => w + (/[A-ZÁÉÓ]|m|w/.test(c) ? 12 : 8), 0) * (bold ? 1.15 : 1);
    const titled = (id: string, day: string, title: string, sources = 1) => ({ ...ev(id, { start: day, precision: 'day', basis: 'stated' }, sources), title });
    const events = [
      titled('a', '2026-03-10', 'Wilhelmina Marrow Warns Ministers About Water Rationing'),
      titled('b', '2026-03-13', 'La ministra Ximena Olmedo anuncia medidas migratorias', 3),
      titled('c', '2026-01-02', 'MEMORANDUM WITHDRAWN AFTER WEEKEND MEETING'),
      titled('d', '2026-03-30', 'Mauricio Wendt amenaza con más aranceles'),
    ];
    for (const bold of [false, true]) {
      const l = layoutEvents(chartItems(events, [], new Map()).events, x, { ...opts, measure, bold: () => bold });
      const labelled = l.marks.filter((m) => m.label !== null);
      expect(labelled.length).toBeGreaterThan(1);
      for (const m of labelled) {
        const w = measure(m.label ?? '', bold);
        const offset = m.item.event.sourceCount > 1 ? 4 : 0;
        if (m.labelSide === 'right') expect(m.cx + opts.radius + opts.gap + offset + w).toBeLessThanOrEqual(opts.width);
        else expect(m.cx - opts.radius - opts.gap - w).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
