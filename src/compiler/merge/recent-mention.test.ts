import { describe, expect, it } from 'vitest';
import type { DateValue, EventType } from '../../schema/timeline';
import { day, member, reported, sources } from './fixtures/merge-members';
import { toldInPassing } from './recent-mention';

/** A report whose trigger is the first occurrence of `trigger` in its sentence. */
function told(document: string, type: EventType, date: DateValue, actors: string[], sentence: string, trigger: string) {
  const at = sentence.indexOf(trigger);
  return member(document, type, date, actors, sentence, { trigger: [at, at + trigger.length] });
}

describe('toldInPassing: a sentence that sets its happening in the past', () => {
  it('reads a happening measured from another, in English and Spanish', () => {
    expect(toldInPassing(told('a.txt', 'statement', reported('2031-02-12'), ['tom-hale'], 'The vote comes a week after Defense Minister Tom Hale said AA would not wait.', 'said'))).toBe(true);
    expect(toldInPassing(told('a.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'Ruiz respondió al ministro Tom Hale, quien la víspera aseguró que AA no esperará permiso.', 'aseguró'))).toBe(true);
    expect(toldInPassing(told('a.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'Dos días después de que Tom Hale afirmara que no habrá tregua, Ruiz viajó a Velia.', 'afirmara'))).toBe(true);
  });

  it('reads a happening named by its noun as a known one, in English and Spanish', () => {
    expect(toldInPassing(told('a.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'El discurso de Hale se pronunció en una base cercana a la frontera.', 'se pronunció'))).toBe(true);
    expect(toldInPassing(told('a.txt', 'statement', reported('2031-02-05'), ['tom-hale'], "Hale's speech worried the border towns.", 'speech'))).toBe(true);
  });

  it('does not read the day\'s own news as a passing mention', () => {
    expect(toldInPassing(told('a.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'Tom Hale said AA would not wait for permission.', 'said'))).toBe(false);
    expect(toldInPassing(told('a.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'En un discurso ante soldados, Hale aseguró que AA no esperará.', 'aseguró'))).toBe(false);
    // "after" in an earlier clause does not govern the trigger's clause.
    expect(toldInPassing(told('a.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'After the vote, Hale said AA would not wait.', 'said'))).toBe(false);
  });
});

describe('mergeEvents: a happening told in passing (rule RECENT-MENTION)', () => {
  const speech = member('a.txt', 'statement', day('2031-02-04', 'relative'), ['tom-hale', 'gov-a'], 'Defense Minister Tom Hale told soldiers on Wednesday that AA would not wait for permission.');

  it('joins a speech named by its noun in a story of the next days to the one remark of that person dated before it', () => {
    const named = told('b.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'El discurso de Hale se pronunció en una base a menos de diez kilómetros de la frontera.', 'se pronunció');
    const measured = told('c.txt', 'statement', reported('2031-02-12'), ['tom-hale'], 'The vote comes a week after Tom Hale said AA would not wait for permission.', 'said');
    expect(sources([speech, named, measured])).toEqual(['a.txt+b.txt+c.txt']);
  });

  it('leaves apart a remark with no sign of being an earlier one: it may be the day\'s own news', () => {
    const today = told('b.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'Hale dijo que AA no esperará permiso de nadie.', 'dijo');
    expect(sources([speech, today])).toEqual(['a.txt', 'b.txt']);
  });

  it('leaves a passing mention apart when two remarks of that person fit, or none within the fortnight before it', () => {
    const other = member('d.txt', 'statement', day('2031-02-02', 'relative'), ['tom-hale', 'gov-a'], 'On Monday Tom Hale told reporters the border would stay open.');
    const named = told('b.txt', 'statement', reported('2031-02-05'), ['tom-hale'], 'The speech by Hale worried the border towns, and the remarks of Hale were quoted abroad.', 'remarks');
    expect(sources([speech, other, named])).toEqual(['a.txt', 'b.txt', 'd.txt']);
    const late = told('e.txt', 'statement', reported('2031-02-25'), ['tom-hale'], 'Las declaraciones de Hale siguen pesando en la frontera.', 'declaraciones');
    expect(sources([speech, late])).toEqual(['a.txt', 'e.txt']);
  });

  it('joins a one-off named by its noun only to one of the same type', () => {
    const call = member('a.txt', 'call', day('2031-01-29', 'relative'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on Thursday.');
    const meeting = member('b.txt', 'meeting', day('2031-01-27', 'relative'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz received Tom Hale in Velia on Tuesday.');
    const recalled = told('c.txt', 'call', reported('2031-01-31'), ['ana-ruiz'], 'La presidenta Ana Ruiz calificó de muy productiva la segunda llamada del mes.', 'llamada');
    expect(sources([call, meeting, recalled])).toEqual(['a.txt+c.txt', 'b.txt']);
  });
});
