import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';
import { linkQuotes } from './link-quotes';

const day = (start: string) => ({ start, precision: 'day' as const, basis: 'relative' as const });

describe('the speaker of a statement whose sentence names only what was said about', () => {
  it('puts the quote\'s speaker first when no one is named before the speech verb (Spanish, subject carried from before)', () => {
    const { doc, mentions, quotes } = handDoc({
      text: 'El presidente Tom Hale dejó clara su postura.\n\nConsultado por periodistas el domingo, dijo que Norvia "tiene que poner orden en su casa".',
      dates: [['el domingo', day('2031-03-02')]],
      actors: { hale: ['Tom Hale'], norvia: ['Norvia'] },
      quotes: [['tiene que poner orden en su casa', 'hale']],
    });
    const statement = linkQuotes(doc, extractEvents(doc, mentions), quotes).events.find((e) => e.date.start === '2031-03-02');
    expect(statement?.actors).toEqual(['hale', 'norvia']);
  });

  it('keeps the subject named before the verb, and a speaker it does not know (English)', () => {
    const named = handDoc({
      text: 'Minister Ana Ruiz said on Sunday that Norvia "must put its house in order".',
      dates: [['on Sunday', day('2031-03-02')]],
      actors: { ruiz: ['Ana Ruiz'], norvia: ['Norvia'], hale: ['Tom Hale'] },
      quotes: [['must put its house in order', 'hale']],
    });
    const statement = linkQuotes(named.doc, extractEvents(named.doc, named.mentions), named.quotes).events.find((e) => e.type === 'statement');
    expect(statement?.actors[0]).toBe('ruiz');
    const unknown = handDoc({
      text: 'Asked by reporters on Sunday, said to be angry, the envoy told them Norvia "must put its house in order".',
      dates: [['on Sunday', day('2031-03-02')]],
      actors: { norvia: ['Norvia'] },
      quotes: [['must put its house in order', null]],
    });
    const anonymous = linkQuotes(unknown.doc, extractEvents(unknown.doc, unknown.mentions), unknown.quotes).events.find((e) => e.type === 'statement');
    expect(anonymous?.actors).toEqual(['norvia']);
  });
});
