import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const published = { year: 2031, month: 1, day: 28 };

describe('happening targets and captures told in passing', () => {
  it('keeps "after the capture of X" beside the threat of its sentence as a capture told in passing, naming only the person taken', () => {
    const { doc, mentions } = handDoc({
      text: "President Tom Hale's threats grew after the capture of Ivo Brask.",
      published,
      actors: { hale: ['Tom Hale'], brask: ['Ivo Brask'] },
    });
    const events = extractEvents(doc, mentions);
    expect(events.filter((e) => !e.background).map((e) => e.type)).toEqual(['threat']);
    const passing = events.find((e) => e.background);
    expect(passing).toMatchObject({ type: 'military-operation', actors: ['brask'], targets: ['brask'], date: { start: '2031-01-28', basis: 'reported' } });
  });

  it('does the same for "tras la captura de X" in Spanish, and for a transfer ("el traslado de X")', () => {
    const { doc, mentions } = handDoc({
      text: 'La analista Eva Sol recordó que la presión aumentó tras la captura de Ivo Brask. El Senado criticó el traslado de Max Orr.',
      published,
      actors: { sol: ['Eva Sol'], brask: ['Ivo Brask'], orr: ['Max Orr'] },
    });
    const passing = extractEvents(doc, mentions).filter((e) => e.background);
    expect(passing.map((e) => [e.type, e.targets])).toEqual([
      ['military-operation', ['brask']],
      ['arrest-extradition', ['orr']],
    ]);
  });

  it('names the person seized as the target of a capture, not the agent of a passive or someone past a comma', () => {
    const { doc, mentions } = handDoc({
      text: 'On May 4, 2030, AA forces captured Ivo Brask in Portville. Max Orr was arrested by Eva Sol on May 6, 2030. Police detained, on orders of Tom Hale, two men on May 7, 2030.',
      dates: [
        ['May 4, 2030', { start: '2030-05-04', precision: 'day', basis: 'stated' }],
        ['May 6, 2030', { start: '2030-05-06', precision: 'day', basis: 'stated' }],
        ['May 7, 2030', { start: '2030-05-07', precision: 'day', basis: 'stated' }],
      ],
      actors: { brask: ['Ivo Brask'], orr: ['Max Orr'], sol: ['Eva Sol'], hale: ['Tom Hale'] },
    });
    const events = extractEvents(doc, mentions);
    expect(events.map((e) => [e.date.start, e.targets ?? []])).toEqual([
      ['2030-05-04', ['brask']],
      ['2030-05-06', []],
      ['2030-05-07', []],
    ]);
    expect(events.some((e) => e.background)).toBe(false);
  });

  it('takes a name right before the noun as its target ("the Brask raid"), not a possessive ("Hale\'s raid")', () => {
    const { doc, mentions } = handDoc({
      text: 'The Brask raid changed the debate in Portville. Critics of Tom Hale\'s raid spoke up in the capital.',
      published,
      actors: { brask: ['Brask'], hale: ['Tom Hale'] },
    });
    expect(extractEvents(doc, mentions).map((e) => e.targets ?? [])).toEqual([['brask'], []]);
  });

  it('gives a capture set after a dated happening no day of its own ("on January 12, days after the capture of X"), in English and Spanish', () => {
    const texts: [string, string][] = [
      ['That was on January 12, just days after the capture of Ivo Brask in Portville.', 'January 12'],
      ['Eva Sol recordó que la primera conversación entre ambos mandatarios ocurrió el pasado 12 de enero, días después de la captura de Ivo Brask.', '12 de enero'],
    ];
    for (const [text, words] of texts) {
      const { doc, mentions } = handDoc({
        text,
        published,
        dates: [[words, { start: '2031-01-12', precision: 'day', basis: 'inferred' }]],
        actors: { sol: ['Eva Sol'], brask: ['Ivo Brask'] },
      });
      const captures = extractEvents(doc, mentions).filter((e) => e.type === 'military-operation');
      // The day is the other happening's: the capture is told with its target, dated by the article.
      expect(captures.map((e) => [e.date.start, e.date.basis, e.targets])).toEqual([['2031-01-28', 'reported', ['brask']]]);
    }
  });

  it('takes no target after a noun that follows its article without "of" or "de" ("an operation Hale described")', () => {
    const { doc, mentions } = handDoc({
      text: 'AA forces seized Ivo Brask in Velia on Saturday, in an operation Tom Hale described as brilliant. La captura de Max Orr, una operación Eva Sol calificó de impecable, duró una hora.',
      published,
      actors: { brask: ['Ivo Brask'], hale: ['Tom Hale'], orr: ['Max Orr'], sol: ['Eva Sol'] },
    });
    const targets = extractEvents(doc, mentions).map((e) => e.targets ?? []);
    expect(targets.flat()).toContain('brask');
    expect(targets.flat()).toContain('orr');
    expect(targets.flat()).not.toContain('hale');
    expect(targets.flat()).not.toContain('sol');
  });
});
