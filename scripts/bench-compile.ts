/**
 * `npm run bench:compile`: generates corpora of 1,000 and 10,000 seed-shaped
 * articles in the temp folder, compiles each cold (empty cache) and again after a
 * one-file change (warm cache), each build in a child process, and prints
 * documents per second, peak RSS and the incremental time. For reference it also
 * times chrono-node alone (English and Spanish parsers) over the same articles.
 * BENCH_SIZES=1000,10000 chooses the corpus sizes. Targets on a 2-core machine:
 * ≥ 500 documents/s, peak RSS < 1 GB at 10,000, incremental < 2 s.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as chrono from 'chrono-node';
import { prepareContext } from '../src/compiler/compile';
import { compilerVersion } from '../src/compiler/io/compile-cache';
import { extractDocuments } from '../src/compiler/io/extract-pool';
import { WARM_UP_DOCUMENTS } from '../src/compiler/io/warm-up-documents';
import { workerBundle } from '../src/compiler/io/worker-bundle';
import { generateArticle, writeCorpus } from './bench-corpus';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
// One folder per run, so two benchmarks at once never share a corpus or a cache.
const base = path.join(os.tmpdir(), `cronologia-bench-${process.pid}`);
const child = path.join(import.meta.dirname, 'bench-child.ts');
const launcher = path.join(import.meta.dirname, 'bundled.mjs');

interface Measure {
  ms: number;
  maxRssMb: number;
  documents: number;
  events: number;
  quotes: number;
  errors: number;
  cacheHits: number;
  written: boolean;
  failure: string | null;
  wallMs: number;
  timings: Record<string, number>;
  memory: Record<string, number>;
}

function measure(docs: string, out: string, cache: string, version: string): Measure {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [launcher, child, docs, out, cache, version], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - t0;
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return { ...(JSON.parse(line) as Omit<Measure, 'wallMs'>), wallMs };
  } catch {
    throw new Error(`build failed: ${run.stderr.split('\n')[0] ?? ''}`);
  }
}

function chronoAlone(count: number): number {
  const texts = Array.from({ length: count }, (_, i) => generateArticle(i).text);
  const ref = { instant: new Date(Date.UTC(2026, 0, 17, 12)), timezone: 0 };
  const t0 = performance.now();
  for (const text of texts) {
    chrono.en.parse(text, ref);
    chrono.es.parse(text, ref);
  }
  return count / ((performance.now() - t0) / 1000);
}

const version = await compilerVersion();
// The workers' bundle is built once per edit of the compiler and then reused: built here, its build is not timed as part of a cold compile.
await workerBundle();
// So is the child's own bundle (scripts/bundled.mjs), as `npm run compile` reuses its own.
spawnSync(process.execPath, [launcher, '--build-only', child], { stdio: 'inherit' });
// Likewise the V8 code cache beside it, written by the first workers that run it (worker-bundle.ts, bundleLoader).
await extractDocuments(WARM_UP_DOCUMENTS, prepareContext({ actors: null, project: null, curation: null }), { workers: 2, minDocuments: 1 });
const rows: string[][] = [];
const phases: string[] = [];
const phaseLine = (label: string, m: Measure): string =>
  `${label}: ${Object.entries(m.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s (${m.memory[k] ?? '?'} MB)`).join(', ')}`;
const fmt = (n: number, digits = 0): string => n.toFixed(digits);
process.stdout.write(`chrono-node alone (en + es parse): ${fmt(chronoAlone(1000))} documents/s\n`);
for (const size of sizes) {
  const root = path.join(base, String(size));
  rmSync(root, { recursive: true, force: true });
  const docs = path.join(root, 'docs');
  const names = writeCorpus(docs, size);
  // The read index does not trust a file modified within 2 s of being read; a real corpus is older than that.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const out = path.join(root, 'out', 'timeline.json');
  const cache = path.join(root, 'cache');
  process.stderr.write(`compiling ${size} documents (cold)…\n`);
  const cold = measure(docs, out, cache, version);
  appendFileSync(path.join(docs, names[Math.floor(size / 2)] ?? ''), '\nThe ministry said on Monday that talks would resume.\n');
  process.stderr.write(`compiling ${size} documents after a one-file change (warm cache)…\n`);
  const warm = measure(docs, out, cache, version);
  const outMb = readFileSync(out).length / 1024 / 1024;
  phases.push(phaseLine(`${size} cold`, cold), phaseLine(`${size} incremental`, warm));
  rows.push([
    String(size),
    fmt(cold.ms / 1000, 1),
    fmt(cold.documents / (cold.ms / 1000)),
    fmt(cold.maxRssMb),
    fmt(warm.ms / 1000, 2),
    fmt(warm.wallMs / 1000, 2),
    fmt(warm.maxRssMb),
    `${warm.cacheHits}/${warm.documents}`,
    String(cold.events),
    String(cold.quotes),
    fmt(outMb, 1),
  ]);
  if (!cold.written || !warm.written) process.stderr.write(`warning: a build did not write its output (${cold.failure ?? warm.failure ?? 'errors'})\n`);
  rmSync(root, { recursive: true, force: true });
}
rmSync(base, { recursive: true, force: true });
const headers = ['docs', 'cold s', 'docs/s', 'cold RSS MB', 'incr. build s', 'incr. wall s', 'incr. RSS MB', 'cache hits', 'events', 'quotes', 'output MB'];
const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
process.stdout.write(`${[line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')}\n`);
process.stdout.write(`phases, with the resident memory at the end of each (read = walk + decode; cache-read = cache look-ups; extract = per-document stages of the misses; cache-write = pack update; state-read = the previous assembly's memo; duplicates … emit = assembly steps; validate+write = schema check while serialising, then the atomic rename):\n  ${phases.join('\n  ')}\n`);
process.stdout.write('targets: ≥ 500 docs/s; peak RSS < 1 GB at 10,000; incremental < 2 s ("incr. build s" is the build itself, "incr. wall s" adds process start-up)\n');
