/**
 * How many values two ascending, duplicate-free sequences share, by one linear merge
 * (no Set built per comparison: this runs for every candidate pair). Two functions, one
 * per kind of value, so that each loop only ever sees one kind of array: merged in one
 * function, shingle hashes of 2^31 and more (half of them) were read as numbers
 * allocated on the heap, one per step, and the word merge of every report slowed too.
 */
export function sortedOverlap(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * `sortedOverlap` of hashes (or ranks), of `a` from `fromA` and `b` from `fromB`; with `atLeast`, it stops,
 * short, once the rest cannot reach that.
 */
export function sortedHashOverlap(a: Uint32Array, b: Uint32Array, atLeast = 0, fromA = 0, fromB = 0): number {
  let shared = 0;
  for (let i = fromA, j = fromB; i < a.length && j < b.length; ) {
    if (shared + Math.min(a.length - i, b.length - j) < atLeast) return shared;
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}
