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
