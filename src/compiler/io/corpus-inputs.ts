/**
 * Each document's assembly input, from the cache or extracted. A fresh process
 * with a large cache spends about a second parsing its entries on this thread
 * (`npm run compile` after an edit, 10,000 documents), and extracting the edited
 * document after that cost another quarter of a second on the same thread (the
 * first document a thread extracts compiles the date parser). The documents the
 * cache surely lacks are known from its keys before any entry is parsed, so they
 * are sent to a worker first, even one document, and extracted on the other core
 * while this thread parses; with few entries to parse, a worker's start (~0.45 s)
 * would not be hidden and they are extracted as before. An entry that turns out
 * unreadable is extracted afterwards. Outcomes are the same on any thread
 * (extract-pool.ts), so the output does not depend on this.
 */
import type { AssemblyInput, CompileContext } from '../compile';
import type { SourceDocument } from '../model';
import type { ExtractionCache } from './compile-cache';
import type { ExtractOutcome } from './extract-outcome';
import { extractionPool, type ExtractionPool, type PoolOptions } from './extract-pool';
import { orderedStore } from './ordered-store';

/** Entries to parse (~0.1 ms each) behind which a worker's start is hidden. */
export const ALONGSIDE_ENTRIES = 4000;

export interface Extracted {
  /** The outcome of each extracted document, by its index. */
  fresh: Map<number, ExtractOutcome>;
  /** Worker threads that extracted documents (0: this thread). */
  workers: number;
  /** Resolves once the cache was given every fresh entry. */
  stored: Promise<void>;
}

export interface LookedUp {
  /** Each document's input from the cache, or null (extracted: see `extract`). */
  cached: (AssemblyInput | null)[];
  /** Waits for the extraction begun before the look-ups and extracts the documents whose entry was unreadable. */
  extract(): Promise<Extracted>;
}

/** Fresh entries go into the cache as the workers send them, in document order (ordered-store.ts). */
function extractInto(cache: ExtractionCache | null, pool: ExtractionPool, documents: readonly SourceDocument[], keys: readonly string[], indexes: readonly number[], alongside: boolean) {
  const store = orderedStore(cache, indexes.map((i) => keys[i]));
  const extracting = pool.extract(
    indexes.map((i) => documents[i] as SourceDocument),
    (k, outcome, entry) => store.arrived(k, outcome, entry),
    { alongside },
  );
  return extracting.then(({ outcomes, workers }) => ({ outcomes, workers, stored: store.finish(outcomes) }));
}

export async function lookUpInputs(
  documents: readonly SourceDocument[],
  keys: readonly string[],
  cache: ExtractionCache | null,
  pool: ExtractionPool,
  context: CompileContext,
  poolOptions: PoolOptions,
  alongsideFrom = ALONGSIDE_ENTRIES,
): Promise<LookedUp> {
  const held = await Promise.all(keys.map((key) => (!cache ? null : cache.holds ? cache.holds(key) : ('stored' as const))));
  const absent = documents.flatMap((_, i) => (held[i] === null ? [i] : []));
  const toParse = held.filter((h) => h === 'stored').length;
  const early = extractInto(cache, pool, documents, keys, absent, toParse >= alongsideFrom);
  await pool.launched();
  const cached = await Promise.all(keys.map((key, i) => (cache && held[i] !== null ? cache.get(key, documents[i] as SourceDocument) : null)));
  return {
    cached,
    async extract() {
      const first = await early;
      const fresh = new Map(absent.map((index, k) => [index, first.outcomes[k] as ExtractOutcome]));
      // The build lets its inputs go before writing (the outcomes are in `fresh` now).
      first.outcomes.length = 0;
      const unreadable = documents.flatMap((_, i) => (held[i] !== null && !cached[i] ? [i] : []));
      if (unreadable.length === 0) return { fresh, workers: first.workers, stored: first.stored };
      const then = await extractInto(cache, extractionPool(context, poolOptions), documents, keys, unreadable, false);
      unreadable.forEach((index, k) => fresh.set(index, then.outcomes[k] as ExtractOutcome));
      then.outcomes.length = 0;
      return { fresh, workers: Math.max(first.workers, then.workers), stored: Promise.all([first.stored, then.stored]).then(() => undefined) };
    },
  };
}
