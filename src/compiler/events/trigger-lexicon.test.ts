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
  it('reads taking control of a government as a happening, in English and Spanish', () => {
    expect(events('Vera Olmos, who served as the deposed leader’s deputy, has since assumed control of the government in Porto Alto.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['other']);
    expect(events('Vera Olmos asumió el control del gobierno con el respaldo del ejército.', { olmos: ['Vera Olmos'] }).map((e) => e.type)).toEqual(['other']);
  });

  it('reads a plea in court as a court step dated by its month, in English and Spanish', () => {
    expect(
      events('Ivo Brask pleaded guilty to smuggling charges in a federal court in August 2030.', { brask: ['Ivo Brask'] }, [['August 2030', month('2030-08')]]),
    ).toMatchObject([{ type: 'arrest-extradition', date: '2030-08' }]);
    expect(events('Ivo Brask se declaró culpable de contrabando ante un juez federal.', { brask: ['Ivo Brask'] }).map((e) => e.type)).toEqual(['arrest-extradition']);
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

