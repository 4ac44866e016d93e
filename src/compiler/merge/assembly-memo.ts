/**
 * What one assembly remembers for the next (incremental rebuilds). Every
 * document is known by its content key: the extraction cache key, which hashes
 * the source document, the editor data that affects extraction and the
 * compiler's own code, so an equal key means an identical assembly input. The
 * next assembly compares keys to find the documents that changed, were added or
 * were removed, and reuses a remembered result only where a stage can prove
 * those documents do not affect it (see `updateDuplicates`); anything else is
 * worked out again. A memo is plain data; the CLI stores it beside the cache
 * (io/assembly-state.ts) and drops it when the compiler or the editor data
 * changes.
 */
import type { DuplicateSearch } from './duplicate-documents';

export interface AssemblyMemo {
  /** Content key of every document assembled, by document id. */
  keys: ReadonlyMap<string, string>;
  duplicates: DuplicateSearch;
}

/** What an incremental assembly is given: this build's content keys and the last memo, if any. */
export interface IncrementalInput {
  keys: ReadonlyMap<string, string>;
  previous: AssemblyMemo | null;
}

export interface DocumentChanges {
  /** New documents and documents whose content key changed. */
  changed: Set<string>;
  /** Documents of the memo that are gone. */
  removed: Set<string>;
}

export function documentChanges(keys: ReadonlyMap<string, string>, previous: AssemblyMemo): DocumentChanges {
  const changed = new Set<string>();
  const removed = new Set<string>();
  for (const [id, key] of keys) if (previous.keys.get(id) !== key) changed.add(id);
  for (const id of previous.keys.keys()) if (!keys.has(id)) removed.add(id);
  return { changed, removed };
}

const MEMO_FORMAT = 1;

interface StoredMemo {
  format: number;
  keys: [string, string][];
  duplicates: { found: [string, string, number][]; linked: string[] };
}

export function memoToJson(memo: AssemblyMemo): string {
  const stored: StoredMemo = {
    format: MEMO_FORMAT,
    keys: [...memo.keys],
    duplicates: { found: [...memo.duplicates.found].map(([id, d]) => [id, d.original, d.similarity]), linked: [...memo.duplicates.linked] },
  };
  return JSON.stringify(stored);
}

const isString = (x: unknown): x is string => typeof x === 'string';

/** The memo stored by `memoToJson`, or null when the text is not one (a corrupt or older state is no memo). */
export function memoFromJson(text: string): AssemblyMemo | null {
  let stored: StoredMemo;
  try {
    stored = JSON.parse(text) as StoredMemo;
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null || stored.format !== MEMO_FORMAT) return null;
  const { keys, duplicates } = stored;
  if (!Array.isArray(keys) || !keys.every((k) => Array.isArray(k) && k.length === 2 && isString(k[0]) && isString(k[1]))) return null;
  if (typeof duplicates !== 'object' || duplicates === null || !Array.isArray(duplicates.linked) || !duplicates.linked.every(isString)) return null;
  if (!Array.isArray(duplicates.found) || !duplicates.found.every((f) => Array.isArray(f) && f.length === 3 && isString(f[0]) && isString(f[1]) && typeof f[2] === 'number')) return null;
  return {
    keys: new Map(keys),
    duplicates: {
      found: new Map(duplicates.found.map(([id, original, similarity]) => [id, { original, similarity }])),
      linked: new Set(duplicates.linked),
    },
  };
}
