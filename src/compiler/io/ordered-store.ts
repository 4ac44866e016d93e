/**
 * Stores fresh extractions in the cache while the workers are still extracting:
 * serialising an entry is main-thread work, and the main thread is otherwise
 * idle until the last batch comes back. Outcomes arrive in any order; each is
 * stored once it and every one before it have arrived, so the cache receives
 * the entries in document order, exactly as a build that stored them afterwards.
 */
import type { ExtractionCache } from './compile-cache';
import type { ExtractOutcome } from './extract-outcome';

export interface OrderedStore {
  /** The outcome of the `k`th extracted document (any order; repeats are ignored), with its cache entry's JSON if it was written. */
  arrived(k: number, outcome: ExtractOutcome, entry?: Uint8Array | null): void;
  /** Stores what has not been stored yet from the complete `outcomes`; later arrivals are ignored. */
  finish(outcomes: readonly (ExtractOutcome | undefined)[]): Promise<void>;
}

/** `keys[k]` is the cache key of the `k`th extracted document. */
export function orderedStore(cache: ExtractionCache | null, keys: readonly (string | undefined)[]): OrderedStore {
  const waiting = new Map<number, { outcome: ExtractOutcome; entry: Uint8Array | null }>();
  const stores: Promise<void>[] = [];
  let next = 0;
  let closed = false;
  const store = (k: number, outcome: ExtractOutcome | undefined, entry: Uint8Array | null = null): void => {
    const key = keys[k];
    if (cache && key && outcome?.ok) stores.push(entry ? cache.set(key, outcome.value, entry) : cache.set(key, outcome.value));
  };
  return {
    arrived(k, outcome, entry = null) {
      if (closed || k < next) return;
      waiting.set(k, { outcome, entry });
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next);
        store(next, ready.outcome, ready.entry);
        next += 1;
      }
    },
    async finish(outcomes) {
      closed = true;
      waiting.clear();
      for (let k = next; k < keys.length; k += 1) store(k, outcomes[k]);
      next = keys.length;
      await Promise.all(stores);
    },
  };
}
