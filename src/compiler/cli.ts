/**
 * `npm run compile`: the only part of the compiler that touches argv, the
 * console and the exit code. Prints every diagnostic as
 * `path:line:column severity rule-id message`, then a summary line. Exits 1 when
 * the build has errors (timeline.json is then left as it was), 2 on bad usage,
 * and never shows a stack trace: anything unexpected becomes one line.
 */
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs, USAGE, type CliOptions } from './cli-args';
import { runBuild, schemaFileFor, type BuildOutcome } from './io/build';
import { buildSession } from './io/build-session';
import { compilerVersion, diskCache, type ExtractionCache } from './io/compile-cache';
import { toDisplayPath } from './io/data-files';
import { formatDiagnostic, formatSummary } from './io/diagnostic-report';
import { watchAndRebuild } from './io/watch';

function report(outcome: BuildOutcome, options: CliOptions, cwd: string): void {
  const lines: string[] = [];
  for (const d of outcome.diagnostics) {
    if (options.quiet && d.severity === 'info') continue;
    lines.push(formatDiagnostic(d, outcome.displayPath));
  }
  lines.push(formatSummary(outcome.counts));
  if (outcome.failure) lines.push(`error: ${outcome.failure}`);
  else if (!outcome.written) lines.push(`error: ${toDisplayPath(cwd, nodePath.resolve(cwd, options.out))} not written because of ${outcome.counts.errors} error(s); the previous file is untouched`);
  else lines.push(`wrote ${toDisplayPath(cwd, nodePath.resolve(cwd, options.out))}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`error: ${parsed.message}\n${USAGE}\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const cwd = process.cwd();
  const version = await compilerVersion();
  const disk = options.cacheDir ? diskCache(nodePath.resolve(cwd, options.cacheDir)) : null;
  const build = async (cache: ExtractionCache | null): Promise<BuildOutcome> => {
    const outcome = await runBuild({
      cwd,
      docsDir: options.docs,
      outFile: options.out,
      dataDir: options.data,
      cache,
      compilerVersion: version,
      maxFileSize: options.maxFileSize,
    });
    report(outcome, options, cwd);
    return outcome;
  };
  if (!options.watch) {
    const outcome = await build(disk);
    return outcome.written ? 0 : 1;
  }
  const session = buildSession(disk);
  await watchAndRebuild({
    paths: [nodePath.resolve(cwd, options.docs), nodePath.resolve(cwd, options.data)],
    ignore: [nodePath.resolve(cwd, options.out), schemaFileFor(nodePath.resolve(cwd, options.out))],
    rebuild: async (changed) => {
      try {
        session.changed(changed);
        await build(session);
      } catch (error) {
        process.stderr.write(`error: ${oneLine(error)}\n`);
      }
    },
    onIdle: () => session.settle(),
    onReady: () => process.stdout.write('watching for changes (Ctrl+C to stop)\n'),
  });
  return 0;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

const isEntry = process.argv[1] !== undefined && nodePath.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: the compiler stopped unexpectedly: ${oneLine(error)}\n`);
      process.exitCode = 1;
    },
  );
}
