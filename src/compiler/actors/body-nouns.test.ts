import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Norland Ministry of Ports
    aliases: [Norland's Ports Ministry]
    kind: government
  - name: Harbor Board
    aliases: [the Harbor Board]
    kind: organization
`);

const said = saidIn(registry);

describe('bare nouns for a body: "the ministry said"', () => {
  it('gives the words of "the ministry said" to the ministry named last', () => {
    expect(
      said('Norland\'s Ports Ministry issued a statement condemning the Harbor Board. "Norland categorically rejects the closure of any port," the ministry said.'),
    ).toEqual([['Norland Ministry of Ports', 'Norland categorically rejects the closure of any port']]);
  });

  it('leaves "the ministry" unresolved when no ministry was named', () => {
    expect(said('The Harbor Board met on Monday. "We reject the closure of any port," the ministry said.')).toEqual([[null, 'We reject the closure of any port']]);
  });
});

describe('"la cancillería" in lower case', () => {
  const foreign = registryFrom(`
actors:
  - name: Ministerio de Asuntos Portuarios
    aliases: [la Cancillería Portuaria, the Norland Foreign Ministry]
    kind: government
`);
  const saidAbout = saidIn(foreign);

  it('gives its words to the foreign ministry named last', () => {
    expect(
      saidAbout('Por la tarde, la Cancillería Portuaria envió una nota. En un comunicado, la cancillería subrayó que cualquier cierre “sin aviso previo al puerto” sería “inaceptable”.'),
    ).toContainEqual(['Ministerio de Asuntos Portuarios', 'sin aviso previo al puerto']);
    expect(saidAbout('The Norland Foreign Ministry sent a note. Later the ministry said any closure would be "simply unacceptable to us".')).toContainEqual([
      'Ministerio de Asuntos Portuarios',
      'simply unacceptable to us',
    ]);
  });
});
