/**
 * The read index: what reading each file gave last time (the document without
 * its id, or the reasons it was skipped, plus the sha256 of its text), stored by
 * the file's path, size, mtime and ctime. A warm build stats every file and
 * opens only those whose stat changed, so an unchanged file is neither read,
 * decoded, normalised nor hashed again.
 *
 * The stat is trusted only as far as it can be: ctime cannot be set back by a
 * program (only the clock can), so an edit that keeps the size and forces the
 * mtime back is still seen. A file whose mtime is within RACY_MS of when it was
 * read is not recorded (it may change again within the same timestamp). An
 * index that is missing, unreadable or corrupt is an empty index: every file is
 * read in full.
 *
 * On disk: one line per file, `["path",size,mtimeMs,ctimeMs]<TAB>json`; later
 * lines win. Changed entries are appended; the file is rewritten without stale
 * lines once those are half of it.
 */
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import type { Diagnostic } from '../../schema/timeline';
import type { SourceDocument } from '../model';
import { appendLines, writeFileAtomic } from './atomic-write';
import type { FoundFile } from './walk-folder';

export const READ_INDEX_FILE = 'read.index';
/** Bump when the stored shape, or what reading a file yields, changes. */
const READ_INDEX_FORMAT = 1;
const RACY_MS = 2000;

/** Whether a file stat taken at `readAt` may not show a change made in the same instant (see above). */
export function isRacy(stamp: FileStamp, readAt: number, racyMs = RACY_MS): boolean {
  return Math.abs(readAt - stamp.mtimeMs) < racyMs || Math.abs(readAt - stamp.ctimeMs) < racyMs;
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export type StoredRead =
  | { ok: true; document: Omit<SourceDocument, 'id'>; textHash: string }
  | { ok: false; diagnostics: Diagnostic[] };

export interface ReadIndex {
  get(path: string, stamp: FileStamp): StoredRead | null;
  /** `readAt` is when the stamp was taken (ms since the epoch). */
  set(path: string, stamp: FileStamp, value: StoredRead, readAt: number): void;
  /** Persists what `set` stored; `present` are this build's paths. */
  save(present: ReadonlySet<string>): Promise<void>;
  /**
   * The folder's listing (`key` names the folder and how it is listed), which an index
   * that knows what changed since the last build (a long-lived compiler's watcher) may
   * give again without listing it; `vouched` then also lets `unchanged` skip the stats.
   */
  listing?(key: string, root: string, list: () => Promise<Listing>): Promise<{ listed: Listing; vouched: boolean }>;
  /** With a vouched listing: the file's reading when it is known not to have changed since it was read, without a stat. */
  unchanged?(path: string, absolute: string): StoredRead | null;
}

/** A folder's files (and why others were skipped), as walk-folder.ts lists them. */
export interface Listing {
  files: FoundFile[];
  diagnostics: Diagnostic[];
}

interface Line {
  stamp: FileStamp;
  raw: Uint8Array | string;
}

function header(path: string, stamp: FileStamp): string {
  return JSON.stringify([READ_INDEX_FORMAT, path, stamp.size, stamp.mtimeMs, stamp.ctimeMs]);
}

function parseHeader(text: string): { path: string; stamp: FileStamp } | null {
  try {
    const h = JSON.parse(text) as unknown;
    if (!Array.isArray(h) || h.length !== 5 || h[0] !== READ_INDEX_FORMAT) return null;
    const [, path, size, mtimeMs, ctimeMs] = h as unknown[];
    if (typeof path !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof ctimeMs !== 'number') return null;
    return { path, stamp: { size, mtimeMs, ctimeMs } };
  } catch {
    return null;
  }
}

function isStoredRead(value: unknown): value is StoredRead {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === false) return Array.isArray(v.diagnostics);
  if (v.ok !== true || typeof v.textHash !== 'string' || typeof v.document !== 'object' || v.document === null) return false;
  const d = v.document as Record<string, unknown>;
  return typeof d.path === 'string' && typeof d.text === 'string' && typeof d.format === 'string' && typeof d.bodyStart === 'number' && Array.isArray(d.diagnostics);
}

/** `racyMs` is for tests, which write files and read them at once. */
export async function loadReadIndex(dir: string, { racyMs = RACY_MS }: { racyMs?: number } = {}): Promise<ReadIndex> {
  const file = nodePath.join(dir, READ_INDEX_FILE);
  const lines = new Map<string, Line>();
  let lineCount = 0;
  const bytes = await fsp.readFile(file).catch(() => null);
  if (bytes) {
    const decoder = new TextDecoder();
    for (let start = 0; start < bytes.length; ) {
      let end = bytes.indexOf(10, start);
      if (end < 0) end = bytes.length;
      const tab = bytes.indexOf(9, start);
      if (tab > start && tab < end) {
        const parsed = parseHeader(decoder.decode(bytes.subarray(start, tab)));
        if (parsed) {
          lines.set(parsed.path, { stamp: parsed.stamp, raw: bytes.subarray(tab + 1, end) });
          lineCount += 1;
        }
      }
      start = end + 1;
    }
  }
  const fresh = new Map<string, { stamp: FileStamp; value: StoredRead }>();
  const freshLine = (path: string, entry: { stamp: FileStamp; value: StoredRead }): string => `${header(path, entry.stamp)}\t${JSON.stringify(entry.value)}\n`;
  const decoder = new TextDecoder();
  return {
    get(path, stamp) {
      const line = lines.get(path);
      if (!line || !sameStamp(line.stamp, stamp)) return null;
      try {
        const value = JSON.parse(typeof line.raw === 'string' ? line.raw : decoder.decode(line.raw)) as unknown;
        if (!isStoredRead(value) || (value.ok && value.document.path !== path)) return null;
        return value;
      } catch {
        return null;
      }
    },
    set(path, stamp, value, readAt) {
      if (isRacy(stamp, readAt, racyMs)) return;
      // Serialised by `save`, which a build runs while the documents are extracted.
      fresh.set(path, { stamp, value });
      // The entry itself is in `fresh`; one copy of the corpus's text is enough.
      lines.set(path, { stamp, raw: '' });
    },
    async save(present) {
      let stale = lineCount - lines.size;
      for (const path of lines.keys()) if (!present.has(path)) stale += 1;
      try {
        await fsp.mkdir(dir, { recursive: true });
        if (stale * 2 > lineCount + fresh.size) {
          const encoder = new TextDecoder();
          const all = function* (): Generator<string> {
            for (const [path, line] of lines) {
              if (!present.has(path)) continue;
              const entry = fresh.get(path);
              yield entry ? freshLine(path, entry) : `${header(path, line.stamp)}\t${typeof line.raw === 'string' ? line.raw : encoder.decode(line.raw)}\n`;
            }
          };
          await writeFileAtomic(file, all());
        } else if (fresh.size > 0) {
          // A torn line from a crashed build fails its header or JSON check: a miss.
          await appendLines(file, (function* (): Generator<string> {
            for (const [path, entry] of fresh) yield freshLine(path, entry);
          })());
        }
      } catch {
        // An unwritable index only makes the next build read every file.
      }
      fresh.clear();
      lines.clear();
    },
  };
}
