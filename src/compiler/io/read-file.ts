/**
 * Reads one file with its size checked first. The file is opened, its size
 * taken from the open handle (so it cannot be swapped between check and read),
 * and a file over the limit is refused without reading a byte of it. At most
 * `maxBytes + 1` bytes are ever read, in case the file grows meanwhile.
 *
 * The calls are synchronous: a corpus is mostly small files already in the
 * page cache, where four round trips through libuv's thread pool per file
 * (open, stat, read, close) cost several times the copy itself. The file is
 * opened non-blocking, so a FIFO or device put where a file was expected is
 * refused at once instead of stalling the build.
 */
import * as fs from 'node:fs';

export type BoundedRead =
  | { kind: 'ok'; bytes: Uint8Array }
  | { kind: 'too-large'; size: number }
  | { kind: 'not-a-file' };

export type FileReader = (absolute: string, maxBytes: number) => Promise<BoundedRead>;

export const DEFAULT_MAX_FILE_SIZE = 12 * 1024 * 1024;

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function readBoundedSync(absolute: string, maxBytes: number): BoundedRead {
  const fd = fs.openSync(absolute, OPEN_FLAGS);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-a-file' };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { kind: 'too-large', size: length };
    return { kind: 'ok', bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } finally {
    fs.closeSync(fd);
  }
}

export const readBounded: FileReader = async (absolute, maxBytes) => readBoundedSync(absolute, maxBytes);
