/**
 * Reads one file with its size checked first. The file is opened, its size
 * taken from the open handle (so it cannot be swapped between check and read),
 * and a file over the limit is refused without reading a byte of it. At most
 * `maxBytes + 1` bytes are ever read, in case the file grows meanwhile.
 */
import * as fsp from 'node:fs/promises';

export type BoundedRead =
  | { kind: 'ok'; bytes: Uint8Array }
  | { kind: 'too-large'; size: number }
  | { kind: 'not-a-file' };

export type FileReader = (absolute: string, maxBytes: number) => Promise<BoundedRead>;

export const DEFAULT_MAX_FILE_SIZE = 12 * 1024 * 1024;

export const readBounded: FileReader = async (absolute, maxBytes) => {
  const handle = await fsp.open(absolute, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { kind: 'not-a-file' };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { kind: 'too-large', size: length };
    return { kind: 'ok', bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } finally {
    await handle.close();
  }
};
