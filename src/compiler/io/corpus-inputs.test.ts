import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareContext, type AssemblyInput } from '../compile';
import type { SourceDocument } from '../model';
import type { ExtractionCache } from './compile-cache';
import { readDataFiles } from './data-files';
import { extractHere } from './extract-outcome';
import { extractionPool } from './extract-pool';
import { lookUpInputs } from './corpus-inputs';
import { readCorpus } from './read-corpus';

const repo = path.resolve(import.meta.dirname, '../../..');

async function load() {
  const data = await readDataFiles(repo, path.join(repo, 'data'));
  const corpus = await readCorpus({ root: path.join(repo, 'data/heldout/documents'), sources: data.sources });
  const context = prepareContext(data.config);
  return { context, documents: corpus.documents, inputs: extractHere(corpus.documents, context).map((o) => (o.ok ? o.value : null)) };
}

/** A cache holding the inputs of `held` (by key = path), one of which (`unreadable`) cannot be parsed. */
function cacheOf(documents: readonly SourceDocument[], inputs: readonly (AssemblyInput | null)[], held: ReadonlySet<number>, unreadable: number | null) {
  const stored: string[] = [];
  const cache: ExtractionCache = {
    holds: async (key) => (documents.some((d, i) => d.path === key && held.has(i)) ? 'stored' : null),
    get: async (key) => {
      const i = documents.findIndex((d) => d.path === key);
      return held.has(i) && i !== unreadable ? (inputs[i] ?? null) : null;
    },
    set: async (key) => {
      stored.push(key);
    },
  };
  return { cache, stored };
}

describe('inputs from the cache, and extraction of the rest', () => {
  it('extracts the documents the cache lacks on a worker while the cached ones are parsed, and gives what extracting here gives', async () => {
    const { context, documents, inputs } = await load();
    const keys = documents.map((d) => d.path);
    const lacking = new Set([1, 4]);
    const { cache, stored } = cacheOf(documents, inputs, new Set(documents.flatMap((_, i) => (lacking.has(i) ? [] : [i]))), null);
    const pool = extractionPool(context, { workers: 2 });
    const looked = await lookUpInputs(documents, keys, cache, pool, context, { workers: 2 }, 1);
    const { fresh, workers, stored: done } = await looked.extract();
    await done;
    expect(workers).toBe(1);
    expect(looked.cached.map((c) => c !== null)).toEqual(documents.map((_, i) => !lacking.has(i)));
    expect([...fresh.keys()].sort()).toEqual([1, 4]);
    expect([...fresh.values()]).toEqual([1, 4].map((i) => ({ ok: true, value: inputs[i] })));
    expect(stored).toEqual([keys[1], keys[4]]);
  }, 60_000);

  it('extracts on this thread when there are too few entries to parse to hide a worker start, and extracts an unreadable entry after', async () => {
    const { context, documents, inputs } = await load();
    const keys = documents.map((d) => d.path);
    const { cache, stored } = cacheOf(documents, inputs, new Set(documents.flatMap((_, i) => (i === 0 ? [] : [i]))), 2);
    const pool = extractionPool(context, { workers: 2 });
    const looked = await lookUpInputs(documents, keys, cache, pool, context, { workers: 2 });
    const { fresh, workers, stored: done } = await looked.extract();
    await done;
    expect(workers).toBe(0);
    expect(looked.cached[0]).toBeNull();
    expect(looked.cached[2]).toBeNull();
    expect(new Map([...fresh].sort(([a], [b]) => a - b))).toEqual(new Map([0, 2].map((i) => [i, { ok: true, value: inputs[i] }])));
    expect(stored).toEqual([keys[0], keys[2]]);
  }, 60_000);
});
