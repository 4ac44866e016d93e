import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortAgain } from './sort-again';

interface Item {
  date: string;
  id: string;
}
const order = (a: Item, b: Item): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const item = fc.record({ date: fc.constantFrom('2031-03-01', '2031-03-02', '2031-04-10', '\uffff'), id: fc.string({ maxLength: 3 }) });

describe('sortAgain', () => {
  it('gives what a full sort gives after items are added and removed, ties between different items included', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.array(item, { maxLength: 10 }), fc.array(fc.boolean(), { maxLength: 40 }), (before, added, dropped) => {
        const previous = [...before].sort(order);
        const now = [...before.filter((_, i) => !dropped[i]), ...added].reverse();
        expect(sortAgain(now, previous, order)).toEqual([...now].sort(order));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the kept items as the same objects, in their last order', () => {
    const a = { date: '2031-03-01', id: 'b' };
    const b = { date: '2031-03-02', id: 'a' };
    const c = { date: '2031-03-01', id: 'c' };
    const again = sortAgain([b, c, a], [a, b], order);
    expect(again).toEqual([a, c, b]);
    expect(again[0]).toBe(a);
  });
});
