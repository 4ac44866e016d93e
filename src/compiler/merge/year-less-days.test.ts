import { describe, expect, it } from 'vitest';
import { day, member, reported, sources } from './fixtures/merge-members';
import { yearLessDays } from './year-less-days';

describe('yearLessDays', () => {
  it('reads a month and day written without a year, in English and Spanish, and leaves dates with their year to the dates stage', () => {
    expect(yearLessDays('Forces seized Ivo Brask in a Jan. 3 raid, weeks before the March 9th vote.')).toEqual(['01-03', '03-09']);
    expect(yearLessDays('El pasado 20 de enero BB envió a 37 reos a AA.')).toEqual(['01-20']);
    expect(yearLessDays('On January 3, 2031, forces seized Brask; on 3rd February 2031 he was flown out.')).toEqual([]);
    expect(yearLessDays('El 20 de enero de 2031 BB envió a 37 reos, y el 12 de agosto del mismo año otros 26.')).toEqual([]);
  });
});

describe('mergeEvents: a day named without a year (rule YEAR-LESS-DAY)', () => {
  const capture = member('a.txt', 'military-operation', day('2031-01-03', 'relative'), ['gov-a', 'ivo-brask'], 'AA forces captured Ivo Brask on Saturday, January 3.');

  it('joins a capture told in an article with no date at all, naming the day without a year, to the capture of that day', () => {
    const told = member('b.txt', 'military-operation', reported(null), ['gov-a', 'ivo-brask'], 'Tension has grown since AA forces captured Ivo Brask in a Jan. 3 raid.');
    const contado = member('c.txt', 'military-operation', reported(null), ['ivo-brask'], 'La captura de Ivo Brask por fuerzas de AA el pasado 3 de enero encendió las alarmas.');
    expect(sources([capture, told, contado])).toEqual(['a.txt+b.txt+c.txt']);
  });

  it('keeps apart a report whose year-less day is another day, or that shares no actor with the day\'s happening', () => {
    const otherDay = member('d.txt', 'military-operation', reported(null), ['gov-a', 'ivo-brask'], 'AA forces raided a second camp of Ivo Brask on Jan. 9.');
    const otherPeople = member('e.txt', 'military-operation', reported(null), ['gov-c'], 'CC troops crossed the river on Jan. 3.');
    expect(sources([capture, otherDay, otherPeople])).toEqual(['a.txt', 'd.txt', 'e.txt']);
  });

  it('prefers the call of the day it names to an undated call of the same two people met sooner', () => {
    const call = member('a.txt', 'call', day('2031-01-12'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on January 12, 2031.');
    const undated = member('b.txt', 'call', reported(null), ['ana-ruiz', 'tom-hale'], 'The two presidents spoke by phone for close to an hour.');
    const named = member('c.txt', 'call', reported(null), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale hablaron por teléfono el 12 de enero.');
    expect(sources([call, undated, named])).toContain('a.txt+c.txt');
  });
});
