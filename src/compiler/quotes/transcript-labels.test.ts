import { describe, expect, it } from 'vitest';
import { portSpeakers, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

const transcript = [
  'The Harbor Hour, Episode 12 — Transcript',
  'JANE ROE: Welcome back. I am Jane Roe. My guest is Lucía Ferrer, who ran the port authority for ten years.',
  'LUCÍA FERRER: Thank you, Jane.',
  'JANE ROE: Why did the strike end?',
  'LUCÍA FERRER: Because the board delivered. The pressure worked.',
].join('\n\n');

describe('transcriptLines', () => {
  it("gives each guest line of a transcript with named speakers to that guest, and not the host's questions", () => {
    const { said } = whoSaidWhat(`${transcript}\n`, registry);
    expect(said).toEqual([
      ['Lucía Ferrer', 'Thank you, Jane.'],
      ['Lucía Ferrer', 'Because the board delivered. The pressure worked.'],
    ]);
  });

  it('does not read one capitalised label as a transcript', () => {
    const { said } = whoSaidWhat('Harbor talks stall\n\nUPDATE: The board met again on Monday.\n\nFerrer visited the port.\n', registry);
    expect(said).toEqual([]);
  });
});

describe('transcriptLines: hearings, stenographic versions and Q&A interviews', () => {
  it("gives a hearing record's \"MR. SURNAME.\" turns to the witnesses its list names, and not the chair's questions", () => {
    const hearing = [
      'HEARING BEFORE THE SUBCOMMITTEE ON PORTS',
      'WITNESSES',
      'Mr. Tobias Wrenfield, Deputy Secretary of Ports, Department of Harbors',
      'Dr. Amara Lindqvist, Senior Fellow, Institute for Harbor Studies',
      'MS. OKAFOR. Thank you. Mr. Wrenfield, does the department plan to close the port?',
      'MR. WRENFIELD. Madam Chair, the department plans for every contingency.',
      'MS. OKAFOR. Would that require the consent of the dockers?',
      'MR. WRENFIELD. I understand, Madam Chair. I cannot say more in this setting.',
      'MS. OKAFOR. Dr. Lindqvist, why is the space shrinking?',
      'DR. LINDQVIST. Because every threat raises the cost of cooperating at all.',
    ].join('\n\n');
    expect(whoSaidWhat(`${hearing}\n`, registry).said).toEqual([
      ['Tobias Wrenfield', 'Madam Chair, the department plans for every contingency.'],
      ['Tobias Wrenfield', 'I understand, Madam Chair. I cannot say more in this setting.'],
      ['Amara Lindqvist', 'Because every threat raises the cost of cooperating at all.'],
    ]);
  });

  it('gives each turn of a stenographic version to its label, first speaker and following paragraphs included, but not the reporters\' questions', () => {
    const version = [
      'Versión estenográfica de la conferencia de prensa',
      'GOBERNADORA LUCÍA FERRER: Buenos días. Antes de empezar, quiero informarles sobre la reunión de ayer.',
      'Fue una reunión muy buena, de cerca de una hora.',
      'INTERLOCUTORA: Buenos días, gobernadora. ¿Se firmó algún documento?',
      'GOBERNADORA LUCÍA FERRER: No, no se ha firmado nada. Es un método de trabajo.',
      'A ver, que nos ayude Óscar con los resultados.',
      'SECRETARIO DE PUERTOS, ÓSCAR BELTRÁN: Con su permiso, gobernadora. Ayer se aseguraron tres contenedores.',
      'GOBERNADORA LUCÍA FERRER: Gracias, Óscar. Siguiente pregunta.',
      '(…)',
      'Fecha de publicación: 30 de enero',
    ].join('\n\n');
    expect(whoSaidWhat(`${version}\n`, registry).said).toEqual([
      ['Lucía Ferrer', 'Buenos días. Antes de empezar, quiero informarles sobre la reunión de ayer.\n\nFue una reunión muy buena, de cerca de una hora.'],
      ['Lucía Ferrer', 'No, no se ha firmado nada. Es un método de trabajo.\n\nA ver, que nos ayude Óscar con los resultados.'],
      ['Óscar Beltrán', 'Con su permiso, gobernadora. Ayer se aseguraron tres contenedores.'],
      ['Lucía Ferrer', 'Gracias, Óscar. Siguiente pregunta.'],
    ]);
  });

  it("gives a Q&A interview's answers to the person its first answer names in full, then by initials, in English and Spanish", () => {
    const english = [
      'HR spoke with Nadia Brightwater Voss, who ran the harbor board until 2023.',
      'HR: How did the strike change things?',
      'Nadia Brightwater Voss: It removed the comfortable assumption that the port was safe.',
      'HR: What came out of the meeting?',
      'NBV: Two things. A working group, and a promise.',
      'HR: Is that sustainable?',
      'NBV: Not indefinitely.',
    ].join('\n\n');
    expect(whoSaidWhat(`Harbor talks\n\n${english}\n`, registry).said).toEqual([
      ['Nadia Brightwater Voss', 'It removed the comfortable assumption that the port was safe.'],
      ['Nadia Brightwater Voss', 'Two things. A working group, and a promise.'],
      ['Nadia Brightwater Voss', 'Not indefinitely.'],
    ]);
    const spanish = [
      'RP conversó con Ramiro Valdés Ocaña, exdirector del puerto.',
      'RP: ¿Qué cambió con la huelga?',
      'Ramiro Valdés Ocaña: Se acabó la idea de que el puerto era intocable.',
      'RP: ¿Y ahora?',
      'RVO: Ahora hay que negociar.',
    ].join('\n\n');
    expect(whoSaidWhat(`Puerto en pausa\n\n${spanish}\n`, registry).said).toEqual([
      ['Ramiro Valdés Ocaña', 'Se acabó la idea de que el puerto era intocable.'],
      ['Ramiro Valdés Ocaña', 'Ahora hay que negociar.'],
    ]);
  });

  it('does not read labels that name no one ("RELATED:", "WATCH:") as anyone\'s words', () => {
    const page = ['RELATED: Port reopens after strike.', 'WATCH: The board meets again.', 'RELATED: Dockers vote on Monday.', 'RELATED: What the deal means.'].join('\n\n');
    expect(whoSaidWhat(`Harbor talks stall\n\n${page}\n`, registry).said).toEqual([]);
  });
});
