/**
 * Finds articles that are the same article: byte-identical after whitespace
 * folding, or near-identical (Jaccard similarity of word 5-gram shingles of at
 * least 0.9 — or an edited copy, see EDITED_COPY_* — checked exactly against
 * every earlier article that could reach the lowest threshold). The earliest
 * published one (then the first by path) is the original; the others point to
 * it, to the most similar earlier original. Independent of file order.
 *
 * Candidates come from prefix filtering (as in set-similarity joins): with the
 * shingles of every article sorted rarest first, two sets with Jaccard ≥ t share
 * one of the first |x| − ⌊t·|x|⌋ + 1 shingles of each. Shingles every article
 * has (site furniture, a template) sort last, so the index buckets stay small
 * and the result equals comparing every pair.
 */

export interface DuplicateCandidate {
  id: string;
  path: string;
  text: string;
  /** YYYY-MM-DD or null. */
  published: string | null;
}

export const NEAR_DUPLICATE = 0.9;
/**
 * Short articles: one inserted word changes five shingles, so a 50-word wire story
 * with "Monday" → "Monday morning" falls to a shingle similarity near 0.8. Such a
 * pair is still near-identical when most 5-word sequences are shared AND the words
 * themselves (as a multiset) are almost the same.
 */
const EDITED_COPY_SHINGLES = 0.6;
const EDITED_COPY_WORDS = 0.9;
const SHINGLE = 5;
/** The lowest shingle similarity at which two articles can be near-identical. */
const LOWEST = Math.min(NEAR_DUPLICATE, EDITED_COPY_SHINGLES);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** FNV-1a hashes of the lower-cased words, without building substrings (this runs on every byte). */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) {
      word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
      if (c >= 65 && c <= 90) c += 32;
    } else {
      const ch = text.charAt(i);
      word = LETTER_OR_DIGIT.test(ch);
      if (word) c = ch.toLowerCase().charCodeAt(0);
    }
    if (word) {
      h = Math.imul((h ^ c) >>> 0, 0x01000193) >>> 0;
      inWord = true;
    } else if (inWord) {
      out.push(h);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h);
  return out;
}

function mix(h: number, x: number): number {
  return Math.imul((h ^ x) >>> 0, 0x01000193) >>> 0;
}

export function shingles(text: string): Set<number> {
  return shinglesOf(wordHashes(text));
}

function shinglesOf(w: readonly number[]): Set<number> {
  const out = new Set<number>();
  if (w.length < SHINGLE) {
    if (w.length) out.add(w.reduce(mix, 0x811c9dc5));
    return out;
  }
  for (let i = 0; i + SHINGLE <= w.length; i += 1) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k += 1) h = mix(h, w[k] ?? 0);
    out.add(h);
  }
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Jaccard similarity of two word multisets. */
export function bagJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<number, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(x, n - 1);
    }
  }
  return shared / (a.length + b.length - shared);
}

function byAge(a: DuplicateCandidate, b: DuplicateCandidate): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function isNear(similarity: number, a: readonly number[], b: readonly number[]): boolean {
  return similarity >= NEAR_DUPLICATE || (similarity >= EDITED_COPY_SHINGLES && bagJaccard(a, b) >= EDITED_COPY_WORDS);
}

/** A hash of the whole word sequence: equal for texts that differ only in case, spacing and punctuation. */
function exactKey(w: readonly number[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b1;
  for (const x of w) {
    h1 = mix(h1, x);
    h2 = Math.imul(h2 ^ x, 0x85ebca6b) >>> 0;
  }
  return `${h1}:${h2}:${w.length}`;
}

/** Chooses, in age order, what each document duplicates; `candidatesOf` lists earlier indexes worth checking. */
function pickOriginals(
  ordered: readonly DuplicateCandidate[],
  words: readonly (readonly number[])[],
  sets: readonly Set<number>[],
  candidatesOf: (index: number) => Iterable<number>,
): Map<string, { original: string; similarity: number }> {
  const result = new Map<string, { original: string; similarity: number }>();
  const exact = new Map<string, string>();
  ordered.forEach((doc, index) => {
    const w = words[index] ?? [];
    if (w.length === 0) return;
    const key = exactKey(w);
    const same = exact.get(key);
    if (same !== undefined) {
      result.set(doc.id, { original: same, similarity: 1 });
      return;
    }
    exact.set(key, doc.id);
    const set = sets[index] ?? new Set<number>();
    let best: { original: string; similarity: number } | null = null;
    for (const c of candidatesOf(index)) {
      const other = ordered[c];
      if (!other || result.has(other.id)) continue;
      const similarity = jaccard(set, sets[c] ?? new Set<number>());
      if (isNear(similarity, w, words[c] ?? []) && (!best || similarity > best.similarity)) best = { original: other.id, similarity };
    }
    if (best) result.set(doc.id, best);
  });
  return result;
}

/**
 * The reference: every document against every earlier one. Quadratic; the
 * tests check that the indexed search below gives exactly its answer.
 */
export function findDuplicateDocumentsExhaustive(docs: readonly DuplicateCandidate[]): Map<string, { original: string; similarity: number }> {
  const ordered = [...docs].sort(byAge);
  const words = ordered.map((d) => wordHashes(d.text));
  return pickOriginals(ordered, words, words.map(shinglesOf), (index) => Array.from({ length: index }, (_, i) => i));
}

/**
 * Earlier documents that can reach the lowest similarity with each document, in
 * index order. Shingles get a global rank (rarest first, then by hash); each
 * document indexes its prefix (the shingles that any match must touch), and a
 * later document counts the prefix shingles it shares with each earlier one. A
 * shared shingle outside the counted prefixes lies in the suffix of the document
 * whose prefix ends first, so count + that suffix bounds the overlap; pairs whose
 * bound misses the overlap that similarity needs are never compared.
 */
function prefixCandidates(sets: readonly Set<number>[]): (index: number) => number[] {
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
    const out = new Int32Array(set.size);
    let k = 0;
    for (const x of set) out[k++] = rankOf[ids.get(x) ?? 0] ?? 0;
    return out.sort();
  });
  const prefix = ranked.map((r) => Math.min(r.length, r.length - Math.floor(LOWEST * r.length) + 1));
  const last = ranked.map((r, i) => r[(prefix[i] ?? 1) - 1] ?? -1);
  const postings: (number[] | undefined)[] = new Array<number[] | undefined>(hashes.length);
  const count = new Int32Array(sets.length);
  const need = LOWEST / (1 + LOWEST);
  return (i) => {
    const own = ranked[i] ?? new Int32Array(0);
    const length = prefix[i] ?? 0;
    const touched: number[] = [];
    for (let p = 0; p < length; p += 1) {
      const rank = own[p] ?? 0;
      const list = postings[rank];
      if (!list) {
        postings[rank] = [i];
        continue;
      }
      for (const c of list) {
        if (count[c] === 0) touched.push(c);
        count[c] = (count[c] ?? 0) + 1;
      }
      list.push(i);
    }
    const found: number[] = [];
    const size = own.length;
    for (const c of touched) {
      const other = ranked[c]?.length ?? 0;
      const suffix = (last[i] ?? 0) <= (last[c] ?? 0) ? size - length : other - (prefix[c] ?? 0);
      const bound = (count[c] ?? 0) + suffix;
      count[c] = 0;
      // Sizes too far apart, or too few shingles in common, cannot reach the lowest similarity.
      if (other < LOWEST * size - 1e-9 || size < LOWEST * other - 1e-9) continue;
      if (bound >= Math.ceil(need * (size + other) - 1e-9)) found.push(c);
    }
    return found.sort((a, b) => a - b);
  };
}

/** Map from a duplicate document's id to the id of its original, with the similarity found. */
export function findDuplicateDocuments(docs: readonly DuplicateCandidate[]): Map<string, { original: string; similarity: number }> {
  const ordered = [...docs].sort(byAge);
  const words = ordered.map((d) => wordHashes(d.text));
  const sets = words.map(shinglesOf);
  return pickOriginals(ordered, words, sets, prefixCandidates(sets));
}
