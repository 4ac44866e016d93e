import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/bench-corpus';
import { OpaqueItem, OpaqueMismatch } from '../emit/opaque-items';
import { listFromLast, type LastList } from './list-from-last';
import { ORDER } from './output-memo';

type Item = { id: string; date: { start: string | null }; title: string };
const order = ORDER.events as (a: never, b: never) => number;
const byOrder = (items: Item[]): Item[] => [...items].sort(order as (a: Item, b: Item) => number);
const TITLES = ['Varga calls the mayor', 'Odell visits the port', 'La canciller Sotelo rechaza el plan', 'Brandt meets Okafor in Lisbon', 'Ferrán «no aceptará» tropas'];

/** The list written after `head` (as the timeline's other fields come first), its places and which items were checked. */
function write(items: readonly Item[], last: LastList | null, head = '{"title":"Línea","events":['): { file: Buffer; places: Float64Array; checked: number } {
  const places: number[] = [];
  let checked = 0;
  const at = Buffer.byteLength(head);
  const pieces = [...listFromLast(items, at, last, order, (from, to, copied) => (checked += (copied ?? []).slice(0, to - from).filter((c) => !c).length), places)];
  return { file: Buffer.concat([Buffer.from(head), ...pieces, Buffer.from(']}')]), places: Float64Array.from(places), checked };
}

/** The last list as a fresh process reads it: a range of the file at a time. */
const lastOf = (file: Buffer, places: Float64Array): LastList => ({ read: (start, end) => Buffer.from(file.subarray(start, end)), places });

function randomItems(next: () => number, count: number): Item[] {
  return byOrder(
    Array.from({ length: count }, (_, k) => ({
      id: `ev-${k.toString(36)}-${Math.floor(next() * 1e6)}`,
      date: { start: next() < 0.1 ? null : `2025-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}` },
      title: TITLES[Math.floor(next() * TITLES.length)] as string,
    })),
  );
}

describe('a list written from the last written file', () => {
  it('writes the bytes of a fresh serialisation after random insertions, removals, changes and moves, copying only what is unchanged', () => {
    const next = rng(20261124);
    for (let round = 0; round < 30; round += 1) {
      const before = randomItems(next, Math.floor(next() * 2600));
      const first = write(before, null);
      expect(first.file.toString('utf8')).toBe(`{"title":"Línea","events":${JSON.stringify(before)}}`);
      let after = before.filter(() => next() > 0.02);
      after = after.map((item) => (next() < 0.02 ? { ...item, title: `${item.title} (again)` } : next() < 0.01 ? { ...item, date: { start: '2025-12-31' } } : item));
      after = byOrder([...after, ...randomItems(next, Math.floor(next() * 30))]);
      const known = new Set(before.map((b) => JSON.stringify(b)));
      const touched = after.filter((item) => !known.has(JSON.stringify(item))).length;
      const second = write(after, lastOf(first.file, first.places), '{"title":"Otra línea","events":[');
      expect(second.file.toString('utf8'), `round ${round}`).toBe(`{"title":"Otra línea","events":${JSON.stringify(after)}}`);
      expect(second.checked, `round ${round}`).toBe(touched);
      // Each recorded place holds its item, for the build after.
      const placed = after.map((_item, k) => second.file.toString('utf8', second.places[2 * k], second.places[2 * k + 1]));
      expect(placed, `round ${round}`).toEqual(after.map((item) => JSON.stringify(item)));
    }
  });

  it('never copies wrong bytes from places that point elsewhere, only checks more', () => {
    const next = rng(7);
    const before = randomItems(next, 2500);
    const first = write(before, null);
    const shuffled = first.places.map((p) => p + (next() < 0.3 ? 1 : 0));
    const again = write(before, lastOf(first.file, shuffled));
    expect(again.file.equals(first.file)).toBe(true);
    expect(again.checked).toBeGreaterThan(0);
    const foreign = write(before, lastOf(Buffer.from(first.file.toString('utf8').replace(/Varga/g, 'Vargo')), first.places));
    expect(foreign.file.equals(first.file)).toBe(true);
  });
});

describe('opaque items in a list written from the last file by its bytes', () => {
  it('are never serialised: the writer throws OpaqueMismatch', () => {
    const items = randomItems(rng(3), 50);
    const first = write(items, null);
    const withOpaque = items.map((item, k) => (k === 20 ? (new OpaqueItem(item.id, item.date.start) as unknown as Item) : item));
    expect(() => write(withOpaque, lastOf(first.file, first.places))).toThrow(OpaqueMismatch);
    expect(() => write(withOpaque, null)).toThrow(OpaqueMismatch);
  });
});
