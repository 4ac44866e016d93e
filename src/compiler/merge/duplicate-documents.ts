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
import { prefixCandidates } from './duplicate-candidates';
import { sortedHashOverlap } from './sorted-overlap';

export interface DuplicateCandidate {
  id: string;
  path: string;
  text: string;
  /** YYYY-MM-DD or null. */
  published: string | null;
  /** `duplicateSignature(text)`, when the caller has it from an earlier build (it is then not worked out again). */
  signature?: DuplicateSignature | undefined;
}

/**
 * What the search needs of one text, worked out once per text: the hash of its
 * whole word sequence ('' when it has no words) and its shingle hashes, sorted
 * and unique, as little-endian base64 (compact in a cache entry, quick to read).
 */
export interface DuplicateSignature {
  key: string;
  shingles: string;
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

/** The values of `shinglesOf(w)`, sorted: every window's hash sorted, then each kept once (no set is built; this runs per article). */
function sortedShingles(w: readonly number[]): Uint32Array {
  if (w.length < SHINGLE) return Uint32Array.from(shinglesOf(w));
  const all = new Uint32Array(w.length - SHINGLE + 1);
  for (let i = 0; i < all.length; i += 1) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k += 1) h = mix(h, w[k] ?? 0);
    all[i] = h;
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i += 1) {
    const x = all[i] ?? 0;
    if (kept === 0 || x !== all[kept - 1]) all[kept++] = x;
  }
  return all.subarray(0, kept);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function duplicateSignature(text: string): DuplicateSignature {
  const w = wordHashes(text);
  if (w.length === 0) return { key: '', shingles: '' };
  const sorted = sortedShingles(w);
  // Stored little-endian: where the machine's order is that, its bytes are the stored ones.
  let bytes: Buffer;
  if (LITTLE_ENDIAN) bytes = Buffer.from(sorted.buffer, sorted.byteOffset, sorted.byteLength);
  else {
    bytes = Buffer.alloc(sorted.length * 4);
    sorted.forEach((x, i) => bytes.writeUInt32LE(x, i * 4));
  }
  return { key: exactKey(w), shingles: bytes.toString('base64') };
}

/** The number of shingles `readShingles(encoded)` gives, without decoding them. */
function shingleCount(encoded: string): number {
  const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
  return (((encoded.length * 3) >> 2) - padding) >> 2;
}

function readShingles(encoded: string): Uint32Array {
  const bytes = Buffer.from(encoded, 'base64');
  const out = new Uint32Array(bytes.length >> 2);
  // A plain copy where the machine's order is the stored one (the usual case).
  if (LITTLE_ENDIAN) new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
  else for (let i = 0; i < out.length; i += 1) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** `jaccard` of two sorted, duplicate-free arrays (the same number, by merging). */
function sortedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = sortedHashOverlap(a, b);
  return shared / (a.length + b.length - shared);
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

interface Prepared {
  ordered: DuplicateCandidate[];
  keys: string[];
  sets: Uint32Array[];
  /** Word hashes, worked out only for the pairs whose word bags are compared. */
  wordsOf: (index: number) => readonly number[];
}

function prepare(docs: readonly DuplicateCandidate[], useSignatures: boolean): Prepared {
  const ordered = [...docs].sort(byAge);
  const words = new Map<number, number[]>();
  const wordsOf = (index: number): readonly number[] => {
    let w = words.get(index);
    if (!w) {
      w = wordHashes(ordered[index]?.text ?? '');
      words.set(index, w);
    }
    return w;
  };
  const keys: string[] = [];
  const sets: Uint32Array[] = [];
  ordered.forEach((doc, index) => {
    if (useSignatures && doc.signature) {
      keys.push(doc.signature.key);
      sets.push(readShingles(doc.signature.shingles));
      return;
    }
    const w = wordsOf(index);
    keys.push(w.length ? exactKey(w) : '');
    sets.push(w.length ? sortedShingles(w) : new Uint32Array(0));
  });
  return { ordered, keys, sets, wordsOf };
}

export type DuplicateMap = Map<string, { original: string; similarity: number }>;

/**
 * What the search found, plus the documents that are `linked`: that share their
 * word sequence with another document, or reach the lowest similarity with one
 * (whether or not that made either a duplicate). An unlinked document takes no
 * part in any decision, which is what lets `updateDuplicates` reuse a result.
 */
export interface DuplicateSearch {
  found: DuplicateMap;
  linked: Set<string>;
}

/** Chooses, in age order, what each document duplicates; `candidatesOf` lists earlier indexes worth checking. */
function pickOriginals({ ordered, keys, sets, wordsOf }: Prepared, candidatesOf: (index: number) => Iterable<number>): DuplicateSearch {
  const result: DuplicateMap = new Map();
  const linked = new Set<string>();
  const exact = new Map<string, string>();
  ordered.forEach((doc, index) => {
    const key = keys[index] ?? '';
    if (key === '') return;
    const same = exact.get(key);
    if (same !== undefined) {
      result.set(doc.id, { original: same, similarity: 1 });
      linked.add(doc.id).add(same);
      return;
    }
    exact.set(key, doc.id);
    const set = sets[index] ?? new Uint32Array(0);
    let best: { original: string; similarity: number } | null = null;
    for (const c of candidatesOf(index)) {
      const other = ordered[c];
      if (!other) continue;
      const similarity = sortedJaccard(set, sets[c] ?? new Uint32Array(0));
      if (similarity >= LOWEST) linked.add(doc.id).add(other.id);
      if (result.has(other.id)) continue;
      const near = similarity >= NEAR_DUPLICATE || (similarity >= EDITED_COPY_SHINGLES && bagJaccard(wordsOf(index), wordsOf(c)) >= EDITED_COPY_WORDS);
      if (near && (!best || similarity > best.similarity)) best = { original: other.id, similarity };
    }
    if (best) result.set(doc.id, best);
  });
  return { found: result, linked };
}

/**
 * The reference: every document against every earlier one, from the texts alone
 * (signatures are ignored). Quadratic; the tests check that the indexed search
 * below gives exactly its answer.
 */
export function searchDuplicatesExhaustive(docs: readonly DuplicateCandidate[]): DuplicateSearch {
  return pickOriginals(prepare(docs, false), (index) => Array.from({ length: index }, (_, i) => i));
}

export function findDuplicateDocumentsExhaustive(docs: readonly DuplicateCandidate[]): DuplicateMap {
  return searchDuplicatesExhaustive(docs).found;
}

/** Map from a duplicate document's id to the id of its original, with the similarity found. */
export function findDuplicateDocuments(docs: readonly DuplicateCandidate[]): DuplicateMap {
  return searchDuplicates(docs).found;
}

export function searchDuplicates(docs: readonly DuplicateCandidate[]): DuplicateSearch {
  const prepared = prepare(docs, true);
  // pickOriginals compares no document without words, nor an exact repeat of an earlier one.
  const seen = new Set<string>();
  const compared = prepared.keys.map((key) => key !== '' && !seen.has(key) && seen.add(key) !== undefined);
  return pickOriginals(prepared, prefixCandidates(prepared.sets, LOWEST, (i) => !compared[i]));
}

/**
 * The search's answer for `docs` from an earlier search, when only the documents
 * `changed` (new or edited) and `removed` differ from what it searched. Each
 * decision depends only on the pairs that reach the lowest similarity (and on
 * exact repeats) and on the age order of the documents in them; an unlinked
 * document is in no such pair. So when every removed document and the earlier
 * version of every changed one was unlinked, and every changed one is unlinked
 * now (checked here against every document, exactly), the earlier answer stands.
 * Otherwise null: the caller searches again.
 */
export function updateDuplicates(
  docs: readonly DuplicateCandidate[],
  { changed, removed }: { changed: ReadonlySet<string>; removed: ReadonlySet<string> },
  previous: DuplicateSearch,
): DuplicateSearch | null {
  for (const id of [...changed, ...removed]) if (previous.linked.has(id) || previous.found.has(id)) return null;
  // The pairs of a changed document with every other one, in any order: no sort by age, and a
  // document's shingles are decoded only when its size lets the pair reach the lowest similarity.
  const keys: string[] = [];
  const sizes: number[] = [];
  const sets: (Uint32Array | null)[] = [];
  const fresh: number[] = [];
  docs.forEach((doc, i) => {
    if (changed.has(doc.id)) fresh.push(i);
    if (doc.signature) {
      keys.push(doc.signature.key);
      sizes.push(shingleCount(doc.signature.shingles));
      sets.push(null);
      return;
    }
    const w = wordHashes(doc.text);
    const set = w.length ? sortedShingles(w) : new Uint32Array(0);
    keys.push(w.length ? exactKey(w) : '');
    sizes.push(set.length);
    sets.push(set);
  });
  // The other document's shingles are decoded into one reused buffer (each is read once per changed document).
  let scratch = new Uint32Array(0);
  let bytes = Buffer.alloc(0);
  const setOf = (j: number): Uint32Array => {
    const known = sets[j];
    if (known) return known;
    const encoded = docs[j]?.signature?.shingles ?? '';
    if (!LITTLE_ENDIAN) return readShingles(encoded);
    const count = sizes[j] ?? 0;
    if (scratch.length < count) {
      scratch = new Uint32Array(Math.max(count, scratch.length * 2));
      bytes = Buffer.from(scratch.buffer);
    }
    bytes.write(encoded, 'base64');
    return scratch.subarray(0, count);
  };
  for (const i of fresh) {
    const key = keys[i] ?? '';
    if (key === '') continue;
    const size = sizes[i] ?? 0;
    const own = sets[i] ?? readShingles(docs[i]?.signature?.shingles ?? '');
    for (let j = 0; j < docs.length; j += 1) {
      if (j === i || keys[j] === '') continue;
      if (keys[j] === key) return null;
      const other = sizes[j] ?? 0;
      // Sizes too far apart cannot reach the lowest similarity.
      if (other < LOWEST * size - 1e-9 || size < LOWEST * other - 1e-9) continue;
      if (sortedJaccard(own, setOf(j)) >= LOWEST) return null;
    }
  }
  const present = new Set(docs.map((d) => d.id));
  const linked = new Set<string>();
  for (const id of previous.linked) if (present.has(id) && !changed.has(id)) linked.add(id);
  return { found: new Map(previous.found), linked };
}
