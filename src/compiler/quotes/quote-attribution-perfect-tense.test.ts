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
    expect(said('La presidenta de la junta, Lucía Ferrer, ha comparecido ante la prensa. "El puerto no se rinde ante nadie", ha afirmado, rodeada de estibadores.')).toEqual([
      ['Lucía Ferrer', 'El puerto no se rinde ante nadie'],
    ]);
  });

  it('gives the answer after "Preguntada por X, ha respondido:" to the speaker, not to X', () => {
    expect(said('Lucía Ferrer ha confirmado que el puerto cerrará. "Fue una decisión perfecta", ha dicho. Preguntada por Norland, ha respondido: "Norland tiene un problema muy grande".')).toEqual([
      ['Lucía Ferrer', 'Fue una decisión perfecta'],
      ['Lucía Ferrer', 'Norland tiene un problema muy grande'],
    ]);
  });

  it('gives words after "ha pedido" and "ha escrito" to their subject', () => {
    expect(said('El ministro de Puertos, Óscar Beltrán, ha pedido en declaraciones a la prensa "una salida negociada entre las partes".')).toEqual([
      ['Óscar Beltrán', 'una salida negociada entre las partes'],
    ]);
    expect(said('Lucía Ferrer ha escrito en sus redes sociales que el puerto "siempre estará abierto al diálogo".')).toEqual([
      ['Lucía Ferrer', 'siempre estará abierto al diálogo'],
    ]);
  });

  it('does not give a quote to the subject of a verb inside the reported clause that follows it', () => {
    expect(said('Por la mañana, Lucía Ferrer aseguró que la revisión "va por buen camino" y que Norland ha respondido a todas las solicitudes.')).toEqual([
      ['Lucía Ferrer', 'va por buen camino'],
    ]);
    expect(said('Lucía Ferrer said the review was "on the right track" and that Norland had responded to every request.')).toEqual([
      ['Lucía Ferrer', 'on the right track'],
    ]);
  });
});

describe('verbs that quote a verdict or a reason', () => {
  it('gives words after "has spoken of", "citing" and "welcomes … as" to the subject', () => {
    expect(said('Ms Ferrer has spoken of "cooperation without surrender" with the board.')).toEqual([['Lucía Ferrer', 'cooperation without surrender']]);
    expect(said('Beltrán signs an order lowering the port fee, citing "real progress" by the dockers.')).toEqual([['Óscar Beltrán', 'real progress']]);
    expect(said('Ferrer welcomes the fee cut as "a good sign" but says the port will keep pressing.')).toEqual([['Lucía Ferrer', 'a good sign']]);
  });

  it('does not read "spoke with" as quoting anyone', () => {
    expect(said('Ferrer spoke with the "harbor group" on Monday.')).toEqual([]);
  });
});

describe('a place before a capitalised title', () => {
  it('gives the quote to the titled person, not to the place that modifies the title', () => {
    expect(said('Norland Harbor Commissioner Lucía Ferrer praised it in a statement, saying the dockers would be paid "to the last cent."')).toEqual([
      ['Lucía Ferrer', 'to the last cent.'],
    ]);
  });
});
