/**
 * One build: read the editor data and the documents folder, extract each
 * document (through the cache), assemble, validate against the schema, and
 * write `timeline.json` and its JSON Schema atomically. The output is written
 * only when the build has no errors and validates; otherwise the previous file
 * stays exactly as it was. Nothing here prints or exits: the CLI does.
 */
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { z } from 'zod';
import { timelineSchema, type Diagnostic, type Timeline } from '../../schema/timeline';
import { assembleTimeline, prepareContext, type AssemblyInput, type CompileContext, type CompileResult, type Lap } from '../compile';
import type { Reusable } from '../merge/unchanged-items';
import { placeYearlessDocuments } from '../corpus-years';
import { extractDocument, slimExtraction } from '../extract-document';
import { diagnostic, type SourceDocument } from '../model';
import { writeFileAtomic, sweepStaleTemps, type WriteFileSystem } from './atomic-write';
import { cacheKey, type ExtractionCache } from './compile-cache';
import { readDataFiles, toDisplayPath } from './data-files';
import { describeError } from './extract-outcome';
import { extractionPool, MIN_DOCUMENTS } from './extract-pool';
import { compareDiagnostics, countBuild, mergeDiagnostics, sortDiagnostics, type BuildCounts } from './diagnostic-report';
import { lookUpInputs } from './corpus-inputs';
import { readCorpus, sha256 } from './read-corpus';
import { firstSchemaIssue, SchemaViolation, timelineChunks } from './schema-check';
import { listsFromLast, outputPieces, recorded } from './output-writers';
import { madeDigests } from './diagnostic-runs';
import { assemblyStateKey, type PieceStore } from './assembly-state';
import { isOpaque, OpaqueMismatch } from '../emit/opaque-items';
import type { AssemblyMemo, IncrementalInput } from '../merge/assembly-memo';
import type { FileReader } from './read-file';
import type { WalkFileSystem } from './walk-folder';

export interface BuildOptions {
  cwd: string;
  docsDir: string;
  outFile: string;
  dataDir: string;
  cache: ExtractionCache | null;
  compilerVersion: string;
  maxFileSize?: number;
  concurrency?: number;
  /** Worker threads for extraction (default: the cores available; 1 extracts on the main thread). */
  workers?: number;
  /** Fewest documents to extract before workers are started (tests lower it). */
  minDocumentsForWorkers?: number;
  /** Fewest cached entries to parse for the documents the cache lacks to be extracted on a worker meanwhile (corpus-inputs.ts; tests lower it). */
  alongsideFrom?: number;
  writeFs?: WriteFileSystem;
  walkFs?: WalkFileSystem;
  readFile?: FileReader;
}

export interface BuildOutcome {
  timeline: Timeline | null;
  diagnostics: Diagnostic[];
  counts: BuildCounts;
  /** True when timeline.json now holds this build's output (written, or already identical). */
  written: boolean;
  /** A one-line reason the build failed outside of diagnostics (unwritable output, invalid output…). */
  failure: string | null;
  /** Maps a diagnostic's `document` to a path relative to the working directory. */
  displayPath: (document: string | null) => string;
  cacheHits: number;
  /** Worker threads that extracted documents (0 when they were extracted on the main thread). */
  workers: number;
  /** Milliseconds per phase (read, extract, the assembly steps, validate, write), for the benchmark. */
  timings: Record<string, number>;
  /** Resident memory (MB) at the end of each phase, for the benchmark. */
  memory: Record<string, number>;
  /** Milliseconds of CPU time (user and system, every thread of the process) per phase, for the benchmark. */
  cpu: Record<string, number>;
}

export function schemaFileFor(outFile: string): string {
  return outFile.replace(/(\.json)?$/i, '.schema.json');
}

/**
 * Deterministic JSON: the timeline is built in a fixed order, so plain stringify
 * is stable. Compact, because the app downloads it and it holds every document's
 * text (indenting a 10,000-document corpus adds tens of megabytes).
 */
export function serializeTimeline(timeline: Timeline): string {
  return `${JSON.stringify(timeline)}\n`;
}

/**
 * The same bytes as `serializeTimeline`, in pieces, so a large timeline is
 * written without ever being one string in memory.
 */
export function serializeTimelineChunks(timeline: Timeline): Generator<string> {
  return timelineChunks(timeline);
}

export function serializeJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(timelineSchema), null, 2)}\n`;
}


/** Leaves an identical file alone (its mtime too). */
async function writeIfChanged(path: string, content: string | Iterable<string | Uint8Array>, writeFs: WriteFileSystem | undefined): Promise<void> {
  await writeFileAtomic(path, content, writeFs, { unlessUnchanged: true });
}

export type Finished =
  | { ok: true; timeline: Timeline; diagnostics: Diagnostic[]; reuse?: Reusable; made?: Diagnostic[] }
  | { ok: false; failure: string; timeline: Timeline | null; diagnostics: Diagnostic[] };

const schemaFailure = (issue: string): string => `the compiled timeline does not match the schema (${issue}); nothing was written`;

/**
 * Pure end of a build: assemble the extracted documents, merge in the I/O
 * diagnostics in a total order, and validate against the output schema (unless
 * `deferCheck`: the caller checks while it serialises, see schema-check.ts).
 */
export function finishTimeline(
  extracted: readonly AssemblyInput[],
  context: CompileContext,
  ioDiagnostics: Diagnostic[],
  lap: Lap = () => undefined,
  { deferCheck = false, incremental, onMemo }: { deferCheck?: boolean; incremental?: IncrementalInput; onMemo?: (memo: AssemblyMemo | null) => void } = {},
): Finished {
  let timeline: Timeline;
  let reused: Pick<CompileResult, 'reuse' | 'made'> = {};
  try {
    const assembled = assembleTimeline(extracted, context, lap, incremental);
    timeline = assembled.timeline;
    reused = { ...(assembled.reuse ? { reuse: assembled.reuse } : {}), ...(assembled.made ? { made: assembled.made } : {}) };
    onMemo?.(assembled.memo ?? null);
  } catch (error) {
    return { ok: false, failure: `the compiler failed while assembling the timeline (${describeError(error)})`, timeline: null, diagnostics: sortDiagnostics(ioDiagnostics) };
  }
  const diagnostics = mergeDiagnostics(ioDiagnostics, timeline.diagnostics);
  timeline = { ...timeline, diagnostics };
  if (deferCheck) return { ok: true, timeline, diagnostics, ...reused };
  const invalid = firstSchemaIssue(timeline);
  lap('validate');
  if (invalid) return { ok: false, failure: schemaFailure(invalid), timeline, diagnostics };
  return { ok: true, timeline, diagnostics };
}

/** Beyond this many changed or gone documents, the merge runs in full (it would search most reports anyway). */
const MAX_REPLACED = 256;

/**
 * The inputs the last build assembled for the documents whose content key changed or
 * which are gone (`now`: this build's content key of each document), by id: the cache
 * entry by the old key, with its text from the stored output entry. Missing ones are
 * left out (the merge then runs in full).
 */
async function lastInputs(cache: ExtractionCache, previous: AssemblyMemo, now: ReadonlyMap<string, string>, documentPieces: () => Promise<PieceStore> | null): Promise<Map<string, AssemblyInput>> {
  const inputs = new Map<string, AssemblyInput>();
  const changed = [...previous.keys].filter(([id, key]) => now.get(id) !== key);
  if (changed.length === 0 || changed.length > MAX_REPLACED) return inputs;
  const pieces = await documentPieces();
  for (const [id, key] of changed) {
    const piece = pieces?.get(key);
    if (!piece) continue;
    try {
      const { text } = JSON.parse(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('utf8')) as { text?: unknown };
      const input = typeof text === 'string' ? await cache.get(key, { text } as SourceDocument) : null;
      if (input?.id === id) inputs.set(id, input);
    } catch {
      // A corrupt stored entry is no input.
    }
  }
  return inputs;
}

/**
 * `opaque: false` makes every event and quote (a build made again after the writer found no
 * bytes that surely are an opaque item's: emit/opaque-items.ts).
 */
export async function runBuild(options: BuildOptions, { opaque = true }: { opaque?: boolean } = {}): Promise<BuildOutcome> {
  const timings: Record<string, number> = {};
  const memory: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let mark = performance.now();
  let cpuMark = process.cpuUsage();
  const lap = (name: string): void => {
    const now = performance.now();
    timings[name] = now - mark;
    memory[name] = Math.round(process.memoryUsage.rss() / 1048576);
    const used = process.cpuUsage(cpuMark);
    cpu[name] = (used.user + used.system) / 1000;
    cpuMark = process.cpuUsage();
    mark = now;
  };
  const docsDir = nodePath.resolve(options.cwd, options.docsDir);
  const outFile = nodePath.resolve(options.cwd, options.outFile);
  const dataDir = nodePath.resolve(options.cwd, options.dataDir);
  const schemaFile = schemaFileFor(outFile);
  const outDir = nodePath.dirname(outFile);
  const data = await readDataFiles(options.cwd, dataDir);
  const dataPaths = new Set([data.config.actors, data.config.project, data.config.curation, data.sources].flatMap((f) => (f ? [f.path] : [])));
  const displayPath = (document: string | null): string => {
    if (document === null) return toDisplayPath(options.cwd, docsDir);
    if (dataPaths.has(document)) return document;
    return toDisplayPath(options.cwd, nodePath.join(docsDir, document));
  };
  let workers = 0;
  const fail = (failure: string, diagnostics: Diagnostic[], timeline: Timeline | null = null, cacheHits = 0): BuildOutcome => ({
    timeline,
    diagnostics,
    counts: countBuild(timeline, diagnostics),
    written: false,
    failure,
    displayPath,
    cacheHits,
    workers,
    timings,
    memory,
    cpu,
  });

  const docsStat = await fsp.stat(docsDir).catch(() => null);
  if (!docsStat?.isDirectory()) return fail(`documents folder not found: ${toDisplayPath(options.cwd, docsDir)}`, data.diagnostics);

  // The output files are never read as input, nor is an output folder that lies
  // inside the documents folder. An output folder that CONTAINS the documents
  // folder (`--docs corpus --out timeline.json`) must not exclude the documents.
  const outInsideDocs = outDir !== docsDir && !nodePath.relative(docsDir, outDir).startsWith('..') && !nodePath.isAbsolute(nodePath.relative(docsDir, outDir));
  const exclude = [outFile, schemaFile, ...(outInsideDocs ? [outDir] : [])];
  const context = prepareContext(data.config);
  const workerOptions = {
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.minDocumentsForWorkers !== undefined ? { minDocuments: options.minDocumentsForWorkers } : {}),
  };
  const pool = extractionPool(context, workerOptions);
  // Once enough files had to be read (not taken from the read index), the workers start while the rest is read.
  const warmAt = workerOptions.minDocuments ?? MIN_DOCUMENTS;
  const corpus = await readCorpus({
    root: docsDir,
    exclude,
    sources: data.sources,
    ...(options.maxFileSize ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.walkFs ? { walkFs: options.walkFs } : {}),
    ...(options.readFile ? { readFile: options.readFile } : {}),
    index: (await options.cache?.readIndex?.()) ?? null,
    onFileRead: (count) => {
      if (count === warmAt) pool.warm();
    },
    deferIndexSave: true,
  });

  lap('read');
  const keys = corpus.documents.map((doc) => cacheKey(doc, corpus.hashes.get(doc.path) ?? sha256(doc.text), context.fingerprint, options.compilerVersion));
  const cache = options.cache;
  const stateKey = assemblyStateKey(options.compilerVersion, [data.config.actors?.text ?? null, data.config.project?.text ?? null, data.config.curation?.text ?? null]);
  const previous = (await cache?.loadMemo?.(stateKey)) ?? null;
  let piecesLoaded: Promise<PieceStore> | null = null;
  const documentPieces = (): Promise<PieceStore> | null => (cache?.documentPieces ? (piecesLoaded ??= cache.documentPieces()) : null);
  // Documents the cache surely lacks are extracted meanwhile (corpus-inputs.ts).
  const lookedUp = await lookUpInputs(corpus.documents, keys, cache ?? null, pool, context, workerOptions, options.alongsideFrom);
  const { cached } = lookedUp;
  // While the pack is loaded: the last inputs of the documents that changed or are gone, for a merge from
  // the stored state (stored-merge.ts; a session's later builds merge from memory instead).
  const replaced = cache && previous && !previous.events ? await lastInputs(cache, previous, new Map(corpus.documents.map((doc, i) => [doc.id, keys[i] ?? ''])), documentPieces) : undefined;
  await cache?.release?.();
  lap('cache-read');
  // Saving the read index (serialising every file read) is main-thread work, done while the workers extract.
  const indexSaved = corpus.saveIndex?.();
  const { fresh, workers: extractors, stored } = await lookedUp.extract();
  workers = extractors;
  const firstPass: (AssemblyInput | undefined)[] = [];
  const problems: Diagnostic[] = [];
  let cacheHits = 0;
  corpus.documents.forEach((doc, i) => {
    const hit = cached[i];
    if (hit) {
      cacheHits += 1;
      firstPass.push(hit);
      return;
    }
    const outcome = fresh.get(i);
    if (outcome?.ok) {
      firstPass.push(outcome.value);
    } else {
      firstPass.push(undefined);
      const reason = outcome ? outcome.message : 'no result';
      problems.push(diagnostic('error', 'internal-error', `The compiler failed on this document (${reason}); please report it with the file.`, doc.path, { line: 1, column: 1 }));
    }
  });
  // Documents that state no year, placed by the corpus's dated ones (corpus-years.ts): rare, so extracted here.
  const placed = placeYearlessDocuments(corpus.documents, firstPass, (doc) => slimExtraction(extractDocument(doc, context)));
  for (const [i, value] of placed) firstPass[i] = value;
  const extracted = firstPass.filter((e): e is AssemblyInput => e !== undefined);
  lap('extract');
  await stored;
  await indexSaved;
  await cache?.flush?.(new Set(keys));
  lap('cache-write');

  // Incremental assembly: this build's content keys against the memo the last build stored.
  const contentKeys = new Map<string, string>();
  corpus.documents.forEach((doc, i) => {
    const key = keys[i];
    // A document placed by the corpus span depends on it too.
    const span = placed.get(i)?.corpusSpan;
    if (key && (cached[i] || fresh.get(i)?.ok)) contentKeys.set(doc.id, span ? sha256(`${key}\u0000${span.from}\u0000${span.to}`) : key);
  });
  let memo: AssemblyMemo | null = null;
  // A long-lived process reuses its own last items (output-memo.ts); a fresh one, the last file's bytes,
  // and only then may emit leave the last build's events and quotes opaque (emit/opaque-items.ts).
  const outputs = cache?.outputMemo?.() ?? null;
  const fromFile = cache?.saveWrittenOutput && !outputs;
  let last = fromFile ? ((await cache.writtenOutput?.(options.compilerVersion, outFile)) ?? null) : null;
  const closeLast = (): void => {
    last?.close();
    last = null;
  };
  lap('state-read');
  const ioDiagnostics = [...data.diagnostics, ...corpus.diagnostics, ...problems];
  const finished = finishTimeline(extracted, context, ioDiagnostics, lap, {
    deferCheck: true,
    ...(cache?.saveMemo
      ? {
          incremental: { keys: contentKeys, previous, inMemory: cache.inMemory === true, opaque: opaque && last !== null, ...(replaced ? { replaced } : {}) },
          onMemo: (m: AssemblyMemo | null) => (memo = m),
        }
      : {}),
  });
  await cache?.saveMemo?.(stateKey, memo);
  // What assembly read (about 100 MB at 10,000 documents) is let go before the timeline is written,
  // when memory peaks; the timeline keeps what it needs (the documents' texts).
  for (const held of [extracted, firstPass, cached]) held.length = 0;
  fresh.clear();
  if (!finished.ok) {
    closeLast();
    return fail(finished.failure, finished.diagnostics, finished.timeline, cacheHits);
  }
  const { timeline, diagnostics, reuse, made } = finished;
  const counts = countBuild(timeline, diagnostics);
  if (counts.errors > 0) {
    closeLast();
    // Nothing is written: the timeline is checked whole, so every item must be made.
    if (timeline.events.some(isOpaque) || timeline.quotes.some(isOpaque)) return runBuild(options, { opaque: false });
    const invalid = firstSchemaIssue(timeline);
    if (invalid) return fail(schemaFailure(invalid), diagnostics, timeline, cacheHits);
    return { timeline, diagnostics, counts, written: false, failure: null, displayPath, cacheHits, workers, timings, memory, cpu };
  }
  // The schema check runs as the file is written: the temporary file is renamed over the
  // output only once every piece passed, so an invalid timeline leaves the old file as it was.
  try {
    await fsp.mkdir(outDir, { recursive: true });
    await sweepStaleTemps(outFile);
    const pieces = (await documentPieces()) ?? null;
    const placed = new Map<string, number[]>();
    // Without what assembly made, no run of diagnostics can be known the last build's (the digest of all of them is then never equal).
    const digestOf = madeDigests(made ? [...made, ...ioDiagnostics] : null, compareDiagnostics);
    try {
      const lists = fromFile ? listsFromLast(last?.lists ?? null, placed, reuse, digestOf) : undefined;
      await writeIfChanged(outFile, timelineChunks(timeline, true, outputPieces(pieces, outputs, contentKeys), lists), options.writeFs);
    } finally {
      closeLast();
    }
    if (fromFile) await cache.saveWrittenOutput?.(options.compilerVersion, outFile, placed, recorded(timeline, digestOf));
    outputs?.commit();
    await writeIfChanged(schemaFile, serializeJsonSchema(), options.writeFs);
    await pieces?.save(new Set(contentKeys.values()));
  } catch (error) {
    outputs?.discard();
    // The last file holds no bytes that surely are an opaque item's: made again, every item made.
    if (error instanceof OpaqueMismatch) return runBuild(options, { opaque: false });
    if (error instanceof SchemaViolation) return fail(schemaFailure(error.message), diagnostics, timeline, cacheHits);
    return fail(`cannot write ${toDisplayPath(options.cwd, outFile)} (${describeError(error)}); the previous file is untouched`, diagnostics, timeline, cacheHits);
  }
  lap('validate+write');
  return { timeline, diagnostics, counts, written: true, failure: null, displayPath, cacheHits, workers, timings, memory, cpu };
}
