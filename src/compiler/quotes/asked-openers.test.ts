import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const registry = portSpeakers();

const said = saidIn(registry);

describe('attributeQuote: a name in the question is not the one who answers', () => {
  it('gives the answer after "Preguntada …, por el mensaje de X, respondió:" to the subject carried from before', () => {
    expect(
      said('Lucía Ferrer, por su parte, insiste en que el puerto está en su mejor momento. Preguntada por la tarde, durante un acto en el muelle, por el mensaje de Óscar Beltrán, respondió con una sonrisa: “Me dijo que soy dura. Es verdad”.'),
    ).toEqual([['Lucía Ferrer', 'Me dijo que soy dura. Es verdad']]);
  });
});

describe('initialSpanishCue: an unnamed subject after the opening phrase', () => {
  it('gives no one the words of "Tras la reunión, el vocero, molesto, respondió:"', () => {
    expect(said('Lucía Ferrer habló por la mañana. Tras la reunión, el vocero, visiblemente molesto, respondió: “No hay fecha para reabrir”.')).toEqual([[null, 'No hay fecha para reabrir']]);
  });
});
