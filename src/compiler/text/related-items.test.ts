import { describe, expect, it } from 'vitest';
import { assignRelatedStories, isRelatedHeading } from './related-items';

describe('related-articles blocks', () => {
  it('recognises the heading in several languages', () => {
    for (const text of ['Related articles', 'Artículos relacionados', 'Notas relacionadas', 'Связанные статьи', 'Read more', 'Te puede interesar', 'More from The Harbor Gazette', 'Lee también:']) {
      expect(isRelatedHeading(text), text).toBe(true);
    }
    expect(isRelatedHeading('Related articles suggest the minister knew about the plan in advance.')).toBe(false);
    expect(isRelatedHeading('The minister read more than forty documents')).toBe(false);
  });

  it('recognises "MORE <topic> COVERAGE:" and "Más noticias de <lugar>:" headings', () => {
    for (const text of ['MORE BORDER COVERAGE:', 'More port news', 'Más noticias de Norvia:']) expect(isRelatedHeading(text), text).toBe(true);
    expect(isRelatedHeading('More border coverage is planned by the network next year.')).toBe(false);
  });

  it('gives each paragraph its own story and attaches a headline to the paragraph after it', () => {
    expect(
      assignRelatedStories(
        ['Trump escalates threats', 'In the wake of the capture, Trump spoke.', 'Sheinbaum downplayed the statements.', 'Rubio praised Mexico.'],
        1,
      ),
    ).toEqual([1, 1, 2, 3]);
  });

  it('gives each bare headline of a list of headlines its own story', () => {
    expect(
      assignRelatedStories(['Port chief vows to reopen the docks', 'Senators demand answers on the levy', 'Harbor Deal Signed', 'The two sides signed on Friday.'], 1),
    ).toEqual([1, 2, 3, 3]);
  });
});
