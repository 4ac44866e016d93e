/**
 * A list sorted again after a small change (a long-lived compiler): the items
 * that were in the last sorted list keep their order there, the others are
 * sorted and merged in. With a total order that tells every two items apart this
 * is the sorted list itself; when two different items compare equal the stable
 * sort's order would depend on the input order, so the list is sorted in full.
 *
 * Items are records that say which build last used them and which build's list
 * last held them (emit-memo.ts), so telling kept, gone and new items apart reads
 * two fields per item. Removing items from a list whose neighbours all differ
 * leaves it so; only the pairs next to a new item are compared again.
 */

export interface Listed {
  /** The build that last gave this record out. */
  used: number;
  /** The build whose sorted list last held it. */
  listed: number;
}

export interface SortedList<T> {
  list: readonly T[];
  /** The build that sorted it. */
  stamp: number;
  /** Whether every item sorts strictly before the next (no two items compare equal). */
  strict: boolean;
}

function sortInFull<T extends Listed>(items: readonly T[], compare: (a: T, b: T) => number, stamp: number): SortedList<T> {
  const list = [...items].sort(compare);
  let strict = true;
  for (let i = 1; i < list.length && strict; i += 1) strict = compare(list[i - 1] as T, list[i] as T) < 0;
  for (const x of list) x.listed = stamp;
  return { list, stamp, strict };
}

/**
 * `items`: the records this build (`stamp`) used, in input order; `previous`: the last
 * build's sorted list. A record of it that this build did not use is gone.
 */
export function sortAgain<T extends Listed>(items: readonly T[], previous: SortedList<T> | null, compare: (a: T, b: T) => number, stamp: number): SortedList<T> {
  if (!previous || previous.stamp >= stamp) return sortInFull(items, compare, stamp);
  const fresh = items.filter((x) => x.listed !== previous.stamp).sort(compare);
  const out: T[] = [];
  const isFresh = new Uint8Array(items.length);
  let j = 0;
  for (const x of previous.list) {
    if (x.used !== stamp) continue;
    while (j < fresh.length && compare(fresh[j] as T, x) < 0) {
      isFresh[out.length] = 1;
      out.push(fresh[j++] as T);
    }
    out.push(x);
  }
  while (j < fresh.length) {
    isFresh[out.length] = 1;
    out.push(fresh[j++] as T);
  }
  // Every item used is in the list once: otherwise a record was given out twice, or a kept one was missed.
  if (out.length !== items.length) return sortInFull(items, compare, stamp);
  for (let i = 1; i < out.length; i += 1) {
    if ((previous.strict && !isFresh[i] && !isFresh[i - 1]) || compare(out[i - 1] as T, out[i] as T) < 0) continue;
    return sortInFull(items, compare, stamp);
  }
  for (const x of out) x.listed = stamp;
  return { list: out, stamp, strict: true };
}
