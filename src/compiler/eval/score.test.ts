import { describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../../schema/timeline';
import { actorMatches, scoreTimeline, type Gold } from './score';
import { formatUnmatched } from './unmatched-report';
import { formatUnmerged } from './unmerged-report';

const text = 'Ana Ruiz phoned Tom Hale on May 2, 2031. "No troops," Ruiz said. Hale threatened tariffs.';

function timeline(events: Partial<TimelineEvent>[], quotes: Timeline['quotes'] = []): Timeline {
  return {
    schemaVersion: 1,
    title: 't',
    description: '',
    documents: [{ id: 'd1', path: 'one.txt', title: 'x', published: null, outlet: null, url: null, language: 'en', text, blocks: [] }] as unknown as Timeline['documents'],
    actors: [
      { id: 'ana-ruiz', name: 'Ana Ruiz', aliases: [], country: null, kind: 'person', origin: 'registry' },
      { id: 'tom-hale', name: 'Tom Hale', aliases: [], country: null, kind: 'person', origin: 'registry' },
    ] as unknown as Timeline['actors'],
    events: events.map((e, i) => ({
      id: `e${i}`,
      type: 'call',
      cameo: '041',
      title: 'x',
      relevant: true,
      date: { start: null, precision: 'unknown', basis: 'reported' },
      actors: [],
      sources: [{ document: 'd1', start: 0, end: 40, text: text.slice(0, 40) }],
      sourceCount: 1,
      ...e,
    })) as unknown as Timeline['events'],
    quotes,
    story: [],
    diagnostics: [],
  };
}

const gold: Gold = {
  events: [
    { id: 'G1', date: '2031-05-02', precision: 'day', actors: ['Ana Ruiz', 'Tom Hale'], type: 'call', docs: ['one.txt'] },
    { id: 'G2', date: null, precision: 'unknown', actors: ['Tom Hale'], type: 'threat', docs: ['one.txt'] },
  ],
  quotes: [{ doc: 'one.txt', speaker: 'Ana Ruiz', quote_start: 'No troops', direct: true }],
};

describe('scoreTimeline', () => {
  it('matches events by document, shared actor and a date that does not conflict', () => {
    const score = scoreTimeline(
      timeline([
        { actors: ['ana-ruiz'] as never, date: { start: '2031-05-02', precision: 'day', basis: 'stated' } },
        { type: 'threat', actors: ['tom-hale'] as never },
      ]),
      gold,
    );
    expect(score.events.recall).toBe(1);
    expect(score.events.precision).toBe(1);
    expect(score.events.dateAccuracy).toBe(1);
    expect(score.events.invented).toEqual([]);
  });

  it('counts, for the typed precision, only events of the type of a gold event they match', () => {
    const score = scoreTimeline(
      timeline([
        { actors: ['ana-ruiz'] as never, date: { start: '2031-05-02', precision: 'day', basis: 'stated' } },
        { type: 'policy', actors: ['tom-hale'] as never },
      ]),
      gold,
    );
    expect(score.events.precision).toBe(1);
    expect(score.events.precisionTyped).toBe(0.5);
    expect(score.events.predictedTyped).toBe(1);
  });

  it('matches a month range inside a gold range, though not as the right day', () => {
    const ranged: Gold = { events: [{ id: 'G1', date: { from: '2031-03-01', to: '2031-05-31' }, precision: 'month', actors: ['Ana Ruiz'], type: 'call', docs: ['one.txt'] }], quotes: [] };
    const score = scoreTimeline(timeline([{ actors: ['ana-ruiz'] as never, date: { start: '2031-03', end: '2031-05', precision: 'month', basis: 'relative' } }]), ranged);
    expect(score.events.recall).toBe(1);
    expect(score.events.dateAccuracy).toBe(0);
  });

  it('does not match an event that asserts a different date', () => {
    const score = scoreTimeline(timeline([{ actors: ['ana-ruiz'] as never, date: { start: '2031-05-09', precision: 'day', basis: 'stated' } }]), {
      events: [gold.events[0] as Gold['events'][number]],
      quotes: [],
    });
    expect(score.events.recall).toBe(0);
    expect(score.events.precision).toBe(0);
  });

  it('counts a stated day on an undated gold event as invented, but not a reported one', () => {
    const only = { events: [gold.events[1] as Gold['events'][number]], quotes: [] };
    const stated = scoreTimeline(timeline([{ type: 'threat', actors: ['tom-hale'] as never, date: { start: '2031-05-02', precision: 'day', basis: 'stated' } }]), only);
    expect(stated.events.invented).toHaveLength(1);
    const reported = scoreTimeline(timeline([{ type: 'threat', actors: ['tom-hale'] as never, date: { start: '2031-05-02', precision: 'day', basis: 'reported' } }]), only);
    expect(reported.events.invented).toHaveLength(0);
  });

  it('does not call a day invented when a dated gold event it also matches confirms it', () => {
    const score = scoreTimeline(
      timeline([{ type: 'threat', actors: ['tom-hale', 'ana-ruiz'] as never, date: { start: '2031-05-02', precision: 'day', basis: 'stated' } }]),
      gold,
    );
    expect(score.events.invented).toEqual([]);
  });

  it('scores quote recall and attribution, and checks cited spans', () => {
    const quote = (speaker: string | null) =>
      [{ id: 'q', speaker, text: 'No troops,', direct: true, date: { start: null, precision: 'unknown', basis: 'reported' }, event: null, source: { document: 'd1', start: 42, end: 52 } }] as unknown as Timeline['quotes'];
    const right = scoreTimeline(timeline([], quote('ana-ruiz')), gold);
    expect(right.quotes).toMatchObject({ recall: 1, attributionAccuracy: 1 });
    expect(right.spans.invalid).toEqual([]);
    const wrong = scoreTimeline(timeline([], quote('tom-hale')), gold);
    expect(wrong.quotes.attributionAccuracy).toBe(0);
    const words = [{ ...quote('ana-ruiz')[0], text: 'No troops', source: { document: 'd1', start: 42, end: 51 } }] as Timeline['quotes'];
    const closingComma = scoreTimeline(timeline([], words), { ...gold, quotes: [{ doc: 'one.txt', speaker: 'Ana Ruiz', quote_start: 'No troops,', direct: true }] });
    expect(closingComma.quotes.recall).toBe(1);
    const broken = scoreTimeline(timeline([{ sources: [{ document: 'd1', start: 0, end: 5, text: 'Hello' }] as never }]), gold);
    expect(broken.spans.invalid).toHaveLength(1);
  });

  it('counts the pairs of articles of a multi-article event that one event cites together, so a partial merge shows', () => {
    const three = timeline([
      { actors: ['ana-ruiz'] as never, sources: [{ document: 'd1', start: 0, end: 40, text: text.slice(0, 40) }, { document: 'd2', start: 0, end: 40, text: text.slice(0, 40) }] as never },
      { actors: ['tom-hale'] as never, sources: [{ document: 'd3', start: 0, end: 40, text: text.slice(0, 40) }] as never },
    ]);
    const [one] = three.documents;
    three.documents = ['d1', 'd2', 'd3'].map((id, i) => ({ ...one, id, path: ['one.txt', 'two.txt', 'three.txt'][i] })) as Timeline['documents'];
    const spread: Gold = { events: [{ ...(gold.events[0] as Gold['events'][number]), docs: ['one.txt', 'two.txt', 'three.txt'] }], quotes: [] };
    const score = scoreTimeline(three, spread);
    expect(score.events.merged).toBe(0);
    expect([score.events.mergedPairs, score.events.multiDocPairs]).toEqual([1, 3]);
  });

  it('counts an event that cites two articles only different gold events list, as two happenings fused into one', () => {
    const twoDocs = (events: Partial<TimelineEvent>[]): Timeline => {
      const t = timeline(events);
      const [one] = t.documents;
      t.documents = ['d1', 'd2'].map((id, i) => ({ ...one, id, path: ['one.txt', 'two.txt'][i] })) as Timeline['documents'];
      return t;
    };
    const both = [{ document: 'd1', start: 0, end: 40, text: text.slice(0, 40) }, { document: 'd2', start: 0, end: 40, text: text.slice(0, 40) }];
    const apart: Gold = {
      events: [
        { id: 'G1', date: null, precision: 'unknown', actors: ['Ana Ruiz'], type: 'call', docs: ['one.txt'] },
        { id: 'G2', date: null, precision: 'unknown', actors: ['Ana Ruiz'], type: 'call', docs: ['two.txt'] },
      ],
      quotes: [],
    };
    const fused = twoDocs([{ actors: ['ana-ruiz'] as never, sources: both as never }]);
    expect(scoreTimeline(fused, apart).events.fused).toEqual(['e0']);
    const together: Gold = { events: [{ ...(apart.events[0] as Gold['events'][number]), docs: ['one.txt', 'two.txt'] }], quotes: [] };
    expect(scoreTimeline(fused, together).events.fused).toEqual([]);
  });

  it('lists, for a multi-article event left in pieces, the type, date, actors and title each article\'s event gave it', () => {
    const two = timeline([
      { title: 'Ruiz phoned Hale', actors: ['ana-ruiz'] as never, date: { start: '2031-05-02', precision: 'day', basis: 'stated' } },
      { type: 'statement', title: 'Hale spoke of the call', actors: ['tom-hale'] as never, sources: [{ document: 'd2', start: 0, end: 40, text: text.slice(0, 40) }] as never },
    ]);
    const [one] = two.documents;
    two.documents = ['d1', 'd2'].map((id, i) => ({ ...one, id, path: ['one.txt', 'two.txt'][i] })) as Timeline['documents'];
    const spread: Gold = { events: [{ ...(gold.events[0] as Gold['events'][number]), docs: ['one.txt', 'two.txt'] }], quotes: [] };
    const lines = formatUnmerged(two, spread, scoreTimeline(two, spread).events).split('\n');
    expect(lines[0]).toMatch(/^UNMERGED G1 call 2031-05-02/);
    expect(lines[1]).toMatch(/one\.txt: \* call 2031-05-02 day stated \[ana-ruiz\].*Ruiz phoned Hale/);
    expect(lines[2]).toMatch(/two\.txt: \* statement ---- unknown reported \[tom-hale\].*Hale spoke of the call/);
    const merged = timeline([{ actors: ['ana-ruiz'] as never, sources: [{ document: 'd1', start: 0, end: 40, text: text.slice(0, 40) }, { document: 'd2', start: 0, end: 40, text: text.slice(0, 40) }] as never }]);
    merged.documents = two.documents;
    expect(formatUnmerged(merged, spread, scoreTimeline(merged, spread).events)).toBe('');
  });

  it('matches actors by canonical name, alias or a person surname', () => {
    expect(actorMatches('Claudia Sheinbaum', { name: 'Claudia Sheinbaum Pardo', aliases: [], kind: 'person' })).toBe(true);
    expect(actorMatches('Ana Ruiz', { name: 'Tom Hale', aliases: [], kind: 'person' })).toBe(false);
    expect(actorMatches('Ana Ruiz', { name: 'Ana María Ruiz', aliases: [], kind: 'person' })).toBe(true);
    expect(actorMatches('U.S. government', { name: 'US Government', aliases: [], kind: 'government' })).toBe(true);
    expect(actorMatches('Heritage', { name: 'The Heritage Foundation', aliases: ['Heritage'], kind: 'organization' })).toBe(true);
  });
});

describe('formatUnmatched', () => {
  it('lists the relevant events no gold event takes, with the words they were read from, and leaves out matched and irrelevant ones', () => {
    const t = timeline([
      { actors: ['ana-ruiz'] as never, date: { start: '2031-05-02', precision: 'day', basis: 'stated' } },
      { type: 'meeting', actors: ['ana-ruiz'] as never, date: { start: '2031-05-09', precision: 'day', basis: 'stated' }, sources: [{ document: 'd1', start: 41, end: 64, text: text.slice(41, 64) }] as never },
      { type: 'meeting', relevant: false, actors: ['tom-hale'] as never },
    ]);
    const lines = formatUnmatched(t, scoreTimeline(t, gold).events).split('\n');
    expect(lines).toEqual(['UNMATCHED e1 meeting 2031-05-09 day stated [ana-ruiz]', '  one.txt: "No troops," Ruiz said.']);
  });
});
