import { describe, expect, it } from 'vitest';
import { timelineSchema, type DateValue } from '../../schema/timeline';
import { assembleTimeline, prepareContext, type CompileConfig } from '../compile';
import { handActors, handExtracted, type HandDocOptions } from '../testing/hand-doc';

const day = (start: string, basis: DateValue['basis'] = 'stated'): DateValue => ({ start, precision: 'day', basis });
const week = (start: string, end: string): DateValue => ({ start, end, precision: 'week', basis: 'relative' });

const config = (extra: Partial<CompileConfig> = {}): CompileConfig => ({
  actors: handActors(['Ana Ruiz', 'Tom Hale', 'Ivo Brask']),
  project: { path: 'data/project.yaml', text: 'title: Test timeline\ndescription: A test.\nterms: [cartel, troops, sovereignty, soberanía]\n' },
  curation: null,
  ...extra,
});

function build(docs: HandDocOptions[], extra: Partial<CompileConfig> = {}) {
  const context = prepareContext(config(extra));
  const result = assembleTimeline(docs.map(handExtracted), context);
  expect(timelineSchema.safeParse(result.timeline).success).toBe(true);
  return result.timeline;
}

const callDay: HandDocOptions = {
  id: 'a.txt',
  text: 'President Ana Ruiz and Tom Hale discussed cartel violence during a phone call on March 9, 2031.',
  dates: [['March 9, 2031', day('2031-03-09')]],
  actors: { 'ana-ruiz': ['Ana Ruiz'], 'tom-hale': ['Tom Hale'] },
};
const callWeek: HandDocOptions = {
  id: 'b.txt',
  text: 'This week, Hale held a telephone conversation with Ruiz about troops on the border.',
  published: { year: 2031, month: 3, day: 12 },
  dates: [['This week', week('2031-03-09', '2031-03-15')]],
  actors: { 'ana-ruiz': ['Ruiz'], 'tom-hale': ['Hale'] },
};

describe('assembleTimeline', () => {
  it('merges a call dated by day with one dated by the week that contains it', () => {
    const timeline = build([callDay, callWeek]);
    const calls = timeline.events.filter((e) => e.type === 'call');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.date.start).toBe('2031-03-09');
    expect(calls[0]?.date.precision).toBe('day');
    expect(calls[0]?.sources.map((s) => s.document)).toEqual(['a.txt', 'b.txt']);
    expect(calls[0]?.sourceCount).toBe(2);
  });

  it('keeps calls on different days apart', () => {
    const other = { ...callDay, id: 'c.txt', text: callDay.text.replace('March 9', 'March 2'), dates: [['March 2, 2031', day('2031-03-02')]] as [string, DateValue][] };
    const timeline = build([callDay, other]);
    expect(timeline.events.filter((e) => e.type === 'call').map((e) => e.date.start)).toEqual(['2031-03-02', '2031-03-09']);
  });

  it('joins an undated report of the same two people\'s call to the dated call, but never one published before it', () => {
    const later: HandDocOptions = {
      id: 'c.txt',
      text: 'After a phone call, Ana Ruiz and Tom Hale agreed to meet.',
      published: { year: 2031, month: 3, day: 20 },
      actors: { 'ana-ruiz': ['Ana Ruiz'], 'tom-hale': ['Tom Hale'] },
    };
    const merged = build([callDay, later]).events.filter((e) => e.type === 'call');
    expect(merged.map((e) => e.sources.length)).toEqual([2]);
    const earlier = { ...later, id: 'd.txt', published: { year: 2031, month: 1, day: 5 } };
    const apart = build([callDay, earlier]).events.filter((e) => e.type === 'call');
    expect(apart).toHaveLength(2);
  });

  it('gives the same output whatever the order of the documents', () => {
    const one = JSON.stringify(build([callDay, callWeek]));
    const two = JSON.stringify(build([callWeek, callDay]));
    expect(two).toBe(one);
  });

  it('treats a byte-identical article as one source set, keeping both documents', () => {
    const timeline = build([callDay, { ...callDay, id: 'copy.txt' }]);
    const call = timeline.events.find((e) => e.type === 'call');
    expect(call?.sources.map((s) => s.document)).toEqual(['a.txt', 'copy.txt']);
    expect(call?.sourceCount).toBe(1);
    expect(timeline.documents.find((d) => d.id === 'copy.txt')?.duplicateOf).toBe('a.txt');
    expect(timeline.diagnostics.map((d) => `${d.rule} ${d.document ?? ''}`)).toContain('duplicate-document copy.txt');
  });

  it('marks events outside the project topic as not relevant, but keeps them', () => {
    const timeline = build([
      callDay,
      { id: 'd.txt', text: 'Ivo Brask announced a reform of the football league.', actors: { 'ivo-brask': ['Ivo Brask'] } },
    ]);
    expect(timeline.events.find((e) => e.sources[0]?.document === 'd.txt')?.relevant).toBe(false);
    expect(timeline.events.find((e) => e.type === 'call')?.relevant).toBe(true);
  });

  it('keeps both attributions of a quote credited to different people, with a warning', () => {
    const words = 'We will never accept foreign troops on our soil';
    const timeline = build([
      { id: 'e.txt', text: `"${words}," Ana Ruiz said.`, actors: { 'ana-ruiz': ['Ana Ruiz'] }, quotes: [[words, 'ana-ruiz']] },
      { id: 'f.txt', text: `"${words}," Ivo Brask said.`, actors: { 'ivo-brask': ['Ivo Brask'] }, quotes: [[words, 'ivo-brask']] },
    ]);
    expect(timeline.quotes.map((q) => q.speaker).sort()).toEqual(['ana-ruiz', 'ivo-brask']);
    expect(timeline.diagnostics.filter((d) => d.rule === 'conflicting-attribution')).toHaveLength(1);
  });

  it('lists only the actors that events or quotes refer to', () => {
    const timeline = build([callDay]);
    expect(timeline.actors.map((a) => a.id)).toEqual(['ana-ruiz', 'tom-hale']);
    expect(timeline.title).toBe('Test timeline');
  });

  it('cites spans that are exactly the words of the document', () => {
    const timeline = build([callDay, callWeek]);
    for (const e of timeline.events) {
      for (const s of e.sources) {
        const text = timeline.documents.find((d) => d.id === s.document)?.text ?? '';
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('merges one remark reported as a statement and as a rejection, keeping the rejection', () => {
    const a: HandDocOptions = {
      id: 'r1.txt',
      text: 'On March 9, 2031, Ana Ruiz said troops from abroad were not welcome.',
      dates: [['March 9, 2031', day('2031-03-09')]],
      actors: { 'ana-ruiz': ['Ana Ruiz'] },
    };
    const b: HandDocOptions = {
      id: 'r2.txt',
      text: 'On 9 March 2031, Ana Ruiz rejected foreign troops on the border.',
      dates: [['9 March 2031', day('2031-03-09')]],
      actors: { 'ana-ruiz': ['Ana Ruiz'] },
    };
    const events = build([a, b]).events;
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe('rejection');
    expect(events[0]?.sourceCount).toBe(2);
  });

  it('merges an operation and a policy only when both give the day and two actors agree', () => {
    const op: HandDocOptions = {
      id: 'o1.txt',
      text: 'On March 9, 2031, Ana Ruiz deployed troops to the border with Tom Hale watching.',
      dates: [['March 9, 2031', day('2031-03-09')]],
      actors: { 'ana-ruiz': ['Ana Ruiz'], 'tom-hale': ['Tom Hale'] },
    };
    const policy: HandDocOptions = {
      id: 'o2.txt',
      text: 'On 9 March 2031, Ana Ruiz announced troops for the border after a request by Tom Hale.',
      dates: [['9 March 2031', day('2031-03-09')]],
      actors: { 'ana-ruiz': ['Ana Ruiz'], 'tom-hale': ['Tom Hale'] },
    };
    expect(build([op, policy]).events.filter((e) => e.type === 'military-operation' || e.type === 'policy')).toHaveLength(1);
    const alone = { ...policy, actors: { 'ana-ruiz': ['Ana Ruiz'] } };
    expect(build([op, alone]).events.filter((e) => e.type === 'military-operation' || e.type === 'policy')).toHaveLength(2);
  });

  it('never joins a headline published before a dated happening to it, however alike the words', () => {
    const dated: HandDocOptions = {
      id: 'p1.txt',
      text: 'Tariffs hit Norvia as Ana Ruiz promises a response on March 9, 2031.',
      dates: [['March 9, 2031', day('2031-03-09')]],
      actors: { 'ana-ruiz': ['Ana Ruiz'], 'tom-hale': ['Norvia'] },
    };
    const earlier: HandDocOptions = {
      id: 'p2.txt',
      text: 'Tariffs hit Norvia as Ana Ruiz promises a response.',
      published: { year: 2031, month: 2, day: 1 },
      actors: { 'ana-ruiz': ['Ana Ruiz'], 'tom-hale': ['Norvia'] },
    };
    expect(build([dated, earlier]).events.filter((e) => e.type === 'statement' || e.type === 'policy')).toHaveLength(2);
  });

  it('stores the merge\'s reports with their index keys for a fresh process, and not for a long-lived one', () => {
    const context = prepareContext(config());
    const docs = [callDay, callWeek].map(handExtracted);
    const keys = new Map(docs.map((d) => [d.id, `key-${d.id}`]));
    const fresh = assembleTimeline(docs, context, undefined, { keys, previous: null });
    expect(fresh.memo?.reports?.order.length).toBeGreaterThan(0);
    expect(fresh.memo?.reports?.keys.length).toBe(fresh.memo?.reports?.order.length);
    const session = assembleTimeline(docs, context, undefined, { keys, previous: null, inMemory: true });
    expect(session.memo?.reports).toBeUndefined();
  });

  it('keeps the last merge\'s reports and clusters, and gives the same timeline, when a changed document\'s reports are all as they were', () => {
    const context = prepareContext(config());
    const docs = [callDay, callWeek].map(handExtracted);
    const keys = new Map(docs.map((d) => [d.id, `key-${d.id}`]));
    const first = assembleTimeline(docs, context, undefined, { keys, previous: null });
    expect(first.memo?.clusters?.length).toBeGreaterThan(0);
    // The first document's content key changed (an edit that made no report differ); its last input is at hand.
    const next = new Map<string, string>(keys).set(docs[0]?.id ?? '', 'key-edited');
    // Every item made (none left opaque for a writer to copy), so the two timelines compare.
    const again = assembleTimeline(docs, context, undefined, { keys: next, previous: first.memo ?? null, replaced: new Map(docs.slice(0, 1).map((d) => [d.id, d])), opaque: false });
    expect(again.memo?.clusters).toBe(first.memo?.clusters);
    expect(again.memo?.reports).toBe(first.memo?.reports);
    expect(again.timeline).toEqual(first.timeline);
  });
});
