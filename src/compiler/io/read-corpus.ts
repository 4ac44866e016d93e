/**
 * The documents folder → SourceDocuments, sorted by path, plus every reason a
 * file was not read. Each file is read and decoded as soon as it is found
 * (bounded concurrency), so memory holds texts, not raw buffers. Byte-identical
 * articles are both kept (each is a source) and reported; editor metadata from
 * data/sources is applied last, over what the files say about themselves.
 */
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, type SourceDocument } from '../model';
import type { DataFile } from '../compile';
import { assignDocumentIds } from './document-id';
import { DEFAULT_MAX_FILE_SIZE, readBounded, type FileReader } from './read-file';
import { readDocument } from './read-document';
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
}

export interface Corpus {
  documents: SourceDocument[];
  /** Diagnostics about files that were not read and about data/sources. */
  diagnostics: Diagnostic[];
  /** sha256 of each document's text, by path (for duplicate detection and caching). */
  hashes: Map<string, string>;
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

export async function readCorpus(options: ReadCorpusOptions): Promise<Corpus> {
  const walkOptions = {
    root: options.root,
    ...(options.exclude ? { exclude: options.exclude } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.walkFs ? { fs: options.walkFs } : {}),
  };
  const walked = await walkFolder(walkOptions);
  const diagnostics = [...walked.diagnostics];
  const ids = assignDocumentIds(walked.files.map((f) => f.path));
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const read = options.readFile ?? readBounded;
  const limit = pLimit(options.concurrency ?? 32);

  const outcomes = await Promise.all(
    walked.files.map((file) =>
      limit(async (): Promise<SourceDocument | null> => {
        let result;
        try {
          result = await read(file.absolute, maxBytes);
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
        const id = ids.get(file.path);
        if (!id) return null;
        const outcome = readDocument(id, file.path, result.bytes);
        if (!outcome.ok) {
          diagnostics.push(...outcome.diagnostics);
          return null;
        }
        return outcome.document;
      }),
    ),
  );

  let documents = outcomes.filter((d): d is SourceDocument => d !== null);
  const hashes = new Map(documents.map((d) => [d.path, sha256(d.text)]));
  const firstWithHash = new Map<string, SourceDocument>();
  documents = documents.map((d) => {
    const hash = hashes.get(d.path) ?? '';
    const original = firstWithHash.get(hash);
    if (!original) {
      firstWithHash.set(hash, d);
      return d;
    }
    const note = diagnostic('info', 'duplicate-document', `Same text as "${original.path}" (${original.id}); both are kept as sources and count as one.`, d.path, { line: 1, column: 1 });
    return { ...d, diagnostics: [...d.diagnostics, note] };
  });

  if (options.sources) {
    const applied = applySources(documents, parseSourcesFile(options.sources), options.sources);
    documents = applied.documents;
    diagnostics.push(...applied.diagnostics);
  }
  return { documents, diagnostics, hashes };
}
