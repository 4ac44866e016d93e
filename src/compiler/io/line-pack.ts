/**
 * A pack file: one entry per line, "key<TAB>value", later lines winning. The
 * cache keeps its entries in packs so that a warm build reads one file, not one
 * per document. Values stay bytes (views into the file) until asked for: one
 * string of a whole pack would take twice its size. A line torn by a crashed
 * build has no tab or a bad value; its reader treats it as a miss.
 */
import * as fsp from 'node:fs/promises';
import { appendLines, writeFileAtomic } from './atomic-write';

/** The entries of a pack file; an unreadable or missing file is an empty pack. */
export async function readLinePack(path: string): Promise<Map<string, Uint8Array>> {
  const bytes = await fsp.readFile(path).catch(() => null);
  const entries = new Map<string, Uint8Array>();
  if (!bytes) return entries;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const tab = bytes.indexOf(9, start);
    if (tab > start && tab < end) entries.set(bytes.toString('latin1', start, tab), bytes.subarray(tab + 1, end));
    start = end + 1;
  }
  return entries;
}

/** Bytes are written as they are (gathered into chunks by the writer), not decoded into a string first. */
function* packLines(entries: Iterable<readonly [string, string | Uint8Array]>): Generator<string | Uint8Array> {
  for (const [key, raw] of entries) {
    if (typeof raw === 'string') {
      yield `${key}\t${raw}\n`;
      continue;
    }
    yield `${key}\t`;
    yield raw;
    yield '\n';
  }
}

/**
 * Brings a pack up to date: `fresh` entries are appended, or, once the entries not
 * `used` by this build are half of it, the pack is rewritten (atomically) with only
 * the used ones. `stored` are the keys now in the pack; `reread` gives its entries
 * when it must be rewritten. Returns the keys the pack holds after.
 */
export async function updateLinePack(
  path: string,
  stored: ReadonlySet<string>,
  fresh: ReadonlyMap<string, string | Uint8Array>,
  used: ReadonlySet<string>,
  reread: () => Promise<Map<string, string | Uint8Array>>,
): Promise<Set<string>> {
  const added = [...fresh].filter(([key]) => !stored.has(key));
  let stale = 0;
  for (const key of stored) if (!used.has(key)) stale += 1;
  if (stale * 2 > stored.size + added.length) {
    const entries = await reread();
    for (const [key, raw] of added) entries.set(key, raw);
    for (const key of [...entries.keys()]) if (!used.has(key)) entries.delete(key);
    await writeFileAtomic(path, packLines(entries));
    return new Set(entries.keys());
  }
  if (added.length > 0) await appendLines(path, packLines(added));
  return new Set([...stored, ...added.map(([key]) => key)]);
}
