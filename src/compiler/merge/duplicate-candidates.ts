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
 * shingles many articles share, which were most of the walk over the index. Both lists are sorted,
 * so every shingle a pair shares before its last counted one is counted: a pair is dropped once the
 * count and what follows in the shorter rest cannot reach the overlap needed (PPJoin's positional
 * filter), and the overlap of a pair left is counted on from there.
 */
/**
 * Each set's shingles as global ranks (rarest first, then by hash), each set sorted. Found by
 * sorting all the hashes once, not through a map: most hashes are 2^31 or more, which a map
 * keys as numbers allocated on the heap.
 */
function rankShingles(sets: readonly Uint32Array[]): { ranked: Uint32Array[]; distinct: number } {
  let total = 0;
  for (const set of sets) total += set.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const set of sets) {
    all.set(set, at);
    at += set.length;
  }
  all.sort();
  // The distinct hashes (ascending) and how many sets hold each (a set holds a hash once).
  const distinct = new Uint32Array(total);
  const frequency = new Int32Array(total);
  let count = 0;
  for (let k = 0; k < total; k += 1) {
    const x = all[k] as number;
    if (count > 0 && distinct[count - 1] === x) frequency[count - 1] = (frequency[count - 1] as number) + 1;
    else {
      distinct[count] = x;
      frequency[count] = 1;
      count += 1;
    }
  }
  // By frequency, then hash: a counting sort by frequency keeps the hashes' ascending order within each.
  let most = 0;
  for (let id = 0; id < count; id += 1) most = Math.max(most, frequency[id] as number);
  const starts = new Int32Array(most + 2);
  for (let id = 0; id < count; id += 1) {
    const f = frequency[id] as number;
    starts[f + 1] = (starts[f + 1] as number) + 1;
  }
  for (let f = 1; f < starts.length; f += 1) starts[f] = (starts[f] as number) + (starts[f - 1] as number);
  const rankOf = new Uint32Array(count);
  for (let id = 0; id < count; id += 1) {
    const f = frequency[id] as number;
    rankOf[id] = starts[f] as number;
    starts[f] = (starts[f] as number) + 1;
  }
  const find = (x: number): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((distinct[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ranked = sets.map((set) => {
    const out = new Uint32Array(set.length);
    for (let k = 0; k < set.length; k += 1) out[k] = rankOf[find(set[k] as number)] as number;
    return out.sort();
  });
  return { ranked, distinct: count };
}

export function prefixCandidates(sets: readonly Uint32Array[], lowest: number, skip: (index: number) => boolean): (index: number) => number[] {
  const { ranked, distinct } = rankShingles(sets);
  // Probe prefixes: any pair reaching lowest shares one of these; index prefixes: any pair with a
  // document no smaller shares one of these (1e-9: a product just above an integer must not shorten them).
  const probe = ranked.map((r) => Math.min(r.length, r.length - Math.floor(lowest * r.length) + 1));
  const indexed = ranked.map((r) => Math.min(r.length, r.length - Math.ceil(((2 * lowest) / (1 + lowest)) * r.length - 1e-9) + 1));
  const lastOf = (prefix: readonly number[]): number[] => ranked.map((r, i) => r[(prefix[i] ?? 1) - 1] ?? -1);
  const lastProbed = lastOf(probe);
  const lastIndexed = lastOf(indexed);
  // Each posting is a document and the position of the shingle in it, one after the other.
  const postings: (number[] | undefined)[] = new Array<number[] | undefined>(distinct);
  // Per candidate of the document probing: shingles shared so far (-1: ruled out), and where the last one sits in each.
  const count = new Int32Array(sets.length);
  const lastOwn = new Int32Array(sets.length);
  const lastOther = new Int32Array(sets.length);
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
      for (let k = 0; k < list.length; k += 2) {
        const c = list[k] as number;
        const shared = count[c] as number;
        if (shared < 0) continue;
        if (shared === 0) touched.push(c);
        // Both lists are sorted, so what they share beyond this shingle lies after it in both (positional filter).
        const q = list[k + 1] as number;
        const other = ranked[c]?.length ?? 0;
        if (shared + 1 + Math.min(size - p - 1, other - q - 1) < Math.ceil(need * (size + other) - 1e-9)) {
          count[c] = -1;
          continue;
        }
        count[c] = shared + 1;
        lastOwn[c] = p;
        lastOther[c] = q;
      }
    }
    for (const c of touched) {
      const shared = count[c] as number;
      count[c] = 0;
      if (shared < 0) continue;
      const other = ranked[c]?.length ?? 0;
      const suffix = (lastProbed[i] ?? 0) <= (lastIndexed[c] ?? 0) ? size - probed : other - (indexed[c] ?? 0);
      const bound = shared + suffix;
      // Sizes too far apart, or too few shingles in common, cannot reach the lowest similarity.
      if (other < lowest * size - 1e-9 || size < lowest * other - 1e-9) continue;
      const required = Math.ceil(need * (size + other) - 1e-9);
      // The short index prefix makes the bound loose: the pair's overlap itself is counted (a merge of the two
      // lists after their last shared shingle counted, every earlier one being counted), so the search compares
      // only the pairs that reach the lowest similarity.
      const rest = required - shared;
      if (bound >= required && sortedHashOverlap(own, ranked[c] ?? own, rest, (lastOwn[c] as number) + 1, (lastOther[c] as number) + 1) >= rest) (i < c ? earlier[c] : earlier[i])?.push(Math.min(i, c));
    }
    for (let p = 0; p < (indexed[i] ?? 0); p += 1) {
      const rank = own[p] ?? 0;
      const list = postings[rank];
      if (list) list.push(i, p);
      else postings[rank] = [i, p];
    }
  }
  return (i) => (earlier[i] ?? []).sort((a, b) => a - b);
}
