import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const day = (start: string, basis: 'stated' | 'relative' = 'stated') => ({ start, precision: 'day' as const, basis });
const published = { year: 2031, month: 6, day: 6 };

describe('tieDates: a dash inside a compound', () => {
  it('dates a happening across "the Norvia–Estria talks": a dash between two words breaks no clause', () => {
    const { doc, mentions } = handDoc({
      text: 'On June 2, Ana Ruiz met the Norvia–Estria security group in the capital.',
      published,
      dates: [['June 2', day('2031-06-02', 'relative')]],
      actors: { ruiz: ['Ana Ruiz'] },
    });
    const met = extractEvents(doc, mentions).find((e) => e.type === 'meeting');
    expect(met?.date).toMatchObject({ start: '2031-06-02', basis: 'relative' });
  });
});

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

describe('tieDates: the day a stretch began ("since", "desde")', () => {
  const year = (start: string) => ({ start, precision: 'year' as const, basis: 'relative' as const });
  const month = (start: string) => ({ start, precision: 'month' as const, basis: 'stated' as const });

  it('does not date a saying by the start of what it tells of, in English and Spanish', () => {
    for (const [text, words] of [
      ['Ana Ruiz praised the crews that have rotated to the harbor since last year and said their work would change.', 'since last year'],
      ['Ana Ruiz elogió a las brigadas que rotan en el puerto desde el año pasado y dijo que su misión cambiará.', 'año pasado'],
    ] as const) {
      const { doc, mentions } = handDoc({ text, published, dates: [[words, year('2030')]], actors: { ruiz: ['Ana Ruiz'] } });
      const events = extractEvents(doc, mentions);
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.date.start !== '2030')).toBe(true);
    }
  });

  it('does not date a happening told after the stretch ("Under the mechanism used since last year, prisoners are handed over")', () => {
    for (const [text, words] of [
      ['Under the mechanism Norvia has used since last year, prisoners are extradited by a decree of minister Tomás Vidal.', 'last year'],
      ['Con el mecanismo que Norvia usa desde el año pasado, los reos son extraditados por decreto del ministro Tomás Vidal.', 'año pasado'],
    ] as const) {
      const { doc, mentions } = handDoc({ text, published, dates: [[words, year('2030')]], actors: { vidal: ['Tomás Vidal'] } });
      const events = extractEvents(doc, mentions);
      expect(events.some((e) => e.type === 'arrest-extradition')).toBe(true);
      expect(events.every((e) => e.date.start !== '2030')).toBe(true);
    }
  });

  it('dates an answer by its own day, not by the day the question began ("On Monday … asked since Saturday")', () => {
    const { doc, mentions } = handDoc({
      text: 'On Monday, at her morning press conference, Ana Ruiz answered the question everybody had been asking since Saturday.',
      published,
      dates: [
        ['Monday', day('2031-06-02', 'relative')],
        ['Saturday', day('2031-05-31', 'relative')],
      ],
      actors: { ruiz: ['Ana Ruiz'] },
    });
    const answer = extractEvents(doc, mentions).find((e) => e.type === 'statement' || e.type === 'interview');
    expect(answer?.date.start).toBe('2031-06-02');
  });

  it('still dates a state by the day it began, and what a "when" clause tells by that day', () => {
    const deployed = handDoc({
      text: 'Norvia has kept 10,000 troops deployed at the border since February 2030, minister Tomás Vidal announced.',
      published,
      dates: [['February 2030', month('2030-02')]],
      actors: { vidal: ['Tomás Vidal'] },
    });
    expect(extractEvents(deployed.doc, deployed.mentions).some((e) => e.date.start === '2030-02')).toBe(true);
    const when = handDoc({
      text: 'It was their first talk since last Thursday, when Ana Ruiz told reporters that the port would close.',
      published,
      dates: [['last Thursday', day('2031-06-05', 'relative')]],
      actors: { ruiz: ['Ana Ruiz'] },
    });
    expect(extractEvents(when.doc, when.mentions).find((e) => e.type === 'statement')?.date.start).toBe('2031-06-05');
  });
});
