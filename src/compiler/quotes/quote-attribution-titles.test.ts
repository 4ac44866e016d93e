import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers(`
  - name: Harbor Board
    aliases: [the Harbor Board, la Junta del Puerto]
    kind: organization
  - name: Marta Quiroga
    aliases: [the governor, la gobernadora]
    kind: person
    gender: female
`);

const said = saidIn(registry);

describe('a title with a name apposed to it', () => {
  it("gives the quote to the apposed name, not to the actor the title alone would stand for", () => {
    expect(said('"Este muelle no se vende a ningún naviero", sostuvo durante el debate la gobernadora de la Junta del Puerto, Lucía Ferrer.')).toEqual([
      ['Lucía Ferrer', 'Este muelle no se vende a ningún naviero'],
    ]);
    expect(said('"This pier is not for sale to any shipowner," said the governor of the Harbor Board, Lucía Ferrer.')).toEqual([
      ['Lucía Ferrer', 'This pier is not for sale to any shipowner'],
    ]);
  });

  it('still gives the quote to the title when no name is apposed to it', () => {
    expect(said('"Este muelle no se vende a ningún naviero", sostuvo la gobernadora.')).toEqual([['Marta Quiroga', 'Este muelle no se vende a ningún naviero']]);
  });
});

describe('a title heading a group, with the name apposed after a comma', () => {
  it('gives a quote to the name after "dijo desde … el coordinador de los senadores del X, NAME", not to a person of the paragraph before', () => {
    const opening = 'El Senado aprobó el acuerdo. Lo impulsó la Junta del Puerto, que preside Lucía Ferrer.\n\n';
    expect(said(`${opening}"Este Senado no va a esperar", dijo desde la tribuna el coordinador de los senadores de la Junta del Puerto, Ramiro Olmedo Vidal. "Lo decimos hoy."`)).toEqual([
      ['Ramiro Olmedo Vidal', 'Este Senado no va a esperar'],
      ['Ramiro Olmedo Vidal', 'Lo decimos hoy.'],
    ]);
    expect(said('"El gobierno pide paciencia", escribió en redes la coordinadora de los diputados priistas, Rosaura Belmonte Ibarra, quien acusó al gobierno.')).toEqual([
      ['Rosaura Belmonte Ibarra', 'El gobierno pide paciencia'],
    ]);
    expect(said('"The board is asking for patience," wrote the leader of the dockers of the Harbor Board, Ramiro Olmedo Vidal, on Monday.')).toEqual([
      ['Ramiro Olmedo Vidal', 'The board is asking for patience'],
    ]);
  });

  it('gives nothing when the words after the title open the clause that was said', () => {
    expect(said('"No hay acuerdo", dijo el coordinador de los senadores que votaron en contra.')).toEqual([[null, 'No hay acuerdo']]);
  });
});

describe('an interview venue before the speaker', () => {
  it('does not give the quote to the outlet or body the interview was with', () => {
    expect(said('En entrevista con la Junta del Puerto, el politólogo Ramiro Valdés Ocaña, del instituto portuario, consideró que el sindicato "calculó mal la marea".')).toEqual([
      ['Ramiro Valdés Ocaña', 'calculó mal la marea'],
    ]);
    expect(said('In an interview with the Harbor Board, the analyst Ramiro Valdés Ocaña, of the port institute, said the union "misjudged the tide" last week.')).toEqual([
      ['Ramiro Valdés Ocaña', 'misjudged the tide'],
    ]);
  });
});

describe('a body inside the title of the person named after it', () => {
  it('gives the quote to the person a "<body> <title> <Name>" names after the verb, not to the body', () => {
    expect(said('"The pier stays closed," said Harbor Board Director Marisol Quenby Vance for the northern district. "Nobody moves a crane."')).toEqual([
      ['Marisol Quenby Vance', 'The pier stays closed'],
      ['Marisol Quenby Vance', 'Nobody moves a crane.'],
    ]);
    expect(said('"El muelle sigue cerrado", afirmó el Harbor Board Director Anselmo Rivas Taboada.')).toEqual([['Anselmo Rivas Taboada', 'El muelle sigue cerrado']]);
  });

  it('still gives the quote to the body when the title run after it belongs to the next sentence', () => {
    expect(said('The pier is "closed for good," according to the Harbor Board. Port Director Anselmo Rivas Taboada declined to comment.')).toEqual([
      ['Harbor Board', 'closed for good'],
    ]);
  });

  it('gives the quote to the person apposed to "el <cargo> del <Body> de <X>", not to X, whatever surnames follow the known name', () => {
    expect(said('Al abrir la sesión, el coordinador del Grupo Parlamentario de la Junta del Puerto, Lucía Ferrer Ibarra, sostuvo: "El muelle no se vende".')).toEqual([
      ['Lucía Ferrer', 'El muelle no se vende'],
    ]);
    expect(said('Opening the session, the chair of the Port Caucus of the Harbor Board, Lucía Ferrer, said: "The pier is not for sale."')).toEqual([
      ['Lucía Ferrer', 'The pier is not for sale.'],
    ]);
  });
});
