import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

describe('a saying in writing beside an interview', () => {
  const actors = { brink: ['Tomás Brink-Avila', 'Brink-Avila'] };
  const published = { year: 2031, month: 3, day: 9 } as const;

  it('keeps a post of the speaker apart from the interview the story tells', () => {
    const { doc, mentions } = handDoc({
      text: 'Tomás Brink-Avila gave an interview to a radio station in Portvale. Minutes later, Brink-Avila replied on X that the port stays open.',
      published,
      actors,
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['interview', 'statement']);
  });

  it('still folds what the speaker said aloud into the interview', () => {
    const { doc, mentions } = handDoc({
      text: 'Tomás Brink-Avila gave an interview to a radio station in Portvale. Brink-Avila said that the port stays open.',
      published,
      actors,
    });
    expect(extractEvents(doc, mentions).map((e) => e.type)).toEqual(['interview']);
  });
});
