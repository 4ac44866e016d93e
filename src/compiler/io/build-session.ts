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
import * as nodePath from 'node:path';
import { prepareContext, type AssemblyInput } from '../compile';
import type { AssemblyMemo } from '../merge/assembly-memo';
import type { PieceStore } from './assembly-state';
import type { ExtractionCache } from './compile-cache';
import { extractHere } from './extract-outcome';
import { collectGarbage } from './idle-gc';
import { outputMemo } from './output-memo';
import { WARM_UP_DOCUMENTS } from './warm-up-documents';
import { isRacy, sameStamp, type FileStamp, type Listing, type ReadIndex, type StoredRead } from './read-index';

interface KnownRead {
  stamp: FileStamp;
  stored: StoredRead;
}

/**
 * What the watcher saw change since the last build read the folder: absolute
 * paths written in place, or null when anything may have changed (no watcher,
 * or an event that is not a plain write).
 */
interface Vouch {
  since: Set<string> | null;
  watched: boolean;
  last: { key: string; listed: Listing } | null;
}

/** Whether `path` lies under `root`, as a listed file or not. */
function isUnder(path: string, root: string): boolean {
  const rel = nodePath.relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !nodePath.isAbsolute(rel);
}

function memoryReadIndex(known: Map<string, KnownRead>, inner: ReadIndex | null, racyMs: number | undefined, vouch: Vouch): ReadIndex {
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
      // The folder was read: what the watcher reports from now on is what changed since.
      if (vouch.watched) vouch.since = new Set();
      await inner?.save(present);
    },
    async listing(key, root, list) {
      const { since, last } = vouch;
      if (since && last?.key === key) {
        const files = new Set(last.listed.files.map((f) => f.absolute));
        // A changed path under the folder that is not one of its files (a folder's attributes): list again.
        if ([...since].every((path) => files.has(path) || !isUnder(path, root))) return { listed: last.listed, vouched: true };
      }
      const listed = await list();
      vouch.last = { key, listed };
      return { listed, vouched: false };
    },
    unchanged(path, absolute) {
      if (!vouch.since || vouch.since.has(absolute)) return null;
      return known.get(path)?.stored ?? null;
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

export interface BuildSession extends ExtractionCache {
  /**
   * What the watcher saw before this build (watch.ts): the files written in place since
   * the last one, or null. Once told, the session lists the folder and stats its files
   * again only when something other than those writes happened.
   */
  changed(paths: ReadonlySet<string> | null): void;
  /**
   * Work for the time the watcher waits for a change. The first time, two invented articles are
   * extracted on this thread and thrown away: after a first build from the cache nothing was
   * extracted here, and the first document a thread extracts costs many times a later one (the date
   * parser's regular expressions compiled, the stages optimised; see warm-up-documents.ts). Every
   * time, the heap is collected (idle-gc.ts).
   */
  settle(): void;
}

/** A cache for many builds in one process, in front of `disk` (or of nothing). */
export function buildSession(disk: ExtractionCache | null, { racyMs }: SessionOptions = {}): BuildSession {
  const entries = new Map<string, AssemblyInput>();
  const reads = new Map<string, KnownRead>();
  let builds = 0;
  let memo: { stateKey: string; memo: AssemblyMemo | null } | null = null;
  let pieces: Promise<PieceStore> | null = null;
  const outputs = outputMemo();
  const vouch: Vouch = { since: null, watched: false, last: null };
  let warmed = false;
  return {
    settle() {
      if (!warmed) {
        warmed = true;
        extractHere(WARM_UP_DOCUMENTS, prepareContext({ actors: null, project: null, curation: null }));
      }
      collectGarbage();
    },
    changed(paths) {
      vouch.watched = true;
      if (!paths) vouch.since = null;
      else for (const path of paths) vouch.since?.add(path);
    },
    async get(key, source) {
      const hit = entries.get(key);
      if (hit) return hit;
      const value = disk ? await disk.get(key, source) : null;
      if (value) entries.set(key, value);
      return value;
    },
    async holds(key) {
      if (entries.has(key)) return 'parsed';
      if (!disk) return null;
      return disk.holds ? disk.holds(key) : 'stored';
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
      return memoryReadIndex(reads, inner, racyMs, vouch);
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
