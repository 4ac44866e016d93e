/**
 * The documents folder → SourceDocuments, sorted by path, plus every reason a
 * file was not read. Files are read with bounded concurrency, each only after
 * its size is checked. Byte-identical
 * articles are both kept (each is a source) and reported; editor metadata from
 * data/sources is applied last, over what the files say about themselves.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import pLimit from 'p-limit';
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, type SourceDocument } from '../model';
import type { DataFile } from '../compile';
import { assignDocumentIds, comparePaths } from './document-id';
import { DEFAULT_MAX_FILE_SIZE, readBounded, type FileReader } from './read-file';
import { readDocument } from './read-document';
import type { FileStamp, Listing, ReadIndex, StoredRead } from './read-index';
import { applySources, parseSourcesFile } from './sources-file';
import { walkFolder, type WalkFileSystem } from './walk-folder';

export interface ReadCorpusOptions {
  root: string;
  exclude?: readonly string[];
  sources?: DataFile | null;
  maxFileSize?: number;
  concurrency?: number;
  walkFs?: WalkFileSystem;
  readFile?: FileReader;
  /** What earlier builds read, by file stat: unchanged files are not read again. */
  index?: ReadIndex | null;
  /** Called after each file read from disk (not taken from the index) with the count so far. */
  onFileRead?: (count: number) => void;
  /** Leave the read index's save to the caller (`Corpus.saveIndex`), who may run it while it extracts. */
  deferIndexSave?: boolean;
}

export interface Corpus {
  documents: SourceDocument[];
  /** Diagnostics about files that were not read and about data/sources. */
  diagnostics: Diagnostic[];
  /** sha256 of each document's text, by path (for duplicate detection and caching). */
  hashes: Map<string, string>;
  /** With `deferIndexSave`: persists the read index (once). */
  saveIndex?: () => Promise<void>;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'unknown error';
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface FileBytes {
  /** Relative to the documents folder, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** A file whose reading is known from the read index. */
export interface FileRead {
  path: string;
  stored: StoredRead;
}

/**
 * Pure part of reading a corpus: decoded files → SourceDocuments (sorted by path,
 * ids assigned, byte-identical duplicates noted, data/sources applied).
 */
export function sourceDocumentsFromFiles(
  files: readonly (FileBytes | FileRead)[],
  sources: DataFile | null = null,
  onRead: (path: string, stored: StoredRead) => void = () => undefined,
): Corpus {
  const sorted = [...files].sort((a, b) => comparePaths(a.path, b.path));
  const ids = assignDocumentIds(sorted.map((f) => f.path));
  const diagnostics: Diagnostic[] = [];
  let documents: SourceDocument[] = [];
  const hashes = new Map<string, string>();
  for (const file of sorted) {
    const id = ids.get(file.path);
    if (!id) continue;
    if ('stored' in file) {
      if (file.stored.ok) {
        documents.push({ id, ...file.stored.document });
        hashes.set(file.path, file.stored.textHash);
      } else diagnostics.push(...file.stored.diagnostics);
      continue;
    }
    let outcome: ReturnType<typeof readDocument>;
    try {
      outcome = readDocument(id, file.path, file.bytes);
    } catch (error) {
      // A reader bug must cost one document, not the build.
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      outcome = { ok: false, diagnostics: [diagnostic('warning', 'unreadable-document', `Skipped: the file could not be parsed (${reason.slice(0, 120)}). Please report it with the file.`, file.path, { line: 1, column: 1 })] };
    }
    if (outcome.ok) {
      const textHash = sha256(outcome.document.text);
      documents.push(outcome.document);
      hashes.set(file.path, textHash);
      const { id: _id, ...document } = outcome.document;
      onRead(file.path, { ok: true, document, textHash });
    } else {
      diagnostics.push(...outcome.diagnostics);
      onRead(file.path, outcome);
    }
  }
  const firstWithHash = new Map<string, SourceDocument>();
  documents = documents.map((d) => {
    const hash = hashes.get(d.path) ?? '';
    const original = firstWithHash.get(hash);
    if (!original) {
      firstWithHash.set(hash, d);
      return d;
    }
    const note = diagnostic('info', 'duplicate-document', `Same text as "${original.path}" (${original.id}); both are kept as sources.`, d.path, { line: 1, column: 1 });
    return { ...d, diagnostics: [...d.diagnostics, note] };
  });
  if (sources) {
    const applied = applySources(documents, parseSourcesFile(sources), sources);
    documents = applied.documents;
    diagnostics.push(...applied.diagnostics);
  }
  return { documents, diagnostics, hashes };
}

/**
 * Synchronous, as the reads are (read-file.ts): a stat of a file in the page cache
 * costs less than its round trip through libuv's thread pool.
 */
function statOrNull(absolute: string): fs.Stats | null {
  try {
    return fs.statSync(absolute, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** The index's reading of a file whose stat it recorded; else the file's stamp is noted for the index. */
function storedRead(index: ReadIndex, path: string, absolute: string, maxBytes: number, stamps: Map<string, FileStamp>): StoredRead | null {
  const stat = statOrNull(absolute);
  if (!stat?.isFile() || stat.size > maxBytes) return null;
  const stamp = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
  const stored = index.get(path, stamp);
  if (!stored) stamps.set(path, stamp);
  return stored;
}

export async function readCorpus(options: ReadCorpusOptions): Promise<Corpus> {
  const walkOptions = {
    root: options.root,
    ...(options.exclude ? { exclude: options.exclude } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.walkFs ? { fs: options.walkFs } : {}),
  };
  const index = options.index ?? null;
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const walk = (): Promise<Listing> => walkFolder(walkOptions);
  const { listed: walked, vouched } = index?.listing
    ? await index.listing(JSON.stringify([nodePath.resolve(options.root), options.exclude ?? [], maxBytes]), nodePath.resolve(options.root), walk)
    : { listed: await walk(), vouched: false };
  const diagnostics = [...walked.diagnostics];
  const read = options.readFile ?? readBounded;
  const limit = pLimit(options.concurrency ?? 32);

  const stamps = new Map<string, FileStamp>();
  const readAt = Date.now();
  let readCount = 0;
  // What the index vouches for without a stat (a watched session's unchanged files) is taken at once, not through the limiter.
  const known: FileRead[] = [];
  const unchanged = vouched ? index?.unchanged?.bind(index) : undefined;
  // The stats and the index are synchronous: only the files to read go through the limiter (a warm build
  // of 10,000 files otherwise queued 10,000 tasks and their promises to read one).
  const toRead: typeof walked.files = [];
  for (const file of walked.files) {
    const stored = unchanged?.(file.path, file.absolute) ?? (index ? storedRead(index, file.path, file.absolute, maxBytes, stamps) : null);
    if (stored) known.push({ path: file.path, stored });
    else toRead.push(file);
  }
  const files = await Promise.all(
    toRead.map((file) =>
      limit(async (): Promise<FileBytes | FileRead | null> => {
        let result;
        try {
          result = await read(file.absolute, maxBytes);
          options.onFileRead?.((readCount += 1));
        } catch (error) {
          diagnostics.push(diagnostic('warning', 'unreadable-file', `Skipped: the file cannot be read (${errorCode(error)}). Check its permissions.`, file.path, { line: 1, column: 1 }));
          return null;
        }
        if (result.kind === 'too-large') {
          diagnostics.push(diagnostic('warning', 'file-too-large', `Skipped without reading: ${mib(result.size)} is over the ${mib(maxBytes)} limit. Split the file or raise --max-file-size.`, file.path, { line: 1, column: 1 }));
          return null;
        }
        if (result.kind === 'not-a-file') {
          diagnostics.push(diagnostic('warning', 'not-a-regular-file', 'Skipped: not a regular file. Remove it from the documents folder.', file.path, { line: 1, column: 1 }));
          return null;
        }
        return { path: file.path, bytes: result.bytes };
      }),
    ),
  );
  const present = [...known, ...files.filter((f): f is FileBytes | FileRead => f !== null)];
  const corpus = sourceDocumentsFromFiles(present, options.sources ?? null, (path, stored) => {
    const stamp = stamps.get(path);
    if (index && stamp) index.set(path, stamp, stored, readAt);
  });
  let saving: Promise<void> | null = null;
  const saveIndex = (): Promise<void> => (saving ??= index?.save(new Set(present.map((f) => f.path))) ?? Promise.resolve());
  const result = { ...corpus, diagnostics: [...diagnostics, ...corpus.diagnostics] };
  if (options.deferIndexSave) return { ...result, saveIndex };
  await saveIndex();
  return result;
}
