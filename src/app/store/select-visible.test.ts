import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../schema/timeline';
import { emptyFilters, type Filters } from './filters-slice';
import { countFacets, filterTimeline, timeOrder } from './select-visible';
import { matchRanges } from './search-match';

const src = (document: string) => ({ document, start: 0, end: 4, text: 'Text' });
const timeline = {
  schemaVersion: 1,
  title: 'T',
  description: '',
  documents: [],
  story: [],
  diagnostics: [],
  actors: [
    { id: 'ana', name: 'Ana Pérez', aliases: [], country: 'MX', kind: 'person', origin: 'registry' },
    { id: 'bob', name: 'Bob Stone', aliases: [], country: 'US', kind: 'person', origin: 'registry' },
  ],
  events: [
    { id: 'e2', type: 'call', cameo: '041', title: 'A phone call', relevant: true, date: { start: '2026-02-10', precision: 'day', basis: 'stated' }, actors: ['ana', 'bob'], sources: [src('d1')], sourceCount: 1 },
    { id: 'e1', type: 'threat', cameo: '130', title: 'A threat on sovereignty', relevant: true, date: { start: '2026-01', precision: 'month', basis: 'stated' }, actors: ['bob'], sources: [src('d2')], sourceCount: 1 },
    { id: 'e3', type: 'other', cameo: '010', title: 'Sidebar item', relevant: false, date: { start: null, precision: 'unknown', basis: 'reported' }, actors: [], sources: [src('d1')], sourceCount: 1 },
  ],
  quotes: [
    { id: 'q1', speaker: 'ana', text: 'Our Soberanía is not for sale', direct: true, date: { start: '2026-02-10', precision: 'day', basis: 'stated' }, event: 'e2', source: { document: 'd1', start: 0, end: 4 } },
    { id: 'q2', speaker: 'bob', text: 'We will act', direct: true, date: { start: '2026-01-05', precision: 'day', basis: 'stated' }, event: null, source: { document: 'd2', start: 0, end: 4 } },
    { id: 'q3', speaker: null, text: 'Off-topic words', direct: false, date: { start: null, precision: 'unknown', basis: 'reported' }, event: 'e3', source: { document: 'd1', start: 0, end: 4 } },
  ],
} as unknown as Timeline;

const f = (patch: Partial<Filters>): Filters => ({ ...emptyFilters, ...patch });
const ids = (v: { events: { id: string }[]; quotes: { id: string }[] }) => [...v.events.map((e) => e.id), ...v.quotes.map((q) => q.id)];

describe('visible items', () => {
  it('hides off-topic events, and quotes about them, until the toggle is on', () => {
    expect(ids(filterTimeline(timeline, emptyFilters))).toEqual(['e2', 'e1', 'q1', 'q2']);
    expect(ids(filterTimeline(timeline, f({ showOffTopic: true })))).toEqual(['e2', 'e1', 'e3', 'q1', 'q2', 'q3']);
  });

  it('keeps only one speaker’s quotes and the events they take part in', () => {
    expect(ids(filterTimeline(timeline, f({ actors: ['ana'] })))).toEqual(['e2', 'q1']);
  });

  it('filters by country through the actors', () => {
    expect(ids(filterTimeline(timeline, f({ countries: ['US'] })))).toEqual(['e2', 'e1', 'q2']);
  });

  it('searches titles, quotes and speaker names without regard to case or accents', () => {
    expect(ids(filterTimeline(timeline, f({ search: 'SOBERANIA' })))).toEqual(['q1']);
    expect(ids(filterTimeline(timeline, f({ search: 'sovereignty' })))).toEqual(['e1']);
    expect(ids(filterTimeline(timeline, f({ search: 'perez' })))).toEqual(['e2', 'q1']);
  });

  it('keeps items that overlap the date range, and drops undated ones', () => {
    expect(ids(filterTimeline(timeline, f({ from: '2026-01-20', showOffTopic: true })))).toEqual(['e2', 'e1', 'q1']);
  });

  it('counts each option as if it were chosen with the other filters', () => {
    const counts = countFacets(timeline, f({ actors: ['ana'] }));
    expect(counts.actors.get('bob')).toBe(3);
    expect(counts.actors.get('ana')).toBe(2);
    expect(counts.types.get('call')).toBe(2);
    expect(counts.offTopic).toBe(0);
    expect(countFacets(timeline, emptyFilters).offTopic).toBe(1);
  });

  it('orders items by date with events first on the same day and undated last', () => {
    const order = timeOrder(filterTimeline(timeline, f({ showOffTopic: true }))).map((i) => i.id);
    expect(order).toEqual(['e1', 'q2', 'e2', 'q1', 'e3', 'q3']);
  });

  it('finds match ranges in the original text, accents included', () => {
    expect(matchRanges('Our Soberanía is', 'soberania')).toEqual([[4, 13]]);
    expect(matchRanges('a b a', 'A')).toEqual([[0, 1], [4, 5]]);
    expect(matchRanges('text', '   ')).toEqual([]);
  });
});
