import { describe, expect, it } from 'vitest';
import { portSpeakers, RUIZ_AND_IRIARTE, saidIn, TEST_HEADLINE } from '../fixtures/who-said-what';

// Invented people; only the sentence shapes matter. Kiran Voss and Roe Vidal Kurtz are not in the registry.
const registry = portSpeakers(RUIZ_AND_IRIARTE);

const said = saidIn(registry, [TEST_HEADLINE, 'The strike entered its second week on Monday.']);

describe('whom "he said" and "ella dijo" stand for', () => {
  it('gives "he said" to the man whose remarks the sentence before is about, not to a name that only modifies a noun', () => {
    expect(
      said(
        "That is why Óscar Beltrán's remarks last week were so careless. Asked whether the Iriarte plan could be repeated at the east docks, he said that \"the dockers are running the port.\" He did not rule out a lockout. \"We will do what we must,\" he said.",
      ),
    ).toEqual([
      ['Óscar Beltrán', 'the dockers are running the port.'],
      ['Óscar Beltrán', 'We will do what we must'],
    ]);
    expect(
      said('Por eso fueron tan imprudentes las declaraciones de Óscar Beltrán la semana pasada. Preguntado si la operación contra Iriarte podía repetirse, él dijo que «los estibadores mandan en el puerto».'),
    ).toEqual([['Óscar Beltrán', 'los estibadores mandan en el puerto']]);
  });

  it('does not give the pronoun to the person the subject spoke with when the subject is of unknown gender', () => {
    expect(
      said(
        'Beltrán told a radio host last week that "the dockers run the port."\n\nSen. Kiran Voss, R-Ore., who spoke with Beltrán over the weekend, said on Sunday that he had urged the mayor to give the port "a deadline, not a blank check."',
      ),
    ).toEqual([
      ['Óscar Beltrán', 'the dockers run the port.'],
      ['Kiran Voss', 'a deadline, not a blank check.'],
    ]);
    expect(
      said(
        'Ana Ruiz dijo la semana pasada que «los estibadores mandan en el puerto».\n\nKiran Voss, analista de la Universidad Costera, quien habló con Lucía Ferrer el fin de semana, dijo el domingo que ella había pedido al alcalde «un plazo, no un cheque en blanco».',
      ),
    ).toEqual([
      ['Ana Ruiz', 'los estibadores mandan en el puerto'],
      ['Kiran Voss', 'un plazo, no un cheque en blanco'],
    ]);
  });

  it('leaves "she says" unattributed after a speaker the actors do not know, rather than giving it to a woman named in her sentence', () => {
    expect(
      said(
        'Roe Vidal Kurtz argues that the strike began with the March 3 call between Óscar Beltrán and Lucía Ferrer. "What the port offered was a structure," she says.\n\nShe is less sure about the cranes. "The first storm will tell," she tells Iriarte.',
      ),
    ).toEqual([
      [null, 'What the port offered was a structure'],
      [null, 'The first storm will tell'],
    ]);
    expect(
      said('Roe Vidal Kurtz sostiene que la huelga empezó con la llamada entre Óscar Beltrán y Lucía Ferrer. «Lo que ofreció el puerto fue una estructura», dice ella.'),
    ).toEqual([[null, 'Lo que ofreció el puerto fue una estructura']]);
  });

  it('gives "she says" to the speaker of unknown gender whose sentence talked about another woman in the clause its verb reports, in English and Spanish', () => {
    expect(
      said('Dr Roe Vidal Kurtz believes the mayor, Lucía Ferrer, is playing a long game. "She is buying time with cranes," she says.'),
    ).toEqual([['Roe Vidal Kurtz', 'She is buying time with cranes']]);
    expect(said('La doctora Roe Vidal Kurtz cree que la alcaldesa Lucía Ferrer juega a largo plazo. «Está ganando tiempo con las grúas», dice ella.')).toEqual([
      ['Roe Vidal Kurtz', 'Está ganando tiempo con las grúas'],
    ]);
  });

  it('gives "he told me" to the one person of unknown gender the sentence before is about, not to a man named further back, in English and Spanish', () => {
    expect(
      said(
        'A year ago, Iriarte put a toll on the bridge, then lifted it after a call with Ana Ruiz. Beto Salcedo Varga, who drives a truck across the bridge every day, remembers it as the month he stopped sleeping. "Now it is the same feeling," he told me.',
      ),
    ).toEqual([['Beto Salcedo Varga', 'Now it is the same feeling']]);
    expect(
      said(
        'Hace un año, Iriarte puso un peaje en el puente y lo quitó tras una llamada con Ana Ruiz. Beto Salcedo Varga, quien cruza el puente en camión cada día, recuerda ese mes como el mes en que él dejó de dormir. «Ahora es la misma sensación», me dijo él.',
      ),
    ).toEqual([['Beto Salcedo Varga', 'Ahora es la misma sensación']]);
  });

  it('still leaves the pronoun alone when another person of unknown gender stands beside that person', () => {
    expect(
      said('Beto Salcedo Varga, who drives a truck with the analyst Kiran Voss, remembers it as the month he stopped sleeping. "Now it is the same feeling," he told me.'),
    ).toEqual([[null, 'Now it is the same feeling']]);
  });
});

describe('whom "he said" stands for after a court appearance', () => {
  it('gives "he said" to the defendant who appeared before a judge, not to the judge named in the phrase of place', () => {
    expect(
      said('Evandro Ibarguren Salas, 47, appeared before U.S. Magistrate Judge Tomás Iriarte in an orange jumpsuit, his ankles shackled, and answered through an interpreter. "Not guilty, your honor," he said when asked how he pleaded.'),
    ).toEqual([['Evandro Ibarguren Salas', 'Not guilty, your honor']]);
  });
});

describe('whom "he said" stands for after an unnamed role holder spoke', () => {
  it('leaves "he" unresolved after "the chairman told …" when no one was introduced as chairman, instead of jumping back to an earlier man', () => {
    expect(
      said(
        'Last Saturday, the dockers seized Tomás Iriarte and held him in the east warehouse. On Thursday night, the chairman told reporters that the board would "start closing the port" to smugglers. He had already said, aboard the ferry last Sunday, that the port had to "get its act together."',
      ),
    ).toEqual([
      [null, 'start closing the port'],
      [null, 'get its act together.'],
    ]);
  });
});
