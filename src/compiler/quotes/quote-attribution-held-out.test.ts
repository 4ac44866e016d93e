import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers();

const said = saidIn(registry);

describe('attributeQuote: subordinate clauses', () => {
  it('takes a Spanish subjunctive speech verb for a cue, so short quotes after it are kept', () => {
    expect(said('La reunión fue un día después de que Ferrer, en el muelle, dijera que los navieros "mandan aquí" y que su sindicato estudia "muy seriamente" la huelga.')).toEqual([
      ['Lucía Ferrer', 'mandan aquí'],
      ['Lucía Ferrer', 'muy seriamente'],
    ]);
  });

  it('gives a quote inside a relative clause to its antecedent, not to the main subject', () => {
    expect(said('Sobre las palabras del ministro Óscar Beltrán, quien dijo que "algo habrá que hacer con el puerto", Lucía Ferrer respondió que no hay prisa.')).toEqual([
      ['Óscar Beltrán', 'algo habrá que hacer con el puerto'],
    ]);
    expect(said('Asked about Óscar Beltrán, who said the port would "reopen by June", Lucía Ferrer replied that nothing was decided.')).toEqual([
      ['Óscar Beltrán', 'reopen by June'],
    ]);
  });

  it('gives a Spanish sentence that opens with a speech verb the subject carried from before', () => {
    expect(said('Lucía Ferrer respondió que no hay prisa. Dijo que espera hablar con Beltrán "en los próximos días".')).toEqual([
      ['Lucía Ferrer', 'en los próximos días'],
    ]);
  });
});

describe('attributeQuote: headline colons', () => {
  it('gives a quote after "Name:" to that name, however short the quote', () => {
    expect(said('Ferrer: strike vote \'a warning\' to the shipowners')).toEqual([['Lucía Ferrer', 'a warning']]);
  });

  it('gives a quote after a titled name and a colon to that name', () => {
    expect(said("Beltrán's port czar Lucía Ferrer: 'We will take the fight to the smugglers'")).toEqual([
      ['Lucía Ferrer', 'We will take the fight to the smugglers'],
    ]);
  });

  it('still drops a scare quote after a colon that follows no name', () => {
    expect(said('Port news: the "miracle" is over')).toEqual([]);
  });
});

describe('attributeQuote: bare role nouns', () => {
  it('gives "the minister said" to the person introduced as minister', () => {
    expect(said('Port Minister Óscar Beltrán toured the docks with Lucía Ferrer. "We will reopen," the minister said. The minister added that the berths had "never been busier".')).toEqual([
      ['Óscar Beltrán', 'We will reopen'],
      ['Óscar Beltrán', 'never been busier'],
    ]);
  });

  it('takes the most recent person introduced with the role', () => {
    expect(said('El ministro Óscar Beltrán llegó antes. Después habló la ministra Lucía Ferrer. La ministra dijo que el acuerdo es "un buen comienzo".')).toEqual([
      ['Lucía Ferrer', 'un buen comienzo'],
    ]);
  });

  it('refuses a role nobody was introduced with, or a gender that does not fit', () => {
    expect(said('Óscar Beltrán toured the docks. The president said the berths were "never busier".')).toEqual([[null, 'never busier']]);
    expect(said('El ministro Óscar Beltrán llegó tarde. La ministra dijo que el acuerdo es "un buen comienzo".')).toEqual([[null, 'un buen comienzo']]);
  });

  it('does not take a former holder of the title for the current one', () => {
    expect(said('Former Minister Óscar Beltrán was there. The minister said the plan was "a good start".')).toEqual([[null, 'a good start']]);
  });
});

describe('attributeQuote: discovered speakers', () => {
  it('discovers a hyphenated name after "said", with a fellow apposition', () => {
    expect(said('"The port is closed for good," said Vanda Roe-Smith, a senior fellow at the Harbor Institute.')).toEqual([
      ['Vanda Roe-Smith', 'The port is closed for good'],
    ]);
  });
});
