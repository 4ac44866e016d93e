/**
 * The incremental-build cache: `extractDocument` results stored by a key that
 * hashes everything they depend on — the source document (path, text, metadata),
 * the editor data (`context.fingerprint`) and the compiler's own source code —
 * so a changed stage or a changed actors file invalidates every entry, and a
 * one-file edit re-extracts one file. A corrupt entry is a miss, never an error.
 */
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedDocument, SourceDocument } from '../model';
import { sha256 } from './read-corpus';

/** Bump when the cache format itself changes. */
export const CACHE_FORMAT = 1;

export interface ExtractionCache {
  /** `source` is the document the entry was keyed on; entries on disk omit its text and get it back from here. */
  get(key: string, source: SourceDocument): Promise<ExtractedDocument | null>;
  set(key: string, value: ExtractedDocument): Promise<void>;
}

export function cacheKey(doc: SourceDocument, fingerprint: string, compilerVersion: string): string {
  return sha256(`${CACHE_FORMAT}\0${compilerVersion}\0${fingerprint}\0${JSON.stringify(doc)}`);
}

/** A hash of the compiler's and schema's source files, so editing a stage invalidates the cache. */
export async function compilerVersion(): Promise<string> {
  const here = nodePath.dirname(fileURLToPath(import.meta.url));
  const roots = [nodePath.resolve(here, '..'), nodePath.resolve(here, '../../schema')];
  const files: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = nodePath.join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (/\.(?:ts|js|json|ya?ml)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(path);
    }
  };
  for (const root of roots) await visit(root);
  files.sort();
  const parts = await Promise.all(files.map(async (f) => `${nodePath.relative(here, f)}\0${await fsp.readFile(f, 'utf8')}`));
  return sha256(parts.join('\0'));
}

export function diskCache(dir: string): ExtractionCache {
  const pathOf = (key: string): string => nodePath.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key, source) {
      try {
        const stored = JSON.parse(await fsp.readFile(pathOf(key), 'utf8')) as Omit<ExtractedDocument, 'text'>;
        // The key hashes the source text, so the source's text is the entry's text.
        return { ...stored, text: source.text } as ExtractedDocument;
      } catch {
        return null;
      }
    },
    async set(key, value) {
      const path = pathOf(key);
      const temp = `${path}.${process.pid}.tmp`;
      const { text: _text, ...stored } = value;
      try {
        await fsp.mkdir(nodePath.dirname(path), { recursive: true });
        await fsp.writeFile(temp, JSON.stringify(stored));
        await fsp.rename(temp, path);
      } catch {
        await fsp.unlink(temp).catch(() => undefined);
      }
    },
  };
}

/** Keeps entries in memory (for --watch) in front of another cache. */
export function memoryCache(inner: ExtractionCache | null): ExtractionCache & { retain(keys: Set<string>): void } {
  const entries = new Map<string, ExtractedDocument>();
  return {
    async get(key, source) {
      const hit = entries.get(key);
      if (hit) return hit;
      const value = inner ? await inner.get(key, source) : null;
      if (value) entries.set(key, value);
      return value;
    },
    async set(key, value) {
      entries.set(key, value);
      if (inner) await inner.set(key, value);
    },
    retain(keys) {
      for (const key of entries.keys()) if (!keys.has(key)) entries.delete(key);
    },
  };
}
