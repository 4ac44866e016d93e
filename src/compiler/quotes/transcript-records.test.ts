import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

describe('transcriptLines: closed captions of a broadcast', () => {
  it("gives the host's and the guest's caption turns to the people the page names, past time stamps and stage directions, in English and Spanish", () => {
    const clip = [
      'Harbor Watch: Teodoro Lindgren-Basu on the strike',
      'People in this video: Odalys Kenworthy-Prax, Host | Teodoro Lindgren-Basu, Senior Fellow, Quayside Institute',
      '0:00:04\nODALYS KENWORTHY-PRAX: Joining us now is our guest. What came out of the talks?',
      '0:00:19\nTEODORO LINDGREN-BASU: Mostly a process. [CROSSTALK] They meet again in April.',
      '0:01:02\nODALYS KENWORTHY-PRAX: [LAUGHS] Is that a real deadline?',
      '0:01:10\nTEODORO LINDGREN-BASU: It is a real deadline.',
    ].join('\n\n');
    expect(whoSaidWhat(`${clip}\n`, registry).said).toEqual([
      ['Odalys Kenworthy-Prax', 'Joining us now is our guest. What came out of the talks?'],
      ['Teodoro Lindgren-Basu', 'Mostly a process.'],
      ['Odalys Kenworthy-Prax', 'Is that a real deadline?'],
      ['Teodoro Lindgren-Basu', 'It is a real deadline.'],
    ]);
    const programa = [
      'Mesa del puerto: la huelga de las grúas',
      'Participan: Ximena Olabarrieta Cruz, conductora | Bruno Estévez-Lamas, analista',
      'XIMENA OLABARRIETA CRUZ: Buenas noches. ¿Qué dejó la reunión de hoy?',
      'BRUNO ESTÉVEZ-LAMAS: Un calendario, nada más. (APLAUSOS) Y muchas fotos.',
      'XIMENA OLABARRIETA CRUZ: ¿Vuelven a reunirse?',
      'BRUNO ESTÉVEZ-LAMAS: En abril, si llegan las grúas.',
    ].join('\n\n');
    expect(whoSaidWhat(`${programa}\n`, registry).said).toEqual([
      ['Ximena Olabarrieta Cruz', 'Buenas noches. ¿Qué dejó la reunión de hoy?'],
      ['Bruno Estévez-Lamas', 'Un calendario, nada más.'],
      ['Ximena Olabarrieta Cruz', '¿Vuelven a reunirse?'],
      ['Bruno Estévez-Lamas', 'En abril, si llegan las grúas.'],
    ]);
  });

  it('keeps an acronym in brackets as part of a turn', () => {
    const clip = [
      'People in this video: Odalys Kenworthy-Prax, Host | Teodoro Lindgren-Basu, Senior Fellow',
      'ODALYS KENWORTHY-PRAX: Who signed?',
      'TEODORO LINDGREN-BASU: The dockers (ILWU) and the board.',
      'ODALYS KENWORTHY-PRAX: And then?',
      'TEODORO LINDGREN-BASU: Nothing (NADA) at all.',
    ].join('\n\n');
    expect(whoSaidWhat(`Harbor Watch\n\n${clip}\n`, registry).said).toContainEqual(['Teodoro Lindgren-Basu', 'The dockers (ILWU) and the board.']);
  });
});

describe("transcriptLines: a parliament's stenographic version", () => {
  it('gives each turn to the person its label names after the office, the chair included, and leaves out the stage directions between turns', () => {
    const version = [
      'Versión estenográfica de la sesión ordinaria del Senado',
      'Presidencia de la senadora Marisol Quintero Avendaño',
      'La Presidenta senadora Marisol Quintero Avendaño: Pasamos a la discusión del dictamen. Tiene la palabra el senador Bruno Estévez Lara.',
      'El senador Bruno Estévez Lara: Con su venia, señora Presidenta. Este dictamen ordena el puerto.',
      '(Aplausos)',
      'La Presidenta senadora Marisol Quintero Avendaño: Gracias, senador. Ábrase el sistema de votación.',
      'La Secretaria senadora Dalia Urquiza Peón: Se emitieron 86 votos a favor.',
      'La Presidenta senadora Marisol Quintero Avendaño: En consecuencia, está aprobado.',
    ].join('\n\n');
    expect(whoSaidWhat(`${version}\n`, registry).said).toEqual([
      ['Marisol Quintero Avendaño', 'Pasamos a la discusión del dictamen. Tiene la palabra el senador Bruno Estévez Lara.'],
      ['Bruno Estévez Lara', 'Con su venia, señora Presidenta. Este dictamen ordena el puerto.'],
      ['Marisol Quintero Avendaño', 'Gracias, senador. Ábrase el sistema de votación.'],
      ['Dalia Urquiza Peón', 'Se emitieron 86 votos a favor.'],
      ['Marisol Quintero Avendaño', 'En consecuencia, está aprobado.'],
    ]);
  });

  it('gives an English record\'s "The Minister (Jane Roe):" turns to the person in brackets', () => {
    const record = [
      'Official report of the harbor debate',
      'The Minister of Ports (Dalia Marsh): The board will reopen the pier in April.',
      'Senator Amos Wrigley: Will the dockers be paid for the strike?',
      'The Minister of Ports (Dalia Marsh): That is for the board.',
      'Senator Amos Wrigley: Then I will ask the board.',
    ].join('\n\n');
    expect(whoSaidWhat(`${record}\n`, registry).said).toEqual([
      ['Dalia Marsh', 'The board will reopen the pier in April.'],
      ['Amos Wrigley', 'Will the dockers be paid for the strike?'],
      ['Dalia Marsh', 'That is for the board.'],
      ['Amos Wrigley', 'Then I will ask the board.'],
    ]);
  });
});
