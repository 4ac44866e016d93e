/**
 * The written JSON of the last build's output items, for a long-lived compiler
 * (`--watch`): after a one-file change most events, quotes, documents and
 * diagnostics are what they were, and serialising and checking 100 MB again is
 * most of a rebuild. Each list is written in a total order (emit's, and the
 * diagnostics'), so the new list and the last written one are walked side by
 * side: an item is compared with the last build's item at its place in that
 * order, value by value, keys in order, as JSON would write it, and an equal
 * item is written from the bytes that were written and checked for it then. Any
 * difference, however small, and the item is serialised and checked again. The
 * memo keeps the last build's items (not copies), so it holds only what a build
 * already made; it is replaced only once a build's output was written in full.
 */
import type { Diagnostic } from '../../schema/timeline';
import { OUTPUT_ORDER } from '../emit/emit-timeline';
import { compareDiagnostics } from './diagnostic-report';
import type { ArrayField, OutputPieces } from './schema-check';

/** The order each list is written in: both lists are walked side by side, once. */
export const ORDER: Partial<Record<ArrayField, (a: never, b: never) => number>> = { ...OUTPUT_ORDER, diagnostics: (a: Diagnostic, b: Diagnostic) => compareDiagnostics(a, b) };

/** One list as written: its items (not copies) and their JSON. */
interface Written {
  items: unknown[];
  bytes: Uint8Array[];
}

/** Whether JSON.stringify writes `a` and `b` the same (plain JSON values: what the timeline holds). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i += 1) {
    const k = ka[i] as string;
    if (k !== kb[i] || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export interface OutputMemo extends OutputPieces {
  kept(field: ArrayField, item: unknown, bytes: Uint8Array): void;
  /** The build's output was written: its items are what the next build compares with. */
  commit(): void;
  /** The build wrote nothing: the next build compares with the last written output. */
  discard(): void;
}

/** Items must be asked for and written in each list's order (as the writer goes). */
export function outputMemo(): OutputMemo {
  let last = new Map<ArrayField, Written>();
  let next = new Map<ArrayField, Written>();
  /** Where the walk of each last list is. */
  const at = new Map<ArrayField, number>();
  const record = (field: ArrayField, item: unknown, bytes: Uint8Array): void => {
    let list = next.get(field);
    if (!list) next.set(field, (list = { items: [], bytes: [] }));
    list.items.push(item);
    list.bytes.push(bytes);
  };
  const restart = (): void => {
    next = new Map();
    at.clear();
  };
  return {
    stored(field, item) {
      const order = ORDER[field] as ((a: unknown, b: unknown) => number) | undefined;
      const list = last.get(field);
      if (!order || !list) return null;
      let j = at.get(field) ?? 0;
      // Most items are the last build's, at the next place of its list: known by identity.
      if (list.items[j] === item) {
        at.set(field, j + 1);
        return list.bytes[j] ?? null;
      }
      while (j < list.items.length && order(list.items[j], item) < 0) j += 1;
      at.set(field, j);
      if (j === list.items.length || order(list.items[j], item) !== 0 || !sameJson(list.items[j], item)) return null;
      at.set(field, j + 1);
      return list.bytes[j] ?? null;
    },
    kept(field, item, bytes) {
      record(field, item, bytes);
    },
    made(field, item, _json, bytes) {
      record(field, item, bytes);
    },
    commit() {
      last = next;
      restart();
    },
    discard: restart,
  };
}
