import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const day = (start: string, basis: 'stated' | 'relative' = 'stated') => ({ start, precision: 'day' as const, basis });
const month = (start: string) => ({ start, precision: 'month' as const, basis: 'stated' as const });
const published = { year: 2031, month: 6, day: 6 };

describe('extractEvents: tying dates past asides and clauses', () => {
  it('dates the first happening of a sentence that opens with its date, past a long aside', () => {
    const { doc, mentions } = handDoc({
      text: 'On Wednesday the Norvian harbor secretary, Ana Ruiz, visiting a customs facility in Puerto Alto, Costa Sur, said smugglers were still active.',
      published,
      dates: [['Wednesday', day('2031-06-04', 'relative')]],
      actors: { ruiz: ['Ana Ruiz'] },
    });
    expect(extractEvents(doc, mentions).find((e) => e.type === 'statement')?.date.start).toBe('2031-06-04');
  });

  it('leaves a date that ends the clause before ", and" to that clause', () => {
    const { doc, mentions } = handDoc({
      text: 'Norvia has handed over many suspects this year, most recently 12 on May 20, and has deployed 9,000 troops to its border since February 2031.',
      published,
      dates: [
        ['May 20', day('2031-05-20')],
        ['February 2031', month('2031-02')],
      ],
      actors: { norvia: ['Norvia'] },
    });
    expect(extractEvents(doc, mentions).find((e) => e.type === 'military-operation')?.date.start).toBe('2031-02');
  });

  it('reads past an aside between dashes to the trigger it dates', () => {
    const { doc, mentions } = handDoc({
      text: 'El primero ocurrió el 27 de febrero de 2031, cuando 29 reos —entre ellos Ivo Brask, fundador del cártel del Puerto— fueron llevados a territorio norviano.',
      published,
      dates: [['27 de febrero de 2031', day('2031-02-27')]],
      actors: { brask: ['Ivo Brask'] },
    });
    expect(extractEvents(doc, mentions).find((e) => e.type === 'arrest-extradition')?.date.start).toBe('2031-02-27');
  });

  it('gives the day of "the interview took place Friday" to the one undated interview told before', () => {
    const { doc, mentions } = handDoc({
      text: 'The following is a transcript of an interview with Ana Ruiz, the harbor secretary.\nThe interview took place Friday at the Norvian embassy.',
      published,
      dates: [['Friday', day('2031-06-06', 'relative')]],
      actors: { ruiz: ['Ana Ruiz'], norvia: ['Norvian embassy'] },
    });
    const interviews = extractEvents(doc, mentions).filter((e) => e.type === 'interview');
    expect(interviews).toHaveLength(1);
    expect(interviews[0]?.date.start).toBe('2031-06-06');
    expect(interviews[0]?.actors).toContain('ruiz');
  });

  it('does not date back when two undated interviews were told before', () => {
    const { doc, mentions } = handDoc({
      text: 'Ana Ruiz gave an interview to the Harbor Weekly.\nTom Hale gave an interview to the Port Gazette.\nThe interview took place Friday.',
      published,
      dates: [['Friday', day('2031-06-06', 'relative')]],
      actors: { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] },
    });
    const dated = extractEvents(doc, mentions).filter((e) => e.type === 'interview' && e.date.basis === 'relative');
    expect(dated.every((e) => e.actors.length === 0)).toBe(true);
  });

  it('does not give the day of one person\'s dated press conference to another\'s undated interview', () => {
    const { doc, mentions } = handDoc({
      text: '"We go with a clear agenda," Tomas Vidal said in a radio interview.\nAt the press conference on Friday, Ana Ruiz said the subject never came up.\nDurante la mañanera de este viernes, Ana Ruiz aseguró que no se habló del tema.',
      published,
      dates: [
        ['Friday', day('2031-06-06', 'relative')],
        ['este viernes', day('2031-06-06', 'relative')],
      ],
      actors: { ruiz: ['Ana Ruiz'], vidal: ['Tomas Vidal'] },
    });
    const radio = extractEvents(doc, mentions).find((e) => e.type === 'interview' && e.actors.some((a) => a === 'vidal'));
    expect(radio?.date.basis).toBe('reported');
    expect(radio?.actors).not.toContain('ruiz');
  });

  it('dates each entry of a timeline recap by the date that opens it before a dash', () => {
    const { doc, mentions } = handDoc({
      text: 'Key dates:\n* August 12, 2030 - Norvia transfers another 26 prisoners to Ostland.\n- **Jan 8** — In a radio interview, Ana Ruiz says the port will close.\n• 3 de marzo de 2031: Norvia extradita a 12 presos.',
      published,
      dates: [
        ['August 12, 2030', day('2030-08-12')],
        ['Jan 8', day('2031-01-08', 'relative')],
        ['3 de marzo de 2031', day('2031-03-03')],
      ],
      actors: { norvia: ['Norvia'], ruiz: ['Ana Ruiz'] },
    });
    const events = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
    expect(events).toContain('arrest-extradition 2030-08-12');
    expect(events).toContain('interview 2031-01-08');
    expect(events).toContain('arrest-extradition 2031-03-03');
  });

  it('reads a saying dated after its article was written as a plan: a verb told it that day, a planned press conference is no event', () => {
    const week = (start: string) => ({ start, end: '2031-06-15', precision: 'week' as const, basis: 'relative' as const });
    const told = handDoc({
      text: 'Ana Ruiz explicó que el canciller viajará a Ostland la próxima semana.',
      published,
      dates: [['la próxima semana', week('2031-06-09')]],
      actors: { ruiz: ['Ana Ruiz'] },
    });
    const statement = extractEvents(told.doc, told.mentions).find((e) => e.type === 'statement');
    expect(statement?.date).toMatchObject({ start: '2031-06-06', basis: 'reported' });

    const planned = handDoc({
      text: 'Ana Ruiz is expected to address it at her Monday morning press conference.',
      published,
      dates: [['Monday morning', day('2031-06-09', 'relative')]],
      actors: { ruiz: ['Ana Ruiz'] },
    });
    expect(extractEvents(planned.doc, planned.mentions)).toEqual([]);

    // The same words about a day before the article was written tell what happened.
    const held = handDoc({
      text: 'Ana Ruiz addressed it at her Monday morning press conference.',
      published,
      dates: [['Monday morning', day('2031-06-02', 'relative')]],
      actors: { ruiz: ['Ana Ruiz'] },
    });
    expect(extractEvents(held.doc, held.mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`)).toEqual(['interview 2031-06-02']);
  });

  it('dates an explainer entry whose bold label holds its date and colon ("**February 20, 2030:** …")', () => {
    const { doc, mentions } = handDoc({
      text: 'Key moments:\n\n**February 20, 2030:** Norvia designated the Kestrel cartel as a terrorist organization.\n\n**3 de marzo de 2031:** Norvia extraditó a 12 presos.',
      published,
      dates: [
        ['February 20, 2030', day('2030-02-20')],
        ['3 de marzo de 2031', day('2031-03-03')],
      ],
      actors: { norvia: ['Norvia'] },
    });
    const events = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
    expect(events).toContain('designation 2030-02-20');
    expect(events).toContain('arrest-extradition 2031-03-03');
  });

  it('dates the verb, not its object, in "condemned the raid on Saturday" / "condena el operativo el mismo día"', () => {
    for (const [text, words] of [
      ["Norvia's foreign ministry condemns the operation the same day as a violation of international law.", 'the same day'],
      ["Norvia's foreign ministry condemned the American operation in Ostland on June 1, calling it illegal.", 'June 1'],
      ['La cancillería de Norvia condenó el operativo el sábado por violar el derecho internacional.', 'el sábado'],
    ] as const) {
      const { doc, mentions } = handDoc({ text, published, dates: [[words, day('2031-06-01', 'relative')]], actors: { ministry: ["Norvia's foreign ministry", 'La cancillería de Norvia'] } });
      const events = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
      expect(events, text).toContain('statement 2031-06-01');
      expect(events, text).not.toContain('military-operation 2031-06-01');
    }
  });

  it('makes one event per date of a list after its trigger: "in February and August", "last February and 26 more in August"', () => {
    const feb = { start: '2030-02', precision: 'month' as const, basis: 'stated' as const };
    const aug = { start: '2030-08', precision: 'month' as const, basis: 'stated' as const };
    for (const [text, first, second] of [
      ['Norvia sent 29 prisoners to Ostland last February and 26 more in August.', 'last February', 'August'],
      ['Norvia ha enviado a 55 personas en dos traslados realizados en febrero y agosto de 2030.', 'febrero', 'agosto de 2030'],
    ] as const) {
      const { doc, mentions } = handDoc({ text, published, dates: [[first, feb], [second, aug]], actors: { norvia: ['Norvia'] } });
      const events = extractEvents(doc, mentions).filter((e) => e.type === 'arrest-extradition').map((e) => e.date.start);
      expect(events, text).toEqual(['2030-02', '2030-08']);
    }
  });

  it('makes one event per date of a list of three, also when an item is "26 more on …" without "and"', () => {
    const dates: [string, ReturnType<typeof day>][] = [['February 27, 2030', day('2030-02-27')], ['August 12, 2030', day('2030-08-12')], ['January 20, 2031', day('2031-01-20')]];
    const en = 'Norvia sent 29 prisoners to Ostland on February 27, 2030, 26 more on August 12, 2030, and 37 on January 20, 2031.';
    const es = 'Norvia envió a 29 reos a Ostland el 27 de febrero de 2030, otros 26 el 12 de agosto de 2030 y 37 más el 20 de enero de 2031.';
    const esDates: [string, ReturnType<typeof day>][] = [['27 de febrero de 2030', day('2030-02-27')], ['12 de agosto de 2030', day('2030-08-12')], ['20 de enero de 2031', day('2031-01-20')]];
    for (const [text, given] of [[en, dates], [es, esDates]] as const) {
      const { doc, mentions } = handDoc({ text, published, dates: given, actors: { norvia: ['Norvia'] } });
      const events = extractEvents(doc, mentions).filter((e) => e.type === 'arrest-extradition').map((e) => e.date.start);
      expect(events, text).toEqual(['2030-02-27', '2030-08-12', '2031-01-20']);
    }
  });

  it('dates a press release by its opening "Today", past a dateline and a party tag: "PORTVILLE – Today, Sen. Ana Ruiz (D-NV) … released the following statement"', () => {
    const { doc, mentions } = handDoc({
      text: 'PORTVILLE – Today, Senator Ana Ruiz (D-NV), a member of the Harbor Committee, released the following statement after Norvia transferred 37 prisoners to Ostland on Tuesday.',
      published,
      dates: [
        ['Today', day('2031-06-06', 'relative')],
        ['Tuesday', day('2031-06-03', 'relative')],
      ],
      actors: { ruiz: ['Ana Ruiz'], norvia: ['Norvia'] },
    });
    const events = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
    expect(events).toContain('statement 2031-06-06');
    expect(events).toContain('arrest-extradition 2031-06-03');
  });

  it('makes dated events of an indictment and of sanctions', () => {
    const { doc, mentions } = handDoc({
      text: 'Ivo Brask was indicted in Norvia in 2029 on trafficking charges.\nIn June, the Treasury barred three Norvian banks from transactions with foreign lenders.',
      published,
      dates: [
        ['2029', { start: '2029', precision: 'year', basis: 'stated' }],
        ['June', { start: '2031-06', precision: 'month', basis: 'relative' }],
      ],
      actors: { brask: ['Ivo Brask'], treasury: ['the Treasury'] },
    });
    const events = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
    expect(events).toContain('arrest-extradition 2029');
    expect(events).toContain('policy 2031-06');
  });

  it('makes a dated policy event of an exemption', () => {
    const { doc, mentions } = handDoc({
      text: 'Norvia imposed a levy on steel on March 4, 2031, and farm goods were exempted two days later.',
      published,
      dates: [
        ['March 4, 2031', day('2031-03-04')],
        ['two days later', day('2031-03-06', 'relative')],
      ],
      actors: { norvia: ['Norvia'] },
    });
    expect(extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`)).toContain('policy 2031-03-06');
  });
});
