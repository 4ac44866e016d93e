import { describe, expect, it } from 'vitest';
import { portSpeakers, TEST_HEADLINE, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

function run(body: string) {
  const r = whoSaidWhat(`${TEST_HEADLINE}\n\n${body}\n`, registry);
  return { discovered: r.discovered.map((a) => a.name), said: r.said };
}

describe('phrases that are not people', () => {
  it('does not take a place phrase before an apposition with a named person for a person', () => {
    const es = run('Desde Puerto Alegre, el presidente Mateo Quiroga celebró la firma. "Ganamos todos", escribió.');
    expect(es.discovered).toEqual(['Mateo Quiroga']);
    expect(es.said).toEqual([['Mateo Quiroga', 'Ganamos todos']]);
    const en = run('From Port Harcourt, the governor Samuel Okafor praised the deal. "We all won," he wrote.');
    expect(en.discovered).toEqual(['Samuel Okafor']);
  });

  it('does not take the craft someone travels aboard for a person, so "he said" stays with the traveller', () => {
    const en = run('The day before, aboard Harbor Wing One, Mr. Tomás Ugarte had turned to the port when reporters asked him about it. "The berth has to reopen," he said.');
    expect(en.discovered).not.toContain('Harbor Wing One');
    expect(en.said).toEqual([['Tomás Ugarte', 'The berth has to reopen']]);
    const es = run('A bordo del Ala Costera Uno, Tomás Ugarte habló con la prensa. "El muelle tiene que reabrir", dijo.');
    expect(es.discovered).not.toContain('Ala Costera Uno');
  });

  it('does not take an outlet before a title that opens the clause for a person', () => {
    const es = run('En entrevista con Ana Robles para Radio Costera, el secretario de Puertos explicó que el muelle reabre.');
    expect(es.discovered).not.toContain('Radio Costera');
    const en = run('In an interview with Harbor Radio, the secretary of ports explained that the berth would reopen.');
    expect(en.discovered).not.toContain('Harbor Radio');
  });

  it('does not take a body a relative clause follows for a person', () => {
    const es = run('La gobernadora encabezó la reunión de la Mesa Costera de Puertos, a la que asistió el secretario de Marina, Tomás Ugarte.');
    expect(es.discovered).not.toContain('Mesa Costera de Puertos');
    expect(es.discovered).toContain('Tomás Ugarte');
  });

  it('does not take the body a title presides over for a person', () => {
    const es = run('"No habrá prórroga", sostuvo la presidenta de la Junta Portuaria, Elena Robles Vidal.');
    expect(es.discovered).toEqual(['Elena Robles Vidal']);
    expect(es.said).toEqual([['Elena Robles Vidal', 'No habrá prórroga']]);
  });

  it('does not take a state and a party for a person', () => {
    const en = run('Sen. Dana Whitford, D-Ore., spoke on Tuesday.\n\n"We will not wait," the Oregon Democrat said.');
    expect(en.discovered).toEqual(['Dana Whitford']);
    expect(en.said).not.toContainEqual(['Oregon Democrat', 'We will not wait']);
    const es = run('"No vamos a esperar", dijo la Virginia Republicana.');
    expect(es.discovered).toEqual([]);
  });
});

describe('names after the body a title belongs to', () => {
  it('still finds a person written right after the body, with no comma between', () => {
    expect(run('Por su parte, el investigador de la UNAM Rodrigo Saldaña Pruneda consideró que no.').discovered).toEqual(['Rodrigo Saldaña Pruneda']);
    expect(run('The head of the NOAA Peter Lindqvist said on Monday that it would not.').discovered).toEqual(['Peter Lindqvist']);
  });
});

describe('surnames after a title', () => {
  it('takes the surnames of someone named in full earlier for that person, not a new one', () => {
    const es = whoSaidWhat(
      `${TEST_HEADLINE}\n\nEl gobernador del estado, Arturo Benavides Quintal, encabezó la reunión.\n\nEl gobernador Benavides Quintal destacó el acuerdo.\n`,
      registry,
    );
    expect(es.discovered.map((a) => a.name)).toEqual(['Arturo Benavides Quintal']);
    expect(es.named).toEqual([
      ['Arturo Benavides Quintal', 'Arturo Benavides Quintal'],
      ['Benavides Quintal', 'Arturo Benavides Quintal'],
    ]);
    const en = whoSaidWhat(`${TEST_HEADLINE}\n\nCommissioner Lena Marsh Okoro opened the hearing.\n\nCommissioner Marsh Okoro said the berth would reopen.\n`, registry);
    expect(en.discovered.map((a) => a.name)).toEqual(['Lena Marsh Okoro']);
  });
});

describe('places after a title', () => {
  it('does not take a place written after "en"/"in" for the person a title names', () => {
    expect(run('Sancionó a dos transportistas con domicilio fiscal en Nuevo Puerto y una gasolinera.').discovered).toEqual([]);
    expect(run('The company has a chief in Port Alba who said nothing.').discovered).toEqual([]);
    expect(run('El especialista en seguridad Rodrigo Saldaña dijo que no.').discovered).toEqual(['Rodrigo Saldaña']);
  });
});

describe('a title, a body by its acronym, then a name', () => {
  it('takes the name after "la investigadora del CIDEP" for a titled person, and gives her the words she introduces', () => {
    const es = run('La investigadora del CIDEP Núria Vallbona Prat, que estudia el puerto desde hace años, lo explica así: «Sin grúas no hay acuerdo».');
    expect(es.discovered).toEqual(['Núria Vallbona Prat']);
    expect(es.said).toEqual([['Núria Vallbona Prat', 'Sin grúas no hay acuerdo']]);
  });

  it('still takes the capitalised words after "el secretario de" for an office, not a person', () => {
    expect(run('El secretario de Puertos Costeros visitó el muelle el lunes.').discovered).toEqual([]);
  });
});

describe('surnames that speak as the subject of a sentence', () => {
  it('takes a full name for a person when its surname opens a later sentence as a speech verb\'s subject, past an aside', () => {
    const en = run('Two senators voted against it, among them Walter Brisbane.\n\nBrisbane, who has backed the governor\'s hard line on the docks, said he would not "tie the hands" of the port.');
    expect(en.discovered).toEqual(['Walter Brisbane']);
    expect(en.said).toEqual([['Walter Brisbane', 'tie the hands']]);
    const es = run('Votaron en contra dos diputados, entre ellos Anselmo Quirarte.\n\nQuirarte, que ha respaldado la línea dura del gobernador, dijo que no piensa «atar las manos» del puerto.');
    expect(es.discovered).toEqual(['Anselmo Quirarte']);
    expect(es.said).toEqual([['Anselmo Quirarte', 'atar las manos']]);
  });

  it('takes a full name for a person when its two surnames open a later sentence as a speech verb\'s subject, and no second person for the two surnames', () => {
    const en = run('Marisela Ocampo Brandt sits down with the host to talk about the port.\n\nOcampo Brandt argues that the deal will hold. "The cranes are the deal," she says.');
    expect(en.discovered).toEqual(['Marisela Ocampo Brandt']);
    expect(en.said).toEqual([['Marisela Ocampo Brandt', 'The cranes are the deal']]);
    const es = run('Marisela Ocampo Brandt conversó con el conductor sobre el puerto.\n\nOcampo Brandt sostiene que el acuerdo aguantará. «Las grúas son el acuerdo», afirma.');
    expect(es.discovered).toEqual(['Marisela Ocampo Brandt']);
    expect(es.said).toEqual([['Marisela Ocampo Brandt', 'Las grúas son el acuerdo']]);
  });
});

describe('people introduced by their age or a nickname', () => {
  it('takes a name followed by an age in commas for a person, in English and Spanish', () => {
    expect(run('Tobías Renner Quiroz, 48, pleaded not guilty on Tuesday.').discovered).toEqual(['Tobías Renner Quiroz']);
    expect(run('Anselma Vidrio Tellez, de 39 años, fue entregada el viernes.').discovered).toEqual(['Anselma Vidrio Tellez']);
  });

  it('takes a name followed by an alias or a "known as" nickname for a person', () => {
    expect(run('Las autoridades extraditaron a Ciriaco Manjarrez Olea, alias \'El Tesorero\', el viernes.').discovered).toEqual(['Ciriaco Manjarrez Olea']);
    expect(run('Prosecutors say Ludovic Harrow Pinto, also known as "The Clerk," moved the money.').discovered).toEqual(['Ludovic Harrow Pinto']);
  });

  it('does not take a place before a day of the month, or a body before a year, for a person', () => {
    expect(run('Puerto Alegre, 13 de enero.- La junta aprobó el plan.').discovered).toEqual([]);
    expect(run('The Harbor Board, 2024, approved the plan.').discovered).toEqual([]);
  });
});
