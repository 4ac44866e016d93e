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
 * The state also holds the id of each event and quote, so a fresh process that knows an
 * item is the last build's can copy its bytes without making it (list-from-known.ts); the
 * file's identity then also counts its inode and change time (which no edit keeps and
 * no tool sets back).
 *
 * Format: one line of JSON (format, compiler, path, size, times, inode, samples, the item
 * count of each list, and the lists with ids), then each list's places as 64-bit floats
 * (start and end byte offsets by pairs), in the order of the header's lists, then one JSON
 * object: the ids of the lists with ids, and the runs of diagnostics of each document
 * (io/diagnostic-runs.ts). The header holds the sha256 of all that follows it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { writeFileAtomic } from './atomic-write';
import type { DiagnosticRun } from './diagnostic-runs';
import type { LastList } from './list-from-last';

export const OUTPUT_STATE = 'output.state';
const FORMAT = 3;
/** Ranges sampled for the file's identity (besides its size and modification time). */
const SAMPLES = 64;
const SAMPLE_BYTES = 4096;

interface Header {
  format: number;
  compiler: string;
  path: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  samples: string;
  lists: [string, number][];
  /** The lists whose ids follow the places. */
  idLists: string[];
  /** The sha256 of everything after the header line: a damaged place or id is no state. */
  hash: string;
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

/** Runs of diagnostics that cover the list exactly (`count` items). */
function validRuns(runs: unknown, count: number): runs is DiagnosticRun[] {
  if (!Array.isArray(runs)) return false;
  let total = 0;
  for (const run of runs as unknown[]) {
    if (!Array.isArray(run) || run.length !== 3) return false;
    const [document, n, digest] = run as unknown[];
    if ((document !== null && typeof document !== 'string') || typeof n !== 'number' || !Number.isInteger(n) || n < 1 || typeof digest !== 'string') return false;
    total += n;
  }
  return total === count;
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
    if (createHash('sha256').update(state.subarray(newline + 1)).digest('hex') !== header.hash) return null;
    fd = fs.openSync(outFile, 'r');
    const stat = fs.fstatSync(fd);
    const read = reader(fd);
    if (stat.size !== header.size || stat.mtimeMs !== header.mtimeMs || stat.ctimeMs !== header.ctimeMs || stat.ino !== header.ino || sampleDigest(stat.size, read) !== header.samples) {
      throw new Error('another file');
    }
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
    const { ids, runs } = JSON.parse(state.toString('utf8', at)) as { ids: unknown; runs: unknown };
    if (!Array.isArray(ids) || ids.length !== header.idLists.length) throw new Error('damaged state');
    const diagnostics = lists.get('diagnostics');
    if (diagnostics && validRuns(runs, diagnostics.places.length / 2)) diagnostics.runs = runs;
    header.idLists.forEach((field, k) => {
      const list = lists.get(field);
      const these: unknown = ids[k];
      if (!list || !Array.isArray(these) || these.length !== list.places.length / 2 || !these.every((id) => typeof id === 'string')) throw new Error('damaged ids');
      list.ids = these as string[];
    });
    const open = fd;
    return { lists, close: () => fs.closeSync(open) };
  } catch {
    if (fd !== null) fs.closeSync(fd);
    return null;
  }
}

/** Records where this build wrote each list's items in `outFile` (just written); an unwritable state only costs the next build speed. */
export async function saveWrittenOutput(
  dir: string,
  compiler: string,
  outFile: string,
  lists: ReadonlyMap<string, readonly number[]>,
  { ids, runs }: { ids: ReadonlyMap<string, readonly string[]>; runs: readonly DiagnosticRun[] },
): Promise<void> {
  const path = nodePath.join(dir, OUTPUT_STATE);
  try {
    const fd = fs.openSync(outFile, 'r');
    const places = [...lists.values()].map((p) => new Uint8Array(Float64Array.from(p).buffer));
    const idsJson = Buffer.from(JSON.stringify({ ids: [...ids.values()], runs }), 'utf8');
    const hash = createHash('sha256');
    for (const piece of [...places, idsJson]) hash.update(piece);
    let header: Header;
    try {
      const stat = fs.fstatSync(fd);
      const samples = sampleDigest(stat.size, reader(fd));
      header = {
        format: FORMAT,
        compiler,
        path: outFile,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        ctimeMs: stat.ctimeMs,
        ino: stat.ino,
        samples,
        lists: [...lists].map(([field, places]) => [field, places.length / 2]),
        idLists: [...ids.keys()],
        hash: hash.digest('hex'),
      };
    } finally {
      fs.closeSync(fd);
    }
    await fsp.mkdir(dir, { recursive: true });
    await writeFileAtomic(path, [`${JSON.stringify(header)}\n`, ...places, idsJson]);
  } catch {
    await fsp.rm(path, { force: true }).catch(() => undefined);
  }
}
