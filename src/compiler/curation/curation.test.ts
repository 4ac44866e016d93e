import { describe, expect, it } from 'vitest';
import { timelineSchema, type DateValue } from '../../schema/timeline';
import { assembleTimeline, prepareContext } from '../compile';
import { handActors, handExtracted, type HandDocOptions } from '../testing/hand-doc';
import { parseCuration } from './parse-curation';

const day = (start: string): DateValue => ({ start, precision: 'day', basis: 'stated' });

const article: HandDocOptions = {
  id: 'a.txt',
  text:
    'President Ana Ruiz rejected the offer of troops on Monday.\n\n' +
    '"We are a sovereign nation," Ruiz said.\n\n' +
    'Tom Hale threatened tariffs after a phone call on March 9, 2031.',
  dates: [['March 9, 2031', day('2031-03-09')]],
  actors: { 'ana-ruiz': ['Ana Ruiz', 'Ruiz'], 'tom-hale': ['Tom Hale'] },
  quotes: [['We are a sovereign nation,', 'ana-ruiz']],
};

function build(curation: string) {
  const context = prepareContext({
    actors: handActors(['Ana Ruiz', 'Tom Hale']),
    project: null,
    curation: { path: 'data/curation.yaml', text: curation },
  });
  const { timeline } = assembleTimeline([handExtracted(article)], context);
  expect(timelineSchema.safeParse(timeline).success).toBe(true);
  return timeline;
}

describe('curation', () => {
  it('fixes a date and marks the field as curated', () => {
    const timeline = build('events:\n  - document: a.txt\n    match: rejected the offer of troops\n    date: 2031-03-10\n');
    const rejection = timeline.events.find((e) => e.type === 'rejection');
    expect(rejection?.date).toEqual({ start: '2031-03-10', precision: 'day', basis: 'curated' });
    expect(rejection?.curated).toEqual(['date']);
  });

  it('retitles, summarises and hides events', () => {
    const timeline = build(
      [
        'events:',
        '  - document: a.txt',
        '    match: rejected the offer',
        '    title: Ruiz says no to troops',
        '    summary: The president turns the offer down.',
        '  - document: a.txt',
        '    match: threatened tariffs',
        '    hide: true',
      ].join('\n'),
    );
    expect(timeline.events.find((e) => e.type === 'rejection')).toMatchObject({ title: 'Ruiz says no to troops', summary: 'The president turns the offer down.' });
    expect(timeline.events.some((e) => e.type === 'threat')).toBe(false);
  });

  it('unlinks a quote from the event it was said at when the editor hides that event, and only then', () => {
    const interview: HandDocOptions = {
      id: 'b.txt',
      text: 'In an interview on May 4, 2032, Senator Lia Moreno said "the border deal is finished for good".\n\nEl senador Iván Soto dijo el 5 de mayo de 2032 que "el acuerdo sigue vivo".',
      dates: [
        ['May 4, 2032', day('2032-05-04')],
        ['5 de mayo de 2032', day('2032-05-05')],
      ],
      actors: { 'lia-moreno': ['Lia Moreno'], 'ivan-soto': ['Iván Soto'] },
      quotes: [
        ['the border deal is finished for good', 'lia-moreno'],
        ['el acuerdo sigue vivo', 'ivan-soto'],
      ],
    };
    const compile = (curation: string) => {
      const context = prepareContext({ actors: handActors(['Lia Moreno', 'Iván Soto']), project: null, curation: { path: 'data/curation.yaml', text: curation } });
      return assembleTimeline([handExtracted(interview)], context).timeline;
    };
    const hostOf = (timeline: ReturnType<typeof compile>, speaker: string) => timeline.quotes.find((q) => q.speaker === speaker)?.event;
    const plain = compile('events: []\n');
    const [moreno, soto] = [hostOf(plain, 'lia-moreno'), hostOf(plain, 'ivan-soto')];
    expect(moreno).toEqual(expect.any(String));
    expect(soto).toEqual(expect.any(String));
    const hidden = compile('events:\n  - document: b.txt\n    match: In an interview on May 4\n    hide: true\n');
    expect(hidden.events.map((e) => e.id)).not.toContain(moreno);
    expect(hostOf(hidden, 'lia-moreno')).toBeNull();
    expect(hostOf(hidden, 'ivan-soto')).toBe(soto);
  });

  it('drops and re-attributes quotes', () => {
    const dropped = build('quotes:\n  - document: a.txt\n    quote: We are a sovereign\n    drop: true\n');
    expect(dropped.quotes).toHaveLength(0);
    const moved = build('quotes:\n  - document: a.txt\n    quote: We are a sovereign\n    speaker: Tom Hale\n');
    expect(moved.quotes[0]).toMatchObject({ speaker: 'tom-hale', curated: ['speaker'] });
  });

  it('adds an event citing a span of a document, and orders story stops', () => {
    const timeline = build(
      [
        'add:',
        '  - document: a.txt',
        '    match: "We are a sovereign nation"',
        '    type: statement',
        '    date: 2031-03',
        '    title: Ruiz invokes sovereignty',
        '    actors: [Ana Ruiz]',
        'story:',
        '  - document: a.txt',
        '    match: phone call on March 9',
        '  - document: a.txt',
        '    match: rejected the offer',
      ].join('\n'),
    );
    const added = timeline.events.find((e) => e.title === 'Ruiz invokes sovereignty');
    expect(added?.sources[0]?.text).toBe('We are a sovereign nation');
    expect(added?.date).toMatchObject({ start: '2031-03', precision: 'month', basis: 'curated' });
    const call = timeline.events.find((e) => e.type === 'call');
    const rejection = timeline.events.find((e) => e.type === 'rejection');
    expect(timeline.story).toEqual([call?.id, rejection?.id]);
  });

  it('merges one event into another, keeping both sources, and splits them apart again', () => {
    const merged = build('events:\n  - document: a.txt\n    match: threatened tariffs\n    merge-into:\n      document: a.txt\n      match: rejected the offer\n');
    const rejection = merged.events.find((e) => e.type === 'rejection');
    expect(merged.events.some((e) => e.type === 'threat')).toBe(false);
    expect(rejection?.sources).toHaveLength(2);
    expect(rejection?.actors.sort()).toEqual(['ana-ruiz', 'tom-hale']);
    expect(rejection?.curated).toEqual(['sources']);

    const context = prepareContext({ actors: handActors(['Ana Ruiz', 'Tom Hale']), project: null, curation: { path: 'data/curation.yaml', text: 'events:\n  - document: b.txt\n    match: phone call\n    split: true\n' } });
    const other: HandDocOptions = { id: 'b.txt', text: 'Ana Ruiz and Tom Hale held a phone call on March 9, 2031.', dates: [['March 9, 2031', day('2031-03-09')]], actors: { 'ana-ruiz': ['Ana Ruiz'], 'tom-hale': ['Tom Hale'] } };
    const split = assembleTimeline([handExtracted(article), handExtracted(other)], context).timeline;
    const calls = split.events.filter((e) => e.type === 'call');
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => c.sources.map((x) => x.document)).sort()).toEqual([['a.txt'], ['b.txt']]);
  });

  it('reports a stale entry as an error naming its line', () => {
    const timeline = build('events:\n  - document: a.txt\n    match: rejected the offer\n    title: Fine\n  - document: a.txt\n    match: words that are not there\n    title: Stale\n');
    const errors = timeline.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toMatchObject([{ rule: 'curation-stale', document: 'data/curation.yaml', line: 5 }]);
  });

  it('skips entries for documents outside the compiled folder with an info', () => {
    const timeline = build('events:\n  - document: elsewhere.txt\n    match: anything\n    hide: true\n');
    expect(timeline.diagnostics).toMatchObject([{ rule: 'curation-unknown-document', severity: 'info', line: 2 }]);
  });
});

describe('parseCuration', () => {
  it('reports malformed YAML as an error naming the line', () => {
    const { diagnostics } = parseCuration({ path: 'data/curation.yaml', text: 'events:\n  - document: a.txt\n    match: "unclosed\n  - x: [\n' });
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'curation-malformed', document: 'data/curation.yaml' });
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects unknown keys and impossible dates with their lines', () => {
    const { diagnostics } = parseCuration({
      path: 'data/curation.yaml',
      text: 'events:\n  - document: a.txt\n    match: x\n    colour: red\n  - document: a.txt\n    match: y\n    date: 2031-02-30\n',
    });
    expect(diagnostics.map((d) => `${d.rule}:${d.line ?? 0}`)).toEqual(['curation-invalid:4', 'curation-invalid:7']);
  });
});
