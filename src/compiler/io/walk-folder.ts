/**
 * Finds the files to read under the documents folder. Bounded concurrency (one
 * p-limit shared by every directory read) keeps open handles far below the
 * system limit even with 100,000 files. It refuses what should not be read:
 * hidden files and folders, editor and OS junk, unsupported extensions (all
 * `info`), symlinks that leave the folder or loop (warnings), special files
 * (FIFOs, sockets, devices: warnings) and the output folder when it lies inside
 * the documents folder. The result is sorted by path, so it never depends on the
 * order the operating system lists directories in.
 */
import type { Dirent } from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import pLimit from 'p-limit';
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic } from '../model';
import { comparePaths } from './document-id';
import { formatOf } from './read-document';

export interface WalkFileSystem {
  readdir(path: string): Promise<Dirent[]>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
}

export const nodeWalkFileSystem: WalkFileSystem = {
  readdir: (path) => fsp.readdir(path, { withFileTypes: true }),
  realpath: (path) => fsp.realpath(path),
  stat: (path) => fsp.stat(path),
};

export interface FoundFile {
  /** Relative to the root, forward slashes. */
  path: string;
  absolute: string;
}

export interface WalkOptions {
  root: string;
  /** Absolute paths (files or folders) never to read, such as the output folder. */
  exclude?: readonly string[];
  concurrency?: number;
  fs?: WalkFileSystem;
}

const JUNK_NAMES = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db']);

/** Why a file name is skipped without being opened, or null to read it. */
export function junkReason(name: string): string | null {
  if (name.startsWith('.')) return 'hidden file';
  if (name.endsWith('~') || name.startsWith('~$') || (name.startsWith('#') && name.endsWith('#'))) return 'editor backup or lock file';
  if (JUNK_NAMES.has(name.toLowerCase())) return 'operating-system file';
  if (/\.(?:swp|swo|bak|tmp|part|crdownload)$/i.test(name)) return 'temporary or backup file';
  return null;
}

function isInside(child: string, parent: string): boolean {
  const rel = nodePath.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'unknown error';
}

export async function walkFolder(options: WalkOptions): Promise<{ files: FoundFile[]; diagnostics: Diagnostic[] }> {
  const fs = options.fs ?? nodeWalkFileSystem;
  const limit = pLimit(options.concurrency ?? 32);
  const root = nodePath.resolve(options.root);
  const realRoot = await fs.realpath(root);
  const exclude = (options.exclude ?? []).map((p) => nodePath.resolve(p));
  const files: FoundFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const note = (severity: 'info' | 'warning', rule: string, message: string, path: string): void => {
    diagnostics.push(diagnostic(severity, rule, message, path, { line: 1, column: 1 }));
  };

  const handleSymlink = async (absolute: string, rel: string): Promise<void> => {
    let target: string;
    try {
      target = await fs.realpath(absolute);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ELOOP') note('warning', 'symlink-loop', 'Skipped: this symlink loops back on itself. Remove it.', rel);
      else note('warning', 'broken-symlink', `Skipped: this symlink points to nothing (${code}). Remove it or fix its target.`, rel);
      return;
    }
    if (!isInside(target, realRoot)) {
      note('warning', 'symlink-outside', 'Skipped: this symlink points outside the documents folder, which is never read. Copy the file into the folder instead.', rel);
      return;
    }
    const stat = await fs.stat(absolute).catch(() => null);
    if (stat?.isDirectory() && isInside(nodePath.dirname(absolute), target)) {
      note('warning', 'symlink-loop', 'Skipped: this symlink points to a folder that contains it (a loop). Remove it.', rel);
      return;
    }
    note('info', 'symlink-inside', 'Skipped: this symlink points inside the documents folder; the file is read through its real path.', rel);
  };

  let level: { absolute: string; rel: string }[] = [{ absolute: root, rel: '' }];
  while (level.length > 0) {
    const listed = await Promise.all(
      level.map((dir) =>
        limit(async () => {
          try {
            return { dir, entries: await fs.readdir(dir.absolute) };
          } catch (error) {
            note('warning', 'unreadable-folder', `Skipped: this folder cannot be listed (${errorCode(error)}). Check its permissions.`, dir.rel || '.');
            return { dir, entries: [] as Dirent[] };
          }
        }),
      ),
    );
    const next: { absolute: string; rel: string }[] = [];
    const symlinks: Promise<void>[] = [];
    for (const { dir, entries } of listed) {
      for (const entry of entries) {
        const name = entry.name;
        const absolute = nodePath.join(dir.absolute, name);
        const rel = dir.rel === '' ? name : `${dir.rel}/${name}`;
        if (exclude.some((ex) => isInside(absolute, ex))) continue;
        if (name.includes('\uFFFD')) {
          // Node decodes a name that is not valid UTF-8 with U+FFFD, so it cannot be opened again by that name.
          note('warning', 'invalid-file-name', 'Skipped: the name is not valid UTF-8, so it cannot be read reliably. Rename it.', rel);
          continue;
        }
        if (entry.isDirectory()) {
          if (name.startsWith('.') || name === 'node_modules') note('info', 'hidden-folder', 'Skipped: hidden or tool folder.', rel);
          else next.push({ absolute, rel });
          continue;
        }
        const junk = junkReason(name);
        if (junk) {
          note('info', 'junk-file', `Skipped: ${junk}.`, rel);
          continue;
        }
        if (entry.isSymbolicLink()) {
          symlinks.push(limit(() => handleSymlink(absolute, rel)));
          continue;
        }
        if (!entry.isFile()) {
          note('warning', 'not-a-regular-file', 'Skipped: not a regular file (a pipe, socket or device). Remove it from the documents folder.', rel);
          continue;
        }
        if (!formatOf(name)) {
          note('info', 'unsupported-file', 'Skipped: only .txt, .md and .html files are read.', rel);
          continue;
        }
        files.push({ path: rel, absolute });
      }
    }
    await Promise.all(symlinks);
    level = next;
  }
  files.sort((a, b) => comparePaths(a.path, b.path));
  return { files, diagnostics };
}
