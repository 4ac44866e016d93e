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
