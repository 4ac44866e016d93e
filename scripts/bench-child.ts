/**
 * One measured build for `npm run bench:compile`, in its own process so that its
 * peak RSS is its own, started the way `npm run compile` starts (scripts/bundled.mjs),
 * so its wall time includes the real start-up. Prints one JSON line: build time, peak RSS, counts.
 */
import { runBuild } from '../src/compiler/io/build';
import { compilerVersion, diskCache } from '../src/compiler/io/compile-cache';

async function main(): Promise<void> {
  const [docs, out, cacheDir, version] = process.argv.slice(2);
  const t0 = performance.now();
  const outcome = await runBuild({
    cwd: process.cwd(),
    docsDir: docs ?? '',
    outFile: out ?? '',
    dataDir: 'data',
    cache: cacheDir ? diskCache(cacheDir) : null,
    // The parent passes one version for the cold and the warm build, so edits to the compiler made meanwhile do not empty the cache.
    compilerVersion: version ?? (await compilerVersion()),
  });
  const ms = performance.now() - t0;
  process.stdout.write(
    `${JSON.stringify({
      ms,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      documents: outcome.counts.documents,
      events: outcome.counts.events,
      quotes: outcome.counts.quotes,
      errors: outcome.counts.errors,
      cacheHits: outcome.cacheHits,
      timings: outcome.timings,
      memory: outcome.memory,
      written: outcome.written,
      failure: outcome.failure,
    })}\n`,
  );
}

// No top-level await: the parent runs this file as a CommonJS bundle (scripts/bundled.mjs).
void main();
