import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

const registry = registryFrom(`
actors:
  - name: Junta Portuaria
    aliases: [la Junta Portuaria]
    kind: government
    country: MX
  - name: Harbor Board
    aliases: [the Harbor Board]
    kind: organization
  - name: Partido Costero
    aliases: [PC]
    kind: organization
  - name: Lucía Ferrer
    aliases: [Ferrer]
    kind: person
    gender: female
`);

const said = saidIn(registry);

describe('words quoted in a clause about a document', () => {
  it('gives them to the subject that issued the document', () => {
    expect(
      said('El mismo sábado, la Junta Portuaria había difundido un comunicado en el que “condena y rechaza” el cierre y recuerda “el principio de libre tránsito” del muelle.'),
    ).toEqual([
      ['Junta Portuaria', 'condena y rechaza'],
      ['Junta Portuaria', 'el principio de libre tránsito'],
    ]);
    expect(said('The Harbor Board released a statement on Friday in which it called the closure "a grave mistake" for the port.')).toEqual([
      ['Harbor Board', 'a grave mistake'],
    ]);
  });

  it('gives them to the body named after the document', () => {
    expect(said('El pleno desechó un punto de acuerdo del PC que exhortaba al gobierno a "reabrir el muelle" cuanto antes.')).toEqual([['Partido Costero', 'reabrir el muelle']]);
    expect(said('Members rejected a resolution of the Harbor Board that called for "an end to delays" at the docks.')).toEqual([['Harbor Board', 'an end to delays']]);
  });

  it('leaves them unattributed when the name only stands in a prepositional phrase or no verb issued the document', () => {
    expect(said('Según fuentes de la Junta Portuaria, hubo un comunicado en el que se hablaba de “un cierre temporal” del muelle.')).toEqual([[null, 'un cierre temporal']]);
    expect(said('Lucía Ferrer read out a statement in which the berth was "perfectly safe for ships" again.')).toEqual([[null, 'perfectly safe for ships']]);
  });
});
