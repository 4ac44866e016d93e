import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    aliases: [Ferrer]
    kind: person
    gender: female
  - name: Óscar Beltrán
    aliases: [Beltrán]
    kind: person
    gender: male
  - name: Harbor Board
    aliases: [the Harbor Board, la Junta del Puerto]
    kind: organization
  - name: Government of Norland
    aliases: [Norland, Norland's government]
    kind: government
`);

const said = saidIn(registry);

describe('attributeQuote: the subject of the reported clause is not the speaker', () => {
  it('leaves a spokesperson quote about a named person unattributed rather than giving it to that person', () => {
    expect(said('A spokesperson said Beltrán "has been clear that he will use every tool" against the smugglers, but declined to give details.')).toEqual([
      [null, 'has been clear that he will use every tool'],
    ]);
  });

  it('gives "X said Norland \'will not accept\'" to X, not to the country the words are about', () => {
    expect(said('Ferrer, asked about the blockade at her news conference Tuesday, said Norland "will not accept" foreign ships and that the deal "is working."')).toEqual([
      ['Lucía Ferrer', 'will not accept'],
      ['Lucía Ferrer', 'is working.'],
    ]);
  });

  it('does not take a name inside the subject of the reported clause for the subject of its verb', () => {
    expect(said('Ferrer said port cooperation with Norland continued "as normal".')).toEqual([['Lucía Ferrer', 'as normal']]);
    expect(said('Ferrer dijo que la cooperación con Norland continuó "con normalidad".')).toEqual([['Lucía Ferrer', 'con normalidad']]);
  });

  it('gives a quote to the person named after a country that only modifies their title', () => {
    expect(said('"You need the port as a partner," said Norland Rep. Óscar Beltrán.')).toEqual([["Óscar Beltrán", "You need the port as a partner"]]);
  });
});
