import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../schema/timeline';
import { day, member, month, reported, sources } from './fixtures/merge-members';
import { mergeEvents } from './merge-events';

const brask = ['ivo-brask'] as ActorId[];
const capture = { cameo: '190', targets: brask };
const inPassing = { ...capture, background: true as const };

describe('mergeEvents: a capture told by whom it befell (rule TOLD-TARGET)', () => {
  it('joins an undated capture naming only the person taken to the dated capture of that person, in English and Spanish', () => {
    const raid = member('a.txt', 'military-operation', day('2031-01-03', 'relative'), ['gov-a', 'ivo-brask', 'tom-hale'], 'On Saturday AA forces seized Ivo Brask in a night raid ordered by Tom Hale.', capture);
    const told = member('b.txt', 'military-operation', reported('2031-02-01'), ['ivo-brask'], 'La operación que acabó con Ivo Brask esposado en un avión cambió el tono del debate.', capture);
    const arrest = member('c.txt', 'arrest-extradition', reported('2031-01-20'), ['ivo-brask'], 'The arrest of Ivo Brask changed the mood in the capital.', { cameo: '173', targets: brask });
    expect(sources([raid, told, arrest])).toEqual(['a.txt+b.txt+c.txt']);
    expect(mergeEvents([raid, told, arrest]).map((e) => e.type)).toEqual(['military-operation']);
  });

  it('keeps apart a capture of someone else, one published before the dated capture or months after it, and one with no publication date', () => {
    const raid = member('a.txt', 'military-operation', day('2031-01-03', 'relative'), ['gov-a', 'ivo-brask'], 'On Saturday AA forces seized Ivo Brask.', capture);
    const other = member('b.txt', 'military-operation', reported('2031-01-20'), ['eva-sol'], 'The capture of Eva Sol shocked the region.', { cameo: '190', targets: ['eva-sol'] as ActorId[] });
    const before = member('c.txt', 'military-operation', reported('2030-12-20'), ['ivo-brask'], 'La captura de Ivo Brask fue anunciada en falso por la radio.', capture);
    const late = member('d.txt', 'military-operation', reported('2031-09-01'), ['ivo-brask'], 'The capture of Ivo Brask still shapes the debate.', capture);
    const undated = member('e.txt', 'military-operation', reported(null), ['ivo-brask'], 'Tras la captura de Ivo Brask, nadie habla de otra cosa.', capture);
    expect(sources([raid, other, before, late, undated])).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
  });

  it('tells a transfer of a person from their capture: "the extradition of X" joins the dated transfer, not the capture', () => {
    const captured = member('a.txt', 'military-operation', month('2031-01', 'January 2031'), ['gov-b', 'ivo-brask'], 'BB marines captured Ivo Brask in January 2031.', capture);
    const sent = member('b.txt', 'arrest-extradition', day('2031-03-02'), ['gov-b', 'ivo-brask', 'gov-a'], 'On March 2 BB handed over Ivo Brask to AA.', { cameo: '174', targets: brask });
    const told = member('c.txt', 'arrest-extradition', reported('2031-03-20'), ['ivo-brask'], 'La extradición de Ivo Brask abrió un debate en el Senado.', { cameo: '174', targets: brask, background: true });
    expect(sources([captured, sent, told])).toEqual(['a.txt', 'b.txt+c.txt']);
  });

  it('adds a capture told in passing to the event as a source only, and drops it when no event of that capture was found', () => {
    const raid = member('a.txt', 'military-operation', day('2031-01-03', 'relative'), ['gov-a', 'ivo-brask'], 'On Saturday AA forces seized Ivo Brask.', capture);
    const threat = member('b.txt', 'threat', reported('2031-01-28'), ['tom-hale', 'ivo-brask'], "Tom Hale's threats grew after the capture of Ivo Brask.");
    const passing = member('b.txt', 'military-operation', reported('2031-01-28'), ['ivo-brask'], "Tom Hale's threats grew after the capture of Ivo Brask.", inPassing);
    const spanish = member('c.txt', 'arrest-extradition', reported('2031-01-30'), ['ivo-brask'], 'La presión aumentó tras la captura de Ivo Brask.', { ...inPassing, cameo: '173' });
    const events = mergeEvents([passing, raid, threat, spanish]);
    expect(events.map((e) => e.members.map((m) => m.document).sort().join('+')).sort()).toEqual(['a.txt+b.txt+c.txt', 'b.txt']);
    expect(events.find((e) => e.members.length === 3)?.title).toBe(raid.title);
    expect(events.find((e) => e.members.length === 3)?.sourceCount).toBe(3);
    // With no event of the capture itself, the mentions in passing are no event.
    expect(sources([threat, passing, spanish])).toEqual(['b.txt']);
  });

  it('joins a capture naming only the person the dated capture took, with no target of its own, in English and Spanish (rule TAKEN-ONLY)', () => {
    const raid = member('a.txt', 'military-operation', day('2031-01-03', 'relative'), ['gov-a', 'ivo-brask'], 'On Saturday AA forces seized Ivo Brask in Velia.', capture);
    const took = member('b.txt', 'military-operation', reported('2031-01-14'), ['ivo-brask'], 'Fuerzas de AA sacaron a Ivo Brask de Velia en una operación de madrugada.');
    const english = member('c.txt', 'military-operation', reported('2031-02-10'), ['ivo-brask'], 'Commandos flew Ivo Brask out of Velia before dawn.');
    expect(sources([raid, took, english])).toEqual(['a.txt+b.txt+c.txt']);
    // With no date at all, only a report naming the captors' side too.
    const bothSides = member('d.txt', 'military-operation', reported(null), ['gov-a', 'ivo-brask'], 'AA forces captured Ivo Brask in Velia.');
    const personOnly = member('e.txt', 'military-operation', reported(null), ['ivo-brask'], 'Las fuerzas sacaron a Ivo Brask de Velia.');
    expect(sources([raid, bothSides, personOnly])).toEqual(['a.txt+d.txt', 'e.txt']);
  });

  it('keeps apart a report naming someone the capture did not take, an actor it does not name, another type, or one told months later', () => {
    const raid = member('a.txt', 'military-operation', day('2031-01-03', 'relative'), ['gov-a', 'ivo-brask', 'tom-hale'], 'On Saturday AA forces seized Ivo Brask in a raid Tom Hale ordered.', capture);
    const captor = member('b.txt', 'military-operation', reported('2031-01-07'), ['tom-hale'], 'Tom Hale said the raid was a lesson for the region.');
    const third = member('c.txt', 'military-operation', reported('2031-01-08'), ['ivo-brask', 'gov-c'], 'CC troops moved Ivo Brask to a base.');
    const said = member('d.txt', 'statement', reported('2031-01-08'), ['ivo-brask'], 'Ivo Brask dijo desde la cárcel que es inocente.');
    const late = member('e.txt', 'military-operation', reported('2031-06-01'), ['ivo-brask'], 'Commandos flew Ivo Brask out of Velia before dawn.');
    expect(sources([raid, captor, third, said, late])).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
  });
});
