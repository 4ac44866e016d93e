/**
 * One measured build for `npm run bench:compile`, in its own process so that its
 * peak RSS is its own, started the way `npm run compile` starts (scripts/bundled.mjs),
 * so its wall time includes the real start-up. Prints one JSON line: build time, peak RSS, counts.
 *
 * With `--watch` as a fifth argument it is instead a long-lived compiler as
 * `npm run compile -- --watch` runs one (one build session, rebuilt by the same
 * watcher on every change): it prints `{"ready":true}` once the first build is done
 * and the watcher is ready, then one JSON line per build, until it is killed.
 */
import * as nodePath from 'node:path';
import { runBuild, type BuildOutcome } from '../src/compiler/io/build';
import { buildSession } from '../src/compiler/io/build-session';
import { compilerVersion, diskCache, type ExtractionCache } from '../src/compiler/io/compile-cache';
import { watchAndRebuild } from '../src/compiler/io/watch';

function line(outcome: BuildOutcome, ms: number): string {
  return `${JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rssMb: process.memoryUsage.rss() / 1048576,
    documents: outcome.counts.documents,
    events: outcome.counts.events,
    quotes: outcome.counts.quotes,
    errors: outcome.counts.errors,
    cacheHits: outcome.cacheHits,
    timings: outcome.timings,
    memory: outcome.memory,
    cpu: outcome.cpu,
    written: outcome.written,
    failure: outcome.failure,
  })}\n`;
}

async function main(): Promise<void> {
  const [docs, out, cacheDir, version, mode] = process.argv.slice(2);
  const disk = cacheDir ? diskCache(cacheDir) : null;
  // The parent passes one version for the cold and the warm build, so edits to the compiler made meanwhile do not empty the cache.
  const compiler = version ?? (await compilerVersion());
  const build = async (cache: ExtractionCache | null): Promise<void> => {
    const t0 = performance.now();
    const outcome = await runBuild({ cwd: process.cwd(), docsDir: docs ?? '', outFile: out ?? '', dataDir: 'data', cache, compilerVersion: compiler });
    process.stdout.write(line(outcome, performance.now() - t0));
  };
  if (mode !== '--watch') {
    await build(disk);
    return;
  }
  const session = buildSession(disk);
  const outFile = nodePath.resolve(out ?? '');
  await watchAndRebuild({
    paths: [nodePath.resolve(docs ?? ''), nodePath.resolve('data')],
    ignore: [outFile],
    rebuild: (changed) => {
      session.changed(changed);
      return build(session);
    },
    onIdle: () => session.settle(),
    onReady: () => process.stdout.write('{"ready":true}\n'),
  });
}

// No top-level await: the parent runs this file as a CommonJS bundle (scripts/bundled.mjs).
void main();
