import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const day = (start: string) => ({ start, precision: 'day' as const, basis: 'stated' as const });

describe('a happening told with "their" or "su" belongs to those of the happening told just before', () => {
  it('gives "their February 24 talk" the two who spoke on March 10', () => {
    const { doc, mentions } = handDoc({
      text: 'Minister Ana Ruiz and Governor Tom Hale spoke by phone on March 10, 2031. The conversation was a follow-up to their February 24 talk, aides said.',
      dates: [
        ['March 10, 2031', day('2031-03-10')],
        ['February 24', day('2031-02-24')],
      ],
      actors: { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] },
    });
    const earlier = extractEvents(doc, mentions).find((e) => e.date.start === '2031-02-24');
    expect(earlier?.actors).toEqual(['ruiz', 'hale']);
  });

  it('da a "su llamada del 24 de febrero" los dos que hablaron el 10 de marzo', () => {
    const { doc, mentions } = handDoc({
      text: 'La ministra Ana Ruiz y el gobernador Tomás Vidal hablaron por teléfono el 10 de marzo de 2031. La conversación dio seguimiento a su llamada del 24 de febrero, según sus equipos.',
      dates: [
        ['10 de marzo de 2031', day('2031-03-10')],
        ['24 de febrero', day('2031-02-24')],
      ],
      actors: { ruiz: ['Ana Ruiz'], vidal: ['Tomás Vidal'] },
    });
    const earlier = extractEvents(doc, mentions).find((e) => e.date.start === '2031-02-24');
    expect(earlier?.actors).toEqual(['ruiz', 'vidal']);
  });
});

describe('a happening told with "between X and Y" belongs to those two', () => {
  it('gives "the March 10 call between X and Y" its two sides, not those who talk about it, in English and Spanish', () => {
    for (const [text, words] of [
      ['Hosts Ana Ruiz and Tom Hale discuss the March 10 call between Vera Olmos and Ivo Brask.', 'March 10'],
      ['Ana Ruiz y Tom Hale analizan la llamada del 10 de marzo entre Vera Olmos e Ivo Brask.', '10 de marzo'],
      ['Hosts Ana Ruiz and Tom Hale discuss the calls between Vera Olmos and Ivo Brask on March 10.', 'March 10'],
    ] as const) {
      const { doc, mentions } = handDoc({
        text,
        dates: [[words, day('2031-03-10')]],
        actors: { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'], olmos: ['Vera Olmos'], brask: ['Ivo Brask'] },
      });
      const call = extractEvents(doc, mentions).find((e) => e.type === 'call');
      expect(call?.actors, text).toEqual(['olmos', 'brask']);
    }
  });

  it('reads the sides past a comma before a name in apposition', () => {
    const { doc, mentions } = handDoc({
      text: 'The seizure follows the March 10 meeting in Ostport between Attorney General Vera Olmos and the port secretary, Ivo Brask.',
      dates: [['March 10', day('2031-03-10')]],
      actors: { olmos: ['Vera Olmos'], brask: ['Ivo Brask'] },
    });
    expect(extractEvents(doc, mentions).find((e) => e.type === 'meeting')?.actors).toEqual(['olmos', 'brask']);
  });
});
