/**
 * What a build keeps beside the extraction cache for the next build's assembly
 * (incremental rebuilds):
 * - `assembly.state`: the assembly memo (merge/assembly-memo.ts) under a state
 *   key that hashes the compiler's code and every editor data file, so a memo
 *   from another compiler or other editor data is never used, and with the hash
 *   of the memo's own text. A missing, unreadable, damaged or corrupt state is no
 *   memo: the next assembly runs in full.
 * - `documents.pack`: the JSON of each documents[] entry of the output (the full
 *   text of every article: most of timeline.json), stored by the document's
 *   content key once it passed the schema check and was written. A later build
 *   writes an unchanged entry from here, without serialising or checking it
 *   again. The content key hashes everything the entry is made of (and the
 *   compiler's code, the schema's included), so equal keys mean equal entries.
 */
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { memoFromJson, memoToJson, type AssemblyMemo } from '../merge/assembly-memo';
import { writeFileAtomic } from './atomic-write';
import { readLinePack, updateLinePack } from './line-pack';
import { sha256 } from './read-corpus';

export const STATE_FILE = 'assembly.state';
export const DOCUMENTS_PACK = 'documents.pack';

/** Everything besides the documents that an assembly result depends on. */
export function assemblyStateKey(compilerVersion: string, dataTexts: readonly (string | null)[]): string {
  return sha256(JSON.stringify([compilerVersion, ...dataTexts]));
}

export async function loadMemo(dir: string, stateKey: string): Promise<AssemblyMemo | null> {
  const text = await fsp.readFile(nodePath.join(dir, STATE_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  // The state key, the hash of the memo, the memo: a damaged memo (one that still parses) is no memo either.
  const [key, hash, json] = splitLines(text, 2);
  if (key !== stateKey || json === undefined || sha256(json) !== hash) return null;
  return memoFromJson(json);
}

function splitLines(text: string, count: number): string[] {
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < count; k += 1) {
    const newline = text.indexOf('\n', at);
    if (newline < 0) return parts;
    parts.push(text.slice(at, newline));
    at = newline + 1;
  }
  parts.push(text.slice(at));
  return parts;
}

export async function saveMemo(dir: string, stateKey: string, memo: AssemblyMemo | null): Promise<void> {
  const path = nodePath.join(dir, STATE_FILE);
  try {
    await fsp.mkdir(dir, { recursive: true });
    const json = memo ? memoToJson(memo) : null;
    if (json !== null) await writeFileAtomic(path, `${stateKey}\n${sha256(json)}\n${json}`);
    else await fsp.rm(path, { force: true });
  } catch {
    // An unwritable state only makes the next build assemble in full.
  }
}

export interface PieceStore {
  get(key: string): Uint8Array | null;
  set(key: string, json: string): void;
  /** Persists what `set` stored; `used` are this build's keys (others may be dropped). */
  save(used: ReadonlySet<string>): Promise<void>;
}

/** The pack's entries; one store may serve many builds (--watch): what it saved, it then holds. */
export async function loadPieces(dir: string): Promise<PieceStore> {
  const path = nodePath.join(dir, DOCUMENTS_PACK);
  const stored: Map<string, string | Uint8Array> = await readLinePack(path);
  const fresh = new Map<string, string>();
  return {
    get: (key) => {
      const piece = stored.get(key);
      return typeof piece === 'string' ? Buffer.from(piece, 'utf8') : (piece ?? null);
    },
    set: (key, json) => {
      if (!stored.has(key)) fresh.set(key, json);
    },
    async save(used) {
      try {
        await fsp.mkdir(dir, { recursive: true });
        // A rewrite keeps only the used entries of `stored`, in place.
        await updateLinePack(path, new Set(stored.keys()), fresh, used, async () => stored);
      } catch {
        // An unwritable pack only makes the next build serialise every document.
      }
      for (const [key, json] of fresh) stored.set(key, Buffer.from(json, 'utf8'));
      fresh.clear();
    },
  };
}
