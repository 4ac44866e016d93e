import { describe, expect, it } from 'vitest';
import { registryFrom, whoSaidWhat } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    kind: person
    gender: female
  - name: Harbor Press
    aliases: [HP]
    kind: media
`);

function found(body: string) {
  const r = whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry);
  return { named: r.named, discovered: r.discovered.map((a) => [a.name, a.kind]) };
}

describe('a sentence opened by a preposition and a place', () => {
  it('takes neither the preposition nor the place for a person', () => {
    expect(found('Desde Valdora, la vicepresidenta ejecutiva Rosaura Belmonte asumió funciones como presidenta encargada el domingo y exigió la "liberación inmediata" del capitán.').discovered).toEqual([
      ['Rosaura Belmonte', 'person'],
    ]);
    expect(found('Across Valdora, the executive vice president Rosaura Belmonte took office as acting president on Sunday and demanded the "immediate release" of the captain.').discovered).toEqual([
      ['Rosaura Belmonte', 'person'],
    ]);
  });
});

describe('a name with a relative clause only a person takes', () => {
  it('takes "X, who …" and "X, quien …" for a person, with no title and no known given name', () => {
    expect(found('Beto Salcedo Varga, who drives a truck across the bridge every day, remembers the strike.').discovered).toEqual([['Beto Salcedo Varga', 'person']]);
    expect(found('Beto Salcedo Varga, quien cruza el puente en camión cada día, recuerda la huelga.').discovered).toEqual([['Beto Salcedo Varga', 'person']]);
  });

  it('takes nothing from "X, which …"', () => {
    expect(found('Puerto Salcedo Varga, which lies across the bridge, closed its docks.').discovered).toEqual([]);
  });
});

describe('discovering institutions', () => {
  it('takes a whole "Secretaría de … y …" run for one organization, never its tail for a person', () => {
    expect(found('La Secretaría de Puertos y Protección Costera informó que hubo diez detenidos.').discovered).toEqual([
      ['Secretaría de Puertos y Protección Costera', 'organization'],
    ]);
  });

  it('names an institution by its head word even with no speech verb near it', () => {
    expect(found('De acuerdo con cifras del Gabinete de Puertos, hubo diez detenidos.').discovered).toEqual([['Gabinete de Puertos', 'organization']]);
    expect(found('Officials at the Ministry of Ports closed the berths.').discovered).toEqual([['Ministry of Ports', 'organization']]);
  });

  it('never discovers a name that starts with a lower-case connector', () => {
    const names = found('El titular de la Secretaría de Muelles Exteriores, Lucía Ferrer, habló.').discovered.map(([n]) => n);
    expect(names.some((n) => n?.startsWith('de '))).toBe(false);
  });

  it('does not take a building followed by an apposition for a person', () => {
    expect(found('Durante su conferencia en Palacio Portuario, la mandataria aseguró que no.').discovered).toEqual([]);
  });

  it('discovers a person after a title that holds a party adjective', () => {
    expect(found('El coordinador de los senadores priistas, Manuel Villaseñor, sostuvo que no hay prisa.').discovered).toEqual([['Manuel Villaseñor', 'person']]);
    expect(found('La líder de los diputados morenistas, Rosa Quintanar, respondió que no.').discovered).toEqual([['Rosa Quintanar', 'person']]);
  });

  it('discovers a drug lord from the title before his name', () => {
    expect(found('El capo Arturo Salcedo Ibarra fue detenido en el puerto.').discovered).toEqual([['Arturo Salcedo Ibarra', 'person']]);
  });
});

describe('credit lines and datelines', () => {
  it('discovers nobody from a "contributed to this report" or "con información de" line', () => {
    expect(found('Harbor Press writer Marco Salas contributed to this report.')).toEqual({ named: [], discovered: [] });
    expect(found('Con información de la agencia Harbor Press y Marco Salas.')).toEqual({ named: [], discovered: [] });
  });

  it('does not take the outlet of a dateline for an actor of the story', () => {
    expect(found('PORT CITY (HP) — Lucía Ferrer said the port was closed.').named).toEqual([['Lucía Ferrer', 'Lucía Ferrer']]);
  });
});

describe('discovered names elsewhere in the document', () => {
  it('matches a discovered full name where no cue stands next to it', () => {
    expect(found('Arturo Salcedo Ibarra fue detenido en 2022. El capo Arturo Salcedo Ibarra fue enviado ayer.').named).toEqual([
      ['Arturo Salcedo Ibarra', 'Arturo Salcedo Ibarra'],
      ['Arturo Salcedo Ibarra', 'Arturo Salcedo Ibarra'],
    ]);
  });
});

describe('colon introductions', () => {
  it('discovers a person whose name introduces a quote with a colon', () => {
    expect(found("Port chief Marco Salas: 'We will take the fight to the smugglers'").discovered).toEqual([['Marco Salas', 'person']]);
    expect(found("Marco Salas: 'We will take the fight to the smugglers'").discovered).toEqual([['Marco Salas', 'person']]);
  });

  it('does not discover a person from a colon before ordinary words', () => {
    expect(found('Puerto Salas: the berths reopen on Monday').discovered).toEqual([]);
  });
});

describe('credit lines are only credits', () => {
  it('keeps the actors of a short paragraph that merely starts like a credit', () => {
    expect(found('Con información de inteligencia, Lucía Ferrer ordenó cerrar el puerto.').named).toEqual([['Lucía Ferrer', 'Lucía Ferrer']]);
  });
});

describe('discovering people named with a role', () => {
  it('finds a person introduced by a role word, a field or an accusation', () => {
    expect(found('The port administrator nominee, Ramona Quiles, praised the deal.').discovered).toEqual([['Ramona Quiles', 'person']]);
    expect(found('Para el especialista en seguridad Dario Salcedo, el cierre fue un error.').discovered).toEqual([['Dario Salcedo', 'person']]);
    expect(found('Among those sent was Roberto Salinas, who is accused of killing a deputy.').discovered).toEqual([['Roberto Salinas', 'person']]);
    expect(found('Entre los enviados está Mario Pineda, acusado del asesinato de un agente.').discovered).toEqual([['Mario Pineda', 'person']]);
  });

  it('does not take a place or a body followed by "who" for a person', () => {
    expect(found('The Harbor Board, who met on Monday, closed the berths.').discovered).toEqual([]);
  });
});

describe('discovering people credited with a quotation', () => {
  it('takes a name with no known given name when it closes a quotation with a speech verb', () => {
    expect(found('“Three transfers in a year is unheard of,” Derek Halvorsen said.').discovered).toEqual([['Derek Halvorsen', 'person']]);
    expect(found('“Three transfers in a year is unheard of,” said Derek Halvorsen.').discovered).toEqual([['Derek Halvorsen', 'person']]);
    expect(found('«No necesitamos una guerra», dijo Rosario Inzunza.').discovered).toEqual([['Rosario Inzunza', 'person']]);
  });

  it('still needs a known given name when the speech verb follows no quotation', () => {
    expect(found('Border Protection said the crossings fell.').discovered).toEqual([]);
    expect(found('Varnek Halvorsen said the crossings fell.').discovered).toEqual([]);
  });

  it('takes a name introduced with no cue when its surname alone closes a quotation later', () => {
    const r = whoSaidWhat(
      'Harbor talks stall after a week of strikes\n\nBy the time Rosario Inzunza opened her stand, the soldiers had left.\n\n“We already have one war,” said Inzunza, 54, wiping her counter.\n',
      registry,
    );
    expect(r.discovered.map((a) => [a.name, a.kind])).toEqual([['Rosario Inzunza', 'person']]);
    expect(r.said).toEqual([['Rosario Inzunza', 'We already have one war']]);
  });

  it('does not take a capitalised pair for a person when the lone word closes no quotation', () => {
    expect(found('By the time Rosario Inzunza opened her stand, the soldiers had left. Inzunza waited.').discovered).toEqual([]);
  });

  it('finds the title of an apposition a few words in', () => {
    expect(found('Derek Halvorsen, a former Drug Enforcement Administration official, spoke first.').discovered).toEqual([['Derek Halvorsen', 'person']]);
    expect(found('Ana Lucía Verdugo, a political scientist at the national university, disagreed.').discovered).toEqual([['Ana Lucía Verdugo', 'person']]);
  });
});

/** The people found in an invented story, and who was given each quote. */
function heard(body: string) {
  const r = whoSaidWhat(`Harbor talks stall after a week of strikes\n\n${body}\n`, registry);
  return { discovered: r.discovered.map((a) => [a.name, a.kind]), said: r.said };
}

describe('a title with its office and a name in one run', () => {
  it('takes the name after "Secretary of State" for a person, and gives that person later words', () => {
    const r = heard('Deputy Secretary of State Martin Okafor-Vell is testifying before the committee this morning.\n\nOkafor-Vell opens with the transfers. "We have seen more cooperation than ever," he says.');
    expect(r.discovered).toEqual([['Martin Okafor-Vell', 'person']]);
    expect(r.said).toEqual([['Martin Okafor-Vell', 'We have seen more cooperation than ever']]);
  });

  it('takes no person from an office and a place with no given name', () => {
    expect(found('The Minister of Ports Valdora Sereno Alta closed the docks on Sunday.').discovered).toEqual([]);
  });
});

describe('an adjective between a title and its "de"', () => {
  it('takes the apposed name after "el representante permanente de X," for a person, and gives that person the quote', () => {
    const r = heard('Ante el consejo, el representante permanente de Valdora, Teodoro Ibarguren Salas, advirtió que el cierre sentaba "un precedente peligroso" para la región.');
    expect(r.discovered).toEqual([['Teodoro Ibarguren Salas', 'person']]);
    expect(r.said).toEqual([['Teodoro Ibarguren Salas', 'un precedente peligroso']]);
  });
});

describe('a title whose domain has two parts', () => {
  it('takes the name after "Under-Secretary for Ports and Coastal Affairs" for a person, who speaks the words after "she told"', () => {
    const r = heard('Briefing the board, Under-Secretary for Ports and Coastal Affairs Rosemary Ilunga-Varo said the docks remained closed. "The law is not optional," she told the members.');
    expect(r.discovered).toEqual([['Rosemary Ilunga-Varo', 'person']]);
    expect(r.said).toEqual([['Rosemary Ilunga-Varo', 'The law is not optional']]);
  });

  it('gives the quote before "said Acting Under Secretary for X and Y Jane Roe" to her', () => {
    expect(heard('"This network hid port money in crates of tomatoes," said Acting Under Secretary for Customs and Harbor Intelligence Margaret Olander-Nunes.').said).toEqual([
      ['Margaret Olander-Nunes', 'This network hid port money in crates of tomatoes'],
    ]);
  });
});

describe('titles of a county and a newsroom', () => {
  it('takes the name after "County Supervisor" and "nuestro compañero" for a person, with no known given name', () => {
    expect(found('Santa Rita County Supervisor Bexley Arrondo-Vane said officials will travel to the capital.').discovered).toEqual([['Bexley Arrondo-Vane', 'person']]);
    expect(found('Nuestro compañero Bexley Arrondo Vane habló con los estibadores.').discovered).toEqual([['Bexley Arrondo Vane', 'person']]);
  });
});

describe('an abbreviated title after a comma', () => {
  it('belongs to the name after it, not to the name before the comma', () => {
    expect(found('Aboard Sea Wing One, Mr. Beltrán told reporters the port would reopen.').discovered).toEqual([]);
  });
});
