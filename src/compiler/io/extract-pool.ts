/**
 * Extracts documents on several cores with `node:worker_threads`. Documents go
 * out in small batches to whichever worker is free, and each result is stored
 * at its document's index, so the output does not depend on which worker did
 * what or when it finished: a parallel build is byte-identical to a sequential
 * one. Small jobs, one worker, or a worker that cannot start or dies fall back
 * to extracting on this thread.
 *
 * Starting a worker (loading the compiler, its first documents) costs a
 * noticeable fraction of a second, so a build may start the workers while it
 * is still reading the corpus (`warm`); they are unref'd until they have work,
 * so idle workers never keep the process alive.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompileContext } from '../compile';
import type { SourceDocument } from '../model';
import { decodeOutcomes } from './encoded-outcomes';
import { extractHere, type ExtractOutcome } from './extract-outcome';
import type { ExtractReply, ExtractRequest } from './extract-worker';
import { bundleLoader, workerBundle } from './worker-bundle';

export interface PoolOptions {
  /** Worker threads to use; 1 (or fewer) extracts on this thread. Default: the cores available. */
  workers?: number;
  /** Below this many documents, starting workers costs more than it saves. */
  minDocuments?: number;
  batchSize?: number;
}

export const MIN_DOCUMENTS = 200;
const BATCH = 16;
/**
 * A worker's young generation (V8 makes each semi-space a third of it; Node's default
 * semi-space is 16 MB). Extraction makes many short-lived strings and arrays per
 * document; with room for more of them, fewer scavenges run and fewer survivors are
 * copied. The workers are gone before assembly, when the build's memory peaks.
 */
const YOUNG_GENERATION_MB = 96;

export function defaultWorkers(): number {
  return Math.min(availableParallelism(), 8);
}

/**
 * The worker's entry. When this module runs as TypeScript source (tsx, vitest)
 * the worker loads the bundled worker when there is one (worker-bundle.ts,
 * compiled with V8's code cache: bundleLoader);
 * otherwise a small ES module registers tsx's loader in the worker, then
 * imports the worker file (Node 20 ignores `--import` in a worker's execArgv).
 * The worker is handed the parsed context (plain data), so it does not parse
 * the editor data again.
 */
function startWorker(context: CompileContext, bundle: URL | null): Worker {
  const options = { workerData: context, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (bundle) return new Worker(bundleLoader(bundle), { ...options, eval: true });
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', here), options);
  const api = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  const target = new URL('./extract-worker.ts', here).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/** A started worker, and the first error or exit it reported (before or during a run). */
interface Running {
  worker: Worker;
  failure: Error | null;
  onFailure: ((error: Error) => void) | null;
}

function launch(context: CompileContext, bundle: URL | null): Running {
  const worker = startWorker(context, bundle);
  worker.unref();
  const running: Running = { worker, failure: null, onFailure: null };
  const fail = (error: Error): void => {
    running.failure ??= error;
    running.onFailure?.(error);
  };
  worker.on('error', (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  worker.on('exit', (code) => fail(new Error(`an extraction worker stopped (exit code ${code})`)));
  return running;
}

/** Resolved once the workers are gone, so their heaps are not still held while the corpus is assembled. */
function stopAll(pool: readonly Running[]): Promise<unknown> {
  for (const r of pool) r.onFailure = null;
  return Promise.all(pool.map((r) => r.worker.terminate())).catch(() => undefined);
}

/**
 * Told each outcome as it arrives from a worker (in no particular order), by its document's index,
 * with the JSON a cache stores for it (see encoded-outcomes.ts; null for a failed document).
 */
export type OnOutcome = (index: number, outcome: ExtractOutcome, entry: Uint8Array | null) => void;

/** Batches sent to a worker ahead of its replies, so it never waits for the next one. */
const IN_FLIGHT = 2;

function runPool(documents: readonly SourceDocument[], pool: readonly Running[], batchSize: number, onOutcome: OnOutcome | undefined): Promise<ExtractOutcome[]> {
  const outcomes: ExtractOutcome[] = new Array<ExtractOutcome>(documents.length);
  const batches = Math.ceil(documents.length / batchSize);
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const send = (worker: Worker): void => {
      if (next >= batches) return;
      const batch = next;
      next += 1;
      const request: ExtractRequest = { batch, documents: documents.slice(batch * batchSize, (batch + 1) * batchSize) };
      worker.postMessage(request);
    };
    const fail = (error: Error): void => {
      if (failed || done === batches) return;
      failed = true;
      void stopAll(pool);
      reject(error);
    };
    for (const running of pool) {
      const { worker } = running;
      worker.ref();
      worker.on('message', (reply: ExtractReply) => {
        if (failed) return;
        const first = reply.batch * batchSize;
        // Workers send no text back; the source's text is the extraction's text.
        decodeOutcomes(reply, (k) => documents[first + k]?.text ?? '', (k, outcome, entry) => {
          outcomes[first + k] = outcome;
          onOutcome?.(first + k, outcome, entry);
        });
        done += 1;
        if (done === batches) void stopAll(pool).then(() => resolve(outcomes));
        else send(worker);
      });
      running.onFailure = fail;
      if (running.failure) return fail(running.failure);
    }
    // Each worker starts with its batches in flight; a pool larger than the job leaves the rest idle until stopped.
    for (let k = 0; k < IN_FLIGHT; k += 1) for (const running of pool) send(running.worker);
  });
}

export interface ExtractionPool {
  /** Starts the worker threads now, ahead of the documents (once; later calls do nothing). */
  warm(): void;
  /**
   * One outcome per document, in the documents' order, and how many worker threads produced them (0: this thread). Stops the workers: a pool extracts once.
   * `onOutcome` hears the workers' outcomes as they arrive, so the caller can use this thread meanwhile (not called when extracting on this thread).
   */
  extract(documents: readonly SourceDocument[], onOutcome?: OnOutcome, options?: { alongside?: boolean }): Promise<{ outcomes: ExtractOutcome[]; workers: number }>;
  /** Resolves once the worker threads of an `extract` begun are running (at once when it runs on this thread). */
  launched(): Promise<void>;
  /** Stops workers that were warmed but not used. */
  close(): Promise<void>;
}

export function extractionPool(context: CompileContext, options: PoolOptions = {}): ExtractionPool {
  const size = Math.floor(options.workers ?? defaultWorkers());
  let started: Promise<Running[]> | null = null;
  const start = (count: number): Promise<Running[]> => {
    started ??= workerBundle().then((bundle) => Array.from({ length: count }, () => launch(context, bundle)));
    return started;
  };
  const close = async (): Promise<void> => {
    if (started) await stopAll(await started);
  };
  return {
    warm() {
      if (size > 1) void start(size);
    },
    // `alongside`: this thread has other work meanwhile (a fresh process parsing its cache), so even a small job
    // goes to one worker, whose start is then hidden behind that work instead of added to it.
    async extract(documents, onOutcome, { alongside = false } = {}) {
      const small = documents.length < (options.minDocuments ?? MIN_DOCUMENTS);
      const workers = small ? (alongside ? Math.min(1, documents.length) : 0) : Math.min(size, documents.length);
      if (size <= 1 || workers === 0 || (workers === 1 && !alongside)) {
        await close();
        return { outcomes: extractHere(documents, context), workers: 0 };
      }
      // Batches small enough that the workers finish together, large enough that messages stay few.
      const batch = Math.max(1, Math.min(options.batchSize ?? BATCH, Math.ceil(documents.length / (workers * 8))));
      try {
        const pool = await start(workers);
        return { outcomes: await runPool(documents, pool, batch, onOutcome), workers: Math.min(pool.length, documents.length) };
      } catch {
        await close();
        return { outcomes: extractHere(documents, context), workers: 0 };
      }
    },
    launched: async () => {
      await started?.catch(() => undefined);
    },
    close,
  };
}

/** One outcome per document, in the documents' order, and how many worker threads produced them (0: this thread). */
export function extractDocuments(
  documents: readonly SourceDocument[],
  context: CompileContext,
  options: PoolOptions = {},
): Promise<{ outcomes: ExtractOutcome[]; workers: number }> {
  return extractionPool(context, options).extract(documents);
}
