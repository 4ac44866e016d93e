import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/timeline';
import { day, member, reported, sources } from './fixtures/merge-members';
import { mergeEvents } from './merge-events';

describe('mergeEvents: one happening told in other words', () => {
  it('merges an interview and what was said in it when both name the speaker first and the same host (rule SAID-IN-INTERVIEW)', () => {
    const said = member('a.txt', 'statement', day('2031-01-19', 'relative'), ['ivo-brask', 'eva-sol', 'gov-a'], 'Ivo Brask told the radio host Eva Sol on Monday that help from AA would be welcome.');
    const interview = member('b.txt', 'interview', day('2031-01-19', 'relative'), ['ivo-brask', 'eva-sol'], 'Brask había declarado el lunes, en entrevista con la periodista Eva Sol, que la ayuda era bienvenida.');
    expect(sources([said, interview])).toEqual(['a.txt+b.txt']);
    // The host's own remark about the interview names her first: another happening.
    const reply = member('c.txt', 'statement', day('2031-01-19', 'relative'), ['eva-sol', 'ivo-brask'], 'Eva Sol said on Monday that Brask had dodged her questions.');
    expect(sources([interview, reply])).toEqual(['b.txt', 'c.txt']);
  });

  it('joins a remark told in a story of that day, naming two of its actors, to the remark another article dates that day (rule PUBLISHED-THAT-DAY)', () => {
    const dated = member('a.txt', 'statement', day('2031-01-03', 'relative'), ['gov-b', 'gov-a'], "BB's foreign ministry condemned the raid the same day as a breach of international law.");
    const sameDay = member('b.txt', 'statement', reported('2031-01-03'), ['gov-b', 'gov-a'], 'El ministerio de Exteriores de BB emitió un comunicado que condena la operación de AA.');
    // A story of the next day may tell another remark of the same two sides.
    const nextDay = member('c.txt', 'statement', reported('2031-01-04'), ['gov-b', 'gov-a'], 'BB asked AA for guarantees about its citizens abroad.');
    expect(sources([dated, sameDay, nextDay])).toEqual(['a.txt+b.txt', 'c.txt']);
  });

  it('joins a deed of the same type told in a story of its day through one of its actors, not a story of the next day, a remark nor a call naming someone else (rule TOLD-THAT-DAY)', () => {
    const vote = member('a.txt', 'policy', day('2031-06-10', 'relative'), ['gov-b-chamber'], 'The BB Chamber approved the border reform on Tuesday by a wide margin.');
    const sameDay = member('b.txt', 'policy', reported('2031-06-10'), ['gov-b-chamber', 'gov-b-committee'], 'La Cámara de BB dio luz verde al dictamen de la comisión.');
    const nextDay = member('c.txt', 'policy', reported('2031-06-11'), ['gov-b-chamber'], 'The Chamber approved a budget line for ports.');
    const remark = member('d.txt', 'statement', reported('2031-06-10'), ['gov-b-chamber'], 'The Chamber said the reform answers no one.');
    expect(sources([vote, sameDay, nextDay, remark])).toEqual(['a.txt+b.txt', 'c.txt', 'd.txt']);
    // A call is told the day it happens by one who took part, but one naming a third person is another call.
    const call = member('e.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 9.');
    const told = member('f.txt', 'call', reported('2031-03-09'), ['tom-hale'], 'Hale wrote that the call was very good for both countries.');
    const other = member('g.txt', 'call', reported('2031-03-09'), ['tom-hale', 'ivo-brask'], 'Hale also spoke by phone with Ivo Brask.');
    expect(sources([call, told, other])).toEqual(['e.txt+f.txt', 'g.txt']);
  });

  it('joins a call told the next morning through one of its people and the other side to the call of the day before, not one told two days later nor a remark (rule PUBLISHED-NEXT-DAY)', () => {
    const call = member('a.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale', 'gov-a'], "Ana Ruiz and AA's Tom Hale spoke by phone on March 9.");
    const nextMorning = member('b.txt', 'call', reported('2031-03-10'), ['ana-ruiz', 'gov-a'], 'Según Ruiz, la llamada con el gobierno de AA fue muy buena.');
    const twoDaysLater = member('c.txt', 'call', reported('2031-03-11'), ['ana-ruiz', 'gov-a'], 'Ruiz talked to the AA government by phone about trade.');
    const remark = member('d.txt', 'statement', reported('2031-03-10'), ['ana-ruiz', 'gov-a'], 'Ruiz dijo que el gobierno de AA respeta la soberanía de BB.');
    expect(sources([call, nextMorning, twoDaysLater, remark])).toEqual(['a.txt+b.txt', 'c.txt', 'd.txt']);
  });

  it('joins a meeting told through one government alone to the meeting its people held that day, not a body of a third country nor another type (rule SAME-DAY-SIDE-WITHIN)', () => {
    const people = member('a.txt', 'meeting', day('2031-04-14', 'relative'), ['tom-hale', 'max-orr', 'ana-ruiz', 'eva-sol'], 'Tom Hale and Max Orr received Ana Ruiz and Eva Sol in Velia on Monday.');
    const government = member('b.txt', 'meeting', day('2031-04-14'), ['gov-b'], 'The April 14 talks with the BB government ended without a deal.');
    const gobierno = member('c.txt', 'meeting', day('2031-04-14'), ['gov-a'], 'La reunión del 14 de abril, convocada por el gobierno de AA, terminó sin acuerdos públicos.');
    const third = member('d.txt', 'meeting', day('2031-04-14'), ['gov-c'], 'CC officials met on April 14 to review the ports.');
    const transfer = member('e.txt', 'arrest-extradition', day('2031-04-14'), ['gov-b'], 'BB sent nine prisoners north on April 14.');
    expect(sources([people, government, gobierno, third, transfer])).toEqual(['a.txt+b.txt+c.txt', 'd.txt', 'e.txt']);
    // Either way round: the people's report may come last.
    expect(sources([government, third, people])).toEqual(['a.txt+b.txt', 'd.txt']);
    // Another day is another meeting.
    const later = member('f.txt', 'meeting', day('2031-04-15'), ['gov-b'], 'El gobierno de BB se reunió el 15 de abril con gobernadores.');
    expect(sources([people, later])).toEqual(['a.txt', 'f.txt']);
  });

  it('joins an extradition naming the person taken to the one of that day told through bodies of its countries alone, not one of a third country (rule SAME-DAY-SIDE-WITHIN)', () => {
    const bodies = member('a.txt', 'arrest-extradition', day('2031-05-03', 'inferred'), ['gov-b-prosecutors', 'gov-a'], 'El 3 de mayo la fiscalía de BB entregó al reo a las autoridades de AA.');
    const named = member('b.txt', 'arrest-extradition', day('2031-05-03', 'relative'), ['gov-b', 'leo-vidal'], 'On May 3 BB extradited Leo Vidal.');
    const third = member('c.txt', 'arrest-extradition', day('2031-05-03', 'relative'), ['gov-c', 'ivo-brask'], 'CC extradited Ivo Brask on May 3.');
    expect(sources([bodies, named, third])).toEqual(['a.txt+b.txt', 'c.txt']);
    // Either way round: the bodies' report may come last.
    expect(sources([named, third, { ...bodies, date: day('2031-05-03', 'relative'), document: 'z.txt', canonical: 'z.txt', key: 'z.txt#1' }])).toEqual(['b.txt+z.txt', 'c.txt']);
  });

  it('joins a transfer told through another body of one side to the dated transfer between the same two countries, not one with a third country (rule SIDES-WITHIN)', () => {
    const dated = member('a.txt', 'arrest-extradition', day('2031-01-20', 'relative'), ['gov-b', 'gov-a'], 'On Tuesday BB sent 37 prisoners to AA.');
    const prosecutors = member('b.txt', 'arrest-extradition', reported('2031-01-21'), ['gov-b-prosecutors', 'gov-a'], 'La fiscalía de BB entregó a los reos a petición del gobierno de AA.');
    const elsewhere = member('c.txt', 'arrest-extradition', reported('2031-01-21'), ['gov-c', 'gov-a'], 'CC handed two suspects to AA officials at the border.');
    expect(sources([dated, prosecutors, elsewhere])).toEqual(['a.txt+b.txt', 'c.txt']);
  });

  it('joins a transfer of the same count told with no publication date to the dated one, not a transfer of another count (rule SAME-COUNT)', () => {
    const dated = member('a.txt', 'arrest-extradition', day('2031-01-20', 'relative'), ['gov-b', 'gov-a'], 'On Tuesday BB sent 37 prisoners to AA.');
    const again = member('b.txt', 'arrest-extradition', day('2031-01-20'), ['gov-b', 'gov-a'], 'El 20 de enero BB envió a 37 reos a AA.');
    const sameCount = member('c.txt', 'arrest-extradition', reported(null), ['gov-b', 'gov-a', 'ana-ruiz'], 'El gobierno de BB trasladó a 37 presuntos integrantes de grupos criminales a AA.');
    const otherCount = member('d.txt', 'arrest-extradition', reported(null), ['gov-b', 'gov-a'], 'BB handed 12 more prisoners to AA.');
    expect(sources([dated, again, sameCount, otherCount])).toEqual(['a.txt+b.txt+c.txt', 'd.txt']);
  });

  it('joins what a call settled that day to the call, not a policy of one country alone or of another day (rule AGREED-ON-CALL)', () => {
    const call = member('a.txt', 'call', day('2031-03-09'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on March 9.');
    const pause = member('b.txt', 'policy', day('2031-03-09'), ['tom-hale', 'gov-b'], 'Tom Hale paused the tariffs on March 9 after BB agreed to send troops to the border.');
    const acuerdo = member('c.txt', 'policy', day('2031-03-09', 'relative'), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale acordaron el lunes crear un grupo bilateral de seguridad.');
    const home = member('d.txt', 'policy', day('2031-03-09'), ['tom-hale', 'gov-a'], 'Tom Hale signed a farm bill on March 9.');
    const later = member('e.txt', 'policy', day('2031-03-12'), ['tom-hale', 'gov-b'], 'Tom Hale lifted the tariffs on BB on March 12.');
    expect(sources([pause, call, acuerdo])).toEqual(['a.txt+b.txt+c.txt']);
    expect(sources([call, home, later])).toEqual(['a.txt', 'd.txt', 'e.txt']);
    expect(mergeEvents([pause, call]).map((e) => e.type)).toEqual(['call']);
    // One country's pledge joins when it says it was agreed, but never a call with a third leader.
    const pledge = member('f.txt', 'policy', day('2031-03-09', 'relative'), ['ana-ruiz'], 'Ruiz acordó el lunes enviar diez mil soldados a la frontera.');
    const third = member('bb.txt', 'call', day('2031-03-09'), ['tom-hale', 'ivo-brask'], 'Tom Hale also spoke with Ivo Brask on March 9.');
    expect(sources([call, pledge])).toEqual(['a.txt+f.txt']);
    expect(sources([third, pledge])).toEqual(['bb.txt', 'f.txt']);
    expect(sources([third, acuerdo])).toEqual(['bb.txt', 'c.txt']);
  });

  it('joins a remark of the day that states the count of that day\'s transfer to the transfer, not a remark with another count or none (rule ANNOUNCED-COUNT)', () => {
    const transfer = member('a.txt', 'arrest-extradition', day('2031-01-20', 'relative'), ['gov-b', 'gov-a'], 'On Tuesday BB sent 37 prisoners to AA.');
    const announced = member('b.txt', 'statement', day('2031-01-20', 'relative'), ['gov-b-prosecutors', 'gov-a'], 'La fiscalía de BB informó este martes que 37 presos fueron enviados a AA.');
    const otherCount = member('c.txt', 'statement', day('2031-01-20'), ['gov-a'], 'AA said on January 20 that 12 more suspects would follow.');
    const noCount = member('d.txt', 'statement', day('2031-01-20'), ['gov-b', 'gov-a'], 'BB said on January 20 that cooperation with AA would go on.');
    expect(sources([transfer, announced])).toEqual(['a.txt+b.txt']);
    expect(sources([transfer, otherCount])).toEqual(['a.txt', 'c.txt']);
    expect(sources([transfer, noCount])).toEqual(['a.txt', 'd.txt']);
    expect(mergeEvents([announced, transfer]).map((e) => e.type)).toEqual(['arrest-extradition']);
  });

  it('joins a capture dated only by its year to the capture of the same person dated to a day of that year, not a remark, a call or a transfer naming no one (rule ONE-OFF-OF-ITS-YEAR)', () => {
    const year = (text: string): DateValue => ({ start: '2031', precision: 'year', basis: 'relative', text });
    const capture = member('a.txt', 'military-operation', day('2031-01-03', 'relative'), ['gov-a', 'ivo-brask', 'tom-hale'], 'AA forces captured Ivo Brask on Saturday on the orders of Tom Hale.');
    const early = member('b.txt', 'military-operation', year('early this year'), ['tom-hale', 'ivo-brask'], 'Since Tom Hale had Ivo Brask captured early this year, the region has been tense.');
    const principios = member('c.txt', 'military-operation', year('a principios de año'), ['ivo-brask', 'gov-a'], 'La captura de Ivo Brask por fuerzas de AA a principios de año cambió la región.');
    // Told later with no date at all but its day: the cluster now holds a year too.
    const yearLess = member('d.txt', 'military-operation', reported(null), ['gov-a', 'ivo-brask'], 'AA forces seized Ivo Brask in a Jan. 3 raid.');
    expect(sources([capture, early, principios, yearLess])).toEqual(['a.txt+b.txt+c.txt+d.txt']);
    const said = member('e.txt', 'statement', year('this year'), ['tom-hale', 'ivo-brask'], 'Tom Hale said this year that Ivo Brask would face trial.');
    const transfer = member('f.txt', 'arrest-extradition', day('2031-02-20'), ['gov-b', 'gov-a'], 'BB sent 29 prisoners to AA on February 20.');
    const transfers = member('g.txt', 'arrest-extradition', year('this year'), ['gov-b', 'gov-a'], 'BB has sent prisoners to AA this year.');
    expect(sources([capture, said, transfer, transfers])).toEqual(['a.txt', 'e.txt', 'f.txt', 'g.txt']);
  });

  it('joins a transfer told through one side that states the count of ten or more its reports state most, not another count or a handful (rule SAME-COUNT, one side named)', () => {
    const dated = member('a.txt', 'arrest-extradition', day('2031-01-20', 'relative'), ['gov-b-prosecutors'], 'On Tuesday the prosecutors of BB sent 37 prisoners abroad.');
    const again = member('b.txt', 'arrest-extradition', day('2031-01-20'), ['gov-b-prosecutors'], 'La fiscalía de BB envió el 20 de enero a 37 reos.');
    const bothSides = member('c.txt', 'arrest-extradition', reported('2031-01-21'), ['gov-b', 'gov-a'], 'BB envía a 37 presos a AA.');
    const otherCount = member('d.txt', 'arrest-extradition', reported('2031-01-21'), ['gov-b-prosecutors'], 'Los fiscales de BB preparan el envío de otros 12 reos.');
    expect(sources([dated, again, bothSides, otherCount])).toEqual(['a.txt+b.txt+c.txt', 'd.txt']);
    const few = member('e.txt', 'arrest-extradition', day('2031-02-02'), ['gov-b-prosecutors'], 'The prosecutors of BB arrested 3 men on February 2.');
    const fewAgain = member('f.txt', 'arrest-extradition', reported('2031-02-03'), ['gov-b', 'gov-a'], 'BB police held 3 suspects wanted by AA.');
    expect(sources([few, fewAgain])).toEqual(['e.txt', 'f.txt']);
  });
});

describe('mergeEvents: a report that fits several events', () => {
  it('joins the event most articles tell when one article told the remark twice (rule MOST-TOLD)', () => {
    const first = member('a.txt', 'statement', day('2031-01-08', 'relative'), ['tom-hale', 'gov-a'], 'Tom Hale told a radio station on Thursday that AA would start striking on land.');
    // One Spanish story tells the same remark twice; its second report cannot join the first's event.
    const twice = member('b.txt', 'statement', day('2031-01-08', 'relative'), ['tom-hale', 'gov-a'], 'Hale dijo el jueves por la noche que AA llevaría la lucha a tierra firme.');
    const again = member('b.txt', 'statement', day('2031-01-08', 'relative'), ['tom-hale'], '"Vamos a empezar a golpear en tierra", dijo Hale en la entrevista emitida el jueves.');
    const later = member('c.txt', 'statement', day('2031-01-08', 'relative'), ['tom-hale'], 'Hale said on Thursday that strikes on land would come soon.');
    expect(sources([first, twice, again, later])).toEqual(['a.txt+b.txt+c.txt', 'b.txt']);
  });

  it('still puts a call with no date of its own with the nearest call of the same two people, not the one told more (rule MOST-TOLD)', () => {
    const early = member('a.txt', 'call', day('2031-01-12'), ['ana-ruiz', 'tom-hale'], 'Ana Ruiz and Tom Hale spoke by phone on January 12.');
    const earlyEs = member('b.txt', 'call', day('2031-01-12'), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale hablaron por teléfono el 12 de enero.');
    const late = member('c.txt', 'call', day('2031-01-29'), ['ana-ruiz', 'tom-hale'], 'Ruiz y Hale sostuvieron una segunda llamada el 29 de enero.');
    const undated = member('d.txt', 'call', reported('2031-02-02'), ['ana-ruiz', 'tom-hale'], 'The two leaders spoke by phone about trade and security.');
    expect(sources([early, earlyEs, late, undated])).toEqual(['a.txt+b.txt', 'c.txt+d.txt']);
  });

  it('joins a person\'s account of their own measure told as a policy in one article and a remark in another, the same stated day (rule OWN-POLICY-SAID)', () => {
    const policy = member('a.txt', 'policy', day('2031-02-16', 'relative'), ['tom-hale'], 'Tom Hale anunció el lunes en su red social que los aranceles subirán al 35%.');
    const said = member('b.txt', 'statement', day('2031-02-16'), ['tom-hale', 'gov-b'], 'Tom Hale said on February 16 that BB had not done enough and that duties would rise.');
    const interview = member('c.txt', 'interview', day('2031-02-16'), ['tom-hale'], 'Hale repeated it on February 16 in a radio interview.');
    expect(sources([policy, said, interview])).toEqual(['a.txt+b.txt+c.txt']);
    // Either way round: the remark may come first.
    expect(sources([said, policy])).toEqual(['a.txt+b.txt']);
  });

  it("joins a person's remark told in a story of the day their measure is dated to, either way round (rule OWN-POLICY-SAID, told that day)", () => {
    const policy = member('a.txt', 'policy', day('2031-03-10', 'relative'), ['tom-hale', 'gov-a'], 'Governor Tom Hale today announced the deployment of 900 more guards to the river.');
    const said = member('b.txt', 'interview', reported('2031-03-10'), ['tom-hale'], '"We will not wait for the smugglers," Hale said at a news conference at the statehouse.');
    expect(sources([policy, said])).toEqual(['a.txt+b.txt']);
    // The remark's article may come first in the merge's order.
    const saidFirst = member('0.txt', 'statement', reported('2031-03-10'), ['tom-hale'], 'Hale told reporters the guards would stay as long as needed.');
    expect(sources([policy, saidFirst])).toEqual(['0.txt+a.txt']);
  });

  it('keeps apart a deed told only inside quoted words that name one of its actors (rule TOLD-THAT-DAY)', () => {
    const vote = member('a.txt', 'policy', day('2031-06-10', 'relative'), ['gov-b-chamber'], 'The BB Chamber approved the border reform on Tuesday by a wide margin.');
    const text = '"We told the Chamber there is no reason for this reform", wrote the minister.';
    const quoted = member('b.txt', 'policy', reported('2031-06-10'), ['gov-b-chamber'], text, { trigger: [text.indexOf('reform'), text.indexOf('reform') + 6] });
    const told = member('c.txt', 'policy', reported('2031-06-10'), ['gov-b-chamber'], 'La Cámara de BB aprobó la reforma.', { trigger: [19, 25] });
    expect(sources([vote, quoted, told])).toEqual(['a.txt+c.txt', 'b.txt']);
  });

  it("joins a leader's news conference told in a story of its day to the conference another article dates, not a word to reporters elsewhere nor the next day's story (rule CONFERENCE-THAT-DAY)", () => {
    const dated = member('a.txt', 'interview', day('2031-01-20', 'relative'), ['ana-ruiz'], 'Ruiz defended the transfer at her morning news conference on Tuesday.');
    const thatDay = member('b.txt', 'interview', reported('2031-01-20'), ['ana-ruiz', 'max-orr'], 'Más temprano, en la conferencia matutina, la presidenta Ruiz había defendido la medida.');
    const doorstep = member('c.txt', 'interview', reported('2031-01-20'), ['ana-ruiz'], 'Ruiz fue tajante en entrevista con reporteros, a su salida de un evento.');
    const nextDay = member('d.txt', 'interview', reported('2031-01-21'), ['ana-ruiz'], 'En su conferencia matutina, Ruiz habló de los aranceles.');
    expect(sources([dated, thatDay, doorstep, nextDay])).toEqual(['a.txt+b.txt', 'c.txt', 'd.txt']);
  });

  it("keeps apart a remark of the next day's story, one naming someone else too, and words that only name the person (rule OWN-POLICY-SAID, told that day)", () => {
    const policy = member('a.txt', 'policy', day('2031-03-10', 'relative'), ['tom-hale'], 'Governor Tom Hale today announced the deployment of 900 more guards to the river.');
    const nextDay = member('b.txt', 'statement', reported('2031-03-11'), ['tom-hale'], 'Hale said the guards would stay.');
    const reply = member('c.txt', 'statement', reported('2031-03-10'), ['tom-hale', 'ana-ruiz'], 'Ana Ruiz said Hale had no reason to send them.');
    const quoted = member('d.txt', 'statement', reported('2031-03-10'), ['tom-hale'], '"We are in touch with Governor Hale and there is no reason for this deployment", wrote the minister.', { trigger: [68, 78] });
    expect(sources([policy, nextDay, reply, quoted])).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });

  it('keeps apart a remark naming another person too, a remark of another person, and one of another day (rule OWN-POLICY-SAID)', () => {
    const policy = member('a.txt', 'policy', day('2031-02-16', 'relative'), ['tom-hale'], 'Tom Hale raised the duties on BB goods on Monday.');
    const reply = member('b.txt', 'statement', day('2031-02-16'), ['tom-hale', 'ana-ruiz'], 'Ana Ruiz dijo el 16 de febrero que Hale se equivoca.');
    const other = member('c.txt', 'statement', day('2031-02-16'), ['max-orr'], 'Max Orr said on February 16 that the duties were overdue.');
    const later = member('d.txt', 'statement', day('2031-02-17'), ['tom-hale'], 'Tom Hale said on February 17 that the duties would stay.');
    expect(sources([policy, reply, other, later])).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });
});
