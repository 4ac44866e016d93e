/**
 * The events or quotes of the timeline written from the last written `timeline.json`
 * when assembly knows which items are surely the last build's (a fresh process after
 * an edit: merge/unchanged-items.ts). Such an item is not serialised at all: the last
 * file's bytes of the item with its id are copied (they passed the schema check when
 * they were written, by this compiler: written-output.ts ties the places to the
 * compiler and to that exact file). Each copied item's bytes must still begin with its
 * own id and end its object, or it is serialised after all, so a misplaced range cannot
 * put one item's bytes in another's place. Every other item is serialised and checked.
 * Consecutive items that were consecutive last time are read from the file in one go.
 * An opaque item (emit/opaque-items.ts) cannot be serialised: without bytes that fit it,
 * the writer throws `OpaqueMismatch`.
 */
import { bytesFit, isOpaque, OpaqueMismatch } from '../emit/opaque-items';
import { writeSlice, type LastList } from './list-from-last';
import type { CheckSlice } from './schema-check';

/** Items per slice: the slice's new items are checked in one call. */
const SLICE = 1000;
const CLOSE = 0x7d;

/** The place of each id in the last list; an id written twice there is no place. */
function placesById(ids: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  ids.forEach((id, k) => at.set(id, at.has(id) ? -1 : k));
  return at;
}

/** The last list's bytes of item `k`, when they still begin with `id` and end an object. */
function verified(bytes: Buffer, id: string): boolean {
  const head = `{"id":${JSON.stringify(id)},`;
  return bytes.length > head.length && bytes[bytes.length - 1] === CLOSE && bytes.toString('utf8', 0, head.length) === head;
}

export function* listFromKnown(
  items: readonly { id: string }[],
  at: number,
  last: LastList,
  ids: readonly string[],
  reused: WeakSet<object>,
  check: CheckSlice,
  placed: number[],
): Generator<Uint8Array> {
  const { places } = last;
  const count = Math.min(ids.length, places.length / 2);
  const byId = placesById(ids);
  let position = at;
  for (let from = 0; from < items.length; from += SLICE) {
    const to = Math.min(items.length, from + SLICE);
    const pieces: (Uint8Array | string)[] = [];
    const old = (i: number): number => {
      const item = items[i] as { id: string };
      const k = isOpaque(item) || reused.has(item) ? (byId.get(item.id) ?? -1) : -1;
      return k < count ? k : -1;
    };
    for (let i = from; i < to; ) {
      const k = old(i);
      if (k < 0) {
        if (isOpaque(items[i])) throw new OpaqueMismatch(`no bytes for ${(items[i] as { id: string }).id}`);
        pieces.push(JSON.stringify(items[i] ?? null));
        i += 1;
        continue;
      }
      // The run of items that were consecutive last time, read at once.
      let n = 1;
      while (i + n < to && old(i + n) === k + n) n += 1;
      const start = places[2 * k] as number;
      const run = last.read(start, places[2 * (k + n - 1) + 1] as number);
      for (let m = 0; m < n; m += 1) {
        const a = (places[2 * (k + m)] as number) - start;
        const b = (places[2 * (k + m) + 1] as number) - start;
        const bytes = run.subarray(a, b);
        const item = items[i + m] as { id: string };
        if (isOpaque(item)) {
          if (!(a >= 0 && b <= run.length && bytesFit(bytes, item))) throw new OpaqueMismatch(`the last bytes of ${item.id} are not its own`);
          pieces.push(bytes);
        } else pieces.push(a >= 0 && b <= run.length && verified(bytes, item.id) ? bytes : JSON.stringify(item));
      }
      i += n;
    }
    position = yield* writeSlice(pieces, from, to, position, check, placed);
  }
}
