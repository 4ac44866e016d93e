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

describe('plans and open questions', () => {
  it('makes no event of a meeting that is due, scheduled or will be held, in English and Spanish', () => {
    expect(types('That meeting is due to take place Thursday in Port Alden, led by Minister Vera Olmos.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(types('The summit is scheduled for next month, Vera Olmos said.', { olmos: ['Vera Olmos'] })).toEqual(['statement']);
    expect(types('La reunión se realizará en Porto Alto con la ministra Vera Olmos.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(types('El grupo sostendrá su primera reunión con la ministra Vera Olmos en las próximas semanas.', { olmos: ['Vera Olmos'] })).toEqual([]);
    // A meeting told in the past is one.
    expect(types('That meeting took place in Port Alden, led by Minister Vera Olmos.', { olmos: ['Vera Olmos'] })).toEqual(['meeting']);
  });

  it('makes no event of a "whether" line in a list of things to watch', () => {
    expect(types('- Whether a fourth transfer of prisoners by Vera Olmos is announced before the review.', { olmos: ['Vera Olmos'] })).toEqual([]);
    expect(types('Whether Ivo Brask meets the minister again is the open question.', { brask: ['Ivo Brask'] })).toEqual([]);
  });
});

describe('denied speech', () => {
  it('makes no statement of a speech verb under a negation, in English and Spanish', () => {
    const actors = { olmos: ['Vera Olmos'], norvia: ['Norvia'] };
    expect(types("Norvia's government has not formally responded.", actors)).toEqual([]);
    expect(types('Vera Olmos did not immediately reply to questions about the port.', actors)).toEqual([]);
    expect(types("Vera Olmos hasn't responded.", actors)).toEqual([]);
    expect(types('El ministerio de Norvia no respondió a una solicitud de comentarios.', actors)).toEqual([]);
    expect(types('Vera Olmos aún no se ha pronunciado sobre el cierre del puerto.', actors)).toEqual([]);
  });

  it('still reads a statement whose words are a refusal', () => {
    const actors = { olmos: ['Vera Olmos'] };
    expect(types('"No," Vera Olmos replied when asked about the port.', actors)).toEqual(['statement']);
    expect(types('Vera Olmos said no ships would dock before Friday.', actors)).toEqual(['statement']);
    expect(types('«No», respondió Vera Olmos cuando se le preguntó por el puerto.', actors)).toEqual(['statement']);
  });
});
