import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers(`
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

describe('attributeQuote: a quote inside what a possessed remark says', () => {
  it("gives the quote in \"X's remark on Jan. 8 that … '…'\" to X, not to the one asked about it", () => {
    expect(
      said('Rep. Óscar Beltrán was more pointed. He asked Ferrer whether Norland\'s remark on Jan. 8 that the navy would begin "closing the docks" meant the board was planning a blockade.'),
    ).toEqual([['Government of Norland', 'closing the docks']]);
  });
});
