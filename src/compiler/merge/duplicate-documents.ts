/**
 * Finds articles that are the same article: byte-identical after whitespace
 * folding, or near-identical (Jaccard similarity of word 5-gram shingles of at
 * least 0.9 — or an edited copy, see EDITED_COPY_* — found through shared smallest
 * shingles and then checked exactly). The
 * earliest published one (then the first by path) is the original; the others
 * point to it. Independent of file order.
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
const ANCHORS = 16;
/** A near-identical text shares most of its anchors; fewer than this is a different article. */
const MIN_SHARED_ANCHORS = 8;
/** Candidates checked exactly per document (the best-anchored first), so the cost stays linear. */
const MAX_CHECKS = 16;

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

/** The k smallest shingle hashes: near-identical texts almost surely share one of them. */
function bottomK(set: Set<number>): number[] {
  const out: number[] = [];
  for (const x of set) {
    if (out.length === ANCHORS && x >= (out[ANCHORS - 1] ?? 0)) continue;
    let i = out.length;
    while (i > 0 && (out[i - 1] ?? 0) > x) i -= 1;
    out.splice(i, 0, x);
    if (out.length > ANCHORS) out.pop();
  }
  return out;
}

function byAge(a: DuplicateCandidate, b: DuplicateCandidate): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Map from a duplicate document's id to the id of its original, with the similarity found. */
export function findDuplicateDocuments(
  docs: readonly DuplicateCandidate[],
): Map<string, { original: string; similarity: number }> {
  const ordered = [...docs].sort(byAge);
  const result = new Map<string, { original: string; similarity: number }>();
  const exact = new Map<string, string>();
  const buckets = new Map<number, number[]>();
  const sets: Set<number>[] = [];
  const words: number[][] = [];
  ordered.forEach((doc, index) => {
    const w = wordHashes(doc.text);
    sets.push(shinglesOf(w));
    words.push(w);
    if (w.length === 0) return;
    let h1 = 0x811c9dc5;
    let h2 = 0x9e3779b1;
    for (const x of w) {
      h1 = mix(h1, x);
      h2 = Math.imul(h2 ^ x, 0x85ebca6b) >>> 0;
    }
    const exactKey = `${h1}:${h2}:${w.length}`;
    const same = exact.get(exactKey);
    if (same !== undefined) {
      result.set(doc.id, { original: same, similarity: 1 });
      return;
    }
    exact.set(exactKey, doc.id);
    const set = sets[index] ?? new Set<number>();
    const shared = new Map<number, number>();
    for (const anchor of bottomK(set)) {
      const bucket = buckets.get(anchor);
      if (bucket) {
        for (const c of bucket) shared.set(c, (shared.get(c) ?? 0) + 1);
        bucket.push(index);
      } else buckets.set(anchor, [index]);
    }
    const candidates = [...shared]
      .filter(([, n]) => n >= Math.min(MIN_SHARED_ANCHORS, set.size))
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, MAX_CHECKS)
      .map(([c]) => c)
      .sort((x, y) => x - y);
    let best: { original: string; similarity: number } | null = null;
    for (const c of candidates) {
      const other = ordered[c];
      if (!other || result.has(other.id)) continue;
      const similarity = jaccard(set, sets[c] ?? new Set<number>());
      const near =
        similarity >= NEAR_DUPLICATE ||
        (similarity >= EDITED_COPY_SHINGLES && bagJaccard(w, words[c] ?? []) >= EDITED_COPY_WORDS);
      if (near && (!best || similarity > best.similarity)) best = { original: other.id, similarity };
    }
    if (best) result.set(doc.id, best);
  });
  return result;
}
