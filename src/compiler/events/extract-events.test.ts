import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';
import { linkQuotes } from './link-quotes';

const day = (start: string, basis: 'stated' | 'inferred' = 'stated') => ({ start, precision: 'day' as const, basis });

describe('extractEvents', () => {
  it('finds two calls with their own dates in one sentence pair', () => {
    const { doc, mentions } = handDoc({
      text:
        'Premier Ana Ruiz and President Tom Hale discussed trade during a phone call on March 9, 2031. ' +
        'The conversation was a follow-up to their February 2 talk and both praised it.',
      dates: [
        ['March 9, 2031', day('2031-03-09')],
        ['February 2', day('2031-02-02', 'inferred')],
      ],
      actors: { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] },
    });
    const calls = extractEvents(doc, mentions).filter((e) => e.type === 'call');
    expect(calls.map((c) => c.date.start)).toEqual(['2031-03-09', '2031-02-02']);
    expect(calls[0]?.cameo).toBe('041');
    expect(calls[0]?.actors).toEqual(['ruiz', 'hale']);
  });

  it('ties the date to the nearest trigger, leaving a later threat undated', () => {
    const { doc, mentions } = handDoc({
      text: 'After the capture of the warlord Ivo Brask on May 4, 2030, President Tom Hale threatened action against the cartels.',
      dates: [['May 4, 2030', day('2030-05-04')]],
      actors: { hale: ['Tom Hale'], brask: ['Ivo Brask'] },
    });
    const events = extractEvents(doc, mentions);
    expect(events.find((e) => e.type === 'military-operation')?.date.start).toBe('2030-05-04');
    const threat = events.find((e) => e.type === 'threat');
    expect(threat?.date).toEqual({ start: null, precision: 'unknown', basis: 'reported' });
  });

  it('places an undated event at the real publication date, marked reported', () => {
    const { doc, mentions } = handDoc({
      text: 'The government of Norvia rejected the proposal for joint patrols.',
      published: { year: 2031, month: 6, day: 2 },
      actors: { norvia: ['government of Norvia'] },
    });
    const rejection = extractEvents(doc, mentions).find((e) => e.type === 'rejection');
    expect(rejection?.date).toEqual({ start: '2031-06-02', precision: 'day', basis: 'reported' });
  });

  it('reads Spanish triggers', () => {
    const { doc, mentions } = handDoc({
      text: 'La presidenta Ana Ruiz sostuvo una llamada telefónica con Tom Hale el 3 de marzo de 2031. Ruiz rechazó cualquier intervención militar.',
      dates: [['3 de marzo de 2031', day('2031-03-03')]],
      actors: { ruiz: ['Ana Ruiz', 'Ruiz'], hale: ['Tom Hale'] },
    });
    const types = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
    expect(types).toEqual(['call 2031-03-03', 'rejection -']);
  });

  it('dates the reaction, not the operation it reacts to', () => {
    const { doc, mentions } = handDoc({
      text: 'President Ana Ruiz on Monday condemned the military operation that captured Ivo Brask.',
      published: { year: 2031, month: 6, day: 4 },
      dates: [['on Monday', { start: '2031-06-02', precision: 'day', basis: 'relative' }]],
      actors: { ruiz: ['Ana Ruiz'], brask: ['Ivo Brask'] },
    });
    const events = extractEvents(doc, mentions);
    expect(events.find((e) => e.type === 'statement')?.date.start).toBe('2031-06-02');
    // The operation is only what was condemned (its own report dates it elsewhere): it is kept
    // only as told in passing, to join that report.
    expect(events.find((e) => e.type === 'military-operation' && !e.background)).toBeUndefined();
    expect(events.find((e) => e.background)?.targets).toEqual(['brask']);
  });

  it('makes one strike, not also a killing, of a strike that killed people', () => {
    const { doc, mentions } = handDoc({
      text: 'Estrian forces struck a boat off Valdora, killing 11 people aboard.',
      actors: { estria: ['Estrian forces'] },
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['military-operation']);
  });

  it('reads "met" and "spoke with" between officials as a meeting and a call, not a deadline met or a talk to reporters', () => {
    const { doc, mentions } = handDoc({
      text:
        'A delegation led by Ivo Brask met Minister Ana Ruiz in Valdora on Tuesday. ' +
        'Tom Hale also spoke Monday with Ana Ruiz. ' +
        'Norvia met the deadline. ' +
        'Ivo Brask spoke with reporters.',
      actors: { brask: ['Ivo Brask'], ruiz: ['Ana Ruiz'], hale: ['Tom Hale'], norvia: ['Norvia'] },
    });
    expect(extractEvents(doc, mentions).map((e) => `${e.type} ${e.sentence}`)).toEqual(['meeting 0', 'call 1']);
  });

  it('folds a later mention of "the meeting" into the dated meeting of the story', () => {
    const { doc, mentions } = handDoc({
      text: 'Ambassador Tom Hale met Ana Ruiz on Friday in Valdora.\n\nHale later wrote that the meeting was "productive".',
      dates: [['on Friday', { start: '2031-05-02', precision: 'day', basis: 'relative' }]],
      actors: { hale: ['Tom Hale', 'Hale'], ruiz: ['Ana Ruiz'] },
    });
    const meetings = extractEvents(doc, mentions).filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.sentences).toEqual([0, 1]);
  });

  it('dates what was agreed at a dated visit by the visit, through "where"', () => {
    const { doc, mentions } = handDoc({
      text: 'Minister Ivo Brask visited Valdora on May 2, 2031, and met Ana Ruiz at the palace, where both governments agreed to set up a security group.',
      dates: [['May 2, 2031', day('2031-05-02')]],
      actors: { brask: ['Ivo Brask'], ruiz: ['Ana Ruiz'] },
    });
    expect(extractEvents(doc, mentions).find((e) => e.type === 'policy')?.date.start).toBe('2031-05-02');
  });

  it('reads a designation whose terrorist label comes before it', () => {
    const { doc, mentions } = handDoc({
      text: 'The terrorist label for the Brask cartel came when the Foreign Office published the designation on May 2, 2031.',
      dates: [['May 2, 2031', day('2031-05-02')]],
      actors: { office: ['Foreign Office'] },
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['designation']);
  });

  it('does not turn hedged actions into events', () => {
    const { doc, mentions } = handDoc({
      text: 'Hale spoke of possible strikes and future meetings with Norvia. The ministry has drawn up options for strikes on Norvia.',
      actors: { hale: ['Hale'], ministry: ['The ministry'] },
    });
    const types = extractEvents(doc, mentions).map((e) => e.type);
    expect(types).not.toContain('military-operation');
    expect(types).not.toContain('meeting');
    // Drawing up options is itself something that happened (considering a policy).
    expect(types).toContain('policy');
  });

  it('never doubles an event from a repeated sentence, and collapses repeated mentions', () => {
    const sentence = 'Minister Ana Ruiz rejected the offer of troops.';
    const { doc, mentions } = handDoc({
      text: `${sentence}\n\n${sentence}\n\nLater, Ruiz rejected it again in Congress.`,
      actors: { ruiz: ['Ana Ruiz', 'Ruiz'] },
    });
    expect(extractEvents(doc, mentions).filter((e) => e.type === 'rejection')).toHaveLength(1);
  });

  it('makes one interview of two mentions on the same day even when an aside cuts the subject off', () => {
    const { doc, mentions } = handDoc({
      text:
        'In an interview on May 4, Brask urged closer ties with Norvia.\n\n' +
        'Senator Ivo Brask, leader of the National Party (NP), backed the border deal in an interview on 4 May with host Lia Moro.',
      dates: [
        ['May 4', day('2031-05-04', 'inferred')],
        ['4 May', day('2031-05-04', 'inferred')],
      ],
      actors: { brask: ['Ivo Brask', 'Brask'], moro: ['Lia Moro'], norvia: ['Norvia'] },
    });
    const interviews = extractEvents(doc, mentions).filter((e) => e.type === 'interview');
    expect(interviews).toHaveLength(1);
    expect(interviews[0]?.sentences).toEqual([0, 1]);
  });

  it('makes no event of a denied or counterfactual action', () => {
    const { doc, mentions } = handDoc({
      text:
        'Ruiz said Norvia had never received a formal proposal for strikes. ' +
        'Hale would be OK with military strikes inside Norvia. ' +
        'The men were flown to Norvia rather than through the usual extradition procedure.',
      actors: { ruiz: ['Ruiz'], hale: ['Hale'], norvia: ['Norvia'] },
    });
    const types = extractEvents(doc, mentions).map((e) => e.type);
    expect(types).not.toContain('military-operation');
    expect(types).not.toContain('meeting');
    expect(types).not.toContain('policy');
    expect(types).not.toContain('arrest-extradition');
  });

  it('lets the speech verb decide the type when the happening is only its object', () => {
    const { doc, mentions } = handDoc({
      text: "Norvia's foreign ministry issued a statement calling the operation a violation of the charter.",
      actors: { ministry: ["Norvia's foreign ministry"] },
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['statement']);
  });

  it('makes one rejection, not also an interview, of a rejection voiced at a press conference', () => {
    const { doc, mentions } = handDoc({
      text: 'President Ana Ruiz rejected the idea at her morning news conference.',
      actors: { ruiz: ['Ana Ruiz'] },
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['rejection']);
  });

  it('reads Spanish present-tense arrests and extraditions and transfers of a number of people', () => {
    const { doc, mentions } = handDoc({
      text: 'Detienen en Valdora a Ivo Brask.\n\nLa Fiscalía extradita a un operador del cártel.\n\nNorvia sent 12 prisoners to Estria.',
      actors: { brask: ['Ivo Brask'], fiscalia: ['La Fiscalía'], norvia: ['Norvia'] },
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['arrest-extradition', 'arrest-extradition', 'arrest-extradition']);
  });

  it('gives the quoted words a speech clause introduces or tags in its title', () => {
    const { doc, mentions } = handDoc({
      text: 'Ruiz said the call was "very cordial".\n\n"It is a reprieve, not a solution," said Lia Moro, director of the port authority.',
      actors: { ruiz: ['Ruiz'], moro: ['Lia Moro'] },
    });
    const titles = extractEvents(doc, mentions).map((e) => e.title);
    expect(titles).toContain('Ruiz said the call was "very cordial"');
    expect(titles).toContain('"It is a reprieve, not a solution," said Lia Moro, director of the port authority');
  });

  it('makes a statement of a headline that gives someone\'s words after a colon', () => {
    const { doc, mentions } = handDoc({
      text: "Border czar Tom Hale: 'We will take the fight to the cartels'",
      actors: { hale: ['Tom Hale'] },
    });
    const events = extractEvents(doc, mentions);
    expect(events.map((e) => e.type)).toEqual(['statement']);
    expect(events[0]?.title).toBe("Border czar Tom Hale: 'We will take the fight to the cartels'");
  });

  it('keeps an undated operation noun as background to a dated interview of the same sentence', () => {
    const { doc, mentions } = handDoc({
      text: 'Senator Ivo Brask voiced support for joining operations against the cartels during a May 4 interview with Lia Moro.',
      dates: [['May 4', day('2031-05-04', 'inferred')]],
      actors: { brask: ['Ivo Brask'], moro: ['Lia Moro'] },
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['interview']);
  });

  it('makes no statement of a colon in running text, where the clause has its own verb', () => {
    const { doc, mentions } = handDoc({
      text: "He doubted Tom Hale's approach: 'Do they believe ideology will solve it?'.",
      actors: { hale: ['Tom Hale'] },
    });
    expect(extractEvents(doc, mentions)).toEqual([]);
  });

  it('does not count a country named as the origin of the designated groups as an actor of the designation', () => {
    const { doc, mentions } = handDoc({
      text: 'The Foreign Office on May 2 designated eight criminal groups, six of them from Norvia, as terrorist organizations.',
      dates: [['May 2', day('2031-05-02', 'inferred')]],
      actors: { office: ['Foreign Office'], norvia: ['Norvia'] },
    });
    expect(extractEvents(doc, mentions).find((e) => e.type === 'designation')?.actors).toEqual(['office']);
  });

  it('keeps a statement made in a coordinated clause with its own subject', () => {
    const { doc, mentions } = handDoc({
      text: 'Norvia has sent dozens of prisoners to Estria, and Minister Ana Ruiz has repeatedly said Norvia would act alone.',
      actors: { norvia: ['Norvia'], ruiz: ['Ana Ruiz'], estria: ['Estria'] },
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['arrest-extradition', 'statement']);
  });

  it('builds titles only from words of the sentence', () => {
    const { doc, mentions } = handDoc({
      text: 'In a long speech on Monday, Minister Ana Ruiz rejected the offer of troops; the opposition applauded.',
      actors: { ruiz: ['Ana Ruiz'] },
    });
    const title = extractEvents(doc, mentions)[0]?.title ?? '';
    expect(title).toContain('Ana Ruiz rejected the offer of troops');
    for (const word of title.split(/\s+/u)) expect(doc.text.toLowerCase()).toContain(word.toLowerCase());
  });
});

describe('linkQuotes', () => {
  it('gives a quote the date of the interview its speaker gave', () => {
    const { doc, mentions, quotes } = handDoc({
      text:
        'Senator Ivo Brask spoke in a March 2 interview with a radio host.\n\n' +
        '"We will never accept foreign troops," Brask said.',
      dates: [['March 2', day('2031-03-02', 'inferred')]],
      actors: { brask: ['Ivo Brask', 'Brask'] },
      quotes: [['We will never accept foreign troops,', 'brask']],
    });
    const linked = linkQuotes(doc, extractEvents(doc, mentions), quotes);
    expect(linked.quotes[0]?.date.start).toBe('2031-03-02');
    const interview = linked.events.find((e) => e.type === 'interview');
    expect(interview?.quotes).toEqual([0]);
  });

  it('links a quote to the conversation that is the subject, not to the earlier one named in an aside', () => {
    const { doc, mentions, quotes } = handDoc({
      text:
        'Ana Ruiz and Tom Hale spoke during a phone call on March 9, 2031. ' +
        'Described as cordial, the conversation—a follow-up to their February 2 talk—saw Hale praise Ruiz as a "wise leader".',
      dates: [
        ['March 9, 2031', day('2031-03-09')],
        ['February 2', day('2031-02-02', 'inferred')],
      ],
      actors: { ruiz: ['Ana Ruiz', 'Ruiz'], hale: ['Tom Hale', 'Hale'] },
      quotes: [['wise leader', 'hale']],
    });
    const linked = linkQuotes(doc, extractEvents(doc, mentions), quotes);
    expect(linked.quotes[0]?.date.start).toBe('2031-03-09');
  });

  it("gives a statement that names no one its quote's speaker, never someone else's", () => {
    const { doc, mentions, quotes } = handDoc({
      text: 'Ana Ruiz habló con la prensa.\n\nInsistió el martes en que la relación vive "un buen momento" con el puerto.',
      dates: [['el martes', day('2031-03-04', 'inferred')]],
      actors: { ruiz: ['Ana Ruiz'] },
      quotes: [['un buen momento', 'ruiz']],
    });
    const linked = linkQuotes(doc, extractEvents(doc, mentions), quotes);
    const statement = linked.events.find((e) => e.date.start === '2031-03-04');
    expect(statement?.actors).toEqual(['ruiz']);
    const unknown = handDoc({
      text: 'Insistió el martes en que la relación vive "un buen momento" con el puerto.',
      dates: [['el martes', day('2031-03-04', 'inferred')]],
      quotes: [['un buen momento', null]],
    });
    expect(linkQuotes(unknown.doc, extractEvents(unknown.doc, unknown.mentions), unknown.quotes).events[0]?.actors).toEqual([]);
  });

  it('leaves an unlinked quote of an undated article unknown', () => {
    const { doc, mentions, quotes } = handDoc({
      text: 'The weather was "unusually mild" in the capital.',
      quotes: [['unusually mild', null]],
    });
    const linked = linkQuotes(doc, extractEvents(doc, mentions), quotes);
    expect(linked.quotes[0]?.date.start).toBeNull();
  });
});

describe('several happenings in one sentence', () => {
  const types = (text: string, actors: Record<string, string[]>) => {
    const { doc, mentions } = handDoc({ text, dates: [], actors });
    return extractEvents(doc, mentions).map((e) => e.type);
  };

  it('keeps both a call and the rejection voiced in it', () => {
    expect(
      types('Premier Ana Ruiz held a telephone conversation with President Tom Hale in which she reiterated her rejection of foreign troops.', {
        ruiz: ['Ana Ruiz'],
        hale: ['Tom Hale'],
      }),
    ).toEqual(expect.arrayContaining(['call', 'rejection']));
  });

  it('keeps an interview beside the rejection given in it, in English and Spanish', () => {
    expect(types('Ana Ruiz rejected the offer of troops in an interview with the broadcaster Tom Hale.', { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] })).toEqual(
      expect.arrayContaining(['rejection', 'interview']),
    );
    expect(types('En una entrevista con Tom Hale, Ana Ruiz rechazó la oferta de tropas.', { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] })).toEqual(
      expect.arrayContaining(['rejection', 'interview']),
    );
  });

  it('still takes a news conference for the venue of what was said there', () => {
    expect(types('At her news conference, Ana Ruiz rejected the offer of troops.', { ruiz: ['Ana Ruiz'] })).toEqual(['rejection']);
  });

  it('keeps apart two undated happenings of unlike kinds that both fall under "other" (a plea, taking control)', () => {
    expect(types('Vera Olmos has since assumed control of the government. Later, Vera Olmos pleaded not guilty in a federal court.', { olmos: ['Vera Olmos'] })).toEqual(['other', 'other']);
  });

  it('finds trips, court appearances and a "called it" remark', () => {
    expect(types('Trade Minister Ivo Brask has traveled repeatedly to Valdora to meet port officials.', { brask: ['Ivo Brask'] })).toEqual(['meeting']);
    expect(types('Ivo Brask is expected to appear before a federal judge in Valdora.', { brask: ['Ivo Brask'] })).toEqual(['other']);
    expect(types('The port chief, Ivo Brask, called it a historic day for the docks.', { brask: ['Ivo Brask'] })).toEqual(['statement']);
  });

  describe('dates and triggers of round 3', () => {
    const month = (start: string) => ({ start, precision: 'month' as const, basis: 'stated' as const });
    const year = (start: string) => ({ start, precision: 'year' as const, basis: 'stated' as const });

    it('gives a release and a recapture in one sentence each its own date', () => {
      const { doc, mentions } = handDoc({
        text: 'Ivo Brask was released on a technicality in 2019 and fled until soldiers recaptured him in March 2027.',
        dates: [
          ['2019', year('2019')],
          ['March 2027', month('2027-03')],
        ],
        actors: { brask: ['Ivo Brask'] },
      });
      const events = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
      expect(events).toEqual(['other 2019', 'arrest-extradition 2027-03']);
    });

    it('dates a taking of office with the first month of the span it opens', () => {
      const { doc, mentions } = handDoc({
        text: 'Police seized 900 rifles since Ana Ruiz took office in May 2029, the minister said.',
        dates: [['May 2029', { ...month('2029-05'), end: '2031-02' }]],
        actors: { ruiz: ['Ana Ruiz'] },
      });
      const office = extractEvents(doc, mentions).find((e) => e.type === 'other');
      expect(office?.date).toEqual({ ...month('2029-05'), text: 'May 2029' });
    });

    it('reads Spanish taking of office', () => {
      const { doc, mentions } = handDoc({
        text: 'Ana Ruiz asumió el cargo en mayo de 2029.',
        dates: [['mayo de 2029', month('2029-05')]],
        actors: { ruiz: ['Ana Ruiz'] },
      });
      expect(extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`)).toEqual(['other 2029-05']);
    });

    it('makes "the leaders spoke" a call between the leaders of the call told just before', () => {
      const { doc, mentions } = handDoc({
        text: 'Premier Ana Ruiz said she had a good call with President Tom Hale. The leaders spoke on Friday about trade.',
        dates: [['on Friday', { start: '2031-03-07', precision: 'day', basis: 'relative' }]],
        actors: { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] },
      });
      const dated = extractEvents(doc, mentions).find((e) => e.type === 'call' && e.date.start === '2031-03-07');
      expect(dated?.actors).toEqual(expect.arrayContaining(['ruiz', 'hale']));
    });

    it('keeps a lone "spoke" a statement, not a call', () => {
      const { doc, mentions } = handDoc({
        text: 'Ana Ruiz spoke on Friday about trade.',
        dates: [['on Friday', { start: '2031-03-07', precision: 'day', basis: 'relative' }]],
        actors: { ruiz: ['Ana Ruiz'] },
      });
      expect(extractEvents(doc, mentions).some((e) => e.type === 'call')).toBe(false);
    });

    it('reads "ambos mandatarios hablaron" as a call', () => {
      const { doc, mentions } = handDoc({
        text: 'Ambos mandatarios hablaron el viernes sobre comercio, dijo Ana Ruiz.',
        dates: [['el viernes', { start: '2031-03-07', precision: 'day', basis: 'relative' }]],
        actors: { ruiz: ['Ana Ruiz'] },
      });
      expect(extractEvents(doc, mentions).find((e) => e.type === 'call')?.date.start).toBe('2031-03-07');
    });

    it('makes an appearance on a named programme an interview with its day', () => {
      const { doc, mentions } = handDoc({
        text: 'Minister Tom Hale, speaking on NTV\'s "Morning Desk" on Sunday, praised the border plan.',
        dates: [['on Sunday', { start: '2031-03-09', precision: 'day', basis: 'relative' }]],
        actors: { hale: ['Tom Hale'] },
      });
      expect(extractEvents(doc, mentions).find((e) => e.type === 'interview')?.date.start).toBe('2031-03-09');
    });

    it('dates drone flights "as far back as" a year', () => {
      const { doc, mentions } = handDoc({
        text: 'The Norvian air force flew unarmed patrol drones over the border as far back as 2015.',
        dates: [['2015', year('2015')]],
        actors: { norvia: ['Norvian air force'] },
      });
      expect(extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`)).toEqual(['other 2015']);
    });

    it('does not date a treaty review at the deadline it is due by (a deadline is no happening)', () => {
      const { doc, mentions } = handDoc({
        text: 'The joint review of the Norvia trade pact is due by May 4, and Norvian officials are wary.',
        dates: [['May 4', day('2032-05-04', 'inferred')]],
        actors: { norvia: ['Norvian officials', 'Norvia'] },
      });
      expect(extractEvents(doc, mentions).some((e) => e.date.start === '2032-05-04')).toBe(false);
    });

    it('makes "said the transfer was…" a statement, and "the transfer of 40 in May" a dated transfer', () => {
      const { doc, mentions } = handDoc({
        text: 'Minister Tom Hale said the transfer was lawful. The transfer of 40 prisoners in May 2030 was the largest yet.',
        dates: [['May 2030', month('2030-05')]],
        actors: { hale: ['Tom Hale'], prisoners: ['prisoners'] },
      });
      const events = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
      expect(events).toEqual(['statement -', 'arrest-extradition 2030-05']);
    });

    it('reads "consideró que" as a statement, not the nouns it mentions as events', () => {
      const { doc, mentions } = handDoc({
        text: 'En cambio, el líder opositor, Ivo Brask, consideró que el despliegue de la policía demuestra que la estrategia ha fracasado.',
        actors: { brask: ['Ivo Brask'] },
      });
      const events = extractEvents(doc, mentions);
      expect(events.map((e) => e.type)).toEqual(['statement']);
      expect(events[0]?.title).toContain('Ivo Brask, consideró que el despliegue');
    });

    it('keeps a date inside a relative clause on its own noun event, titled by its phrase', () => {
      const { doc, mentions } = handDoc({
        text: 'In May, Norvia handed over 12 inmates, including Ivo Brask, who is accused in the 2001 killing of police chief Tom Hale.',
        dates: [
          ['May', { start: '2031-05', precision: 'month', basis: 'relative' }],
          ['2001', year('2001')],
        ],
        actors: { norvia: ['Norvia'], brask: ['Ivo Brask'], hale: ['Tom Hale'] },
      });
      const events = extractEvents(doc, mentions);
      expect(events.find((e) => e.type === 'arrest-extradition')?.date.start).toBe('2031-05');
      const killing = events.find((e) => e.type === 'other');
      expect(killing?.date.start).toBe('2001');
      expect(killing?.title).toBe('2001 killing of police chief Tom Hale');
    });

    it('titles a Spanish noun event by its own phrase and date', () => {
      const { doc, mentions } = handDoc({
        text: 'La ministra Ana Ruiz celebró la captura de Ivo Brask el 3 de enero de 2031 en Valdora.',
        dates: [['3 de enero de 2031', day('2031-01-03')]],
        actors: { ruiz: ['Ana Ruiz'], brask: ['Ivo Brask'] },
      });
      const capture = extractEvents(doc, mentions).find((e) => e.type === 'military-operation');
      expect(capture?.date.start).toBe('2031-01-03');
      expect(capture?.title).toBe('Captura de Ivo Brask el 3 de enero de 2031 en Valdora');
    });

    it('makes reconnaissance flights a military operation and mere surveillance not one', () => {
      const { doc, mentions } = handDoc({
        text: 'The Norvian navy stepped up its reconnaissance flights along the coast in March 2031. Norvian police expanded video surveillance downtown.',
        dates: [['March 2031', month('2031-03')]],
        actors: { navy: ['Norvian navy'], police: ['Norvian police'] },
      });
      const types = extractEvents(doc, mentions).map((e) => `${e.type} ${e.date.start ?? '-'}`);
      expect(types).toEqual(['military-operation 2031-03', 'other -']);
    });

    it('dates "the designation of … as terrorist organizations in February" as a designation', () => {
      const { doc, mentions } = handDoc({
        text: 'Ana Ruiz recalled the designation of six gangs as terrorist organizations in February 2031.',
        dates: [['February 2031', month('2031-02')]],
        actors: { ruiz: ['Ana Ruiz'] },
      });
      expect(extractEvents(doc, mentions).find((e) => e.type === 'designation')?.date.start).toBe('2031-02');
    });

    it('does not date an event with a year from a relative clause about someone else', () => {
      const { doc, mentions } = handDoc({
        text: 'Norvia extradited Ivo Brask, who fled Valdora in 2019, to the Republic of Tessa.',
        dates: [['2019', year('2019')]],
        published: { year: 2031, month: 6, day: 2 },
        actors: { norvia: ['Norvia'], brask: ['Ivo Brask'] },
      });
      const extradition = extractEvents(doc, mentions).find((e) => e.type === 'arrest-extradition');
      expect(extradition?.date).toEqual({ start: '2031-06-02', precision: 'day', basis: 'reported' });
    });

    it('lets a sentence-initial date reach the main verb past a relative clause', () => {
      const { doc, mentions } = handDoc({
        text: 'En marzo de 2031, Norvia extraditó a Ivo Brask, quien huyó a Valdora.',
        dates: [['marzo de 2031', month('2031-03')]],
        actors: { norvia: ['Norvia'], brask: ['Ivo Brask'] },
      });
      expect(extractEvents(doc, mentions).find((e) => e.type === 'arrest-extradition')?.date.start).toBe('2031-03');
    });

    it('reads "recibirá en <lugar> al embajador" as a meeting on its day', () => {
      const { doc, mentions } = handDoc({
        text: 'Ana Ruiz adelantó que el jueves recibirá en el palacio de gobierno al embajador Tom Hale.',
        dates: [['el jueves', { start: '2031-03-06', precision: 'day', basis: 'relative' }]],
        actors: { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] },
      });
      const meeting = extractEvents(doc, mentions).find((e) => e.type === 'meeting');
      expect(meeting?.date.start).toBe('2031-03-06');
      expect(meeting?.actors).toEqual(expect.arrayContaining(['ruiz', 'hale']));
    });

    it('does not date "the third transfer since February" with February', () => {
      const es = handDoc({
        text: 'El gabinete de Norvia informó del envío de 40 reos, el tercer traslado masivo desde febrero de 2030.',
        dates: [['febrero de 2030', month('2030-02')]],
        actors: { norvia: ['gabinete de Norvia'] },
      });
      expect(extractEvents(es.doc, es.mentions).some((e) => e.date.start === '2030-02')).toBe(false);
      const en = handDoc({
        text: 'Norvia announced it had flown out 40 inmates, its third transfer since February 2030.',
        dates: [['February 2030', month('2030-02')]],
        actors: { norvia: ['Norvia'] },
      });
      expect(extractEvents(en.doc, en.mentions).some((e) => e.type === 'arrest-extradition' && e.date.start === '2030-02')).toBe(false);
    });
  });
});

describe('extractEvents: a name with a quoted nickname', () => {
  it('gives a saying to the person whose quoted nickname opens its clause', () => {
    const { doc, mentions } = handDoc({
      text: 'On Monday, March 9, the leader of the Norvian Union Party, Tomás "Tomi" Roe, said in an interview with a Velian network that Norvia needs help.',
      dates: [['Monday, March 9', day('2031-03-09')]],
      actors: { roe: ['Tomás "Tomi" Roe'], norvia: ['Norvia'] },
    });
    const saying = extractEvents(doc, mentions).find((e) => e.type === 'statement' || e.type === 'interview');
    expect(saying?.actors).toContain('roe');
  });
});
