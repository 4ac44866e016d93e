/**
 * Where each item of the last written `timeline.json` lies in it (`output.state`,
 * beside the cache), so that a fresh process after an edit writes the items that did
 * not change from that file's bytes (list-from-last.ts) instead of checking each one
 * against the schema and encoding it again. The state is tied to one exact file: its
 * path, size and modification time and a hash of sampled ranges of it, and to the
 * compiler's code (which holds the schema) — a file written since by anyone else, cut
 * short, replaced or gone, or a state from another compiler, is no state, and every
 * item is checked and written anew. The places only ever point the writer at bytes
 * it then compares with what it would write, so a wrong place costs speed, never a
 * wrong output.
 *
 * Format: one line of JSON (format, compiler, path, size, mtime, samples, and the item
 * count of each list), then each list's places as 64-bit floats (start and end byte
 * offsets by pairs), in the order of the header's lists.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { writeFileAtomic } from './atomic-write';
import type { LastList } from './list-from-last';

export const OUTPUT_STATE = 'output.state';
const FORMAT = 1;
/** Ranges sampled for the file's identity (besides its size and modification time). */
const SAMPLES = 64;
const SAMPLE_BYTES = 4096;

interface Header {
  format: number;
  compiler: string;
  path: string;
  size: number;
  mtimeMs: number;
  samples: string;
  lists: [string, number][];
}

/** The sha256 of evenly spaced ranges of a file of `size` bytes, read by `read(start, end)`. */
function sampleDigest(size: number, read: (start: number, end: number) => Uint8Array): string {
  const hash = createHash('sha256');
  for (let k = 0; k < SAMPLES; k += 1) {
    const start = Math.floor(((size - SAMPLE_BYTES) * k) / (SAMPLES - 1));
    const from = Math.max(0, start);
    hash.update(read(from, Math.min(size, from + SAMPLE_BYTES)));
  }
  return hash.digest('hex');
}

/** Offsets that are pairs, in order, within the file: anything else is a damaged state. */
function validPlaces(places: Float64Array, size: number): boolean {
  let end = 0;
  for (let k = 0; k < places.length; k += 2) {
    const a = places[k] as number;
    const b = places[k + 1] as number;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < end || b < a || b > size) return false;
    end = b;
  }
  return true;
}

/** A byte range of an open file, in a new buffer (shorter when the file is shorter). */
function reader(fd: number): (start: number, end: number) => Buffer {
  return (start, end) => {
    const buffer = Buffer.allocUnsafe(Math.max(0, end - start));
    return buffer.subarray(0, buffer.length ? fs.readSync(fd, buffer, 0, buffer.length, start) : 0);
  };
}

/** The last written output, open, and where its lists' items lie. */
export interface WrittenOutput {
  lists: Map<string, LastList>;
  close(): void;
}

/** The last written output, when the state is this compiler's and the file is the one it describes. */
export async function loadWrittenOutput(dir: string, compiler: string, outFile: string): Promise<WrittenOutput | null> {
  let fd: number | null = null;
  try {
    const state = await fsp.readFile(nodePath.join(dir, OUTPUT_STATE));
    const newline = state.indexOf(10);
    const header = JSON.parse(state.toString('utf8', 0, newline)) as Header;
    if (header.format !== FORMAT || header.compiler !== compiler || header.path !== outFile) return null;
    fd = fs.openSync(outFile, 'r');
    const stat = fs.fstatSync(fd);
    const read = reader(fd);
    if (stat.size !== header.size || stat.mtimeMs !== header.mtimeMs || sampleDigest(stat.size, read) !== header.samples) throw new Error('another file');
    const lists = new Map<string, LastList>();
    let at = newline + 1;
    for (const [field, count] of header.lists) {
      const end = at + count * 16;
      // Copied out: the floats of a file read into memory need not be aligned.
      const places = end <= state.length ? new Float64Array(state.buffer.slice(state.byteOffset + at, state.byteOffset + end)) : null;
      if (!places || !validPlaces(places, stat.size)) throw new Error('damaged places');
      lists.set(field, { read, places });
      at = end;
    }
    if (at !== state.length) throw new Error('damaged state');
    const open = fd;
    return { lists, close: () => fs.closeSync(open) };
  } catch {
    if (fd !== null) fs.closeSync(fd);
    return null;
  }
}

/** Records where this build wrote each list's items in `outFile` (just written); an unwritable state only costs the next build speed. */
export async function saveWrittenOutput(dir: string, compiler: string, outFile: string, lists: ReadonlyMap<string, readonly number[]>): Promise<void> {
  const path = nodePath.join(dir, OUTPUT_STATE);
  try {
    const fd = fs.openSync(outFile, 'r');
    let header: Header;
    try {
      const stat = fs.fstatSync(fd);
      const samples = sampleDigest(stat.size, reader(fd));
      header = { format: FORMAT, compiler, path: outFile, size: stat.size, mtimeMs: stat.mtimeMs, samples, lists: [...lists].map(([field, places]) => [field, places.length / 2]) };
    } finally {
      fs.closeSync(fd);
    }
    await fsp.mkdir(dir, { recursive: true });
    await writeFileAtomic(path, [`${JSON.stringify(header)}\n`, ...[...lists.values()].map((places) => new Uint8Array(Float64Array.from(places).buffer))]);
  } catch {
    await fsp.rm(path, { force: true }).catch(() => undefined);
  }
}
