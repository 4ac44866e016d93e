import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';

// Invented people and outlet; only the shape of the exchange matters.
const registry = registryFrom(`
actors:
  - name: Marta Quiroga
    kind: person
    gender: female
  - name: Tomás Iriarte
    aliases: [Iriarte, el ministro, the minister]
    kind: person
    gender: male
  - name: Radio Costa
    kind: media
`);

function said(body: string) {
  return whoSaidWhat(`El puerto reabre tras la huelga\n\n${body}\n`, registry).said;
}

describe('an interview written up as dialogue lines', () => {
  it("gives the host's questions to the host named at the top, each untagged turn to the other party, and the words after a closed aside to its speaker", () => {
    const spanish = [
      'En entrevista con Marta Quiroga para Radio Costa, el ministro Tomás Iriarte explicó que el puerto reabrirá.',
      '—No habrá cierre —aseguró el ministro—. Eso quedó claro desde la primera reunión.',
      '—¿Se lo dijo así la gobernadora? —preguntó la periodista.',
      '—Así me lo dijo.',
      'Iriarte recordó que la huelga duró dos semanas.',
      '—Hubo días difíciles, no lo voy a negar.',
      'La conductora le preguntó por las grúas.',
      '—Llegarán en mayo —respondió Iriarte—. Nadie nos dictó la fecha.',
      '—Pero llegan tarde, ministro.',
      '—Llegan cuando están listas.',
    ].join('\n\n');
    expect(said(spanish)).toEqual([
      ['Tomás Iriarte', 'No habrá cierre'],
      ['Tomás Iriarte', 'Eso quedó claro desde la primera reunión.'],
      ['Marta Quiroga', '¿Se lo dijo así la gobernadora?'],
      ['Tomás Iriarte', 'Así me lo dijo.'],
      ['Tomás Iriarte', 'Hubo días difíciles, no lo voy a negar.'],
      ['Tomás Iriarte', 'Llegarán en mayo'],
      ['Tomás Iriarte', 'Nadie nos dictó la fecha.'],
      ['Marta Quiroga', 'Pero llegan tarde, ministro.'],
      ['Tomás Iriarte', 'Llegan cuando están listas.'],
    ]);
    const english = [
      'In an interview with Marta Quiroga on Radio Costa, Tomás Iriarte said the port would reopen.',
      '—There will be no closure —said the minister—. That was clear from the first meeting.',
      '—Did the governor tell you so? —asked the host.',
      '—She told me so.',
      '—But the cranes arrive late, minister.',
      '—They arrive when they are ready.',
    ].join('\n\n');
    expect(said(english)).toEqual([
      ['Tomás Iriarte', 'There will be no closure'],
      ['Tomás Iriarte', 'That was clear from the first meeting.'],
      ['Marta Quiroga', 'Did the governor tell you so?'],
      ['Tomás Iriarte', 'She told me so.'],
      ['Marta Quiroga', 'But the cranes arrive late, minister.'],
      ['Tomás Iriarte', 'They arrive when they are ready.'],
    ]);
  });

  it('never gives the host’s question to the outlet or to someone named before, and leaves it unattributed when no host is named', () => {
    const lines = [
      'El ministro Tomás Iriarte habló con Radio Costa sobre el puerto.',
      '—No habrá cierre —aseguró el ministro.',
      '—¿Y las grúas? —preguntó la periodista.',
      '—Llegan en mayo.',
    ].join('\n\n');
    expect(said(lines)).toEqual([
      ['Tomás Iriarte', 'No habrá cierre'],
      [null, '¿Y las grúas?'],
      ['Tomás Iriarte', 'Llegan en mayo.'],
    ]);
  });

  it('reads an untagged question-and-answer exchange: the narration says who interviewed whom, a question is the asker\'s and the next line the answer', () => {
    const lines = [
      'La periodista Marta Quiroga entrevistó este viernes en su programa de Radio Costa al ministro de Puertos, Tomás Iriarte.',
      '—Buenos días, ministro. ¿Cuándo reabre el puerto?',
      '—Buenos días, Marta. El lunes, si la junta firma.',
      '—¿Y las grúas?',
      '—Llegan en mayo. No antes.',
    ].join('\n\n');
    expect(said(lines)).toEqual([
      ['Marta Quiroga', 'Buenos días, ministro. ¿Cuándo reabre el puerto?'],
      ['Tomás Iriarte', 'Buenos días, Marta. El lunes, si la junta firma.'],
      ['Marta Quiroga', '¿Y las grúas?'],
      ['Tomás Iriarte', 'Llegan en mayo. No antes.'],
    ]);
  });

  it('reads who talked with whom when the program stands between the verb and its "con" ("habló en \'La Hora\' con X")', () => {
    const lines = [
      'Nuestro compañero Bruno Ledesma Arce habló en \'La Hora del Puerto\' con la economista portuaria Marta Quiroga, profesora de la Universidad del Sur.',
      '—Profesora, ¿cuándo reabre el puerto?',
      '—El lunes, si la junta firma.',
      '—¿Y las grúas?',
      '—Llegan en mayo. No antes.',
    ].join('\n\n');
    expect(said(lines)).toEqual([
      ['Bruno Ledesma Arce', 'Profesora, ¿cuándo reabre el puerto?'],
      ['Marta Quiroga', 'El lunes, si la junta firma.'],
      ['Bruno Ledesma Arce', '¿Y las grúas?'],
      ['Marta Quiroga', 'Llegan en mayo. No antes.'],
    ]);
  });

  it('finds the lines of an exchange with no one named as interviewing, and leaves them unattributed; a dash list with no question is no exchange', () => {
    const exchange = ['El puerto, visto desde la radio.', '—¿Cuándo reabre el puerto?', '—El lunes, si la junta firma.', '—¿Y las grúas?', '—Llegan en mayo.'].join('\n\n');
    expect(said(exchange)).toEqual([
      [null, '¿Cuándo reabre el puerto?'],
      [null, 'El lunes, si la junta firma.'],
      [null, '¿Y las grúas?'],
      [null, 'Llegan en mayo.'],
    ]);
    const list = ['Lo que cambia en el puerto:', 'Más grúas.', '—Horarios nuevos desde mayo.', '—Tarifas congeladas un año.', '—Un muelle más para cruceros.'].join('\n\n');
    expect(said(list)).toEqual([]);
  });
});
