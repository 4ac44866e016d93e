/**
 * How many values two ascending, duplicate-free sequences share, by one linear merge
 * (no Set built per comparison: this runs for every candidate pair).
 */
export function sortedOverlap<T extends number | string>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}
