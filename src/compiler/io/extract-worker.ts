/**
 * A worker thread of the extraction pool: receives the main thread's parsed
 * context (plain data, copied whole, so it reads exactly what the main thread
 * parsed) and extracts the batches of documents it is sent. A document that
 * throws is answered with the error's first line; the pool turns it into the
 * same diagnostic a sequential build gives.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CompileContext } from '../compile';
import type { SourceDocument } from '../model';
import { encodeOutcomes, type EncodedBatch } from './encoded-outcomes';
import { extractHere } from './extract-outcome';
import { WARM_UP_DOCUMENTS } from './warm-up-documents';

export interface ExtractRequest {
  batch: number;
  documents: SourceDocument[];
}

export interface ExtractReply extends EncodedBatch {
  batch: number;
}

const context = workerData as CompileContext;
parentPort?.on('message', (request: ExtractRequest) => {
  // The text does not go back: the main thread still holds the source's text (the
  // stages never change it), and copying every text back would double memory.
  const encoded = encodeOutcomes(extractHere(request.documents, context));
  parentPort?.postMessage({ batch: request.batch, ...encoded } satisfies ExtractReply, [encoded.bytes.buffer as ArrayBuffer]);
});
// Batches that arrive meanwhile wait in the port's queue (see warm-up-documents.ts).
extractHere(WARM_UP_DOCUMENTS, context);
