/**
 * What a long-lived compiler (`--watch`) keeps in memory from one build to the
 * next, in front of the disk cache, so that a rebuild after an edit costs what
 * the edit touches rather than reading the caches back from disk:
 * - every file's reading, by its stat (the read index, in memory; a file whose
 *   stat changed is read again, and one modified in the instant it was read is
 *   not trusted, as on disk);
 * - every document's assembly input, by content key (the extraction cache);
 * - the assembly memo, the stored JSON of output documents, and the last written
 *   output's items with their JSON (output-memo.ts).
 * The disk cache is still written (a later build in a fresh process stays
 * incremental), except the read index after the first build: in memory it needs
 * no file, and a fresh process reads again only the files changed meanwhile.
 * Entries the last build did not use are let go, so memory follows the corpus,
 * not the number of edits.
 */
import type { AssemblyInput } from '../compile';
import type { AssemblyMemo } from '../merge/assembly-memo';
import type { PieceStore } from './assembly-state';
import type { ExtractionCache } from './compile-cache';
import { outputMemo } from './output-memo';
import { isRacy, sameStamp, type FileStamp, type ReadIndex, type StoredRead } from './read-index';

interface KnownRead {
  stamp: FileStamp;
  stored: StoredRead;
}

function memoryReadIndex(known: Map<string, KnownRead>, inner: ReadIndex | null, racyMs: number | undefined): ReadIndex {
  return {
    get(path, stamp) {
      const hit = known.get(path);
      if (hit && sameStamp(hit.stamp, stamp)) return hit.stored;
      const stored = inner?.get(path, stamp) ?? null;
      if (stored) known.set(path, { stamp, stored });
      return stored;
    },
    set(path, stamp, value, readAt) {
      inner?.set(path, stamp, value, readAt);
      if (isRacy(stamp, readAt, racyMs)) known.delete(path);
      else known.set(path, { stamp, stored: value });
    },
    async save(present) {
      for (const path of known.keys()) if (!present.has(path)) known.delete(path);
      await inner?.save(present);
    },
  };
}

/** Stored output documents when there is no disk cache. */
function memoryPieces(): PieceStore {
  const stored = new Map<string, Uint8Array>();
  return {
    get: (key) => stored.get(key) ?? null,
    set: (key, json) => {
      stored.set(key, Buffer.from(json, 'utf8'));
    },
    async save(used) {
      for (const key of stored.keys()) if (!used.has(key)) stored.delete(key);
    },
  };
}

export interface SessionOptions {
  /** See read-index.ts (tests lower it). */
  racyMs?: number;
}

/** A cache for many builds in one process, in front of `disk` (or of nothing). */
export function buildSession(disk: ExtractionCache | null, { racyMs }: SessionOptions = {}): ExtractionCache {
  const entries = new Map<string, AssemblyInput>();
  const reads = new Map<string, KnownRead>();
  let builds = 0;
  let memo: { stateKey: string; memo: AssemblyMemo | null } | null = null;
  let pieces: Promise<PieceStore> | null = null;
  const outputs = outputMemo();
  return {
    async get(key, source) {
      const hit = entries.get(key);
      if (hit) return hit;
      const value = disk ? await disk.get(key, source) : null;
      if (value) entries.set(key, value);
      return value;
    },
    async set(key, value, entry) {
      entries.set(key, value);
      await disk?.set(key, value, entry);
    },
    async release() {
      await disk?.release?.();
    },
    async flush(used) {
      await disk?.flush?.(used);
      for (const key of entries.keys()) if (!used.has(key)) entries.delete(key);
    },
    async readIndex() {
      builds += 1;
      const inner = builds === 1 ? ((await disk?.readIndex?.()) ?? null) : null;
      return memoryReadIndex(reads, inner, racyMs);
    },
    async loadMemo(stateKey) {
      if (memo?.stateKey === stateKey) return memo.memo;
      return (await disk?.loadMemo?.(stateKey)) ?? null;
    },
    async saveMemo(stateKey, next) {
      memo = { stateKey, memo: next };
      await disk?.saveMemo?.(stateKey, next);
    },
    documentPieces: () => (pieces ??= disk?.documentPieces?.() ?? Promise.resolve(memoryPieces())),
    outputMemo: () => outputs,
    inMemory: true,
  };
}
