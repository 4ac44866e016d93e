import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/timeline';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const month = (start: string): DateValue => ({ start, precision: 'month', basis: 'stated' });
const day = (start: string): DateValue => ({ start, precision: 'day', basis: 'stated' });

function events(text: string, actors: Record<string, string[]>, dates: [string, DateValue][] = []) {
  const { doc, mentions } = handDoc({ text, dates, actors });
  return extractEvents(doc, mentions).map((e) => ({ type: e.type, date: e.date.start, actors: e.actors, title: e.title }));
}

describe('trigger lexicon: happenings read in unseen articles', () => {
  it('reads testimony before lawmakers as a happening, but not a witness testifying in court', () => {
    expect(events('Deputy Secretary Vera Olmos is testifying before the Norvian Senate on the port crisis.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['other']);
    expect(events('Testifying before a harbor subcommittee, Vera Olmos said the seizures had doubled.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['other']);
    expect(events('A dock worker, Vera Olmos, testified that the crates were never opened.', { olmos: ['Vera Olmos'] })).toEqual([]);
  });

  it('reads taking control of a government as a happening, in English and Spanish', () => {
    expect(events('Vera Olmos, who served as the deposed leader’s deputy, has since assumed control of the government in Porto Alto.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['other']);
    expect(events('Vera Olmos asumió el control del gobierno con el respaldo del ejército.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['other']);
  });

  it('reads a seizure of drugs or precursors as a happening dated by its own date, in English and Spanish', () => {
    expect(
      events('The Alden Navy seized 15 tons of fentanyl precursors at the port on March 2, 2030.', { navy: ['Alden Navy'] }, [['March 2, 2030', day('2030-03-02')]]),
    ).toMatchObject([{ type: 'other', date: '2030-03-02', actors: ['navy'] }]);
    expect(
      events('A finales de diciembre de 2029, la Armada de Alden ya había asegurado otro cargamento de precursores en el puerto.', { navy: ['Armada de Alden'] }, [['diciembre de 2029', month('2029-12')]]),
    ).toMatchObject([{ type: 'other', date: '2029-12', actors: ['navy'] }]);
  });

  it('reads official figures made public as a report dated by its own day, in English and Spanish, not by the month the figures count', () => {
    const agency = { agency: ['Harbor Protection Agency', 'la Agencia Portuaria'] };
    expect(
      events('The Harbor Protection Agency released figures on March 16 showing that crossings fell in February 2030.', agency, [
        ['March 16', day('2030-03-16')],
        ['February 2030', month('2030-02')],
      ]),
    ).toMatchObject([{ type: 'report', date: '2030-03-16', actors: ['agency'] }]);
    expect(
      events('Figures released by the Harbor Protection Agency on March 16 showed fewer seizures.', agency, [['March 16', day('2030-03-16')]]),
    ).toMatchObject([{ type: 'report', date: '2030-03-16' }]);
    expect(
      events('El 16 de marzo, la Agencia Portuaria dio a conocer las cifras de febrero.', agency, [['16 de marzo', day('2030-03-16')]]),
    ).toMatchObject([{ type: 'report', date: '2030-03-16' }]);
  });

  it('does not read "aseguró que" (said) or an undated tally of seizures as a seizure', () => {
    expect(events('La ministra Vera Olmos aseguró que el fentanilo ya no cruza por el puerto.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['statement']);
    expect(events('La ministra Vera Olmos dijo que la Armada ha asegurado 600 kilos de cocaína.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['statement']);
  });

  it('reads plural seizures ("record seizures of fentanyl") as a tally beside the happening the sentence lists, in English and Spanish', () => {
    const week = { start: '2030-02-24', end: '2030-03-02', precision: 'week', basis: 'relative' } as const;
    const en = events('"We have done our part," Vera Olmos said, listing the transfer of 29 cartel figures to the United States last week and record seizures of fentanyl.', { olmos: ['Vera Olmos'] }, [['last week', week]]);
    expect(en.map((e) => e.type)).toContain('arrest-extradition');
    expect(en.map((e) => e.type)).not.toContain('other');
    const es = events('«Hemos cumplido», dijo Vera Olmos, al citar la entrega de 29 capos a Estados Unidos la semana pasada y los decomisos récord de fentanilo.', { olmos: ['Vera Olmos'] }, [['la semana pasada', week]]);
    expect(es.map((e) => e.type)).not.toContain('other');
  });

  it('reads an answer ("answered late on Wednesday", "contestó el miércoles") as a statement on its day, in English and Spanish', () => {
    const wednesday: DateValue = { start: '2031-02-11', precision: 'day', basis: 'relative' };
    expect(
      events('Port Minister Ivo Brask answered late on Wednesday in a post on X.', { brask: ['Ivo Brask'] }, [['on Wednesday', wednesday]]),
    ).toMatchObject([{ type: 'statement', date: '2031-02-11', actors: ['brask'] }]);
    expect(
      events('El ministro Ivo Brask contestó el miércoles en un mensaje en redes sociales.', { brask: ['Ivo Brask'] }, [['el miércoles', wednesday]]),
    ).toMatchObject([{ type: 'statement', date: '2031-02-11', actors: ['brask'] }]);
  });

  it('reads "weighed in", "se limitó a decir" and "se pronunció" as statements, in English and Spanish', () => {
    const saturday: DateValue = { start: '2031-01-03', precision: 'day', basis: 'relative' };
    expect(
      events('Governor Ivo Brask weighed in on social media on Saturday: "Good news for the port."', { brask: ['Ivo Brask'] }, [['on Saturday', saturday]]),
    ).toMatchObject([{ type: 'statement', date: '2031-01-03', actors: ['brask'] }]);
    expect(events('El canciller Ivo Brask se limitó a decir a la prensa que Norvia «siempre ha defendido el derecho».', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['statement']);
    expect(
      events('La gobernadora Vera Olmos también se pronunció el sábado.', { olmos: ['Vera Olmos'] }, [['el sábado', saturday]]),
    ).toMatchObject([{ type: 'statement', date: '2031-01-03', actors: ['olmos'] }]);
  });

  it('reads a plea in court as a court step dated by its month, in English and Spanish', () => {
    expect(
      events('Ivo Brask pleaded guilty to smuggling charges in a federal court in August 2030.', { brask: ['Ivo Brask'] }, [['August 2030', month('2030-08')]]),
    ).toMatchObject([{ type: 'other', date: '2030-08' }]);
    expect(events('Ivo Brask se declaró culpable de contrabando ante un juez federal.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['other']);
  });

  it('tells a plea apart from the extradition that brought the defendant: the plea\'s day is not the extradition\'s', () => {
    const tuesday: DateValue = { start: '2031-03-04', precision: 'day', basis: 'relative' };
    const found = events(
      'Ivo Brask pleaded not guilty Tuesday in federal court in Valdora, a week after Norvia flew him and 36 other prisoners to Ostland.',
      { brask: ['Ivo Brask'], norvia: ['Norvia'] },
      [['Tuesday', tuesday]],
    );
    expect(found.find((e) => e.type === 'other')).toMatchObject({ date: '2031-03-04' });
    expect(found.find((e) => e.type === 'arrest-extradition')?.date).not.toBe('2031-03-04');
  });

  it('reads a recap entry in the present tense: "sends 29 figures", "designates … as terrorist organizations" past a long list', () => {
    expect(events('Norvia sends 29 cartel figures to Ostland, among them Ivo Brask.', { norvia: ['Norvia'] }).map((e) => e.type)).toEqual(['arrest-extradition']);
    expect(
      events('The Port Ministry designates the Harbor Cartel, the Valdora Coast Cartel and six other criminal groups as foreign terrorist organizations.', { ministry: ['Port Ministry'] }).map((e) => e.type),
    ).toEqual(['designation']);
  });

  it('reads "spoke on Thursday by phone" / "conversaron este jueves por teléfono" as a call on that day', () => {
    const thursday: DateValue = { start: '2031-01-29', precision: 'day', basis: 'relative' };
    expect(
      events('Ana Ruiz y Tom Hale conversaron este jueves por teléfono durante unos 40 minutos, en la segunda llamada entre ambos en lo que va del año.', { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] }, [
        ['este jueves', thursday],
        ['en lo que va del año', { start: '2031', precision: 'year', basis: 'relative' }],
      ]),
    ).toMatchObject([{ type: 'call', date: '2031-01-29' }]);
    expect(events('Ana Ruiz and Tom Hale held their second phone call on Thursday.', { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] }, [['Thursday', thursday]])).toMatchObject([{ type: 'call', date: '2031-01-29' }]);
    expect(events('Ana Ruiz spoke on Thursday by phone with Tom Hale.', { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] }, [['Thursday', thursday]])).toMatchObject([{ type: 'call', date: '2031-01-29' }]);
  });

  it('reads "had spoken by phone … for the second time this month" as a call on the day the sentence gives, not over the month', () => {
    const thursday: DateValue = { start: '2031-01-29', precision: 'day', basis: 'relative' };
    const month: DateValue = { start: '2031-01', precision: 'month', basis: 'relative' };
    expect(
      events('On Thursday afternoon the screens showed that Ana Ruiz and Tom Hale had spoken by phone for the second time this month.', { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] }, [
        ['Thursday afternoon', thursday],
        ['this month', month],
      ]),
    ).toMatchObject([{ type: 'call', date: '2031-01-29' }]);
    expect(
      events('El jueves por la tarde las pantallas mostraban que Ana Ruiz y Tom Hale conversaron por teléfono por segunda vez este mes.', { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] }, [
        ['jueves por la tarde', thursday],
        ['este mes', month],
      ]),
    ).toMatchObject([{ type: 'call', date: '2031-01-29' }]);
    // With no day in the sentence, the month is still what it says.
    expect(events('Ana Ruiz and Tom Hale had spoken by phone for the second time this month.', { ruiz: ['Ana Ruiz'], hale: ['Tom Hale'] }, [['this month', month]])).toMatchObject([{ type: 'call', date: '2031-01' }]);
  });

  it('reads a poll or a survey as a report, dated by the month it was taken or published, in English and Spanish', () => {
    const mid: DateValue = { start: '2031-01', precision: 'month', basis: 'relative' };
    expect(events('In mid-January a poll by the Harbor Herald found that 45% of respondents backed the plan.', { herald: ['Harbor Herald'] }, [['mid-January', mid]])).toMatchObject([{ type: 'report', date: '2031-01' }]);
    expect(
      events('Según un sondeo de Banco Norte entre analistas publicado a mediados de enero, la probabilidad pasó de 5% a 15%.', { banco: ['Banco Norte'] }, [['a mediados de enero', mid]]),
    ).toMatchObject([{ type: 'report', date: '2031-01' }]);
    expect(events('Paulina Ros, a pollster in Valdora, said the issue had not found him.', { ros: ['Paulina Ros'] }).map((e) => e.type)).not.toContain('report');
  });

  it('reads presenting figures as a statement, in English and Spanish', () => {
    expect(events('El secretario de Seguridad, Ivo Brask, quien participó en la conferencia, presentó cifras de detenciones y aseguramientos.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['statement']);
    expect(events('Port chief Ivo Brask presented figures on drug seizures at the port.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['statement']);
  });

  it('reads freezing accounts or assets as a sanction, in English and Spanish, but not a frozen price', () => {
    expect(events('La Unidad de Finanzas congeló las cuentas de las personas señaladas.', { unit: ['Unidad de Finanzas'] }).map((e) => e.type)).toEqual(['policy']);
    expect(events('The Finance Unit froze the bank accounts of 12 people.', { unit: ['Finance Unit'] }).map((e) => e.type)).toEqual(['policy']);
    expect(events('The Finance Unit froze fuel prices for a month.', { unit: ['Finance Unit'] }).map((e) => e.type)).toEqual([]);
  });

  it('makes no event of a photo caption or of an anniversary', () => {
    expect(events('The port minister, pictured at the harbor on January 28, 2031, has insisted she will never accept foreign troops (file photo).', { ruiz: ['port minister'] }, [['January 28, 2031', day('2031-01-28')]])).toEqual([]);
    expect(events('Ivo Brask: The anniversary of the terrorist designation, on the 20th.', { brask: ['Ivo Brask'] }).map((e) => e.type)).not.toContain('designation');
  });

  it('makes no event of a prospect, a plan or a future: "the prospect of strikes", "was planning strikes", "will travel", "la posibilidad de un ataque"', () => {
    const ruiz = { ruiz: ['Ana Ruiz'] };
    expect(events('In the valley, the prospect of Norvian strikes provoked alarm, Ana Ruiz said.', ruiz).map((e) => e.type)).not.toContain('military-operation');
    expect(events('Ana Ruiz asked whether the government was planning strikes without approval.', ruiz).map((e) => e.type)).not.toContain('military-operation');
    expect(events('Ana Ruiz will travel to Valdora in February and the teams will continue meeting.', ruiz, [['February', month('2031-02')]]).map((e) => e.type)).not.toContain('meeting');
    expect(events('Ana Ruiz descartó la posibilidad de un ataque en territorio norviano.', ruiz).map((e) => e.type)).not.toContain('military-operation');
  });

  it('reads dismantling a lab as an operation, in English and Spanish', () => {
    expect(events('Navy marines dismantled a drug lab in Valdora, the Port Ministry said.', { navy: ['Navy'] }).map((e) => e.type)).toContain('military-operation');
    expect(events('Elementos de la Marina desmantelaron un narcolaboratorio en Valdora.', { navy: ['Marina'] }).map((e) => e.type)).toEqual(['military-operation']);
  });

  it('reads seizing a named person as an operation, but not seizing drugs', () => {
    expect(events('Valdoran forces seized former port chief Ivo Brask in a raid.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['military-operation']);
    expect(events('Valdoran forces seized Ivo Brask earlier this month.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['military-operation']);
    expect(events('Ivo Brask said his agents seized 600 kilos of cocaine.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['statement']);
  });

  it('reads dismantling one site as an operation, not a tally of sites dismantled', () => {
    expect(events('Ivo Brask said the navy had dismantled more than 1,600 drug labs.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['statement']);
  });

  it('reads a Spanish "informó que" as an official saying something, not a published report', () => {
    expect(events('La ministra Vera Olmos informó que el puerto reabrirá.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['statement']);
    expect(events('The Harbor Times reported that the port would reopen.', { times: ['Harbor Times'] }).map((e) => e.type)).toEqual(['report']);
  });

  it('reads "has led X since a year" as taking the lead in that year, in English and Spanish', () => {
    const year = (start: string): DateValue => ({ start, precision: 'year', basis: 'stated' });
    expect(events('Ivo Brask, who has led the Harbor Party since 2019, denies the charges.', { brask: ['Ivo Brask'] }, [['2019', year('2019')]])).toMatchObject([
      { type: 'other', date: '2019' },
    ]);
    expect(events('Ivo Brask, quien encabeza el Partido del Puerto desde 2019, niega los cargos.', { brask: ['Ivo Brask'] }, [['2019', year('2019')]])).toMatchObject([
      { type: 'other', date: '2019' },
    ]);
    expect(events('Ivo Brask led the march through the port.', { brask: ['Ivo Brask'] })).toEqual([]);
  });

  it('reads sending a number of people, a few words on, as a transfer, in Spanish and English, but not a letter sent to senators', () => {
    expect(events('El gobierno de Valdora envió este martes a Puerto Alto a 37 personas privadas de la libertad.', { valdora: ['gobierno de Valdora'] }).map((e) => e.type)).toEqual([
      'arrest-extradition',
    ]);
    expect(events('El envío a Puerto Alto de 37 presuntos integrantes de bandas se hizo de madrugada, según la junta.', { junta: ['la junta'] }).map((e) => e.type)).toContain('arrest-extradition');
    expect(events('Valdora sent on Tuesday to Porto Alto 37 alleged smugglers.', { valdora: ['Valdora'] }).map((e) => e.type)).toEqual(['arrest-extradition']);
    expect(events('Valdora sent a letter to 20 senators.', { valdora: ['Valdora'] }).map((e) => e.type)).not.toContain('arrest-extradition');
  });

  it('reads a reply as a statement, in English and Spanish', () => {
    expect(events('On Wednesday, from the party headquarters, Ivo Brask responded to the initiative.', { brask: ['Ivo Brask'] }, [['Wednesday', day('2030-03-06')]])).toMatchObject([
      { type: 'statement', date: '2030-03-06' },
    ]);
    expect(events('Este miércoles, desde la sede del partido, Brask respondió a la iniciativa.', { brask: ['Brask'] }, [['Este miércoles', day('2030-03-06')]])).toMatchObject([
      { type: 'statement', date: '2030-03-06' },
    ]);
  });

  it('reads a terrorist designation whose label comes after a long list of groups', () => {
    const text = 'The administration designated the Harbor cartel, the Valdora New Generation cartel and four other regional smuggling groups as foreign terrorist organizations.';
    expect(events(text, { harbor: ['Harbor cartel'] }).map((e) => e.type)).toEqual(['designation']);
  });

  it('dates such a designation by the date after its label, however long the list before it', () => {
    const text = 'The administration designated the Harbor cartel, the Valdora New Generation cartel and four other regional smuggling groups as foreign terrorist organizations on May 2, 2030, and the port has since sent dozens of suspects north.';
    expect(events(text, { harbor: ['Harbor cartel'] }, [['May 2, 2030', day('2030-05-02')]])).toContainEqual(expect.objectContaining({ type: 'designation', date: '2030-05-02' }));
  });
});

describe('trigger lexicon: a party tag after a name is part of the clause', () => {
  it('keeps a senator whose name is followed by "(R-Texas)" among the actors of what he did', () => {
    const [warning] = events('Senator Ivo Brask (R-Texas) warned on Tuesday that strikes would be "an act of war" requiring a vote.', { brask: ['Ivo Brask'] }, [['Tuesday', day('2030-03-05')]]);
    expect(warning).toMatchObject({ type: 'statement', date: '2030-03-05', actors: ['brask'] });
    expect(warning?.title).toContain('Ivo Brask');
  });
});

describe('trigger lexicon: what a statement is about', () => {
  it('keeps an accusation beside the call it is about, in Spanish and English', () => {
    const es = events('La senadora Vera Olmos acusó en X que el gobierno oculta lo que se habló con Ivo Brask y exigió una versión estenográfica de la llamada.', {
      olmos: ['Vera Olmos'],
      brask: ['Ivo Brask'],
    });
    expect(es.map((e) => e.type)).toContain('statement');
    expect(events('Senator Vera Olmos accused the government of hiding what was said in the call.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toContain('statement');
  });

  it('still lets a generic speech verb give way to the call it tells of', () => {
    expect(events('Vera Olmos said she held a phone call with Ivo Brask.', { olmos: ['Vera Olmos'], brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['call']);
  });
});


describe('trigger lexicon: happenings told in other tenses and words', () => {
  it('reads a statement told in the Spanish past perfect ("había advertido")', () => {
    const es = events('Un día antes, el 13 de enero de 2030, el diputado Ivo Brask había advertido que el Congreso jamás autorizaría tropas extranjeras.', { brask: ['Ivo Brask'] }, [['13 de enero de 2030', day('2030-01-13')]]);
    expect(es).toMatchObject([{ type: 'statement', date: '2030-01-13', actors: ['brask'] }]);
    const en = events('A day earlier, on January 13, 2030, Congressman Ivo Brask had warned that Congress would never authorize foreign troops.', { brask: ['Ivo Brask'] }, [['January 13, 2030', day('2030-01-13')]]);
    expect(en).toMatchObject([{ type: 'statement', date: '2030-01-13', actors: ['brask'] }]);
  });

  it('reads a statement told in the Spanish present perfect ("ha pedido"), as the English simple past', () => {
    const es = events('El ministro Ivo Brask ha pedido en declaraciones a la prensa "una salida negociada" y ha recordado que Norvia "no reconoció" la votación.', { brask: ['Ivo Brask'] });
    expect(es).toMatchObject([{ type: 'statement', actors: ['brask'] }]);
    const en = events('Minister Ivo Brask called for "a negotiated way out" in remarks to the press.', { brask: ['Ivo Brask'] });
    expect(en).toMatchObject([{ type: 'statement', actors: ['brask'] }]);
  });

  it('reads a vote that throws out a proposal as a rejection, in English and Spanish', () => {
    expect(events('El Senado de Alden desechó ayer la propuesta de la senadora Vera Olmos.', { senate: ['Senado de Alden'] }).map((e) => e.type)).toContain('rejection');
    expect(events('The Alden Senate voted down the proposal by Senator Vera Olmos.', { senate: ['Alden Senate'] }).map((e) => e.type)).toContain('rejection');
  });

  it('reads officers finding drugs on a stated day as a seizure, in English and Spanish', () => {
    const en = events('On March 4, 2030, officers of the Alden Customs Service found roughly 212 pounds of fentanyl in a truck.', { customs: ['Alden Customs Service'] }, [['March 4, 2030', day('2030-03-04')]]);
    expect(en).toMatchObject([{ type: 'other', date: '2030-03-04', actors: ['customs'] }]);
    const es = events('El 4 de marzo de 2030, agentes de la Aduana de Alden encontraron 90 kilos de fentanilo en un camión.', { customs: ['Aduana de Alden'] }, [['4 de marzo de 2030', day('2030-03-04')]]);
    expect(es).toMatchObject([{ type: 'other', date: '2030-03-04', actors: ['customs'] }]);
  });

  it('does not read an undated find or a finding as a seizure', () => {
    expect(events('A study by the Alden Institute found that fentanyl deaths fell.', { institute: ['Alden Institute'] }).map((e) => e.type)).not.toContain('other');
  });

  it('reads "as X put it on Wednesday" as X saying it that day', () => {
    const en = events('She has cooperated more than anyone, as her foreign minister, Vera Olmos, put it on Wednesday.', { olmos: ['Vera Olmos'] }, [['on Wednesday', day('2030-01-14')]]);
    expect(en).toMatchObject([{ type: 'statement', date: '2030-01-14', actors: ['olmos'] }]);
    expect(events('Vera Olmos put it on the table at the summit.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).not.toContain('statement');
  });
});

describe('trigger lexicon: a date after an opening time adverbial', () => {
  it('dates the happening of a sentence that opens "Un día antes, el 13 de enero," or "A day earlier, on January 13,"', () => {
    const es = events('Un día antes, el 13 de enero de 2030, el coordinador de los diputados del partido, Ivo Brask, había advertido que el Congreso jamás autorizaría tropas.', { brask: ['Ivo Brask'] }, [['13 de enero de 2030', day('2030-01-13')]]);
    expect(es).toMatchObject([{ type: 'statement', date: '2030-01-13', actors: ['brask'] }]);
    const en = events('A day earlier, on January 13, 2030, the leader of the party in the lower house, Ivo Brask, had warned that Congress would never allow troops.', { brask: ['Ivo Brask'] }, [['January 13, 2030', day('2030-01-13')]]);
    expect(en).toMatchObject([{ type: 'statement', date: '2030-01-13', actors: ['brask'] }]);
  });
});

describe('trigger lexicon: a find that is no seizure', () => {
  it('does not read a lab "found in" a state as a seizure', () => {
    const found = events('* Jan. 24, 2030 - Alden marines dismantle one of the largest drug laboratories found in the state.', { marines: ['Alden marines'] }, [['Jan. 24, 2030', day('2030-01-24')]]);
    expect(found.map((e) => e.type)).not.toContain('other');
    const es = events('El 24 de enero de 2030, la Marina de Alden desmanteló uno de los mayores laboratorios de droga hallados en el estado.', { marines: ['Marina de Alden'] }, [['24 de enero de 2030', day('2030-01-24')]]);
    expect(es.map((e) => e.type)).not.toContain('other');
  });
});

describe('trigger lexicon: a tour and a repeated point', () => {
  it('reads touring a place as a visit dated by its own words, in English and Spanish', () => {
    const week = { start: '2030-02-02', end: '2030-02-08', precision: 'week', basis: 'relative' } as const;
    const en = events('Governor Vera Olmos, who toured the port last week, said the scanners work.', { olmos: ['Vera Olmos'] }, [['last week', week]]);
    expect(en).toContainEqual(expect.objectContaining({ type: 'meeting', date: '2030-02-02', actors: ['olmos'] }));
    const es = events('La gobernadora Vera Olmos, que recorrió el puerto la semana pasada, dijo que los escáneres funcionan.', { olmos: ['Vera Olmos'] }, [['la semana pasada', week]]);
    expect(es).toContainEqual(expect.objectContaining({ type: 'meeting', date: '2030-02-02', actors: ['olmos'] }));
  });

  it('reads repeating a point on a given day as a statement that day, in English and Spanish', () => {
    const en = events('Vera Olmos repeated the point on Friday before reporters.', { olmos: ['Vera Olmos'] }, [['on Friday', day('2030-01-09')]]);
    expect(en).toMatchObject([{ type: 'statement', date: '2030-01-09', actors: ['olmos'] }]);
    const es = events('Vera Olmos repitió el argumento el viernes ante la prensa.', { olmos: ['Vera Olmos'] }, [['el viernes', day('2030-01-09')]]);
    expect(es).toMatchObject([{ type: 'statement', date: '2030-01-09', actors: ['olmos'] }]);
  });
});

describe('trigger lexicon: chambers, oaths and measures in force', () => {
  it('reads a chamber approving a resolution as a policy step dated by its own words, in English and Spanish', () => {
    const en = events('The Alden Assembly yesterday approved a resolution backing the port accord.', { assembly: ['Alden Assembly'] }, [['yesterday', day('2030-02-25')]]);
    expect(en).toMatchObject([{ type: 'policy', date: '2030-02-25', actors: ['assembly'] }]);
    const es = events('La Asamblea de Alden aprobó ayer un pronunciamiento en respaldo del acuerdo portuario.', { assembly: ['Asamblea de Alden'] }, [['ayer', day('2030-02-25')]]);
    expect(es).toMatchObject([{ type: 'policy', date: '2030-02-25', actors: ['assembly'] }]);
    // "passed" without a measure after it is no vote.
    expect(events('As the hours passed, Ivo Brask waited at the port.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual([]);
  });

  it('reads bringing a resolution or a bill before a chamber as a policy step, in English and Spanish', () => {
    const en = events('Rep. Ivo Brask on Tuesday reintroduced a resolution that would authorize force against the smugglers.', { brask: ['Ivo Brask'] }, [['on Tuesday', day('2030-01-13')]]);
    expect(en).toContainEqual(expect.objectContaining({ type: 'policy', date: '2030-01-13', actors: ['brask'] }));
    const es = events('El diputado Ivo Brask presentó el martes una iniciativa para reformar la ley portuaria.', { brask: ['Ivo Brask'] }, [['el martes', day('2030-01-13')]]);
    expect(es).toContainEqual(expect.objectContaining({ type: 'policy', date: '2030-01-13', actors: ['brask'] }));
  });

  it('reads being sworn in as a happening, in English and Spanish', () => {
    expect(events('In Porto Alto, Vera Olmos was sworn in yesterday as interim president.', { olmos: ['Vera Olmos'] }, [['yesterday', day('2030-01-05')]])).toMatchObject([{ type: 'other', date: '2030-01-05' }]);
    expect(events('En Porto Alto, Vera Olmos juró ayer como presidenta interina ante la Asamblea.', { olmos: ['Vera Olmos'] }, [['ayer', day('2030-01-05')]])).toMatchObject([{ type: 'other', date: '2030-01-05' }]);
    // "juró que" is a statement, not an oath of office.
    expect(events('Vera Olmos juró que no habrá tropas extranjeras.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).not.toContain('other');
  });

  it('reads levies coming into force as a policy step of their own beside the exemption that followed, in English and Spanish', () => {
    const dates: [string, DateValue][] = [['4 de marzo de 2030', day('2030-03-04')], ['dos días más tarde', day('2030-03-06')]];
    const es = events('Los aranceles entraron finalmente en vigor el 4 de marzo de 2030, y dos días más tarde el gobierno de Alden exentó a las mercancías del tratado.', { alden: ['gobierno de Alden'] }, dates);
    expect(es.map((e) => [e.type, e.date])).toEqual([['policy', '2030-03-04'], ['policy', '2030-03-06']]);
    const en = events('The levies finally took effect on March 4, 2030, after a month of talks with the Alden government.', { alden: ['Alden government'] }, [['March 4, 2030', day('2030-03-04')]]);
    expect(en).toContainEqual(expect.objectContaining({ type: 'policy', date: '2030-03-04' }));
  });
});

describe('trigger lexicon: a motion is no agreement', () => {
  it('does not read "punto de acuerdo" (a motion) as an agreement signed', () => {
    const es = events('El Senado de Alden desechó ayer un punto de acuerdo de la senadora Vera Olmos.', { olmos: ['Vera Olmos'] }, [['ayer', day('2030-03-03')]]);
    expect(es.map((e) => e.type)).toEqual(['rejection']);
    expect(events('Vera Olmos y el ministro firmaron un acuerdo de cooperación portuaria.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['policy']);
  });
});

describe('trigger lexicon: remarks, flights of prisoners and wire credits', () => {
  it('reads "remarks last Thursday" / "las declaraciones del jueves" as a statement that day, and undated remarks as none', () => {
    const en = events('That is why Governor Ivo Brask\'s remarks last Thursday were so reckless.', { brask: ['Ivo Brask'] }, [['last Thursday', day('2030-01-08')]]);
    expect(en).toMatchObject([{ type: 'statement', date: '2030-01-08', actors: ['brask'] }]);
    const es = events('Las declaraciones del jueves 8 de enero del gobernador Ivo Brask causaron alarma.', { brask: ['Ivo Brask'] }, [['jueves 8 de enero', day('2030-01-08')]]);
    expect(es).toMatchObject([{ type: 'statement', date: '2030-01-08', actors: ['brask'] }]);
    expect(events('Governor Ivo Brask\'s remarks were reckless.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual([]);
  });

  it('reads flying a number of people to another country as a transfer, not "accused traffickers" as an accusation', () => {
    const flew = events('Norvia on Tuesday flew 37 people wanted by Ostland prosecutors to Ostland.', { norvia: ['Norvia'] }, [['on Tuesday', day('2030-01-20')]]);
    expect(flew).toMatchObject([{ type: 'arrest-extradition', date: '2030-01-20' }]);
    const plane = events('On Tuesday, Norvia sent a plane full of accused traffickers to Ostland.', { norvia: ['Norvia'] }, [['On Tuesday', day('2030-01-20')]]);
    expect(plane.map((e) => e.type)).not.toContain('statement');
    expect(events('Minister Ivo Brask accused Norvia of hiding the figures.', { brask: ['Ivo Brask'], norvia: ['Norvia'] }).map((e) => e.type)).toEqual(['statement']);
  });

  it('reads no happening in the outlet a dateline credits: "PORT ALDEN (Harbor Report) —", "(Informe Costero) —"', () => {
    const en = events('PORT ALDEN (Harbor Report) — Minister Ivo Brask visited the docks on Monday.', { brask: ['Ivo Brask'] }, [['on Monday', day('2030-01-19')]]);
    expect(en.map((e) => e.type)).toEqual(['meeting']);
    const es = events('PUERTO ALDEN (Reportes Costeros) — El ministro Ivo Brask visitó el muelle el lunes.', { brask: ['Ivo Brask'] }, [['el lunes', day('2030-01-19')]]);
    expect(es.map((e) => e.type)).toEqual(['meeting']);
  });
});
