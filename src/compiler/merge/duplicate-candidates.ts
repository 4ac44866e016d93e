/**
 * The near-duplicate search's candidate pairs (duplicate-documents.ts): which
 * earlier documents each document must be compared with, found through an index
 * of shingle prefixes instead of comparing every pair. Bookkeeping only: the
 * search itself decides what a pair is.
 */
import { sortedHashOverlap } from './sorted-overlap';

/**
 * Earlier documents that can reach the lowest similarity with each document, in
 * index order (`skip`: documents the search never compares, which are no one's
 * candidate). Shingles get a global rank (rarest first, then by hash). Documents
 * are taken from the smallest (as in PPJoin): a pair reaching similarity t shares
 * at least 2t/(1+t) of the smaller one's shingles, so each document indexes only
 * that short prefix, and each larger one probes with its own longer prefix (the
 * shingles any match of its size must touch) and counts what it shares with each
 * indexed one. A shared shingle outside the counted prefixes lies in the suffix of
 * the document whose prefix ends first, so count + that suffix bounds the overlap;
 * pairs whose bound misses the overlap that similarity needs, or whose overlap does,
 * are never compared. On a corpus of look-alike articles the short index prefix leaves out the
 * shingles many articles share, which were most of the walk over the index.
 */
export function prefixCandidates(sets: readonly Uint32Array[], lowest: number, skip: (index: number) => boolean): (index: number) => number[] {
  const ids = new Map<number, number>();
  const hashes: number[] = [];
  const frequency: number[] = [];
  for (const set of sets) {
    for (const x of set) {
      let id = ids.get(x);
      if (id === undefined) {
        id = hashes.length;
        ids.set(x, id);
        hashes.push(x);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] ?? 0) + 1;
    }
  }
  const order = Array.from(hashes.keys()).sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0) || (hashes[a] ?? 0) - (hashes[b] ?? 0));
  const rankOf = new Int32Array(hashes.length);
  order.forEach((id, rank) => (rankOf[id] = rank));
  const ranked = sets.map((set) => {
    const out = new Uint32Array(set.length);
    let k = 0;
    for (const x of set) out[k++] = rankOf[ids.get(x) ?? 0] ?? 0;
    return out.sort();
  });
  // Probe prefixes: any pair reaching lowest shares one of these; index prefixes: any pair with a
  // document no smaller shares one of these (1e-9: a product just above an integer must not shorten them).
  const probe = ranked.map((r) => Math.min(r.length, r.length - Math.floor(lowest * r.length) + 1));
  const indexed = ranked.map((r) => Math.min(r.length, r.length - Math.ceil(((2 * lowest) / (1 + lowest)) * r.length - 1e-9) + 1));
  const lastOf = (prefix: readonly number[]): number[] => ranked.map((r, i) => r[(prefix[i] ?? 1) - 1] ?? -1);
  const lastProbed = lastOf(probe);
  const lastIndexed = lastOf(indexed);
  const postings: (number[] | undefined)[] = new Array<number[] | undefined>(hashes.length);
  const count = new Int32Array(sets.length);
  const need = lowest / (1 + lowest);
  const earlier: number[][] = sets.map(() => []);
  const bySize = Array.from(sets.keys())
    .filter((i) => !skip(i))
    .sort((a, b) => (ranked[a]?.length ?? 0) - (ranked[b]?.length ?? 0) || a - b);
  for (const i of bySize) {
    const own = ranked[i] ?? new Uint32Array(0);
    const size = own.length;
    const probed = probe[i] ?? 0;
    const touched: number[] = [];
    for (let p = 0; p < probed; p += 1) {
      const list = postings[own[p] ?? 0];
      if (!list) continue;
      for (const c of list) {
        if (count[c] === 0) touched.push(c);
        count[c] = (count[c] ?? 0) + 1;
      }
    }
    for (const c of touched) {
      const other = ranked[c]?.length ?? 0;
      const suffix = (lastProbed[i] ?? 0) <= (lastIndexed[c] ?? 0) ? size - probed : other - (indexed[c] ?? 0);
      const bound = (count[c] ?? 0) + suffix;
      count[c] = 0;
      // Sizes too far apart, or too few shingles in common, cannot reach the lowest similarity.
      if (other < lowest * size - 1e-9 || size < lowest * other - 1e-9) continue;
      const required = Math.ceil(need * (size + other) - 1e-9);
      // The short index prefix makes the bound loose: the pair's overlap itself is counted (a merge of
      // two short arrays), so the search compares only the pairs that reach the lowest similarity.
      if (bound >= required && sortedHashOverlap(own, ranked[c] ?? own, required) >= required) (i < c ? earlier[c] : earlier[i])?.push(Math.min(i, c));
    }
    for (let p = 0; p < (indexed[i] ?? 0); p += 1) {
      const rank = own[p] ?? 0;
      const list = postings[rank];
      if (list) list.push(i);
      else postings[rank] = [i];
    }
  }
  return (i) => (earlier[i] ?? []).sort((a, b) => a - b);
}
