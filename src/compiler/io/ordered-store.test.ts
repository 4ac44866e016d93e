import { describe, expect, it } from 'vitest';
import type { AssemblyInput } from '../compile';
import type { ExtractionCache } from './compile-cache';
import type { ExtractOutcome } from './extract-outcome';
import { orderedStore } from './ordered-store';

/** A cache that records the keys it is given, in order. */
function recordingCache(): { cache: ExtractionCache; keys: string[] } {
  const keys: string[] = [];
  const cache: ExtractionCache = {
    get: async () => null,
    set: async (key) => {
      keys.push(key);
    },
  };
  return { cache, keys };
}

const ok = (id: string): ExtractOutcome => ({ ok: true, value: { id } as AssemblyInput });
const failed: ExtractOutcome = { ok: false, message: 'boom' };

describe('storing extractions while the workers extract', () => {
  it('stores each entry once every earlier one has arrived, so the cache gets them in document order', async () => {
    const { cache, keys } = recordingCache();
    const store = orderedStore(cache, ['k0', 'k1', 'k2', 'k3']);
    store.arrived(2, ok('c'));
    store.arrived(1, ok('b'));
    expect(keys).toEqual([]);
    store.arrived(0, ok('a'));
    expect(keys).toEqual(['k0', 'k1', 'k2']);
    await store.finish([ok('a'), ok('b'), ok('c'), ok('d')]);
    expect(keys).toEqual(['k0', 'k1', 'k2', 'k3']);
  });

  it('never stores a document whose extraction failed, and ignores what arrives after the end', async () => {
    const { cache, keys } = recordingCache();
    const store = orderedStore(cache, ['k0', 'k1', 'k2']);
    store.arrived(0, ok('a'));
    store.arrived(1, failed);
    // The workers failed: the rest was extracted on the main thread.
    await store.finish([ok('a'), failed, ok('c')]);
    store.arrived(2, ok('c'));
    expect(keys).toEqual(['k0', 'k2']);
  });
});
