import { describe, expect, it } from 'vitest';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const day = (start: string) => ({ start, precision: 'day' as const, basis: 'stated' as const });

describe('a recap entry that names no one', () => {
  const text =
    '- March 2, 2031: Norvia sends 12 prisoners to Portvale.\n' +
    '- April 9, 2031: The port tariffs take effect.\n' +
    '- May 5, 2031: A second transfer sends 20 more prisoners north.';
  const dates: [string, ReturnType<typeof day>][] = [
    ['March 2, 2031', day('2031-03-02')],
    ['April 9, 2031', day('2031-04-09')],
    ['May 5, 2031', day('2031-05-05')],
  ];

  it('takes the actors of the happening of its kind the list told before', () => {
    const { doc, mentions } = handDoc({ text, dates, actors: { norvia: ['Norvia'] } });
    const transfers = extractEvents(doc, mentions).filter((e) => e.type === 'arrest-extradition');
    expect(transfers.map((e) => `${e.date.start ?? '-'} ${e.actors.join(',')}`)).toEqual(['2031-03-02 norvia', '2031-05-05 norvia']);
  });

  it('takes no one when the list told no happening of its kind before', () => {
    const { doc, mentions } = handDoc({ text, dates, actors: { norvia: ['Norvia'] } });
    const tariffs = extractEvents(doc, mentions).filter((e) => e.type === 'policy');
    expect(tariffs.map((e) => e.actors)).toEqual([[]]);
  });

  it('leaves a sentence that is no recap entry as it was', () => {
    const { doc, mentions } = handDoc({
      text: 'Norvia sent 12 prisoners to Portvale on March 2, 2031. On May 5, 2031, a second transfer sent 20 more north.',
      dates: [
        ['March 2, 2031', day('2031-03-02')],
        ['May 5, 2031', day('2031-05-05')],
      ],
      actors: { norvia: ['Norvia'] },
    });
    const transfers = extractEvents(doc, mentions).filter((e) => e.type === 'arrest-extradition');
    expect(transfers.map((e) => e.actors)).toEqual([['norvia'], []]);
  });
});
