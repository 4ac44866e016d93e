import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortAgain, type Listed, type SortedList } from './sort-again';

interface Item extends Listed {
  date: string;
  id: string;
}
const order = (a: Item, b: Item): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const fields = fc.record({ date: fc.constantFrom('2031-03-01', '2031-03-02', '2031-04-10', '\uffff'), id: fc.string({ maxLength: 3 }) });
const fresh = ({ date, id }: { date: string; id: string }): Item => ({ date, id, used: 0, listed: 0 });
/** Gives out `items` in build `stamp`, as emit does with its records. */
const use = (items: Item[], stamp: number): Item[] => {
  for (const x of items) x.used = stamp;
  return items;
};
const ids = (list: SortedList<Item>): string[] => list.list.map((x) => `${x.date} ${x.id}`);

describe('sortAgain', () => {
  it('gives what a full sort gives over builds that add and remove items, ties between different items included', () => {
    fc.assert(
      fc.property(fc.array(fields, { maxLength: 40 }), fc.array(fc.tuple(fc.array(fields, { maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 40 })), { maxLength: 4 }), (first, steps) => {
        let items = use(first.map(fresh), 1);
        let sorted = sortAgain(items, null, order, 1);
        steps.forEach(([added, dropped], k) => {
          const stamp = k + 2;
          // Kept items are the same records; the input order is not the sorted one.
          items = use([...items.filter((_, i) => !dropped[i]), ...added.map(fresh)].reverse(), stamp);
          sorted = sortAgain(items, sorted, order, stamp);
          expect(ids(sorted)).toEqual(ids({ list: [...items].sort(order), stamp, strict: true }));
          expect(new Set(sorted.list).size).toBe(items.length);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the kept items as the same objects, in their last order', () => {
    const [a, b, c] = [fresh({ date: '2031-03-01', id: 'b' }), fresh({ date: '2031-03-02', id: 'a' }), fresh({ date: '2031-03-01', id: 'c' })];
    const before = sortAgain(use([b, a], 1), null, order, 1);
    const again = sortAgain(use([b, c, a], 2), before, order, 2);
    expect(again.list).toEqual([a, c, b]);
    expect(again.list[0]).toBe(a);
  });

  it('sorts in full when two different items tie, so the input order decides as in a full sort', () => {
    const [a, b] = [fresh({ date: '2031-03-01', id: 'x' }), fresh({ date: '2031-03-02', id: 'y' })];
    const before = sortAgain(use([b, a], 1), null, order, 1);
    const twin = fresh({ date: '2031-03-01', id: 'x' });
    const again = sortAgain(use([twin, b, a], 2), before, order, 2);
    expect(again.list).toEqual([twin, a, b]);
    expect(again.list[0]).toBe(twin);
    expect(again.strict).toBe(false);
  });
});
