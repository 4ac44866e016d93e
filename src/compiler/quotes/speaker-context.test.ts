import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn, TEST_HEADLINE } from '../fixtures/who-said-what';

// Invented people and bodies; only the sentence shapes matter.
const registry = registryFrom(`
actors:
  - name: Lucía Ferrer
    kind: person
    gender: female
  - name: Óscar Beltrán
    kind: person
    gender: male
  - name: Tomás Iriarte
    kind: person
    gender: male
  - name: Harbor Authority
    aliases: [the Harbor Authority]
    kind: organization
  - name: Diario Costa
    kind: organization
  - name: Port Workers Party
    aliases: [PWP]
    kind: organization
`);

const said = saidIn(registry, [TEST_HEADLINE, 'The strike entered its second week on Monday.']);

describe('who said it, from the sentences around the quote', () => {
  it('gives "he told reporters" to the subject the sentence before was about, not to the man he spoke with', () => {
    expect(said('Óscar Beltrán said he had spoken with Tomás Iriarte by phone. "Talks, yes; orders, no," he told reporters.')).toEqual([
      ['Óscar Beltrán', 'Talks, yes; orders, no'],
    ]);
  });

  it('never takes the audience of "told" or "dijo a" for the speaker', () => {
    expect(said('Para el especialista Tomás Iriarte, el cierre es un error. «Cada semana perdemos un barco», dijo a Diario Costa.')).toEqual([
      ['Tomás Iriarte', 'Cada semana perdemos un barco'],
    ]);
  });

  it('gives a closing verb without a subject to the subject of the sentence before, not to a name in a prepositional phrase', () => {
    expect(said('Lucía Ferrer habló tras reunirse con Óscar Beltrán. «Fue una reunión muy amable», relató.')).toEqual([
      ['Lucía Ferrer', 'Fue una reunión muy amable'],
    ]);
    expect(said('Lucía Ferrer ha optado por la calma. Tras la reunión, escribió en sus redes que fue una charla “muy productiva”.')).toEqual([
      ['Lucía Ferrer', 'muy productiva'],
    ]);
  });

  it('gives the words after a description to the person the sentence before was about, not the interviewer named last', () => {
    expect(
      said(
        'La dirigente Lucía Ferrer defendió el plan en una entrevista con el periodista Óscar Beltrán.\n\n«Eso no es ceder nada», afirmó la legisladora costera, quien acusó al gobierno de mentir.',
      ),
    ).toEqual([['Lucía Ferrer', 'Eso no es ceder nada']]);
  });

  it('gives an unnamed spokesperson’s words to the organization, and a named one’s to the person', () => {
    expect(said('A Harbor Authority spokesperson said in an email that the board was "grateful for the calm."')).toEqual([
      ['Harbor Authority', 'grateful for the calm.'],
    ]);
    expect(said('A Harbor Authority spokesman, Tomás Iriarte, said the board was "grateful for the calm."')).toEqual([
      ['Tomás Iriarte', 'grateful for the calm.'],
    ]);
  });

  it('gives the verb after a descriptive aside to the name before it, not to the party named in the aside', () => {
    expect(said('In an interview with Tomás Iriarte, Óscar Beltrán, the leader of the opposition PWP, said the plan hid behind a "safety story."')).toEqual([
      ['Óscar Beltrán', 'safety story.'],
    ]);
  });

  it('finds a person introduced with a role in an apposition and gives them the words', () => {
    expect(said('The port administrator nominee, Ramona Quiles, called it a "historic day" for the docks.')).toEqual([['Ramona Quiles', 'historic day']]);
  });

  it('keeps the speaker of "said on" with a possessor after the verb, and the possessor of a claim', () => {
    expect(said('Lucía Ferrer on Monday rejected any lockout and said the Harbor Authority’s plan would stay "among equals."')).toEqual([
      ['Lucía Ferrer', 'among equals.'],
    ]);
    expect(said('Lucía Ferrer rejected the Harbor Authority’s claim that the union had "ties" with smugglers.')).toEqual([['Harbor Authority', 'ties']]);
  });
});
