/**
 * Keys for finding paragraphs and headlines that a scraped page repeats, in order
 * or out of it. Two blocks are the same when they match after Unicode NFC
 * normalisation, case folding, and collapsing whitespace and quote styles; the
 * first occurrence is kept and the later ones are marked duplicate.
 */

const ASCII = /^[\x20-\x7e]*$/;

/**
 * Drops the trailing spaces, full stops and ellipses. A loop from the end: a
 * `[ .]+$` regex tries every space of a paragraph before it finds the end.
 */
function dropTrailingStops(text: string): string {
  let end = text.length;
  for (let c = text.charCodeAt(end - 1); c === 0x20 || c === 0x2e || c === 0x2026; c = text.charCodeAt(end - 1)) end -= 1;
  return text.slice(0, end);
}

export function duplicateKey(text: string): string {
  const sample = text.length > 5000 ? `${text.slice(0, 2500)}\u0000${text.slice(-2500)}\u0000${text.length}` : text;
  if (ASCII.test(sample)) {
    return dropTrailingStops(sample.toLowerCase().replace(/ {2,}/g, ' ')).trim();
  }
  // Every white space is a single space before the trailing stops are dropped.
  return dropTrailingStops(
    sample
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201a\u201b′]/gu, "'")
      .replace(/[\u201c\u201d\u201e\u201f«»″]/gu, '"')
      .replace(/[\s\u00a0\u200b]+/gu, ' '),
  ).trim();
}

const MIN_WORDS = 20;
const EDGE = 6;
const SIMILARITY = 0.7;

function words(key: string): string[] {
  return (key.length > 5000 ? key.slice(0, 5000) : key).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function bigrams(list: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < list.length; i += 1) set.add(`${list[i]} ${list[i + 1]}`);
  return set;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Finds paragraphs that a page repeats with small edits (a place name changed,
 * a word added). Candidates must share their first or last six words, so the work
 * stays linear in the number of paragraphs; they match when at least 70% of their
 * word pairs are shared. Short paragraphs are only ever exact duplicates.
 */
export function nearDuplicateFinder(): { check: (index: number, key: string) => number | undefined } {
  // Word pairs are only worked out for paragraphs that share an edge with another: most never do.
  type Entry = { index: number; list: string[]; grams: Set<string> | null };
  const gramsOf = (entry: Entry): Set<string> => (entry.grams ??= bigrams(entry.list));
  const byEdge = new Map<string, Entry[]>();
  return {
    /** `key` is the paragraph's duplicateKey. */
    check(index, key) {
      const list = words(key);
      if (list.length < MIN_WORDS) return undefined;
      const entry: Entry = { index, list, grams: null };
      const keys = [`^${list.slice(0, EDGE).join(' ')}`, `$${list.slice(-EDGE).join(' ')}`];
      for (const key of keys) {
        for (const earlier of byEdge.get(key) ?? []) {
          if (jaccard(gramsOf(entry), gramsOf(earlier)) >= SIMILARITY) return earlier.index;
        }
      }
      for (const key of keys) {
        const bucket = byEdge.get(key) ?? [];
        // A bucket never grows past a few entries, so one key cannot make the scan quadratic.
        if (bucket.length < 4) bucket.push(entry);
        byEdge.set(key, bucket);
      }
      return undefined;
    },
  };
}
