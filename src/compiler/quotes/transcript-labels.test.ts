import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

const transcript = [
  'The Harbor Hour, Episode 12 — Transcript',
  'JANE ROE: Welcome back. My guest is Lucía Ferrer, who ran the port authority for ten years.',
  'LUCÍA FERRER: Thank you, Jane.',
  'JANE ROE: Why did the strike end?',
  'LUCÍA FERRER: Because the board delivered. The pressure worked.',
].join('\n\n');

describe('transcriptLines', () => {
  it('gives each guest line of a transcript with named speakers to that guest, and leaves out the turns of a host the page names only in her label', () => {
    const { said } = whoSaidWhat(`${transcript}\n`, registry);
    expect(said).toEqual([
      ['Lucía Ferrer', 'Thank you, Jane.'],
      ['Lucía Ferrer', 'Because the board delivered. The pressure worked.'],
    ]);
  });

  it("gives a broadcast transcript's \"NAME, WHO THEY ARE:\" turns and the later surname turns to the person the label names", () => {
    const show = [
      'Harbor Tonight, hosted by Jane Roe',
      'JANE ROE, HARBOR NEWS HOST: Good evening. Tonight, the strike at the port. My guest is Marek Odon, who ran the port for ten years.',
      'MAREK ODON, FORMER PORT DIRECTOR: Thank you, Jane. The strike will end when the board pays.',
      'ROE: Will the board pay?',
      'ODON: I think it has no choice. The pressure worked.',
    ].join('\n\n');
    expect(whoSaidWhat(`${show}\n`, registry).said).toEqual([
      ['Jane Roe', 'Good evening. Tonight, the strike at the port. My guest is Marek Odon, who ran the port for ten years.'],
      ['Marek Odon', 'Thank you, Jane. The strike will end when the board pays.'],
      ['Jane Roe', 'Will the board pay?'],
      ['Marek Odon', 'I think it has no choice. The pressure worked.'],
    ]);
  });

  it('does not read one capitalised label as a transcript', () => {
    const { said } = whoSaidWhat('Harbor talks stall\n\nUPDATE: The board met again on Monday.\n\nFerrer visited the port.\n', registry);
    expect(said).toEqual([]);
  });
});

describe('transcriptLines: hearings, stenographic versions and Q&A interviews', () => {
  it("gives a hearing record's \"MR. SURNAME.\" turns to the witnesses its list names, and leaves out a chair the document does not name", () => {
    const hearing = [
      'HEARING BEFORE THE SUBCOMMITTEE ON PORTS',
      'WITNESSES',
      'Mr. Tobias Wrenfield, Deputy Secretary of Ports, Department of Harbors',
      'Dr. Amara Lindqvist, Senior Fellow, Institute for Harbor Studies',
      'MS. OKAFOR. Thank you. Mr. Wrenfield, will the department open a new pier?',
      'MR. WRENFIELD. Madam Chair, the department keeps spare cranes at every berth.',
      'MS. OKAFOR. Would that need the crane operators to agree?',
      'MR. WRENFIELD. Noted, Madam Chair. The schedule is still being drafted.',
      'MS. OKAFOR. Dr. Lindqvist, why are the berths so crowded?',
      'DR. LINDQVIST. Because three liners arrived in the same week.',
    ].join('\n\n');
    expect(whoSaidWhat(`${hearing}\n`, registry).said).toEqual([
      ['Tobias Wrenfield', 'Madam Chair, the department keeps spare cranes at every berth.'],
      ['Tobias Wrenfield', 'Noted, Madam Chair. The schedule is still being drafted.'],
      ['Amara Lindqvist', 'Because three liners arrived in the same week.'],
    ]);
  });

  it("gives each turn of a stenographic version to its label, first speaker and following paragraphs included, and a reporter's question to no one", () => {
    const version = [
      'Versión estenográfica de la conferencia de prensa',
      'GOBERNADORA LUCÍA FERRER: Buenas tardes. Primero, un resumen de la visita al muelle norte.',
      'Recorrimos las grúas y los almacenes durante dos horas.',
      'INTERLOCUTORA: Gobernadora, ¿cuándo abre la nueva terminal?',
      'GOBERNADORA LUCÍA FERRER: En primavera, si llegan las grúas a tiempo.',
      'Le pido a Óscar que dé las cifras del mes.',
      'SECRETARIO DE PUERTOS, ÓSCAR BELTRÁN: Claro, gobernadora. Este mes atracaron cuarenta buques.',
      'GOBERNADORA LUCÍA FERRER: Muy bien. Otra pregunta, por favor.',
      '(…)',
      'Fecha de publicación: 30 de enero',
    ].join('\n\n');
    expect(whoSaidWhat(`${version}\n`, registry).said).toEqual([
      ['Lucía Ferrer', 'Buenas tardes. Primero, un resumen de la visita al muelle norte.\n\nRecorrimos las grúas y los almacenes durante dos horas.'],
      [null, 'Gobernadora, ¿cuándo abre la nueva terminal?'],
      ['Lucía Ferrer', 'En primavera, si llegan las grúas a tiempo.\n\nLe pido a Óscar que dé las cifras del mes.'],
      ['Óscar Beltrán', 'Claro, gobernadora. Este mes atracaron cuarenta buques.'],
      ['Lucía Ferrer', 'Muy bien. Otra pregunta, por favor.'],
    ]);
  });

  it("gives a Q&A interview's answers to the person its first answer names in full, then by initials, in English and Spanish", () => {
    const english = [
      'HR spoke with Nadia Brightwater Voss, who ran the harbor pilots for a decade.',
      'HR: What did the strike teach the port?',
      'Nadia Brightwater Voss: It taught everyone that a crane can stop a city.',
      'HR: And the talks with the shipowners?',
      'NBV: They start again in April, with a mediator.',
      'HR: Will the dockers accept it?',
      'NBV: Only if the night shifts are paid.',
    ].join('\n\n');
    expect(whoSaidWhat(`Harbor talks\n\n${english}\n`, registry).said).toEqual([
      ['Nadia Brightwater Voss', 'It taught everyone that a crane can stop a city.'],
      ['Nadia Brightwater Voss', 'They start again in April, with a mediator.'],
      ['Nadia Brightwater Voss', 'Only if the night shifts are paid.'],
    ]);
    const spanish = [
      'RP conversó con Ramiro Valdés Ocaña, exdirector del puerto.',
      'RP: ¿Qué dejó el paro de las grúas?',
      'Ramiro Valdés Ocaña: Que sin estibadores no se mueve ni un contenedor.',
      'RP: ¿Y el próximo contrato?',
      'RVO: Se firmará en mayo, con mediadores.',
    ].join('\n\n');
    expect(whoSaidWhat(`Puerto en pausa\n\n${spanish}\n`, registry).said).toEqual([
      ['Ramiro Valdés Ocaña', 'Que sin estibadores no se mueve ni un contenedor.'],
      ['Ramiro Valdés Ocaña', 'Se firmará en mayo, con mediadores.'],
    ]);
  });

  it("gives every turn of a hearing to its label's person, the members' questions and one-line turns included, in English and Spanish", () => {
    const hearing = [
      'Members present: Sen. Lucía Ferrer (D-Ore.), Chair; Sen. Óscar Beltrán (R-Utah)',
      'SEN. FERRER: The committee will come to order. Senator Beltrán.',
      'SEN. BELTRÁN: Will the port reopen before the summer? Yes or no.',
      'SEN. FERRER: That is not an answer.',
      'SEN. BELTRÁN: Then I will ask again in April.',
    ].join('\n\n');
    expect(whoSaidWhat(`Harbor hearing\n\n${hearing}\n`, registry).said).toEqual([
      ['Lucía Ferrer', 'The committee will come to order. Senator Beltrán.'],
      ['Óscar Beltrán', 'Will the port reopen before the summer? Yes or no.'],
      ['Lucía Ferrer', 'That is not an answer.'],
      ['Óscar Beltrán', 'Then I will ask again in April.'],
    ]);
    const sesion = [
      'Participaron la diputada Lucía Ferrer, el senador Óscar Beltrán y el embajador Tobías Wrenfield Soto.',
      'DIP. FERRER: ¿Cuándo abre el muelle norte?',
      'SEN. BELTRÁN: En mayo.',
      'DIP. FERRER: ¿Con qué grúas?',
      'LIC. BELTRÁN: Con las que llegan de Veracruz.',
      'AMB. WRENFIELD SOTO: Y con dos más del norte.',
    ].join('\n\n');
    expect(whoSaidWhat(`Sesión de la comisión\n\n${sesion}\n`, registry).said).toEqual([
      ['Lucía Ferrer', '¿Cuándo abre el muelle norte?'],
      ['Óscar Beltrán', 'En mayo.'],
      ['Lucía Ferrer', '¿Con qué grúas?'],
      ['Óscar Beltrán', 'Con las que llegan de Veracruz.'],
      ['Tobías Wrenfield Soto', 'Y con dos más del norte.'],
    ]);
  });

  it("gives a broadcast's soundbite labelled with the speaker's name and office (and an interpreter's note) to that speaker, not to the correspondent before it, in English and Spanish", () => {
    const segment = [
      'Óscar Beltrán: The dockers went back to work this morning, after nine days on strike.',
      'Lucía Ferrer, President of the Harbor Board (through interpreter): We signed because the cranes must move. Nobody won.',
      'Óscar Beltrán: The board says the deal runs for two years.',
      'Lucía Ferrer: And it will be reviewed in the spring.',
    ].join('\n\n');
    expect(whoSaidWhat(`Harbor Hour\n\n${segment}\n`, registry).said).toEqual([
      ['Óscar Beltrán', 'The dockers went back to work this morning, after nine days on strike.'],
      ['Lucía Ferrer', 'We signed because the cranes must move. Nobody won.'],
      ['Óscar Beltrán', 'The board says the deal runs for two years.'],
      ['Lucía Ferrer', 'And it will be reviewed in the spring.'],
    ]);
    const segmento = [
      'Óscar Beltrán: Los estibadores volvieron al trabajo esta mañana.',
      'Lucía Ferrer, presidenta de la Junta del Puerto: Firmamos porque las grúas deben moverse.',
      'Óscar Beltrán: El acuerdo dura dos años.',
      'Lucía Ferrer: Y se revisará en primavera.',
    ].join('\n\n');
    expect(whoSaidWhat(`Noticiero del puerto\n\n${segmento}\n`, registry).said).toEqual([
      ['Óscar Beltrán', 'Los estibadores volvieron al trabajo esta mañana.'],
      ['Lucía Ferrer', 'Firmamos porque las grúas deben moverse.'],
      ['Óscar Beltrán', 'El acuerdo dura dos años.'],
      ['Lucía Ferrer', 'Y se revisará en primavera.'],
    ]);
  });

  it('does not read a name with an aside and a speech verb before a colon as a label', () => {
    const story = [
      'Lucía Ferrer, who runs the board, said: the cranes must move.',
      'Óscar Beltrán: The dockers went back to work.',
      'Lucía Ferrer: We signed.',
      'Óscar Beltrán: For two years.',
    ].join('\n\n');
    expect(whoSaidWhat(`Harbor Hour\n\n${story}\n`, registry).said).not.toContainEqual(['Lucía Ferrer', 'the cranes must move.']);
  });

  it('does not read labels that name no one ("RELATED:", "WATCH:") as anyone\'s words', () => {
    const page = ['RELATED: Port reopens after strike.', 'WATCH: The board meets again.', 'RELATED: Dockers vote on Monday.', 'RELATED: What the deal means.'].join('\n\n');
    expect(whoSaidWhat(`Harbor talks stall\n\n${page}\n`, registry).said).toEqual([]);
  });

  it('gives a briefing\'s "MR SURNAME:" turns to the spokesperson the page names above them, and the reporters\' questions to no one, in English and Spanish', () => {
    const briefing = [
      'Department Press Briefing',
      'Marisol Quenby Vance, Deputy Spokesperson',
      'MS VANCE: Good afternoon. One thing at the top: the Secretary met the port authority today.',
      'QUESTION: Thanks, Marisol. Will the pier reopen?',
      'MS VANCE: I will not get ahead of the board.',
      'QUESTION: Sure. And the cranes?',
      'MS VANCE: Nothing new to announce.',
      '(The briefing was concluded at 2:41 p.m.)',
    ].join('\n\n');
    expect(whoSaidWhat(`${briefing}\n`, registry).said).toEqual([
      ['Marisol Quenby Vance', 'Good afternoon. One thing at the top: the Secretary met the port authority today.'],
      [null, 'Thanks, Marisol. Will the pier reopen?'],
      ['Marisol Quenby Vance', 'I will not get ahead of the board.'],
      [null, 'Sure. And the cranes?'],
      ['Marisol Quenby Vance', 'Nothing new to announce.'],
    ]);
    const conferencia = [
      'Conferencia de prensa del vocero',
      'Anselmo Rivas Taboada, Vocero de la Junta Portuaria',
      'SR. RIVAS TABOADA: Buenas tardes. La junta se reunió hoy con los estibadores.',
      'PREGUNTA: ¿Cuándo reabre el muelle?',
      'SR. RIVAS TABOADA: Cuando lleguen las grúas.',
      'PREGUNTA: ¿Y los salarios?',
    ].join('\n\n');
    expect(whoSaidWhat(`${conferencia}\n`, registry).said).toEqual([
      ['Anselmo Rivas Taboada', 'Buenas tardes. La junta se reunió hoy con los estibadores.'],
      [null, '¿Cuándo reabre el muelle?'],
      ['Anselmo Rivas Taboada', 'Cuando lleguen las grúas.'],
      [null, '¿Y los salarios?'],
    ]);
  });

  it('gives a question to the reporter its label names', () => {
    const briefing = ['MS. FERRER: Good afternoon.', 'QUESTION (Óscar Beltrán, Harbor Weekly): Will the pier reopen?', 'MS. FERRER: Not this week.', 'QUESTION: And the cranes?'].join('\n\n');
    expect(whoSaidWhat(`Harbor briefing\n\n${briefing}\n`, registry).said).toEqual([
      ['Lucía Ferrer', 'Good afternoon.'],
      ['Óscar Beltrán', 'Will the pier reopen?'],
      ['Lucía Ferrer', 'Not this week.'],
      [null, 'And the cranes?'],
    ]);
  });

  it('still reads what a question reports someone said, in English and Spanish', () => {
    const english = ['Harbor Weekly spoke with Óscar Beltrán.', 'Q: Lucía Ferrer said on Monday that the pier would reopen. Will it?', 'A: We hope so.'].join('\n\n');
    expect(whoSaidWhat(`Harbor talks\n\n${english}\n`, registry).reported).toContainEqual(['Lucía Ferrer', 'the pier would reopen']);
    const spanish = ['Conversamos con Óscar Beltrán.', 'P: Lucía Ferrer dijo el lunes que el muelle reabrirá en mayo. ¿Será así?', 'R: Eso esperamos.'].join('\n\n');
    expect(whoSaidWhat(`Puerto en pausa\n\n${spanish}\n`, registry).reported).toContainEqual(['Lucía Ferrer', 'el muelle reabrirá en mayo']);
  });
});
