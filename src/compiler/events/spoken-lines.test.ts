import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

describe('happening nouns in a transcript turn or a dialogue line', () => {
  it('makes no event of a topic a speaker names in a turn', () => {
    const { doc, mentions } = handDoc({
      text: 'LINA ORTEGA-BRAMS: Let us start with the transfer.\nPAVEL KREUTZ-NUÑO: The tariffs, the designations.',
      published: { year: 2031, month: 3, day: 9 },
      actors: { ortega: ['LINA ORTEGA-BRAMS'], kreutz: ['PAVEL KREUTZ-NUÑO'] },
    });
    const spans = [
      { start: doc.text.indexOf('Let us'), end: doc.text.indexOf('transfer.') + 9 },
      { start: doc.text.indexOf('The tariffs'), end: doc.text.length },
    ];
    expect(extractEvents(doc, mentions, spans)).toEqual([]);
  });

  it('makes no event of a topic named in a dialogue line', () => {
    const { doc, mentions } = handDoc({
      text: '—Lo que ya ofreció la ministra Aída Quesnel: traslados de presos.',
      published: { year: 2031, month: 3, day: 9 },
      actors: { quesnel: ['Aída Quesnel'] },
    });
    const spans = [{ start: 1, end: doc.text.length }];
    expect(extractEvents(doc, mentions, spans)).toEqual([]);
    // The same words told by the narrator are a happening.
    const told = handDoc({
      text: 'La ministra Aída Quesnel habló de los traslados de presos.',
      published: { year: 2031, month: 3, day: 9 },
      actors: { quesnel: ['Aída Quesnel'] },
    });
    expect(extractEvents(told.doc, told.mentions).map((e) => e.type)).toEqual(['arrest-extradition']);
  });

  it('keeps a dated happening a speaker tells in a turn', () => {
    const { doc, mentions } = handDoc({
      text: 'LINA ORTEGA-BRAMS: The transfer on March 2 changed everything.\nPAVEL KREUTZ-NUÑO: It did.',
      published: { year: 2031, month: 3, day: 9 },
      dates: [['March 2', { start: '2031-03-02', precision: 'day', basis: 'inferred' }]],
      actors: { ortega: ['LINA ORTEGA-BRAMS'], kreutz: ['PAVEL KREUTZ-NUÑO'] },
    });
    const spans = [{ start: doc.text.indexOf('The transfer'), end: doc.text.indexOf('everything.') + 11 }];
    expect(extractEvents(doc, mentions, spans).map((e) => `${e.type} ${e.date.start ?? '-'}`)).toEqual(['arrest-extradition 2031-03-02']);
  });
});
