/**
 * Extracts documents on several cores with `node:worker_threads`. Documents go
 * out in small batches to whichever worker is free, and each result is stored
 * at its document's index, so the output does not depend on which worker did
 * what or when it finished: a parallel build is byte-identical to a sequential
 * one. Small jobs, one worker, or a worker that cannot start or dies fall back
 * to extracting on this thread.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompileContext } from '../compile';
import type { SourceDocument } from '../model';
import { extractHere, type ExtractOutcome } from './extract-outcome';
import type { ExtractReply, ExtractRequest } from './extract-worker';

export interface PoolOptions {
  /** Worker threads to use; 1 (or fewer) extracts on this thread. Default: the cores available. */
  workers?: number;
  /** Below this many documents, starting workers costs more than it saves. */
  minDocuments?: number;
  batchSize?: number;
}

const MIN_DOCUMENTS = 200;
const BATCH = 16;

export function defaultWorkers(): number {
  return Math.min(availableParallelism(), 8);
}

/**
 * The worker's entry. When this module runs as TypeScript source (tsx, vitest)
 * the worker must load TypeScript too: a small ES module registers tsx's loader
 * in the worker, then imports the worker file (Node 20 ignores `--import` in a
 * worker's execArgv).
 */
function startWorker(config: CompileContext['config']): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', here), { workerData: config });
  const api = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  const target = new URL('./extract-worker.ts', here).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(code, { eval: true, workerData: config });
}

function runPool(documents: readonly SourceDocument[], context: CompileContext, workers: number, batchSize: number): Promise<ExtractOutcome[]> {
  const outcomes: ExtractOutcome[] = new Array<ExtractOutcome>(documents.length);
  const batches = Math.ceil(documents.length / batchSize);
  return new Promise((resolve, reject) => {
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    // Resolved only once the workers are gone, so their heaps are not still held while the corpus is assembled.
    const stop = (): Promise<unknown> => Promise.all(pool.map((w) => w.terminate()));
    const send = (worker: Worker): void => {
      if (next >= batches) return;
      const batch = next;
      next += 1;
      const request: ExtractRequest = { batch, documents: documents.slice(batch * batchSize, (batch + 1) * batchSize) };
      worker.postMessage(request);
    };
    for (let i = 0; i < Math.min(workers, batches); i += 1) {
      const worker = startWorker(context.config);
      pool.push(worker);
      worker.on('message', (reply: ExtractReply) => {
        reply.outcomes.forEach((outcome, k) => {
          const index = reply.batch * batchSize + k;
          // Workers send the text back empty; the source's text is the extraction's text.
          outcomes[index] = outcome.ok ? { ok: true, value: { ...outcome.value, text: documents[index]?.text ?? '' } } : outcome;
        });
        done += 1;
        if (done === batches) void stop().then(
            () => resolve(outcomes),
            () => resolve(outcomes),
          );
        else send(worker);
      });
      const fail = (error: unknown): void => {
        if (failed || done === batches) return;
        failed = true;
        void stop();
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`an extraction worker stopped (exit code ${code})`)));
      send(worker);
    }
  });
}

/** One outcome per document, in the documents' order, and how many worker threads produced them (0: this thread). */
export async function extractDocuments(
  documents: readonly SourceDocument[],
  context: CompileContext,
  options: PoolOptions = {},
): Promise<{ outcomes: ExtractOutcome[]; workers: number }> {
  const workers = Math.min(Math.floor(options.workers ?? defaultWorkers()), documents.length);
  if (workers <= 1 || documents.length < (options.minDocuments ?? MIN_DOCUMENTS)) return { outcomes: extractHere(documents, context), workers: 0 };
  // Batches small enough that the workers finish together, large enough that messages stay few.
  const batch = Math.max(1, Math.min(options.batchSize ?? BATCH, Math.ceil(documents.length / (workers * 8))));
  try {
    return { outcomes: await runPool(documents, context, workers, batch), workers };
  } catch {
    return { outcomes: extractHere(documents, context), workers: 0 };
  }
}
