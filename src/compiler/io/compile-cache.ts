/**
 * The incremental-build cache: per-document assembly inputs stored by a key
 * that hashes everything they depend on — the source document (path, text,
 * metadata), the editor data (`context.fingerprint`) and the compiler's own
 * source code — so a changed stage or a changed actors file invalidates every
 * entry, and a one-file edit re-extracts one file. A corrupt entry is a miss,
 * never an error.
 *
 * On disk the entries live in one pack file, a line per entry ("key<TAB>json"),
 * so a warm build reads one file instead of one per document. New entries are
 * appended; the pack is rewritten (atomically) without the entries the build no
 * longer uses once those are half of it (line-pack.ts). The same folder holds the
 * read index (read-index.ts) and what the next assembly may reuse
 * (assembly-state.ts).
 */
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssemblyInput } from '../compile';
import type { SourceDocument } from '../model';
import type { AssemblyMemo } from '../merge/assembly-memo';
import { loadMemo, loadPieces, saveMemo, type PieceStore } from './assembly-state';
import { entryJson, parseEntry } from './encoded-outcomes';
import { readLinePack, updateLinePack } from './line-pack';
import { sha256 } from './read-corpus';
import type { OutputMemo } from './output-memo';
import type { DiagnosticRun } from './diagnostic-runs';
import { loadWrittenOutput, saveWrittenOutput, type WrittenOutput } from './written-output';
import { loadReadIndex, type ReadIndex } from './read-index';

/** Bump when the cache format itself changes. */
export const CACHE_FORMAT = 4;

export interface ExtractionCache {
  /** `source` is the document the entry was keyed on; entries on disk omit its text and get it back from here. */
  get(key: string, source: SourceDocument): Promise<AssemblyInput | null>;
  /**
   * What the cache holds under `key`, without parsing it: an entry at hand (`parsed`), one to read and parse
   * (`stored`; it may still turn out unreadable, `get` decides), or none for sure (null).
   */
  holds?(key: string): Promise<'parsed' | 'stored' | null>;
  /** `entry`, when given, is the entry's JSON already written (`entryJson(value)` in UTF-8, by a worker). */
  set(key: string, value: AssemblyInput, entry?: Uint8Array): Promise<void>;
  /** Called once this build's look-ups are done: what they loaded may be let go. */
  release?(): Promise<void>;
  /** Persists what `set` stored; `used` are the keys of this build (others may be dropped). */
  flush?(used: ReadonlySet<string>): Promise<void>;
  /** The read index kept beside the entries (files unchanged since they were read are not read again). */
  readIndex?(): Promise<ReadIndex | null>;
  /** The previous build's assembly memo, if it was stored under `stateKey` (see assembly-state.ts). */
  loadMemo?(stateKey: string): Promise<AssemblyMemo | null>;
  saveMemo?(stateKey: string, memo: AssemblyMemo | null): Promise<void>;
  /** The stored JSON of output documents, by content key. */
  documentPieces?(): Promise<PieceStore>;
  /** The last written `outFile` and where its items lie, if this compiler wrote it and it is as written (written-output.ts). */
  writtenOutput?(compiler: string, outFile: string): Promise<WrittenOutput | null>;
  /** Records where each list's items were written in `outFile`, the ids of the lists with ids and the runs of diagnostics. */
  saveWrittenOutput?(compiler: string, outFile: string, lists: ReadonlyMap<string, readonly number[]>, recorded: { ids: ReadonlyMap<string, readonly string[]>; runs: readonly DiagnosticRun[] }): Promise<void>;
  /** The last written output's items (in a long-lived process only, see output-memo.ts). */
  outputMemo?(): OutputMemo;
  /** This cache lives across builds in one process (build-session.ts): the assembly memo it is given back stays in memory. */
  inMemory?: boolean;
}

/**
 * `textHash` is the sha256 of `doc.text` (the reader has it): the key hashes it
 * in place of the text, so a warm build does not hash every document again.
 */
export function cacheKey(doc: SourceDocument, textHash: string, fingerprint: string, compilerVersion: string): string {
  return sha256(`${CACHE_FORMAT}\0${compilerVersion}\0${fingerprint}\0${JSON.stringify({ ...doc, text: textHash })}`);
}

/** A hash of the compiler's and schema's source files, so editing a stage invalidates the cache. */
export async function compilerVersion(): Promise<string> {
  const here = nodePath.dirname(fileURLToPath(import.meta.url));
  const roots = [nodePath.resolve(here, '..'), nodePath.resolve(here, '../../schema')];
  const files: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = nodePath.join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (/\.(?:ts|js|json|ya?ml)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(path);
    }
  };
  for (const root of roots) await visit(root);
  files.sort();
  const parts = await Promise.all(files.map(async (f) => `${nodePath.relative(here, f)}\0${await fsp.readFile(f, 'utf8')}`));
  return sha256(parts.join('\0'));
}

export const PACK_FILE = 'extractions.pack';

export function diskCache(dir: string): ExtractionCache {
  const packPath = nodePath.join(dir, PACK_FILE);
  let loaded: Promise<Map<string, string | Uint8Array>> | null = null;
  /** The keys in the pack, kept once `release` has let its entries go. */
  let onDisk: Set<string> | null = null;
  // UTF-8 bytes, outside the JS heap: a cold build holds every fresh entry (about 18 KB each) until `flush`.
  const pending = new Map<string, Uint8Array>();
  const readPack = (): Promise<Map<string, string | Uint8Array>> => readLinePack(packPath);
  const load = (): Promise<Map<string, string | Uint8Array>> => (loaded ??= readPack());
  return {
    readIndex: () => loadReadIndex(dir),
    loadMemo: (stateKey) => loadMemo(dir, stateKey),
    saveMemo: (stateKey, memo) => saveMemo(dir, stateKey, memo),
    documentPieces: () => loadPieces(dir),
    writtenOutput: (compiler, outFile) => loadWrittenOutput(dir, compiler, outFile),
    saveWrittenOutput: (compiler, outFile, lists, recorded) => saveWrittenOutput(dir, compiler, outFile, lists, recorded),
    async get(key, source) {
      // Known not to be in the pack (a later build in this process): the pack is not read for it.
      if (onDisk && !loaded && !onDisk.has(key) && !pending.has(key)) return null;
      const raw = pending.get(key) ?? (await load()).get(key);
      if (raw === undefined) return null;
      try {
        // The parsed object is completed in place, not copied.
        const stored = parseEntry(typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw);
        // The key hashes the source text, so the source's text is the entry's text.
        stored.text = source.text;
        return stored;
      } catch {
        return null;
      }
    },
    async holds(key) {
      if (pending.has(key)) return 'stored';
      const known = onDisk && !loaded ? onDisk : await load();
      return known.has(key) ? 'stored' : null;
    },
    async set(key, value, entry) {
      pending.set(key, entry ?? Buffer.from(entryJson(value), 'utf8'));
    },
    async release() {
      // The pack's text (tens of megabytes) is not held through extraction and assembly.
      if (!loaded) return;
      onDisk = new Set((await loaded).keys());
      loaded = null;
    },
    async flush(used) {
      const keys = onDisk ?? new Set((await load()).keys());
      const fresh = new Map(pending);
      pending.clear();
      // Let the raw entries go, but remember what the pack now holds: a next build in this
      // process (--watch) that finds every entry in memory need not read the pack for that.
      onDisk = null;
      try {
        await fsp.mkdir(dir, { recursive: true });
        // Rare (a changed compiler or actors file): the pack is read again and only what this build used is kept.
        onDisk = await updateLinePack(packPath, keys, fresh, used, async () => (loaded ? await loaded : await readPack()));
      } catch {
        // An unwritable cache only makes the next build slower.
      }
      loaded = null;
    },
  };
}
