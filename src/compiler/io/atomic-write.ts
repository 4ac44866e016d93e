/**
 * Writes a file so that readers only ever see the old content or the new one:
 * the bytes go to a temporary file in the same folder, are flushed to disk
 * (fsync), and the temporary file is renamed over the target, which is atomic on
 * one file system. Any failure (unwritable folder, full disk, a killed process)
 * leaves the target untouched; the temporary file is removed on failure, and
 * leftovers of killed runs are swept before the next write.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';

/** The calls the writer makes; tests replace some to simulate ENOSPC or a slow disk. */
export interface WriteFileSystem {
  open(path: string, flags: string): Promise<fsp.FileHandle>;
  write(handle: fsp.FileHandle, data: Uint8Array, position: number): Promise<number>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeWriteFileSystem: WriteFileSystem = {
  open: (path, flags) => fsp.open(path, flags, 0o644),
  write: async (handle, data, position) => (await handle.write(data, 0, data.length, position)).bytesWritten,
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
};

const CHUNK = 1 << 20;
const LARGE_PIECE = 1 << 16;

function tempPathFor(target: string): string {
  const dir = nodePath.dirname(target);
  const base = nodePath.basename(target);
  return nodePath.join(dir, `${base}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EPERM';
  }
}

/** Removes temporary files left by writers of `target` that were killed. */
export async function sweepStaleTemps(target: string): Promise<void> {
  const dir = nodePath.dirname(target);
  const base = nodePath.basename(target);
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[a-z0-9]+\\.tmp$`);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(pattern.exec(name)?.[1]);
      if (pid && pid !== process.pid && !processAlive(pid)) await fsp.unlink(nodePath.join(dir, name)).catch(() => undefined);
    }),
  );
}

/** The SHA-256 and size of a file, read in chunks; null when it cannot be read. */
async function fileDigest(path: string): Promise<{ hash: string; size: number } | null> {
  const handle = await fsp.open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, size);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
    return { hash: hash.digest('hex'), size };
  } catch {
    return null;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function* encoded(content: string | Uint8Array | Iterable<string | Uint8Array>): Generator<Uint8Array> {
  if (typeof content === 'string') yield Buffer.from(content, 'utf8');
  else if (content instanceof Uint8Array) yield content;
  else {
    // Gather small pieces into chunks, so a large output is never one string in memory.
    let pending: (string | Uint8Array)[] = [];
    let length = 0;
    // Each piece is encoded straight into the chunk's buffer (a UTF-16 unit takes at most 3 bytes):
    // joining the pieces first would leave a chunk-sized string per chunk, which only a full
    // garbage collection frees, so writing a 100 MB timeline would hold 100 MB of them.
    // Pieces are whole strings (JSON values, lines): a surrogate pair is never split between two.
    const flush = (): Buffer => {
      let room = 0;
      for (const p of pending) room += typeof p === 'string' ? p.length * 3 : p.length;
      const out = Buffer.allocUnsafe(room);
      let at = 0;
      for (const p of pending) {
        if (typeof p === 'string') at += out.write(p, at, 'utf8');
        else {
          out.set(p, at);
          at += p.length;
        }
      }
      return out.subarray(0, at);
    };
    for (const piece of content) {
      // A large buffer (a slice of a list, schema-check.ts) is written as it is, not copied into a chunk.
      if (typeof piece !== 'string' && piece.length >= LARGE_PIECE) {
        if (pending.length) yield flush();
        pending = [];
        length = 0;
        yield piece;
        continue;
      }
      pending.push(piece);
      length += piece.length;
      if (length >= CHUNK) {
        yield flush();
        pending = [];
        length = 0;
      }
    }
    if (pending.length) yield flush();
  }
}

/**
 * `content` may be a string, bytes, or pieces of text (written as they come).
 * With `unlessUnchanged`, a target that already holds exactly these bytes is left
 * alone, mtime included, and the result is false.
 */
export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array | Iterable<string | Uint8Array>,
  fs: WriteFileSystem = nodeWriteFileSystem,
  options: { unlessUnchanged?: boolean } = {},
): Promise<boolean> {
  const temp = tempPathFor(target);
  let handle: fsp.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx');
    let position = 0;
    for (const data of encoded(content)) {
      for (let offset = 0; offset < data.length; ) {
        const written = await fs.write(handle, data.subarray(offset, Math.min(offset + CHUNK, data.length)), position);
        if (written <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
        offset += written;
        position += written;
      }
    }
    // A target of another size differs; only one of the same size is compared, by
    // hashing both files (the usual changed output is never hashed at all).
    if (options.unlessUnchanged && (await fsp.stat(target).catch(() => null))?.size === position) {
      const [before, after] = await Promise.all([fileDigest(target), fileDigest(temp)]);
      if (before && after && before.size === after.size && before.hash === after.hash) {
        await handle.close();
        handle = null;
        await fs.unlink(temp).catch(() => undefined);
        return false;
      }
    }
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  // Persist the rename itself; not every platform lets a folder be fsynced.
  const dir = await fsp.open(nodePath.dirname(target), 'r').catch(() => null);
  if (dir) {
    await dir.sync().catch(() => undefined);
    await dir.close().catch(() => undefined);
  }
  return true;
}

/**
 * Appends lines to a line file (a cache pack or index), after a newline of its
 * own so that a line torn by a crashed run cannot spoil the first new one; a
 * torn line is then one bad line that its reader skips. Written in pieces, so a
 * large batch is never one more copy in memory.
 */
export async function appendLines(path: string, lines: Iterable<string | Uint8Array>): Promise<void> {
  const handle = await fsp.open(path, 'a');
  try {
    for (const data of encoded(afterNewline(lines))) await handle.write(data);
  } finally {
    await handle.close();
  }
}

function* afterNewline(lines: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  yield '\n';
  yield* lines;
}
