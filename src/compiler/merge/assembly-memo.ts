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
import type { ActorId } from '../../schema/timeline';
import type { AssemblyInput } from '../compile';
import type { DocumentItems } from '../document-items';
import type { EmitMemo } from '../emit/emit-memo';
import type { DuplicateSearch } from './duplicate-documents';
import type { EventsMemo } from './merge-events-again';
import type { PreparedKeys } from './merge-search';
import type { QuotesMemo } from './merge-quotes';

export interface AssemblyMemo {
  /** Content key of every document assembled, by document id. */
  keys: ReadonlyMap<string, string>;
  duplicates: DuplicateSearch;
  /**
   * Whether each event of a document is on topic, by the document's content key: it depends
   * only on the document and the project's topic terms, and a memo is only ever used with
   * the project file it was made with (the state key hashes it).
   */
  relevant: ReadonlyMap<string, readonly boolean[]>;
  /** The traits of every actor the items were made with (document-items.ts). */
  traits?: ReadonlyMap<ActorId, string>;
  /** The merge's clusters of more than one report, by member key, in report order (stored-merge.ts). */
  clusters?: readonly (readonly string[])[];
  /** Every report of the merge, by member key, in merge order, with the index keys worked out of it (stored-merge.ts). */
  reports?: StoredReports;
  // Kept in memory only, by a long-lived compiler (never stored: a fresh process makes them again).
  /** Each document's reports and quotes, by content key. */
  items?: ReadonlyMap<string, DocumentItems>;
  /** What the merge of events may reuse. */
  events?: EventsMemo;
  /** What emit made of each item. */
  emit?: EmitMemo;
  /** Each quote's words and warning. */
  quotes?: QuotesMemo;
}

export interface StoredReports {
  order: readonly string[];
  keys: readonly PreparedKeys[];
}

/** What an incremental assembly is given: this build's content keys and the last memo, if any. */
export interface IncrementalInput {
  keys: ReadonlyMap<string, string>;
  previous: AssemblyMemo | null;
  /**
   * The inputs the last build assembled for the documents whose content key changed or
   * which are gone, by id, when the build could get them (stored-merge.ts).
   */
  replaced?: ReadonlyMap<string, AssemblyInput>;
  /** False: every event and quote is made, none left opaque for the writer to copy (emit/opaque-items.ts). */
  opaque?: boolean;
  /** The memo stays in this process for the next build (--watch): assembly also keeps what only memory holds. */
  inMemory?: boolean;
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

const MEMO_FORMAT = 4;

interface StoredMemo {
  format: number;
  keys: [string, string][];
  duplicates: { found: [string, string, number][]; linked: string[] };
  /** By content key, one "1" or "0" per event. */
  relevant: [string, string][];
  traits: [string, string][];
  clusters: string[][];
  /**
   * The reports in merge order and their index keys: every distinct key once in `table`, and for
   * each report its four lists of keys (`PreparedKeys`, in that order), each as its length and
   * then the keys' places in `table`, as 32-bit numbers in base64 (a fresh process reads tens of
   * thousands of reports: decoding them is a copy, where JSON numbers are parsed one by one).
   */
  reports?: { table: string[]; order: string[]; keys: string };
}

const KEY_LISTS = ['keys', 'toldKeys', 'anyMonth', 'toldAnyMonth'] as const;

function reportsToJson(reports: StoredReports): NonNullable<StoredMemo['reports']> {
  const table: string[] = [];
  const places = new Map<string, number>();
  const keys: number[] = [];
  for (const prepared of reports.keys) {
    for (const list of KEY_LISTS) {
      const values = prepared[list];
      keys.push(values.length);
      for (const key of values) {
        let place = places.get(key);
        if (place === undefined) {
          place = table.length;
          table.push(key);
          places.set(key, place);
        }
        keys.push(place);
      }
    }
  }
  return { table, order: [...reports.order], keys: Buffer.from(Uint32Array.from(keys).buffer).toString('base64') };
}

/** The stored reports, or undefined when they do not add up (then the merge works every report out again). */
function reportsFromJson(stored: unknown): StoredReports | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { table, order, keys: encoded } = stored as Partial<NonNullable<StoredMemo['reports']>>;
  if (!Array.isArray(table) || !table.every(isString) || !Array.isArray(order) || !order.every(isString) || typeof encoded !== 'string') return undefined;
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length % 4 !== 0) return undefined;
  // A copy, aligned for the 32-bit view.
  const keys = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const prepared: PreparedKeys[] = [];
  let at = 0;
  const list = (): string[] | null => {
    const length = keys[at];
    if (length === undefined || at + length >= keys.length) return null;
    const values: string[] = [];
    for (let k = at + 1; k <= at + length; k += 1) {
      const key = table[keys[k] as number];
      if (key === undefined) return null;
      values.push(key);
    }
    at += length + 1;
    return values;
  };
  for (let r = 0; r < order.length; r += 1) {
    const [own, told, anyMonth, toldAnyMonth] = [list(), list(), list(), list()];
    if (!own || !told || !anyMonth || !toldAnyMonth) return undefined;
    prepared.push({ keys: own, toldKeys: told, anyMonth, toldAnyMonth });
  }
  return at === keys.length ? { order, keys: prepared } : undefined;
}

export function memoToJson(memo: AssemblyMemo): string {
  const stored: StoredMemo = {
    format: MEMO_FORMAT,
    keys: [...memo.keys],
    duplicates: { found: [...memo.duplicates.found].map(([id, d]) => [id, d.original, d.similarity]), linked: [...memo.duplicates.linked] },
    relevant: [...memo.relevant].map(([key, flags]) => [key, flags.map((f) => (f ? '1' : '0')).join('')]),
    traits: [...(memo.traits ?? [])],
    clusters: (memo.clusters ?? []).map((c) => [...c]),
    ...(memo.reports ? { reports: reportsToJson(memo.reports) } : {}),
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
  const { keys, duplicates, relevant, traits, clusters } = stored;
  if (!Array.isArray(keys) || !keys.every((k) => Array.isArray(k) && k.length === 2 && isString(k[0]) && isString(k[1]))) return null;
  if (typeof duplicates !== 'object' || duplicates === null || !Array.isArray(duplicates.linked) || !duplicates.linked.every(isString)) return null;
  if (!Array.isArray(duplicates.found) || !duplicates.found.every((f) => Array.isArray(f) && f.length === 3 && isString(f[0]) && isString(f[1]) && typeof f[2] === 'number')) return null;
  if (!Array.isArray(relevant) || !relevant.every((r) => Array.isArray(r) && r.length === 2 && isString(r[0]) && isString(r[1]) && /^[01]*$/.test(r[1]))) return null;
  if (!Array.isArray(traits) || !traits.every((t) => Array.isArray(t) && t.length === 2 && isString(t[0]) && isString(t[1]))) return null;
  if (!Array.isArray(clusters) || !clusters.every((c) => Array.isArray(c) && c.every(isString))) return null;
  const reports = reportsFromJson(stored.reports);
  return {
    traits: new Map(traits as [ActorId, string][]),
    clusters,
    ...(reports ? { reports } : {}),
    keys: new Map(keys),
    relevant: new Map(relevant.map(([key, flags]) => [key, [...flags].map((f) => f === '1')])),
    duplicates: {
      found: new Map(duplicates.found.map(([id, original, similarity]) => [id, { original, similarity }])),
      linked: new Set(duplicates.linked),
    },
  };
}
