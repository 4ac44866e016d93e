import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers());

describe('subjectless Spanish verbs', () => {
  it('does not carry the previous speaker to a verb whose subject is someone unnamed ("resume un diplomático")', () => {
    expect(said('«El muelle abre en mayo», dijo Beltrán.\n\n«Lo que está en juego no es una grúa más o menos», resume un diplomático que pidió el anonimato.')).toEqual([
      ['Óscar Beltrán', 'El muelle abre en mayo'],
      [null, 'Lo que está en juego no es una grúa más o menos'],
    ]);
  });

  it('carries the subject over a sentence opened by an object pronoun and the verb ("Lo explicó así:", "Le respondió:")', () => {
    expect(said('Ferrer habló después de la votación. Lo explicó así: «El puerto no puede esperar».')).toEqual([['Lucía Ferrer', 'El puerto no puede esperar']]);
    expect(said('Beltrán escuchó a los estibadores. Les respondió: «Nadie se queda sin turno».')).toEqual([['Óscar Beltrán', 'Nadie se queda sin turno']]);
  });
});

describe('sources set off by commas', () => {
  it('leaves the words to the subject before a source that names no one, in English and Spanish', () => {
    expect(said('Según la versión de la junta, ambos hablaron de grúas. Beltrán, según la misma fuente, «reconoció los avances».')).toEqual([
      ['Óscar Beltrán', 'reconoció los avances'],
    ]);
    expect(said('Óscar Beltrán, according to aides, "wants out of the deal."')).toEqual([['Óscar Beltrán', 'wants out of the deal.']]);
    expect(said('Según la misma fuente, el puerto «reconoció los avances».')).toEqual([[null, 'reconoció los avances']]);
  });
});

describe('block quotes and sub-headlines', () => {
  it('gives a two-paragraph Markdown block quote after "lo explica así:" to the one who explains it', () => {
    expect(said('La investigadora Lucía Ferrer, que estudia el puerto desde hace años, lo explica así:\n\n> "Beltrán ha entendido algo: con la junta no se gana discutiendo.\n>\n> "El riesgo es que esa estrategia no tiene final."')).toEqual([
      ['Lucía Ferrer', 'Beltrán ha entendido algo: con la junta no se gana discutiendo.'],
      ['Lucía Ferrer', 'El riesgo es que esa estrategia no tiene final.'],
    ]);
  });

  it('does not continue a quote into a quoted sub-headline with no final stop', () => {
    expect(said('Ferrer se limitó a decir que el puerto «siempre ha cumplido la ley».\n\n«La pregunta es el muelle»\n\nLos estibadores votan el lunes.')).toEqual([
      ['Lucía Ferrer', 'siempre ha cumplido la ley'],
      [null, 'La pregunta es el muelle'],
    ]);
  });
});
