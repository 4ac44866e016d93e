import { describe, expect, it } from 'vitest';
import type { Actor } from '../../schema/timeline';
import { buildLanes, moveLane, toggleLane, verticalLayout } from './lane-layout';

const actor = (id: string, country: string | null): Actor =>
  ({ id, name: `Name ${id}`, aliases: [], country, kind: 'person', origin: 'registry' }) as unknown as Actor;

const actors = new Map([
  ['u1', actor('u1', 'US')],
  ['u2', actor('u2', 'US')],
  ['m1', actor('m1', 'MX')],
  ['v1', actor('v1', 'VE')],
  ['n1', actor('n1', null)],
]);

// One entry per quote.
const quotes = ['u1', 'u2', 'u2', 'u2', 'm1', 'v1', '', 'n1', 'n1', 'u1'];

describe('lanes', () => {
  it('puts US speakers first, then Mexican ones, then everyone else', () => {
    const lanes = buildLanes(quotes, actors, [], null, 'Unattributed');
    expect(lanes.map((l) => [l.id, l.group])).toEqual([
      ['u2', 'us'],
      ['u1', 'us'],
      ['m1', 'mx'],
      ['n1', 'other'],
      ['v1', 'other'],
      ['', 'other'],
    ]);
  });

  it('orders speakers by number of quotes, and names unattributed quotes', () => {
    const lanes = buildLanes(quotes, actors, [], null, 'Unattributed');
    expect(lanes[0]?.count).toBe(3);
    expect(lanes.find((l) => l.id === '')?.name).toBe('Unattributed');
  });

  it('orders speakers with as many quotes alphabetically, ignoring accents and case', () => {
    const named = (id: string, name: string) => ({ ...actor(id, 'MX'), name }) as Actor;
    const people = new Map([
      ['c', named('c', 'Carlos Ruiz')],
      ['a', named('a', 'Ángela Soto')],
      ['b', named('b', 'beatriz Núñez')],
      ['z', named('z', 'Zoe Alba')],
    ]);
    const lanes = buildLanes(['z', 'c', 'b', 'a'], people, [], null, 'Unattributed');
    expect(lanes.map((l) => l.name)).toEqual(['Ángela Soto', 'beatriz Núñez', 'Carlos Ruiz', 'Zoe Alba']);
  });

  it('follows the reader order once a lane has been moved', () => {
    const lanes = buildLanes(quotes, actors, [], null, 'Unattributed');
    const order = moveLane(lanes, 'u1', -1);
    const again = buildLanes(quotes, actors, [], order, 'Unattributed');
    expect(again.map((l) => l.id).slice(0, 2)).toEqual(['u1', 'u2']);
  });

  it('does not move a lane out of its group', () => {
    const lanes = buildLanes(quotes, actors, [], null, 'Unattributed');
    expect(moveLane(lanes, 'm1', -1)).toEqual(lanes.map((l) => l.id));
    expect(moveLane(lanes, 'm1', 1)).toEqual(lanes.map((l) => l.id));
  });

  it('collapses and reopens a lane, and gives it a thin row', () => {
    const shut = toggleLane([], 'u2');
    expect(shut).toEqual(['u2']);
    expect(toggleLane(shut, 'u2')).toEqual([]);
    const lanes = buildLanes(quotes, actors, shut, null, 'Unattributed');
    const layout = verticalLayout(lanes, { axis: 40, band: 100, lane: 30, collapsedLane: 12, gap: 8 });
    expect(layout.lanes.get('u2')?.height).toBe(12);
    expect(layout.lanes.get('u1')?.height).toBe(30);
  });

  it('stacks US lanes above the events band and Mexican lanes below', () => {
    const lanes = buildLanes(quotes, actors, [], null, 'Unattributed');
    const layout = verticalLayout(lanes, { axis: 40, band: 100, lane: 30, collapsedLane: 12, gap: 8 });
    const us = layout.lanes.get('u1');
    const mx = layout.lanes.get('m1');
    const other = layout.lanes.get('v1');
    expect(us && us.y + us.height).toBeLessThanOrEqual(layout.band.y);
    expect(mx?.y).toBeGreaterThanOrEqual(layout.band.y + layout.band.height);
    expect(other?.y).toBeGreaterThan(mx?.y ?? Infinity);
    expect(layout.axis.y).toBe(0);
  });

  it('lays out an empty timeline with only the axis and the band', () => {
    const layout = verticalLayout([], { axis: 40, band: 100, lane: 30, collapsedLane: 12, gap: 8 });
    expect(layout.lanes.size).toBe(0);
    expect(Number.isFinite(layout.height)).toBe(true);
  });
});
