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
    expect(said('"No vamos a permitir que se use esta tribuna", sostuvo durante el debate la gobernadora de la Junta del Puerto, Lucía Ferrer.')).toEqual([
      ['Lucía Ferrer', 'No vamos a permitir que se use esta tribuna'],
    ]);
    expect(said('"We will not let this chamber be used," said the governor of the Harbor Board, Lucía Ferrer.')).toEqual([
      ['Lucía Ferrer', 'We will not let this chamber be used'],
    ]);
  });

  it('still gives the quote to the title when no name is apposed to it', () => {
    expect(said('"No vamos a permitir que se use esta tribuna", sostuvo la gobernadora.')).toEqual([['Marta Quiroga', 'No vamos a permitir que se use esta tribuna']]);
  });
});

describe('an interview venue before the speaker', () => {
  it('does not give the quote to the outlet or body the interview was with', () => {
    expect(said('En entrevista con la Junta del Puerto, el politólogo Ramiro Valdés Ocaña, del instituto portuario, consideró que el sindicato "leyó mal el momento".')).toEqual([
      ['Ramiro Valdés Ocaña', 'leyó mal el momento'],
    ]);
    expect(said('In an interview with the Harbor Board, the analyst Ramiro Valdés Ocaña, of the port institute, said the union "misread the moment" last week.')).toEqual([
      ['Ramiro Valdés Ocaña', 'misread the moment'],
    ]);
  });
});
