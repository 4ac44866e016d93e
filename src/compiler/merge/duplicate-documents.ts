/**
 * Finds articles that are the same article: byte-identical after whitespace
 * folding, or near-identical (Jaccard similarity of word 5-gram shingles of at
 * least 0.9, found through MinHash buckets and then checked exactly). The
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
const SHINGLE = 5;
const BANDS = 8;
const ROWS = 4;

function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length < SHINGLE) {
    if (w.length) out.add(fnv1a(w.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= w.length; i += 1) out.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function minHash(set: Set<number>): number[] {
  const out: number[] = [];
  for (let k = 0; k < BANDS * ROWS; k += 1) {
    const seedA = (Math.imul(k + 1, 0x9e3779b1) | 1) >>> 0;
    const seedB = Math.imul(k + 7, 0x85ebca6b) >>> 0;
    let min = 0xffffffff;
    for (const x of set) {
      const h = (Math.imul(x ^ seedB, seedA) ^ (x >>> 13)) >>> 0;
      if (h < min) min = h;
    }
    out.push(min);
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
  const buckets = new Map<string, number[]>();
  const sets: Set<number>[] = [];
  ordered.forEach((doc, index) => {
    const folded = words(doc.text).join(' ');
    sets.push(shingles(doc.text));
    if (!folded) return;
    const exactKey = `${fnv1a(folded)}:${folded.length}`;
    const same = exact.get(exactKey);
    if (same !== undefined) {
      result.set(doc.id, { original: same, similarity: 1 });
      return;
    }
    exact.set(exactKey, doc.id);
    const set = sets[index] ?? new Set<number>();
    const signature = minHash(set);
    const candidates = new Set<number>();
    for (let b = 0; b < BANDS; b += 1) {
      const key = `${b}:${signature.slice(b * ROWS, b * ROWS + ROWS).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) for (const c of bucket) candidates.add(c);
      else buckets.set(key, []);
      buckets.get(key)?.push(index);
    }
    let best: { original: string; similarity: number } | null = null;
    for (const c of [...candidates].sort((x, y) => x - y)) {
      const other = ordered[c];
      if (!other || result.has(other.id)) continue;
      const similarity = jaccard(set, sets[c] ?? new Set<number>());
      if (similarity >= NEAR_DUPLICATE && (!best || similarity > best.similarity)) best = { original: other.id, similarity };
    }
    if (best) result.set(doc.id, best);
  });
  return result;
}
