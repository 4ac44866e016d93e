import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/bench-corpus';
import { OpaqueItem, OpaqueMismatch } from '../emit/opaque-items';
import { listFromKnown } from './list-from-known';
import type { LastList } from './list-from-last';

type Item = { id: string; date: { start: string | null }; title: string };
const TITLES = ['Varga calls the mayor', 'Odell visits the port', 'La canciller Sotelo rechaza el plan', 'Brandt meets Okafor in Lisbon', 'Ferrán «no aceptará» tropas'];
const HEAD = '{"title":"Línea","events":[';

/** A list as the last build wrote it: the file, each item's place and the ids. */
function lastFile(items: readonly Item[]): LastList & { file: Buffer; ids: string[] } {
  const head = Buffer.from(HEAD);
  const places: number[] = [];
  let at = head.length;
  const parts = items.map((item, k) => {
    const bytes = Buffer.from(JSON.stringify(item));
    at += k > 0 ? 1 : 0;
    places.push(at, at + bytes.length);
    at += bytes.length;
    return bytes;
  });
  const file = Buffer.concat([head, Buffer.from(parts.map((p) => p.toString('utf8')).join(','), 'utf8'), Buffer.from(']}')]);
  return { file, places: Float64Array.from(places), ids: items.map((i) => i.id), read: (start, end) => Buffer.from(file.subarray(start, end)) };
}

/** The list written from `last`, with `reused` the items known to be the last build's; and how many were checked. */
function write(items: readonly Item[], last: LastList & { ids: string[] }, reused: WeakSet<object>): { text: string; checked: number; places: number[] } {
  const placed: number[] = [];
  let checked = 0;
  const pieces = [...listFromKnown(items, Buffer.byteLength(HEAD), last, last.ids, reused, (from, to, copied) => (checked += (copied ?? []).slice(0, to - from).filter((c) => !c).length), placed)];
  return { text: Buffer.concat([Buffer.from(HEAD), ...pieces, Buffer.from(']}')]).toString('utf8'), checked, places: placed };
}

function randomItems(next: () => number, count: number, tag: string): Item[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `ev-${tag}${k.toString(36)}-${Math.floor(next() * 1e6)}`,
    date: { start: next() < 0.1 ? null : `2025-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}` },
    title: TITLES[Math.floor(next() * TITLES.length)] as string,
  }));
}

describe('a list written from the items known to be the last build\'s', () => {
  it('copies the known items and serialises the rest, after random removals, changes and insertions', () => {
    const next = rng(20261124);
    for (let round = 0; round < 25; round += 1) {
      const before = randomItems(next, Math.floor(next() * 2600), `r${round}-`);
      const last = lastFile(before);
      const reused = new WeakSet<object>();
      const after: Item[] = [];
      for (const item of before) {
        const roll = next();
        if (roll < 0.02) continue;
        // A changed item keeps its id but is not known: it is serialised again.
        if (roll < 0.04) after.push({ ...item, title: `${item.title} (again)` });
        else {
          // Known items are new objects with the same content, as a fresh process makes them.
          const copy = { ...item };
          reused.add(copy);
          after.push(copy);
        }
        if (next() < 0.01) after.push(...randomItems(next, 3, `new${round}-`));
      }
      const second = write(after, last, reused);
      expect(second.text, `round ${round}`).toBe(`${HEAD}${after.map((i) => JSON.stringify(i)).join(',')}]}`);
      expect(second.checked, `round ${round}`).toBe(after.filter((i) => !reused.has(i)).length);
      // Each recorded place holds its item, for the build after.
      const bytes = Buffer.from(second.text);
      expect(after.map((_i, k) => bytes.toString('utf8', second.places[2 * k], second.places[2 * k + 1])), `round ${round}`).toEqual(after.map((i) => JSON.stringify(i)));
    }
  });

  it('never copies another item\'s bytes from places that point elsewhere or ids written twice, only checks more', () => {
    const next = rng(11);
    const before = randomItems(next, 1500, 'x');
    const last = lastFile(before);
    const reused = new WeakSet<object>();
    const after = before.map((item) => {
      const copy = { ...item };
      reused.add(copy);
      return copy;
    });
    const expected = `${HEAD}${after.map((i) => JSON.stringify(i)).join(',')}]}`;
    // Every third place is the next item's.
    const shifted = Float64Array.from(last.places, (p, k) => (Math.floor(k / 2) % 3 === 0 && k + 2 < last.places.length ? (last.places[k + 2] as number) : p));
    const moved = write(after, { ...last, places: shifted }, reused);
    expect(moved.text).toBe(expected);
    expect(moved.checked).toBeGreaterThanOrEqual(400);
    // An id the last list holds twice names no place.
    const twice = write(after, { ...last, ids: last.ids.map((id, k) => (k === 1 ? (last.ids[0] as string) : id)) }, reused);
    expect(twice.text).toBe(expected);
    expect(twice.checked).toBe(2);
  });
});

describe('opaque items in a list written from the last build', () => {
  it('are copied from the last bytes that fit them, and throw OpaqueMismatch where none do', () => {
    const next = rng(7);
    const before = randomItems(next, 1200, 'o');
    const last = lastFile(before);
    const none = new WeakSet<object>();
    const opaque = before.map((i) => new OpaqueItem(i.id, i.date.start) as unknown as Item);
    expect(write(opaque, last, none).text).toBe(`${HEAD}${before.map((i) => JSON.stringify(i)).join(',')}]}`);
    expect(write(opaque, last, none).checked).toBe(0);
    // Its date moved since: the last bytes are not its own.
    const moved = opaque.map((item, k) => (k === 600 ? (new OpaqueItem(item.id, '1999-01-01') as unknown as Item) : item));
    expect(() => write(moved, last, none)).toThrow(OpaqueMismatch);
    // Its id is not in the last list.
    const unknown = [...opaque, new OpaqueItem('ev-not-written', null) as unknown as Item];
    expect(() => write(unknown, last, none)).toThrow(OpaqueMismatch);
  });
});
