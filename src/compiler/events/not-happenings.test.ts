import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

function types(text: string, actors: Record<string, string[]> = {}): string[] {
  const { doc, mentions } = handDoc({ text, actors });
  return extractEvents(doc, mentions).map((e) => e.type);
}

describe('sentences that tell of no happening', () => {
  it('makes no event of a question, in English and Spanish', () => {
    expect(types('Dr. Brask, what happens the day after a strike on the port of Alden?', { brask: ['Brask'] })).toEqual([]);
    expect(types('¿Qué pasará después de un ataque contra el puerto de Alden, doctora Olmos?', { olmos: ['Olmos'] })).toEqual([]);
  });

  it('makes no event of a prospect, also when a hyphenated or abbreviated word stands between ("the prospect of cross-border strikes")', () => {
    expect(types('In the border towns, the prospect of cross-border strikes provoked alarm.')).toEqual([]);
    expect(types('En los pueblos de la frontera, la posibilidad de bombardeos provocó alarma.')).toEqual([]);
  });

  it('still reads the statement that follows a question', () => {
    expect(types('Will the port reopen? Minister Vera Olmos said on Monday that it would.', { olmos: ['Vera Olmos'] })).toEqual(['statement']);
  });
});
