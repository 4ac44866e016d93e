import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    aliases: [the opposition leader, la líder opositora]
    kind: person
    gender: female
  - name: Óscar Beltrán
    aliases: [the interior minister]
    kind: person
    gender: male
  - name: Harbor Authority
    kind: organization
`);

const said = saidIn(registry);

describe('attributeQuote', () => {
  it('takes the name right after the quote, before or after the verb', () => {
    expect(said('"The port stays open," Lucía Ferrer said.')).toEqual([['Lucía Ferrer', 'The port stays open']]);
    expect(said('"The port stays open," said Óscar Beltrán.')).toEqual([['Óscar Beltrán', 'The port stays open']]);
    expect(said('«El puerto sigue abierto», afirmó Lucía Ferrer.')).toEqual([['Lucía Ferrer', 'El puerto sigue abierto']]);
  });

  it('takes the subject of the speech verb before the quote, past an aside', () => {
    expect(said('Lucía Ferrer, speaking in Miami on Monday, said: "We will not wait."')).toEqual([['Lucía Ferrer', 'We will not wait.']]);
    expect(said('Óscar Beltrán stated, referring to the strike, that it was "a matter of days."')).toEqual([
      ['Óscar Beltrán', 'a matter of days.'],
    ]);
  });

  it('gives a partial quote to the subject of its sentence, not to the person addressed', () => {
    expect(said('Lucía Ferrer met Óscar Beltrán. She warned him that the union would "never accept" the plan.')).toEqual([
      ['Lucía Ferrer', 'never accept'],
    ]);
  });

  it('gives a quote after a colon to the subject of the introducing sentence', () => {
    expect(said('Óscar Beltrán toured the docks. He questioned the plan: "Who pays for this?"')).toEqual([
      ['Óscar Beltrán', 'Who pays for this?'],
    ]);
  });

  it('resolves descriptions through the aliases', () => {
    expect(said('The opposition leader told reporters the deal was "dead on arrival."')).toEqual([['Lucía Ferrer', 'dead on arrival.']]);
  });

  it('takes the source of "according to" and "según"', () => {
    expect(said('According to the Harbor Authority, the berths are "fully booked until June."')).toEqual([
      ['Harbor Authority', 'fully booked until June.'],
    ]);
    expect(said('Según la líder opositora, la reforma es «una trampa para los trabajadores».')).toEqual([
      ['Lucía Ferrer', 'una trampa para los trabajadores'],
    ]);
  });

  it('takes the source of "según" past a verb and a common noun', () => {
    expect(said('"Los muelles seguirán cerrados", según informó la agencia Harbor Authority.')).toEqual([
      ['Harbor Authority', 'Los muelles seguirán cerrados'],
    ]);
  });

  it('gives the subject of a participle cue after a comma ("…, stating, …")', () => {
    expect(said('Lucía Ferrer criticized the Harbor Authority, stating, "They have failed every family here."')).toEqual([
      ['Lucía Ferrer', 'They have failed every family here.'],
    ]);
  });

  it('gives a quote standing alone right after an attributed one to the same speaker', () => {
    expect(said('"We will not sign," Lucía Ferrer said at the docks. "Not now, not ever."')).toEqual([
      ['Lucía Ferrer', 'We will not sign'],
      ['Lucía Ferrer', 'Not now, not ever.'],
    ]);
  });

  it('carries a Spanish subject over to a verb with none ("…", subrayó)', () => {
    expect(said('Lucía Ferrer recordó la huelga de 2019. "No vamos a retroceder", subrayó.')).toEqual([['Lucía Ferrer', 'No vamos a retroceder']]);
  });

  it('does not take a name that only modifies a role noun for the speaker', () => {
    expect(said('A senior Harbor Authority official, speaking on condition of anonymity, said the plans were "only preliminary."')).toEqual([
      [null, 'only preliminary.'],
    ]);
  });

  it('does not give the verb of an aside to the place named in it', () => {
    expect(said('Óscar Beltrán, speaking to reporters aboard Coast Guard One, said the port was "safe again."')).toEqual([
      ['Óscar Beltrán', 'safe again.'],
    ]);
  });

  it('keeps the speaker null when nobody can be named', () => {
    expect(said('A sign on the gate read "No entry after dark for anyone at all."')).toEqual([[null, 'No entry after dark for anyone at all.']]);
    expect(said('Officials said the talks were "going nowhere fast."')).toEqual([[null, 'going nowhere fast.']]);
  });

  it("does not give a quote to a possessor: Ferrer's spokesman is not Ferrer", () => {
    expect(said('Lucía Ferrer\'s spokesman said the vote was "a foregone conclusion."')).toEqual([[null, 'a foregone conclusion.']]);
  });
});
