import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

function types(text: string, actors: Record<string, string[]>): string[] {
  const { doc, mentions } = handDoc({ text, dates: [], actors });
  return extractEvents(doc, mentions).map((e) => e.type);
}

const norvia = { norvia: ['Norvia'], olmos: ['Vera Olmos', 'Olmos'] };

describe('speech of an unnamed source', () => {
  it('makes no statement of words an article gives to an unnamed person, in English and Spanish', () => {
    expect(types('"Nobody wants to hold stock in Norvia when the duty hits," the person said.', norvia)).toEqual([]);
    expect(types('"Nobody has told us Norvia is off the list," one of them said.', norvia)).toEqual([]);
    expect(types('A senior administration official, speaking on background, said Norvia "already knows the terms."', norvia)).toEqual([]);
    expect(types('"Norvia no tiene margen", dijo uno de ellos.', norvia)).toEqual([]);
    expect(types('Un funcionario, que pidió el anonimato, dijo que Norvia no tiene margen.', norvia)).toEqual([]);
  });

  it('still reads a named speaker in a sentence that also cites an unnamed source', () => {
    expect(types('Vera Olmos said Norvia would answer, while a diplomat who asked not to be named called the move a bluff.', norvia)).toEqual(['statement']);
    expect(types('"Norvia no tiene margen", dijo Olmos.', norvia)).toEqual(['statement']);
  });
});

describe('named speakers that look unnamed', () => {
  it('reads a surname that holds a common noun, and a refrain by a named speaker, as statements', () => {
    const actors = { fuente: ['Ivo de la Fuente', 'De la Fuente'] };
    expect(types('Al término, De la Fuente se limitó a decir que ambos países comparten el principio de no intervención.', actors)).toEqual(['statement']);
    expect(types('Vera Olmos has said, again and again, that the port will stay open.', norvia)).toEqual(['statement']);
  });
});
