import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorId, DateValue, DocumentId, EventType } from '../../schema/timeline';
import type { EventMember } from './corpus-items';
import { mergeEvents } from './merge-events';

const day = (start: string, basis: DateValue['basis'] = 'stated'): DateValue => ({ start, precision: 'day', basis, text: start });
const month = (start: string, text: string, basis: DateValue['basis'] = 'stated'): DateValue => ({ start, precision: 'month', basis, text });
const reported = (start: string | null): DateValue => ({ start, precision: start ? 'day' : 'unknown', basis: 'reported' });

let counter = 0;
function member(document: string, type: EventType, date: DateValue, actors: string[], sentence: string, extra: Partial<EventMember> = {}): EventMember {
  counter += 1;
  const words = [...new Set(sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].sort();
  return {
    key: `${document}#${counter}`,
    document,
    canonical: document,
    story: 0,
    source: { document: document as DocumentId, start: 0, end: sentence.length, text: sentence },
    type,
    cameo: '000',
    title: sentence.slice(0, 60),
    date,
    actors: actors as ActorId[],
    people: actors.filter((a) => !a.startsWith('gov-')) as ActorId[],
    relevant: true,
    words,
    ...extra,
  };
}

const sources = (members: EventMember[]) => mergeEvents(members).map((e) => e.members.map((m) => m.document).sort().join('+')).sort();

describe('mergeEvents', () => {
  it('merges a call dated by day with the same call dated by its month in a Spanish article (rule CONTAINS)', () => {
    const en = member('en.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 9.');
    const es = member('es.txt', 'call', month('2031-03', 'marzo'), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale conversaron por teléfono en marzo.');
    const [event, ...rest] = mergeEvents([en, es]);
    expect(rest).toHaveLength(0);
    expect(event?.date).toMatchObject({ start: '2031-03-09', precision: 'day', basis: 'stated' });
    expect(event?.sourceCount).toBe(2);
  });

  it('keeps the most precise date when the coarse report is listed first (rule MOST-PRECISE)', () => {
    const es = member('es.txt', 'call', month('2031-03', 'marzo'), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale conversaron por teléfono en marzo.');
    const en = member('en.txt', 'call', day('2031-03-09', 'relative'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on Monday.');
    expect(mergeEvents([es, en])[0]?.date).toMatchObject({ start: '2031-03-09', precision: 'day', basis: 'relative' });
  });

  it('never merges two calls whose stated days differ (rule SAME-DAY)', () => {
    const a = member('a.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 9.');
    const b = member('b.txt', 'call', day('2032-03-10'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 10.');
    expect(sources([a, b])).toEqual(['a.txt', 'b.txt']);
  });

  it('does not join a call with no date at all to an earlier call of the same two people reported elsewhere (rule RECURRING)', () => {
    const old = member('old.txt', 'call', reported('2031-02-04'), ['ana-ruiz', 'tom-hale'], 'La presidenta Ana Ruiz y Tom Hale sostuvieron una llamada sobre aranceles.');
    const undated = member('undated.txt', 'call', reported(null), ['ana-ruiz', 'tom-hale'], 'Ruiz recordó que en la llamada que sostuvo con Hale le reiteró su rechazo.');
    expect(sources([old, undated])).toEqual(['old.txt', 'undated.txt']);
    expect(sources([undated, old])).toEqual(['old.txt', 'undated.txt']);
  });

  it('joins an undated mention of a capture to the dated capture of the same people (rule ONCE-PER-PERSON)', () => {
    const dated = member('en.txt', 'military-operation', day('2031-01-03', 'relative'), ['ivo-brask', 'tom-hale'], 'Tom Hale ordered the raid that captured Ivo Brask on Saturday.');
    const undated = member('es.txt', 'military-operation', reported(null), ['ivo-brask', 'tom-hale'], 'Tras la captura de Brask ordenada por Hale, crece la tensión.');
    const events = mergeEvents([dated, undated]);
    expect(events).toHaveLength(1);
    expect(events[0]?.date.start).toBe('2031-01-03');
  });

  it('does not put a transfer on a day into a report of results since a month long before (rule SPAN)', () => {
    const transfer = member('en.txt', 'arrest-extradition', day('2032-01-20'), ['gov-a', 'omar-vela'], 'On Jan. 20 it sent 37 prisoners, Omar Vela said.');
    const results: EventMember = member('es.txt', 'arrest-extradition', { start: '2030-10', end: '2032-01', precision: 'month', basis: 'stated', text: 'octubre de 2030' }, ['omar-vela'], 'Omar Vela presentó los resultados desde octubre de 2030: detenidos y laboratorios.');
    const events = mergeEvents([transfer, results]);
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.members.some((m) => m.document === 'es.txt'))?.date.start).toBe('2030-10');
  });

  it('does not take "since February" for the February transfer, in English or Spanish (rule SINCE)', () => {
    const transfer = member('a.txt', 'arrest-extradition', day('2031-02-27'), ['gov-a', 'gov-b'], 'On Feb. 27 the government sent 29 prisoners to the north.');
    const since = member('b.txt', 'arrest-extradition', month('2031-02', 'February', 'relative'), ['gov-a', 'gov-b'], 'Officials highlighted the transfer of 55 prisoners since February.');
    const desde = member('c.txt', 'arrest-extradition', month('2031-02', 'febrero de 2031'), ['gov-a', 'gov-b'], 'Informó del envío de 37 presos, el tercer traslado desde febrero de 2031.');
    const inFebruary = member('d.txt', 'arrest-extradition', month('2031-02', 'February'), ['gov-a', 'gov-b'], 'The government handed over 29 prisoners in February.');
    expect(sources([transfer, since, desde, inFebruary])).toEqual(['a.txt+d.txt', 'b.txt', 'c.txt']);
  });

  it('gives two same-type events of one sentence with the same title different ids', () => {
    const sentence = 'Ana Ruiz and Tom Hale signed one accord on March 9 and another on March 9.';
    const a = member('a.txt', 'policy', day('2031-03-09'), ['ana-ruiz'], sentence, { trigger: [20, 26] });
    const b = member('a.txt', 'policy', day('2031-03-09'), ['ana-ruiz'], sentence, { trigger: [50, 57] });
    const ids = mergeEvents([a, b]).map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
    expect(mergeEvents([b, a]).map((e) => e.id).sort()).toEqual([...ids].sort());
  });

  it('merges the same way whatever the order of the documents', () => {
    const pool = [
      member('a.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 9.'),
      member('b.txt', 'call', month('2031-03', 'marzo'), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale conversaron por teléfono en marzo.'),
      member('c.txt', 'call', reported('2031-03-10'), ['ana-ruiz', 'tom-hale'], 'After a phone call, Ana Ruiz and Tom Hale agreed to meet.'),
      member('d.txt', 'call', reported(null), ['ana-ruiz', 'tom-hale'], 'Ruiz recordó la llamada con Hale.'),
      member('e.txt', 'military-operation', day('2031-01-03'), ['ivo-brask', 'tom-hale'], 'Tom Hale ordered the raid that captured Ivo Brask.'),
      member('f.txt', 'military-operation', reported(null), ['ivo-brask', 'tom-hale'], 'La captura de Brask ordenada por Hale.'),
      member('g.txt', 'arrest-extradition', month('2031-02', 'February'), ['gov-a', 'gov-b'], 'Officials highlighted 55 transfers since February.'),
      member('h.txt', 'arrest-extradition', day('2031-02-27'), ['gov-a', 'gov-b'], 'On Feb. 27 the government sent 29 prisoners.'),
    ];
    const expected = mergeEvents(pool).map((e) => `${e.id}:${e.members.map((m) => m.key).sort().join(',')}:${e.date.start}`).sort();
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (order) => {
        const got = mergeEvents(order).map((e) => `${e.id}:${e.members.map((m) => m.key).sort().join(',')}:${e.date.start}`).sort();
        expect(got).toEqual(expected);
      }),
    );
  });
});
