import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers(`
  - name: Harbor Board
    aliases: [the Harbor Board, la Junta del Puerto]
    kind: organization
  - name: Norland
    aliases: [Norland]
    kind: government
`);

const said = saidIn(registry);

describe('the Spanish perfect tense of live blogs', () => {
  it('gives "«…», ha afirmado" and "ha dicho" to the person the entry names', () => {
    expect(said('La presidenta de la junta, Lucía Ferrer, ha comparecido ante la prensa. "Los muelles seguirán abiertos toda la noche", ha afirmado, rodeada de estibadores.')).toEqual([
      ['Lucía Ferrer', 'Los muelles seguirán abiertos toda la noche'],
    ]);
  });

  it('gives the answer after "Preguntada por X, ha respondido:" to the speaker, not to X', () => {
    expect(said('Lucía Ferrer ha confirmado que el puerto cerrará. "Cerramos a tiempo y sin heridos", ha dicho. Preguntada por Norland, ha respondido: "Norland debe pagar sus cuotas de atraque".')).toEqual([
      ['Lucía Ferrer', 'Cerramos a tiempo y sin heridos'],
      ['Lucía Ferrer', 'Norland debe pagar sus cuotas de atraque'],
    ]);
  });

  it('gives words after "ha pedido" and "ha escrito" to their subject', () => {
    expect(said('El ministro de Puertos, Óscar Beltrán, ha pedido en declaraciones a la prensa "un arbitraje con plazos claros".')).toEqual([
      ['Óscar Beltrán', 'un arbitraje con plazos claros'],
    ]);
    expect(said('Lucía Ferrer ha escrito en sus redes sociales que el puerto "escuchará a cada cuadrilla".')).toEqual([
      ['Lucía Ferrer', 'escuchará a cada cuadrilla'],
    ]);
  });

  it('does not give a quote to the subject of a verb inside the reported clause that follows it', () => {
    expect(said('Por la mañana, Lucía Ferrer aseguró que la revisión "avanza sin tropiezos" y que Norland ha respondido a todas las solicitudes.')).toEqual([
      ['Lucía Ferrer', 'avanza sin tropiezos'],
    ]);
    expect(said('Lucía Ferrer said the review was "moving without hitches" and that Norland had responded to every request.')).toEqual([
      ['Lucía Ferrer', 'moving without hitches'],
    ]);
  });
});

describe('verbs that quote a verdict or a reason', () => {
  it('gives words after "has spoken of", "citing" and "welcomes … as" to the subject', () => {
    expect(said('Ms Ferrer has spoken of "berths before tariffs" with the board.')).toEqual([['Lucía Ferrer', 'berths before tariffs']]);
    expect(said('Beltrán signs an order lowering the port fee, citing "faster unloading" by the dockers.')).toEqual([['Óscar Beltrán', 'faster unloading']]);
    expect(said('Ferrer welcomes the fee cut as "a welcome breather" but says the port will keep pressing.')).toEqual([['Lucía Ferrer', 'a welcome breather']]);
  });

  it('does not read "spoke with" as quoting anyone', () => {
    expect(said('Ferrer spoke with the "harbor group" on Monday.')).toEqual([]);
  });
});

describe('a place before a capitalised title', () => {
  it('gives the quote to the titled person, not to the place that modifies the title', () => {
    expect(said('Norland Harbor Commissioner Lucía Ferrer praised it in a statement, saying the dockers would be paid "before the next tide."')).toEqual([
      ['Lucía Ferrer', 'before the next tide.'],
    ]);
  });
});
