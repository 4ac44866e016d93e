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

describe('the occasion a quote was said at', () => {
  it('dates a quote by the saying its own sentence dates, not by an interview told just before with the speaker in it', () => {
    const { doc, mentions, quotes } = handDoc({
      text: 'Tom Hale said so in January in a television interview with Ana Ruiz.\n\nAna Ruiz welcomed the vote.\n\n"The chamber spoke for everyone," she said at her conference on Thursday.',
      dates: [['in January', { start: '2031-01', precision: 'month', basis: 'stated' }], ['on Thursday', day('2031-02-12')]],
      actors: { hale: ['Tom Hale'], ruiz: ['Ana Ruiz'] },
      quotes: [['The chamber spoke for everyone', 'ruiz']],
    });
    const linked = linkQuotes(doc, extractEvents(doc, mentions), quotes);
    expect(linked.quotes[0]?.date.start).toBe('2031-02-12');
  });
});

describe('a dated saying that names no one', () => {
  it('is its quote\'s speaker\'s, not folded into another\'s saying of the same day', () => {
    const { doc, mentions, quotes } = handDoc({
      text: 'El martes, la Junta Portuaria emitió un comunicado de protesta.\n\nEn Norvia, el presidente Tom Hale reaccionó pronto. "El puerto no se toca", escribió el martes en sus redes.',
      dates: [['El martes', day('2031-03-04')], ['el martes', day('2031-03-04')]],
      actors: { junta: ['Junta Portuaria'], hale: ['Tom Hale'] },
      quotes: [['El puerto no se toca', 'hale']],
    });
    const statements = linkQuotes(doc, extractEvents(doc, mentions), quotes).events.filter((e) => e.type === 'statement');
    expect(statements.map((e) => e.actors)).toEqual([['junta'], ['hale']]);
  });
});
