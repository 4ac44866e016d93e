/**
 * One list of the timeline written from the last written `timeline.json` (a fresh
 * process after an edit, with the places its items were written at: written-output.ts).
 * After a one-file change almost every event, quote and diagnostic is written as it
 * was, so a slice of a thousand items is serialised in one call and its bytes are
 * compared with the last file's bytes of the items at the same place of the walk:
 * equal bytes are exactly what would be written, and they passed the schema check
 * when they were written, so they are copied as they are (no check; the last file
 * is read a slice at a time, never held whole).
 * A slice that differs is walked item by item: an item whose JSON is the last
 * item's at the walk's place is copied; otherwise the list's total order tells
 * whether the last item is gone (the walk moves on), was this one (changed) or
 * comes later (this one is new); anything not copied is checked. The decision is
 * always by the bytes, so a stale or damaged record only costs speed, never a wrong
 * byte. Every item's place in the new file is recorded for the next build.
 */
import { isOpaque, OpaqueMismatch } from '../emit/opaque-items';
import type { DiagnosticRun } from './diagnostic-runs';
import type { CheckSlice } from './schema-check';

/** Items serialised and compared per call. */
const SLICE = 1000;
const COMMA = Buffer.from(',');

/** The last written file and where each item of this list was written in it (start and end byte offsets, by pairs). */
export interface LastList {
  /** Its bytes `start..end` in a new buffer (read when needed: the file is never held whole), shorter if it cannot be read. */
  read(start: number, end: number): Buffer;
  places: Float64Array;
  /** The id of each item, for the lists whose items have one (events and quotes: list-from-known.ts). */
  ids?: readonly string[];
  /** The diagnostics' runs, a document at a time (diagnostic-runs.ts). */
  runs?: readonly DiagnosticRun[];
}

/** UTF-8 of one JSON text, in a buffer reused from call to call (a UTF-16 unit takes at most 3 bytes). */
function encoder(): (json: string) => { bytes: Buffer; length: number } {
  let scratch = Buffer.allocUnsafe(1 << 20);
  return (json) => {
    if (scratch.length < json.length * 3) scratch = Buffer.allocUnsafe(json.length * 3);
    return { bytes: scratch, length: scratch.write(json, 0, 'utf8') };
  };
}

/**
 * The items' bytes, a slice at a time, commas included, from byte `at` of the output.
 * `placed` receives each item's start and end offset in the new file. `order` is the
 * list's total order (the walk moves by it past the last items that are gone).
 */
export function* listFromLast(
  items: readonly unknown[],
  at: number,
  last: LastList | null,
  order: (a: never, b: never) => number,
  check: CheckSlice,
  placed: number[],
): Generator<Uint8Array> {
  const encode = encoder();
  const places = last?.places ?? new Float64Array(0);
  const count = places.length / 2;
  const read = last ? (a: number, b: number): Buffer => last.read(a, b) : (): Buffer => Buffer.alloc(0);
  const compare = order as (a: unknown, b: unknown) => number;
  let position = at;
  /** The walk's place in the last list. */
  let j = 0;
  /** The last item at `k` when its bytes are `bytes` (`length` of them), else null. */
  const sameAsLast = (k: number, bytes: Buffer, length: number): Buffer | null => {
    const a = places[2 * k] as number;
    const b = places[2 * k + 1] as number;
    if (length !== b - a) return null;
    const old = read(a, b);
    return old.length === length && bytes.compare(old, 0, length, 0, length) === 0 ? old : null;
  };
  const lastItem = (k: number): unknown => {
    try {
      return JSON.parse(read(places[2 * k] as number, places[2 * k + 1] as number).toString('utf8'));
    } catch {
      return undefined;
    }
  };
  for (let from = 0; from < items.length; from += SLICE) {
    const to = Math.min(items.length, from + SLICE);
    // An opaque item is written only from bytes known to be its own (list-from-known.ts).
    for (let i = from; i < to; i += 1) if (isOpaque(items[i])) throw new OpaqueMismatch('an opaque item without its last bytes');
    const comma = from > 0;
    if (comma) position += 1;
    if (j + (to - from) <= count) {
      const { bytes, length } = encode(JSON.stringify(items.slice(from, to)));
      const a = places[2 * j] as number;
      const b = places[2 * (j + to - from - 1) + 1] as number;
      // The slice's brackets are left out: its items and the commas between them.
      const old = length - 2 === b - a ? read(a, b) : null;
      if (old && old.length === b - a && bytes.compare(old, 0, b - a, 1, length - 1) === 0) {
        const shift = position - a;
        for (let k = j; k < j + to - from; k += 1) placed.push((places[2 * k] as number) + shift, (places[2 * k + 1] as number) + shift);
        j += to - from;
        position += b - a;
        if (comma) yield COMMA;
        yield old;
        continue;
      }
    }
    // Each item is the last file's bytes (copied) or its JSON (new: checked, then written).
    const pieces: (Uint8Array | string)[] = [];
    const copied: boolean[] = [];
    let room = to - from;
    for (let i = from; i < to; i += 1) {
      const json = JSON.stringify(items[i] ?? null);
      let piece: Uint8Array | string = json;
      const { bytes, length } = j < count ? encode(json) : { bytes: Buffer.alloc(0), length: 0 };
      while (j < count) {
        const same = sameAsLast(j, bytes, length);
        if (same) {
          piece = same;
          j += 1;
          break;
        }
        const known = lastItem(j);
        const c = known === undefined ? -1 : compare(known, items[i]);
        // Gone (or unreadable): the walk moves on; the same place in the order: this item changed.
        if (c <= 0) j += 1;
        if (c >= 0) break;
      }
      copied.push(typeof piece !== 'string');
      room += typeof piece === 'string' ? piece.length * 3 : piece.length;
      pieces.push(piece);
    }
    check(from, to, copied);
    const out = joinPieces(pieces, room, position, placed);
    position += out.length;
    if (comma) yield COMMA;
    yield out;
  }
}

/**
 * One slice of a list (items `from..to`, each copied bytes or JSON): the JSON ones are
 * checked, the slice is given with the comma before it, and each item's place recorded.
 * Returns the output's byte offset after it.
 */
export function* writeSlice(pieces: readonly (Uint8Array | string)[], from: number, to: number, position: number, check: CheckSlice, placed: number[]): Generator<Uint8Array, number> {
  check(from, to, pieces.map((p) => typeof p !== 'string'));
  let room = to - from;
  for (const p of pieces) room += typeof p === 'string' ? p.length * 3 : p.length;
  const comma = from > 0;
  const at = comma ? position + 1 : position;
  const out = joinPieces(pieces, room, at, placed);
  if (comma) yield COMMA;
  yield out;
  return at + out.length;
}

/**
 * One slice's items as one buffer, commas between them: copied bytes as they are, JSON
 * encoded (`room` bounds the size). Each item's place, from byte `position` of the output,
 * goes to `placed`.
 */
export function joinPieces(pieces: readonly (Uint8Array | string)[], room: number, position: number, placed: number[]): Buffer {
  const out = Buffer.allocUnsafe(room);
  let written = 0;
  pieces.forEach((piece, k) => {
    if (k > 0) out[written++] = 44;
    const start = written;
    if (typeof piece === 'string') written += out.write(piece, written, 'utf8');
    else {
      out.set(piece, written);
      written += piece.length;
    }
    placed.push(position + start, position + written);
  });
  return out.subarray(0, written);
}
