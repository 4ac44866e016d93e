import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/timeline';
import { handDoc } from '../testing/hand-doc';
import { extractEvents } from './extract-events';

const tuesday: DateValue = { start: '2031-03-04', precision: 'day', basis: 'relative' };

function plea(text: string) {
  const { doc, mentions } = handDoc({ text, dates: [[text.includes('el martes') ? 'el martes' : 'Tuesday', tuesday]], actors: { brask: ['Ivo Brask'], norvia: ['Norvia'], judge: ['Judge Ana Vidal'] } });
  return extractEvents(doc, mentions).find((e) => e.type === 'other' && e.date.start === '2031-03-04');
}

describe('a lede that names its subject only in the next sentence', () => {
  it('gives the lede\'s happening to the person the next sentence opens on with an age', () => {
    const lede = 'VALDORA — A man prosecutors describe as a port smuggler pleaded not guilty Tuesday in federal court, a week after Norvia flew him to Ostland.';
    expect(plea(`${lede}\nIvo Brask, 47, appeared before Judge Ana Vidal in a jumpsuit.`)?.actors).toContain('brask');
    expect(plea(`Un hombre señalado como contrabandista se declaró no culpable el martes, una semana después de que Norvia lo enviara.\nIvo Brask, de 47 años, compareció ante el juez.`)?.actors).toContain('brask');
  });

  it('does not when the next sentence opens on a name with no age, or the lede names its subject', () => {
    const lede = 'VALDORA — A man prosecutors describe as a port smuggler pleaded not guilty Tuesday in federal court, a week after Norvia flew him to Ostland.';
    expect(plea(`${lede}\nIvo Brask said he would appeal.`)?.actors).not.toContain('brask');
    expect(plea(`The smuggler pleaded not guilty Tuesday in federal court, a week after Norvia flew him to Ostland.\nIvo Brask, 47, watched from the gallery.`)?.actors).not.toContain('brask');
  });
});
