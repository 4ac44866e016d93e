import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const day = (start: string, basis: 'stated' | 'relative' = 'stated') => ({ start, precision: 'day' as const, basis });
const published = { year: 2031, month: 6, day: 6 };

describe('tieDates: a deadline is not the day of a happening', () => {
  it('does not date a statement by the deadline it mentions ("by Friday")', () => {
    const { doc, mentions } = handDoc({
      text: 'Repair crews expect to reopen the harbor bridge by Friday, the Norvian port authority said.',
      published,
      dates: [['by Friday', day('2031-06-06', 'relative')]],
      actors: { port: ['Norvian port authority'] },
    });
    const said = extractEvents(doc, mentions).find((e) => e.type === 'statement');
    expect(said?.date.basis).toBe('reported');
  });

  it('leaves a tariff threat with only a deadline undated ("by April")', () => {
    const { doc, mentions } = handDoc({
      text: 'Ana Ruiz warned that tariffs on Norvian steel would rise to 40% if the smuggling did not stop by April.',
      published,
      dates: [['April', { start: '2031-04', precision: 'month', basis: 'relative' }]],
      actors: { ruiz: ['Ana Ruiz'] },
    });
    expect(extractEvents(doc, mentions).every((e) => e.date.start !== '2031-04')).toBe(true);
  });

  it('no da a la suspensión el día en que termina ("hasta el 4 de marzo")', () => {
    const { doc, mentions } = handDoc({
      text: 'El ministro Tomás Vidal anunció la suspensión de los aranceles a Norvia, que estará vigente hasta el 4 de marzo.',
      published,
      dates: [['4 de marzo', day('2031-03-04')]],
      actors: { vidal: ['Tomás Vidal'] },
    });
    expect(extractEvents(doc, mentions).every((e) => e.date.start !== '2031-03-04')).toBe(true);
  });

  it('does not date a setting by the day it sets ("set a hearing for July 2", "fijó una audiencia para el 2 de julio")', () => {
    for (const [text, words] of [
      ['Judge Ana Ruiz set a status hearing for July 2 and told both sides she expected a quick schedule.', 'July 2'],
      ['La jueza Ana Ruiz fijó una audiencia para el 2 de julio y pidió a las partes un calendario realista.', '2 de julio'],
    ] as const) {
      const { doc, mentions } = handDoc({ text, published, dates: [[words, day('2031-07-02', 'relative')]], actors: { ruiz: ['Ana Ruiz'] } });
      expect(extractEvents(doc, mentions).every((e) => e.date.start !== '2031-07-02')).toBe(true);
    }
  });

  it('still dates a happening by its own day beside a deadline', () => {
    const { doc, mentions } = handDoc({
      text: 'Tomás Vidal signed the decree on Monday, and it stays in force until June 30.',
      published,
      dates: [
        ['Monday', day('2031-06-02', 'relative')],
        ['June 30', day('2031-06-30')],
      ],
      actors: { vidal: ['Tomás Vidal'] },
    });
    expect(extractEvents(doc, mentions).find((e) => e.type === 'policy')?.date.start).toBe('2031-06-02');
  });
});
