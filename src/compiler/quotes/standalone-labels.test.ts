import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();
const said = (lines: readonly string[]) => whoSaidWhat(`${lines.join('\n\n')}\n`, registry).said;

describe('transcriptLines: speakers named on a line of their own', () => {
  it("gives each turn of an earnings call to the name on the line above it, and the operator's turns to no one", () => {
    expect(
      said([
        'Quayside Produce Inc. (QPX) Q3 Earnings Call Transcript',
        'Company Participants',
        'Marisol Thackeray-Oduya - Chief Executive Officer',
        'Benedikt Aranda-Holt - Chief Financial Officer',
        'Operator',
        'Good morning, and welcome to the call. I will now turn it over to Marisol Thackeray-Oduya.',
        'Marisol Thackeray-Oduya',
        'Thank you. Volumes at the port rose this quarter.',
        'We expect the new cranes to help.',
        'Benedikt Aranda-Holt',
        'Thanks, Marisol. Revenue was up 4% on the year.',
        'Operator',
        'Our first question comes from the line of a caller.',
        'Marisol Thackeray-Oduya',
        'We will keep investing in the terminal.',
      ]),
    ).toEqual([
      [null, 'Good morning, and welcome to the call. I will now turn it over to Marisol Thackeray-Oduya.'],
      ['Marisol Thackeray-Oduya', 'Thank you. Volumes at the port rose this quarter.\n\nWe expect the new cranes to help.'],
      ['Benedikt Aranda-Holt', 'Thanks, Marisol. Revenue was up 4% on the year.'],
      [null, 'Our first question comes from the line of a caller.'],
      ['Marisol Thackeray-Oduya', 'We will keep investing in the terminal.'],
    ]);
  });

  it('reads a Spanish forum transcript with a moderator and the listed participants named above their turns, a title after a dash', () => {
    expect(
      said([
        'Foro portuario: versión de la sesión',
        'Participantes',
        'Rigoberto Anzures Pell — Director de Operaciones',
        'Itzel Borrego Lindahl — Consultora',
        'Moderadora',
        'Buenas tardes. Damos la palabra a Rigoberto Anzures Pell.',
        'Rigoberto Anzures Pell — Director de Operaciones',
        'Gracias. El muelle norte abrirá en primavera.',
        'Moderadora',
        'Pasamos a la segunda intervención.',
        'Itzel Borrego Lindahl',
        'Las grúas llegaron con retraso y eso se nota.',
        'Rigoberto Anzures Pell',
        'Coincido: el retraso nos costó dos semanas.',
        'Itzel Borrego Lindahl',
        'Y el calendario sigue en el aire.',
      ]),
    ).toEqual([
      [null, 'Buenas tardes. Damos la palabra a Rigoberto Anzures Pell.'],
      ['Rigoberto Anzures Pell', 'Gracias. El muelle norte abrirá en primavera.'],
      [null, 'Pasamos a la segunda intervención.'],
      ['Itzel Borrego Lindahl', 'Las grúas llegaron con retraso y eso se nota.'],
      ['Rigoberto Anzures Pell', 'Coincido: el retraso nos costó dos semanas.'],
      ['Itzel Borrego Lindahl', 'Y el calendario sigue en el aire.'],
    ]);
  });

  it('never reads a byline, a photo credit or the name headings of a profile as speakers, in English and Spanish', () => {
    expect(
      said([
        'Three faces of the harbor strike',
        'Cordelia Fanshawe-Ruiz',
        'The crane operators walked out on Monday after talks collapsed.',
        'Anselmo Pietrangeli',
        'A pilot for thirty years, he says the schedule was never realistic.',
        'Wilhelmina Osei-Bratt',
        'She runs the canteen by the north gate and has fed the pickets all week.',
        'Eustace Varga-Lindholm',
        'The youngest of the three joined the union last spring.',
      ]),
    ).toEqual([]);
    expect(
      said([
        'Tres rostros de la huelga del puerto',
        'Por Renata Solórzano Ibsen',
        'Los operadores de grúas pararon el lunes tras el fracaso de las pláticas.',
        'Casimiro Altamirano Berg',
        'Piloto desde hace treinta años, cree que el calendario nunca fue realista.',
        'Foto: Casimiro Altamirano Berg',
        'Dirige el comedor junto a la puerta norte y ha alimentado a los huelguistas.',
        'Jacinta Mendívil Orr',
        'La más joven se afilió al sindicato la primavera pasada.',
      ]),
    ).toEqual([]);
  });
});

describe("transcriptLines: a legislature's record", () => {
  it('gives a member\'s "Mr. SURNAME." turn to the member the presiding officer recognised, and the presiding officer\'s words to no one', () => {
    const record = [
      'HARBOR SAFETY',
      '  The SPEAKER pro tempore. The Chair recognizes the gentleman from Oregon (Mr. Castellanos-Whyte) for 5 minutes.',
      '  Mr. CASTELLANOS-WHYTE. Mr. Speaker, the port strike has lasted a week.',
      '  I yield back the balance of my time.',
      '  The SPEAKER pro tempore. The Chair recognizes the gentlewoman from Maine (Ms. Abernathy-Kroll) for 5 minutes.',
      '  Ms. ABERNATHY-KROLL. Mr. Speaker, I rise in support of the dock workers.',
    ].join('\n');
    expect(said([record])).toEqual([
      [null, 'The Chair recognizes the gentleman from Oregon (Mr. Castellanos-Whyte) for 5 minutes.'],
      ['Castellanos-Whyte', 'Mr. Speaker, the port strike has lasted a week.\n  I yield back the balance of my time.'],
      [null, 'The Chair recognizes the gentlewoman from Maine (Ms. Abernathy-Kroll) for 5 minutes.'],
      ['Abernathy-Kroll', 'Mr. Speaker, I rise in support of the dock workers.'],
    ]);
  });
});
