/**
 * A list sorted again after a small change (a long-lived compiler): the items
 * that were in the last sorted list keep their order there, the others are
 * sorted and merged in. With a total order that tells every two items apart this
 * is the sorted list itself; when two different items compare equal the stable
 * sort's order would depend on the input order, so the list is sorted in full.
 */
export function sortAgain<T>(items: readonly T[], previous: readonly T[] | null, compare: (a: T, b: T) => number): T[] {
  if (!previous) return [...items].sort(compare);
  const now = new Set(items);
  const before = new Set(previous);
  if (now.size !== items.length) return [...items].sort(compare);
  const fresh = items.filter((x) => !before.has(x)).sort(compare);
  const out: T[] = [];
  let j = 0;
  for (const x of previous) {
    if (!now.has(x)) continue;
    while (j < fresh.length && compare(fresh[j] as T, x) < 0) out.push(fresh[j++] as T);
    out.push(x);
  }
  while (j < fresh.length) out.push(fresh[j++] as T);
  for (let i = 1; i < out.length; i += 1) if (compare(out[i - 1] as T, out[i] as T) >= 0) return [...items].sort(compare);
  return out;
}
