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

describe('"la dependencia", "the agency", "la Fiscalía": a body named before', () => {
  const bodies = registryFrom(`
actors:
  - name: Fiscalía General de Norland
    aliases: [FGN]
    kind: government
  - name: Norland Coast Guard
    kind: government
  - name: Harbor Board
    aliases: [the Harbor Board, la Junta del Puerto]
    kind: organization
`);
  const saidBy = saidIn(bodies);

  it('gives the words of "señaló la dependencia" / "the agency said" to the body the sentence before was about, not to one named in passing', () => {
    expect(
      saidBy('La Fiscalía General de Norland informó que el detenido fue entregado a agentes de la Junta del Puerto en el muelle. "Con esta entrega, el Estado cumple sus compromisos", señaló la dependencia.'),
    ).toEqual([['Fiscalía General de Norland', 'Con esta entrega, el Estado cumple sus compromisos']]);
    expect(
      saidBy('The Norland Coast Guard said the suspect was handed to officers of the Harbor Board at the pier. "With this handover, the state keeps its word," the agency said.'),
    ).toEqual([['Norland Coast Guard', 'With this handover, the state keeps its word']]);
  });

  it('gives "ha recalcado la Fiscalía" to the prosecutor\'s office named before', () => {
    expect(saidBy('El detenido fue entregado, ha precisado la FGN en un comunicado. "Con esta entrega, el Estado cumple", ha recalcado la Fiscalía.')).toEqual([
      ['Fiscalía General de Norland', 'Con esta entrega, el Estado cumple'],
    ]);
  });

  it('leaves "the agency" unresolved when the body was named two sentences before, or only after a preposition', () => {
    expect(
      saidBy('The Norland Coast Guard closed the pier. Dockers waited for hours. "With this handover, the state keeps its word," the agency said.'),
    ).toEqual([[null, 'With this handover, the state keeps its word']]);
    expect(saidBy('Dockers met with officers of the Harbor Board on Monday. "We keep our word," the agency said.')).toEqual([[null, 'We keep our word']]);
  });
});
