import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateValue, DocumentId } from '../../schema/timeline';
import type { EventMember } from './corpus-items';
import { day, member, month, reported, sources } from './fixtures/merge-members';
import { mergeEvents } from './merge-events';

describe('mergeEvents', () => {
  it('merges a call dated by day with the same call dated by its month in a Spanish article (rule CONTAINS)', () => {
    const en = member('en.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 9.');
    const es = member('es.txt', 'call', month('2031-03', 'marzo'), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale conversaron por teléfono en marzo.');
    const [event, ...rest] = mergeEvents([en, es]);
    expect(rest).toHaveLength(0);
    expect(event?.date).toMatchObject({ start: '2031-03-09', precision: 'day', basis: 'stated' });
    expect(event?.sourceCount).toBe(2);
  });

  it('titles an event by a report whose title holds its trigger, not by a sentence about something else (rule TITLE-HAS-TRIGGER)', () => {
    const aside = 'Governor Tom Hale on Wednesday ordered 900 more guards to the river after the raid that captured Ivo Brask on May 3.';
    const told = 'Special forces captured Ivo Brask in his capital on May 3.';
    const first = member('a.txt', 'military-operation', day('2031-05-03'), ['ivo-brask', 'tom-hale'], aside, {
      title: 'Governor Tom Hale on Wednesday ordered 900 more guards to the river',
      trigger: [aside.indexOf('captured'), aside.indexOf('captured') + 8],
    });
    const second = member('b.txt', 'military-operation', day('2031-05-03'), ['ivo-brask'], told, {
      title: 'Special forces captured Ivo Brask in his capital',
      trigger: [told.indexOf('captured'), told.indexOf('captured') + 8],
    });
    for (const order of [[first, second], [second, first]]) {
      const [event, ...rest] = mergeEvents(order);
      expect(rest).toHaveLength(0);
      expect(event?.title).toBe('Special forces captured Ivo Brask in his capital');
    }
  });

  it('keeps a saying titled "Name: “words”" and a title that holds its own trigger (rule TITLE-HAS-TRIGGER)', () => {
    const said = 'Ana Ruiz said on Monday that "the border is ours" at a rally.';
    const also = 'Ruiz said again on Monday that the border belongs to her country.';
    const saying = member('a.txt', 'statement', day('2031-06-02'), ['ana-ruiz'], said, { title: 'Ana Ruiz: “the border is ours”', trigger: [9, 13] });
    const plain = member('b.txt', 'statement', day('2031-06-02'), ['ana-ruiz'], also, { title: 'Ruiz said again on Monday that the border belongs', trigger: [5, 9] });
    expect(mergeEvents([saying, plain]).map((e) => e.title)).toEqual(['Ana Ruiz: “the border is ours”']);
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

  it('joins a transfer between the same two countries on the same day although the reports name no actor in common (rule SAME-DAY-SIDES)', () => {
    const agencies = member('en.txt', 'arrest-extradition', day('2031-02-27', 'relative'), ['gov-a', 'gov-b-prosecutors'], 'The prisoners were flown out on Thursday and handed to AA authorities, the prosecutors said.');
    const named = member('es.txt', 'arrest-extradition', day('2031-02-27'), ['gov-b', 'ivo-brask', 'tom-hale'], 'El 27 de febrero el gobierno trasladó a 29 reos, entre ellos Ivo Brask, en medio de las amenazas de Hale.');
    const [event, ...rest] = mergeEvents([agencies, named]);
    expect(rest).toHaveLength(0);
    expect(event?.sourceCount).toBe(2);
  });

  it('keeps apart two calls of the same day between the same two countries by different people (rule SAME-DAY-SIDES)', () => {
    const leaders = member('a.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 9.');
    const ministers = member('b.txt', 'call', day('2031-03-09'), ['eva-sol', 'max-orr'], 'Eva Sol and Max Orr held a call on March 9 about tariffs.');
    expect(sources([leaders, ministers])).toEqual(['a.txt', 'b.txt']);
  });

  it('joins an undated mention of a capture naming the person taken and the captor country to the dated capture (rule ONCE-PER-TARGET)', () => {
    const dated = member('en.txt', 'military-operation', day('2031-01-03'), ['gov-a', 'ivo-brask', 'tom-hale'], 'AA forces captured Ivo Brask in a raid ordered by Tom Hale on January 3.');
    const later = member('b.txt', 'military-operation', reported('2031-01-30'), ['ana-ruiz', 'gov-a', 'ivo-brask'], 'Tension has grown since AA forces captured Ivo Brask at the start of the month, Ruiz said.');
    const strikes = member('c.txt', 'military-operation', reported('2031-01-30'), ['gov-a', 'tom-hale'], 'Tom Hale has ordered AA forces to strike more boats.');
    expect(sources([dated, later, strikes])).toEqual(['b.txt+en.txt', 'c.txt']);
    // With no publication date there is no window: the person may have been taken another time.
    const timeless = member('d.txt', 'military-operation', reported(null), ['gov-a', 'ivo-brask'], 'AA agents took Ivo Brask into custody.');
    expect(sources([dated, timeless])).toEqual(['d.txt', 'en.txt']);
  });

  it('joins an undated mention of a terrorist designation naming both sides to the dated designation months before, not one naming one side (rule DESIGNATED-ONCE)', () => {
    const dated = member('a.txt', 'designation', day('2030-02-20'), ['gov-a', 'gov-b-prosecutors', 'tom-hale'], 'AA designated the BB cartels as terrorist organizations on Feb. 20, 2030.');
    const later = member('b.txt', 'designation', reported('2031-01-05'), ['gov-a', 'gov-b-prosecutors'], 'AA has designated six BB criminal groups as foreign terrorist organizations.');
    const oneSide = member('c.txt', 'designation', reported('2031-01-05'), ['gov-a', 'tom-hale'], 'Tom Hale keeps adding names to that list, officials said.');
    expect(sources([dated, later, oneSide])).toEqual(['a.txt+b.txt', 'c.txt']);
  });

  it('joins a designation told months later through one actor of the dated one, in its words, not a participle naming the listed groups nor a listing of others (rule DESIGNATED-ONCE)', () => {
    const dated = member('a.txt', 'designation', day('2030-02-20'), ['gov-a', 'gov-b-prosecutors'], 'AA designated the BB cartels as foreign terrorist organizations on Feb. 20, 2030.');
    const oneActor = member('b.txt', 'designation', reported('2031-01-05'), ['gov-a'], 'AA has designated the cartels as foreign terrorist organizations.');
    const passive = member('c.txt', 'designation', reported('2031-01-07'), ['gov-a'], 'The cartels were designated as foreign terrorist organizations by AA.', { trigger: [17, 27] });
    const state = member('d.txt', 'designation', reported('2031-01-06'), ['gov-a'], 'AA prepared options against cartels designated as foreign terrorist organizations.', { trigger: [36, 46] });
    const others = member('e.txt', 'designation', reported('2031-01-06'), ['gov-c'], 'CC designated the cartels as foreign terrorist organizations.');
    expect(sources([dated, oneActor, passive, state, others])).toEqual(['a.txt+b.txt+c.txt', 'd.txt', 'e.txt']);
    // With no date at all the designation is still the one listed before.
    const timeless = member('f.txt', 'designation', reported(null), ['gov-a'], 'AA designated the cartels as terrorist organizations.');
    expect(sources([dated, timeless])).toEqual(['a.txt+f.txt']);
  });

  it('joins a designation dated only by its year to the one dated within that year naming an actor of it, not one of another year or of other actors (rule LISTED-IN-ITS-YEAR)', () => {
    const dated = member('a.txt', 'designation', day('2030-02-20'), ['gov-a', 'gov-b-prosecutors'], 'AA designated the BB cartels as foreign terrorist organizations on Feb. 20, 2030.');
    const year = (start: string) => ({ start, precision: 'year' as const, basis: 'relative' as const, text: 'last year' });
    const lastYear = member('b.txt', 'designation', year('2030'), ['tom-hale'], 'El gobierno de Tom Hale designó el año pasado a varios cárteles como organizaciones terroristas.');
    const withSide = member('c.txt', 'designation', year('2030'), ['gov-a', 'tom-hale'], 'El gobierno de AA designó el año pasado a varios cárteles como organizaciones terroristas.');
    const otherYear = member('d.txt', 'designation', year('2029'), ['gov-a'], 'AA designated other groups as terrorist organizations in 2029.');
    const otherActors = member('e.txt', 'designation', year('2030'), ['gov-c'], 'CC designated its own list of terrorist organizations last year.');
    expect(sources([dated, lastYear, withSide, otherYear, otherActors])).toEqual(['a.txt+c.txt', 'b.txt', 'd.txt', 'e.txt']);
  });

  it('joins a measure dated only by its year that states the rate of a measure of a person dated within that year, not one without a rate or with another (rule RATE-OF-ITS-YEAR)', () => {
    const year = (start: string) => ({ start, precision: 'year' as const, basis: 'relative' as const, text: 'last year' });
    const duties = member('a.txt', 'policy', day('2030-02-01'), ['tom-hale', 'gov-b'], 'Tom Hale imposed 25% duties on BB goods on Feb. 1, 2030.');
    const order = member('b.txt', 'policy', day('2030-01-20'), ['tom-hale'], 'Tom Hale signed an order on border crossings on Jan. 20, 2030.');
    const rate = member('c.txt', 'policy', year('2030'), ['tom-hale'], 'The 25 percent duties Hale imposed on BB goods last year still apply.');
    const noRate = member('d.txt', 'policy', year('2030'), ['tom-hale'], 'La primera oleada de aranceles de Tom Hale llegó el año pasado.');
    const otherRate = member('e.txt', 'policy', year('2030'), ['tom-hale'], 'The 10% levy Hale set last year on steel still applies.');
    const otherYear = member('f.txt', 'policy', year('2029'), ['tom-hale'], 'Hale imposed 25% duties on steel in 2029.');
    expect(sources([duties, order, rate, noRate, otherRate, otherYear])).toEqual(['a.txt+c.txt', 'b.txt', 'd.txt', 'e.txt', 'f.txt']);
  });

  it('joins an undated transfer between the same two governments told in the week after the dated one, not later (rule RECENT-ONE-OFF)', () => {
    const dated = member('a.txt', 'arrest-extradition', day('2031-01-20', 'relative'), ['gov-b', 'gov-a'], 'On Tuesday BB sent 37 prisoners to AA.');
    const days = member('b.txt', 'arrest-extradition', reported('2031-01-23'), ['gov-b', 'gov-a'], 'BB put 37 alleged operatives on planes to AA, its third such transfer.');
    const weeks = member('c.txt', 'arrest-extradition', reported('2031-02-20'), ['gov-b', 'gov-a'], 'A month on, officials in AA praised BB for handing over more prisoners.');
    expect(sources([dated, days, weeks])).toEqual(['a.txt+b.txt', 'c.txt']);
  });

  it('does not take "last year" for a transfer told days after the year ended (rule RECENT-ONE-OFF)', () => {
    const year = member('a.txt', 'arrest-extradition', { start: '2030', precision: 'year', basis: 'relative', text: 'last year' }, ['gov-b', 'gov-a'], 'BB sent 55 prisoners to AA in two transfers last year.');
    const undated = member('b.txt', 'arrest-extradition', reported('2031-01-03'), ['gov-b', 'gov-a'], 'BB handed 29 prisoners to AA.');
    expect(sources([year, undated])).toEqual(['a.txt', 'b.txt']);
  });

  it('merges a capture told as an operation in one article and as an arrest in another on the same day, never a policy with an arrest (rule FORCE)', () => {
    const operation = member('a.txt', 'military-operation', day('2031-01-20'), ['gov-b', 'gov-a'], 'BB has flown three planeloads of prisoners to AA, most recently 37 on Jan. 20.');
    const arrest = member('b.txt', 'arrest-extradition', day('2031-01-20', 'relative'), ['gov-b', 'gov-a'], 'On Tuesday BB sent 37 prisoners to AA.');
    const policy = member('c.txt', 'policy', day('2031-01-20'), ['gov-b', 'gov-a'], 'On Jan. 20 BB and AA agreed a new security framework.');
    expect(sources([arrest, policy])).toEqual(['b.txt', 'c.txt']);
    expect(sources([operation, arrest])).toEqual(['a.txt+b.txt']);
    // Equally specific types: the one most reports gave names the merged event.
    const again = member('d.txt', 'arrest-extradition', day('2031-01-20'), ['gov-b', 'gov-a'], 'El 20 de enero BB envió a 37 reos a AA.');
    expect(mergeEvents([operation, arrest, again]).map((e) => e.type)).toEqual(['arrest-extradition']);
  });

  it('merges a call and "talks" of the same two people on the same day, not a meeting of one of them with someone else (rule CALL-OR-TALKS)', () => {
    const call = member('a.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 9.');
    const talks = member('b.txt', 'meeting', day('2031-03-09'), ['tom-hale', 'ana-ruiz'], 'Hale held talks with Ruiz on March 9 about the border.');
    const other = member('c.txt', 'meeting', day('2031-03-09'), ['ana-ruiz', 'max-orr'], 'Ruiz met Max Orr on March 9.');
    expect(sources([call, talks, other])).toEqual(['a.txt+b.txt', 'c.txt']);
  });

  it('merges an interview with what its one speaker said that day, not with a remark of someone else about the interviewee (rule SAID-IN-INTERVIEW)', () => {
    const interview = member('a.txt', 'interview', day('2031-01-08'), ['tom-hale'], 'Tom Hale said in a television interview on Jan. 8 that strikes on land would start.');
    const said = member('b.txt', 'threat', day('2031-01-08'), ['tom-hale', 'gov-a'], 'Hale aseguró el 8 de enero que AA comenzaría a golpear en tierra.');
    expect(sources([interview, said])).toEqual(['a.txt+b.txt']);
    const given = member('c.txt', 'interview', day('2031-01-19'), ['ivo-brask', 'ana-ruiz'], 'The interview that Ivo Brask gave on Monday drew a reply from Ana Ruiz.');
    const remark = member('d.txt', 'statement', day('2031-01-19'), ['eva-sol', 'ivo-brask'], 'Eva Sol wrote on Monday that Brask had betrayed the country.');
    expect(sources([given, remark])).toEqual(['c.txt', 'd.txt']);
  });

  it('merges a past happening two articles date by the same written-out year, not one dated by "last year" nor a remark (rule NAMED-YEAR)', () => {
    const year = (text: string, basis: DateValue['basis'] = 'stated'): DateValue => ({ start: '2001', precision: 'year', basis, text });
    const headline = member('a.txt', 'other', year('2001'), ['gov-c', 'ivo-brask', 'tom-hale'], 'Warlord wanted for 2001 killing of envoy Tom Hale among those handed over');
    const body = member('b.txt', 'other', year('2001'), ['ivo-brask', 'tom-hale'], 'Among them was Ivo Brask, who is accused in the 2001 murder of the envoy.');
    const lastYear = member('c.txt', 'other', year('last year', 'relative'), ['ivo-brask', 'tom-hale'], 'Brask fled the country last year after Hale testified.');
    expect(sources([headline, body, lastYear])).toEqual(['a.txt+b.txt', 'c.txt']);
    const said = member('d.txt', 'statement', year('2001'), ['ivo-brask', 'gov-c'], 'In 2001 Brask said the border would stay closed.');
    const saidAgain = member('e.txt', 'statement', year('2001'), ['ivo-brask', 'gov-c'], 'Brask promised in 2001 to disarm his men.');
    expect(sources([said, saidAgain])).toEqual(['d.txt', 'e.txt']);
  });

  it('joins the undated retelling of a capture in one story to the dated capture it retells, never a second call of that story (rule STORY-COPY)', () => {
    const dated = member('a.txt', 'military-operation', day('2031-01-03', 'relative'), ['gov-a', 'ivo-brask'], 'AA special forces seized Ivo Brask on Saturday.');
    const retold = member('a.txt', 'military-operation', reported('2031-01-05'), ['gov-a', 'ivo-brask', 'tom-hale'], 'AA forces captured Ivo Brask in a night-time raid ordered by Tom Hale.');
    const elsewhere = member('b.txt', 'military-operation', reported(null), ['ivo-brask', 'tom-hale'], 'Fuerzas de AA capturaron a Brask por orden de Hale.');
    expect(sources([dated, retold, elsewhere])).toEqual(['a.txt+a.txt+b.txt']);
    const first = member('c.txt', 'call', day('2031-01-12', 'relative'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on Monday.');
    const second = member('c.txt', 'call', reported('2031-01-30'), ['ana-ruiz', 'tom-hale'], 'La segunda llamada entre Ruiz y Hale duró 40 minutos.');
    expect(sources([first, second])).toEqual(['c.txt', 'c.txt']);
  });

  it('joins the undated retelling of a call in its story to the dated call of the days before, not an earlier call of the same two (rule STORY-CALL)', () => {
    const january = member('x.txt', 'call', day('2031-01-12'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on January 12.');
    const dated = member('a.txt', 'call', day('2031-01-29', 'relative'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz emerged from her latest call with Tom Hale on Thursday.');
    const retold = member('a.txt', 'call', reported('2031-01-30'), ['ana-ruiz', 'tom-hale'], "Ruiz's call with Hale buys time, investors say.");
    expect(sources([january, dated, retold])).toEqual(['a.txt+a.txt', 'x.txt']);
    const dicho = member('b.txt', 'call', day('2031-01-29'), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale hablaron por teléfono el 29 de enero.');
    const contada = member('b.txt', 'call', reported('2031-01-31'), ['ana-ruiz', 'tom-hale'], 'Ruiz dijo que la llamada con Hale fue cordial.');
    const anterior = member('b.txt', 'call', reported('2031-01-31'), ['ana-ruiz', 'tom-hale'], 'En la llamada anterior, Ruiz y Hale acordaron reunirse.');
    // The earlier call it names is the January one.
    expect(sources([january, dicho, contada, anterior])).toEqual(['b.txt+b.txt', 'b.txt+x.txt']);
    // A story published weeks after the call tells of another one.
    const weeks = member('a.txt', 'call', reported('2031-02-27'), ['ana-ruiz', 'tom-hale'], "Ruiz's call with Hale buys time, investors say.");
    expect(sources([dated, weeks])).toEqual(['a.txt', 'a.txt']);
  });

  it('joins a report with no date at all to the dated happening once a later report has named the same people (rule ONCE-PER-PERSON, undated last)', () => {
    const dated = member('a.txt', 'military-operation', day('2031-01-03'), ['gov-a', 'ivo-brask'], 'On Jan. 3 AA forces captured Ivo Brask.');
    const later = member('b.txt', 'military-operation', reported('2031-01-20'), ['gov-a', 'ivo-brask', 'tom-hale'], 'Since Tom Hale sent forces to capture Ivo Brask, talk of strikes has grown.');
    const timeless = member('c.txt', 'military-operation', reported(null), ['ivo-brask', 'tom-hale'], 'La captura de Brask ordenada por Hale cambió la conversación.');
    expect(sources([timeless, later, dated])).toEqual(['a.txt+b.txt+c.txt']);
  });

  it('joins an undated report quoting the same words of the same person to the dated remark, in English or Spanish, not other words (rule SAME-QUOTE)', () => {
    const dated = member('a.txt', 'threat', day('2031-01-08'), ['tom-hale', 'gov-a'], 'On Jan. 8 Tom Hale said AA would "start now hitting land" against the gangs.');
    const later = member('b.txt', 'statement', reported('2031-01-20'), ['tom-hale'], 'Hale had said days earlier that AA would \u201cstart now hitting land\u2026\u201d');
    const spanish = member('c.txt', 'statement', reported(null), ['tom-hale', 'ana-ruiz'], 'Ruiz respondió a Hale, quien dijo que AA iba a «start now hitting land» contra los cárteles.');
    const otherWords = member('d.txt', 'statement', reported('2031-01-20'), ['tom-hale'], 'Hale said the gangs "are running the country right now" and must be stopped.');
    const otherSpeaker = member('e.txt', 'statement', reported('2031-01-20'), ['eva-sol'], 'Eva Sol mocked the promise to "start now hitting land" in a speech.');
    expect(sources([dated, later, spanish, otherWords, otherSpeaker])).toEqual(['a.txt+b.txt+c.txt', 'd.txt', 'e.txt']);
    // An article published before the remark does not quote it.
    const before = member('f.txt', 'statement', reported('2031-01-02'), ['tom-hale'], 'Hale vowed to "start now hitting land" if the gangs kept shipping drugs.');
    expect(sources([dated, before])).toEqual(['a.txt', 'f.txt']);
  });

  it('joins an undated report quoting a catchphrase of the dated remark of the same person, in English or Spanish, not common words, other words or another speaker (rule SAME-QUOTE)', () => {
    const dated = member('a.txt', 'threat', day('2031-01-08'), ['tom-hale', 'gov-a'], 'On Jan. 8 Tom Hale said AA would "close the corridor for good" if the gangs kept going.');
    const fecha = member('b.txt', 'statement', day('2031-01-08'), ['tom-hale'], 'El 8 de enero Hale dijo que AA iba a «cerrar el corredor para siempre».');
    const later = member('c.txt', 'statement', reported('2031-01-20'), ['tom-hale'], 'Since Hale vowed to "close the corridor", freight has slowed.');
    const despues = member('d.txt', 'statement', reported(null), ['tom-hale', 'ana-ruiz'], 'Ruiz respondió a Hale, que prometió «cerrar el corredor».');
    const common = member('e.txt', 'statement', reported('2031-01-20'), ['tom-hale'], 'Hale called the talks "very good" afterwards.');
    const otherWords = member('f.txt', 'statement', reported('2031-01-20'), ['tom-hale'], 'Hale promised to "raise the tariffs" next.');
    const otherSpeaker = member('g.txt', 'statement', reported('2031-01-20'), ['eva-sol'], 'Eva Sol mocked the vow to "close the corridor".');
    expect(sources([dated, fecha, later, despues, common, otherWords, otherSpeaker])).toEqual(['a.txt+b.txt+c.txt+d.txt', 'e.txt', 'f.txt', 'g.txt']);
  });

  it('joins a remark about a call dated by the call\'s day to that call, in English or Spanish, not other remarks of that day (rule CALL-TOLD)', () => {
    const call = member('a.txt', 'call', day('2031-01-29', 'relative'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on Thursday.');
    const told = member('b.txt', 'statement', day('2031-01-29', 'relative'), ['ana-ruiz'], 'Ruiz said the 40-minute call on Thursday had been "very productive".');
    const dicho = member('c.txt', 'statement', day('2031-01-29'), ['tom-hale', 'ana-ruiz'], 'Ruiz recordó que en la llamada que sostuvo con Hale el 29 de enero le reiteró su rechazo.');
    const other = member('d.txt', 'statement', day('2031-01-29'), ['ana-ruiz'], 'On Jan. 29 Ruiz said the border would stay open.');
    const before = member('e.txt', 'statement', day('2031-01-29'), ['tom-hale'], 'The call came a day after Hale told reporters on Jan. 29 that strikes would start.');
    expect(sources([call, told, dicho, other, before])).toEqual(['a.txt+b.txt+c.txt', 'd.txt', 'e.txt']);
    expect(mergeEvents([told, call]).map((e) => e.type)).toEqual(['call']);
    // A remark told as a refusal ranks after the call too, whichever report comes first or more often.
    const refused = member('g.txt', 'rejection', day('2031-01-29', 'relative'), ['ana-ruiz'], 'Ruiz said the call on Thursday was good and that BB would never accept troops.');
    const refusedAgain = member('h.txt', 'rejection', day('2031-01-29', 'relative'), ['ana-ruiz'], 'Ruiz said the call on Thursday showed that BB would not accept troops.');
    expect(mergeEvents([refused, refusedAgain, call]).map((e) => e.type)).toEqual(['call']);
    // A remark that names a call of another day stays apart.
    const later = member('f.txt', 'statement', day('2031-01-30'), ['ana-ruiz'], 'Ruiz said on Friday the call had been productive.');
    expect(sources([call, later])).toEqual(['a.txt', 'f.txt']);
  });

  it('shows what was said at a press conference or a mañanera as a statement, and an interview given to someone as an interview', () => {
    const at = (sentence: string, words: string): [number, number] => [sentence.indexOf(words), sentence.indexOf(words) + words.length];
    const en = 'Ana Ruiz said at her morning press conference on Monday that BB would keep cooperating.';
    const es = 'Ruiz dijo el lunes en su conferencia matutina que BB seguirá cooperando con AA.';
    const talk = 'Tom Hale said in an interview with a radio station on Monday that AA was patient.';
    const briefing = member('a.txt', 'interview', day('2031-01-05'), ['ana-ruiz'], en, { trigger: at(en, 'press conference') });
    const mananera = member('b.txt', 'interview', day('2031-01-05'), ['ana-ruiz'], es, { trigger: at(es, 'conferencia matutina') });
    const interview = member('c.txt', 'interview', day('2031-01-05'), ['tom-hale'], talk, { trigger: at(talk, 'interview') });
    expect(mergeEvents([briefing]).map((e) => e.type)).toEqual(['statement']);
    expect(mergeEvents([mananera]).map((e) => e.type)).toEqual(['statement']);
    expect(mergeEvents([interview]).map((e) => e.type)).toEqual(['interview']);
  });

  it('joins a transfer told weeks later with the count of the dated one, not another transfer between the same governments (rule SAME-COUNT)', () => {
    const dated = member('a.txt', 'arrest-extradition', day('2031-01-20', 'relative'), ['gov-b', 'gov-a'], 'On Tuesday BB sent 37 prisoners to AA.');
    const again = member('b.txt', 'arrest-extradition', day('2031-01-20'), ['gov-b', 'gov-a'], 'El 20 de enero BB envió a 37 reos a AA, el tercer envío.');
    const weeks = member('c.txt', 'arrest-extradition', reported('2031-01-30'), ['gov-b', 'gov-a'], 'BB sends 37 alleged gang members to AA, the third such mass transfer.');
    const another = member('d.txt', 'arrest-extradition', reported('2031-01-30'), ['gov-b', 'gov-a'], 'BB transfers another 26 prisoners wanted by AA courts.');
    const months = member('e.txt', 'arrest-extradition', reported('2031-04-30'), ['gov-b', 'gov-a'], 'BB sent 37 prisoners to AA in a mass transfer.');
    expect(sources([dated, again, weeks, another, months])).toEqual(['a.txt+b.txt+c.txt', 'd.txt', 'e.txt']);
  });

  it('joins what a sentence says undated to what the same sentence says dated, in English or Spanish, not another sentence nor a month (rule SAME-SENTENCE)', () => {
    const en = 'On Monday, Tom Hale said in a radio interview that AA would welcome help.';
    const said = member('a.txt', 'statement', day('2031-01-19', 'relative'), ['tom-hale'], en);
    const interview = member('a.txt', 'interview', reported('2031-01-20'), ['tom-hale', 'gov-a'], en);
    const es = 'Ana Ruiz respondió el 5 de enero en su conferencia matutina que BB rechaza cualquier intervención.';
    const dicho = member('b.txt', 'statement', day('2031-01-05'), ['ana-ruiz'], es, { source: { document: 'b.txt' as DocumentId, start: 80, end: 80 + es.length, text: es } });
    const rechazo = member('b.txt', 'rejection', reported('2031-01-20'), ['ana-ruiz', 'gov-b'], es, { source: { document: 'b.txt' as DocumentId, start: 80, end: 80 + es.length, text: es } });
    const elsewhere = member('b.txt', 'rejection', reported('2031-01-20'), ['ana-ruiz'], 'Ruiz rechazó de nuevo la idea.', { source: { document: 'b.txt' as DocumentId, start: 400, end: 430, text: 'Ruiz rechazó de nuevo la idea.' } });
    expect(sources([said, interview, dicho, rechazo, elsewhere])).toEqual(['a.txt+a.txt', 'b.txt', 'b.txt+b.txt']);
    expect(mergeEvents([rechazo, dicho])[0]?.date).toMatchObject({ start: '2031-01-05', basis: 'stated' });
    // A remark dated only by a year does not date the sentence's other remark.
    const yearly = member('c.txt', 'statement', { start: '2030', precision: 'year', basis: 'relative', text: '2030' }, ['eva-sol'], 'Eva Sol said seizures were down from 2030.');
    const undated = member('c.txt', 'statement', reported('2031-01-27'), ['eva-sol'], 'Eva Sol said seizures were down from 2030.');
    expect(sources([yearly, undated])).toEqual(['c.txt', 'c.txt']);
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
      member('i.txt', 'arrest-extradition', reported('2031-03-01'), ['gov-b', 'gov-a'], 'BB handed the prisoners to AA.'),
      member('j.txt', 'military-operation', day('2031-02-27'), ['gov-b-prosecutors', 'gov-a'], 'Planes left on Feb. 27.'),
      member('k.txt', 'interview', day('2031-03-09'), ['tom-hale'], 'Tom Hale said in an interview on March 9.'),
      member('l.txt', 'meeting', day('2031-04-14'), ['tom-hale', 'ana-ruiz'], 'Tom Hale received Ana Ruiz on April 14.'),
      member('m.txt', 'meeting', day('2031-04-14'), ['gov-b'], 'La reunión del 14 de abril con el gobierno de BB.'),
      member('n.txt', 'meeting', day('2031-04-14'), ['gov-c'], 'CC officials met on April 14.'),
      member('o.txt', 'threat', day('2031-03-09'), ['tom-hale'], 'Hale said on March 9 he would "close the corridor for good".'),
      member('p.txt', 'statement', reported('2031-03-12'), ['tom-hale'], 'Hale vowed to "close the corridor".'),
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
