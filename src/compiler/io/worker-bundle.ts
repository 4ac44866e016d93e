/**
 * The extraction worker as one pre-built JavaScript file. Run from TypeScript
 * source (tsx, vitest), every worker thread would otherwise load some hundred
 * modules through tsx's loader; one bundled module starts in a fraction of
 * that time, which is most of what a small build spends on extraction.
 *
 * The bundle is built with esbuild (which tsx and vite bring along) into
 * node_modules/.cache/cronologia/, on first use, and its file name carries a
 * hash of everything it is built from: the compiler's and the schema's
 * sources, the installed packages (npm's lock file in node_modules), the
 * esbuild and Node versions. Any edit gives another name, so a stale bundle is
 * never loaded. When esbuild is missing, the folder is not writable or the
 * build fails, there is no bundle and the workers load the TypeScript sources.
 */
import * as fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compilerVersion } from './compile-cache';
import { sha256 } from './read-corpus';

/** Bundles not used for this long are removed (other checkouts may share node_modules). */
const STALE_MS = 7 * 24 * 3600 * 1000;

const here = import.meta.url;
const repoRoot = nodePath.resolve(nodePath.dirname(fileURLToPath(here)), '../../..');

interface Esbuild {
  version: string;
  build(options: Record<string, unknown>): Promise<{ errors: unknown[] }>;
}

function loadEsbuild(): Esbuild | null {
  try {
    return createRequire(here)('esbuild') as Esbuild;
  } catch {
    return null;
  }
}

async function readOr(path: string, fallback: string): Promise<string> {
  return fsp.readFile(path, 'utf8').catch(() => fallback);
}

export interface BundleInputs {
  /** A hash of the compiler's and the schema's sources (compilerVersion). */
  sources: string;
  /** npm's record of the installed packages. */
  lock: string;
  esbuild: string;
  node: string;
}

/** The bundle's file name: a hash of everything it is built from. */
export function bundleFileName(inputs: BundleInputs): string {
  const key = sha256([inputs.sources, sha256(inputs.lock), inputs.esbuild, inputs.node].join('\0'));
  return `extract-worker.${key.slice(0, 24)}.mjs`;
}

/** The name of the bundle built from the sources and packages as they are now. */
async function currentBundleName(esbuild: Esbuild): Promise<string> {
  const lock = await readOr(nodePath.join(repoRoot, 'node_modules/.package-lock.json'), await readOr(nodePath.join(repoRoot, 'package-lock.json'), ''));
  return bundleFileName({ sources: await compilerVersion(), lock, esbuild: esbuild.version, node: process.version });
}

async function sweep(dir: string, keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await fsp.readdir(dir).catch(() => [])) {
    if (name === keep || !/^extract-worker\./.test(name)) continue;
    const path = nodePath.join(dir, name);
    const stat = await fsp.stat(path).catch(() => null);
    if (stat && now - stat.mtimeMs > STALE_MS) await fsp.rm(path, { force: true }).catch(() => undefined);
  }
}

async function buildBundle(): Promise<URL | null> {
  const esbuild = loadEsbuild();
  if (!esbuild) return null;
  const dir = nodePath.join(repoRoot, 'node_modules/.cache/cronologia');
  const name = await currentBundleName(esbuild);
  const file = nodePath.join(dir, name);
  const url = pathToFileURL(file);
  if (await fsp.stat(file).then((s) => s.isFile(), () => false)) {
    // Marks it as in use, so that another checkout's sweep leaves it alone.
    const now = new Date();
    await fsp.utimes(file, now, now).catch(() => undefined);
    return url;
  }
  await fsp.mkdir(dir, { recursive: true });
  // Built beside its final name, then renamed: a concurrent build never sees half a file.
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./extract-worker.ts', here))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0] ?? '20'}`,
      outfile: temp,
      write: true,
      logLevel: 'silent',
      // Packages written as CommonJS call require(); an ES module has none of its own.
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    });
    if (result.errors.length > 0) return null;
    await fsp.rename(temp, file);
  } catch {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    return null;
  }
  await sweep(dir, name);
  return url;
}

let pending: Promise<URL | null> | null = null;

/**
 * The bundled worker's URL, or null when the workers must load the sources
 * (or when this module already runs as built JavaScript). Built at most once
 * per process: the workers run the code this process was started with.
 */
export function workerBundle(): Promise<URL | null> {
  if (!here.endsWith('.ts')) return Promise.resolve(null);
  pending ??= buildBundle().catch(() => null);
  return pending;
}
