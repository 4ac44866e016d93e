import { describe, expect, it } from 'vitest';
import { HARBOR_BOARD, portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers(HARBOR_BOARD));

describe('statementAuthor: a statement speaking for whoever issued it', () => {
  it('gives the words of "the statement said" to the body the sentence before says issued it', () => {
    expect(
      said('The prisoners were handed over, the Harbor Board said in a statement.\n\n"These actions are carried out within the framework of cooperation," the statement said, adding that all those moved were "generators of violence" wanted by courts.'),
    ).toEqual([
      ['Harbor Board', 'These actions are carried out within the framework of cooperation'],
      ['Harbor Board', 'generators of violence'],
    ]);
    expect(said('Los presos fueron entregados, informó la Junta del Puerto en un comunicado.\n\n"Estas acciones se realizan en el marco de la cooperación", señaló el comunicado.')).toEqual([
      ['Harbor Board', 'Estas acciones se realizan en el marco de la cooperación'],
    ]);
  });

  it('gives the words of "it said" to a body that issued a statement, never to a person', () => {
    expect(said('The Harbor Board has issued a strongly worded statement condemning the raid.\n\n"The Board categorically rejects the use of force," it said.')).toEqual([
      ['Harbor Board', 'The Board categorically rejects the use of force'],
    ]);
    expect(said('Ferrer issued a statement on the raid.\n\n"We reject the use of force," it said.')).toEqual([[null, 'We reject the use of force']]);
  });

  it('leaves "the statement said" unattributed when no statement was named before', () => {
    expect(said('Ferrer visited the port.\n\n"We reject the use of force," the statement said.')).toEqual([[null, 'We reject the use of force']]);
    expect(said('Ferrer visitó el puerto.\n\n"Rechazamos el uso de la fuerza", señaló el comunicado.')).toEqual([[null, 'Rechazamos el uso de la fuerza']]);
  });
});
