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
 * never loaded. Beside it, the first worker to run it stores V8's compiled code
 * (`<bundle>.v8cache`, see bundleLoader), so later workers skip compiling it.
 * When esbuild is missing, the folder is not writable or the
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
/**
 * For a `node` target esbuild rewrites regex literals such as /\p{M}+/gu as
 * `new RegExp(...)` calls, run again at every evaluation (in fold, contentWords…);
 * every Node this project supports reads them natively, with the same meaning.
 */
const NATIVE_REGEXPS = { 'regexp-unicode-property-escapes': true };

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
  return `extract-worker.${key.slice(0, 24)}.cjs`;
}

/** The name of the bundle built from the sources and packages as they are now. */
async function currentBundleName(esbuild: Esbuild): Promise<string> {
  const lock = await readOr(nodePath.join(repoRoot, 'node_modules/.package-lock.json'), await readOr(nodePath.join(repoRoot, 'package-lock.json'), ''));
  return bundleFileName({ sources: await compilerVersion(), lock, esbuild: esbuild.version, node: process.version });
}

async function sweep(dir: string, keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await fsp.readdir(dir).catch(() => [])) {
    // The bundle in use and its compiled-code cache (`<bundle>.v8cache`) stay.
    if (name.startsWith(keep) || !/^extract-worker\./.test(name)) continue;
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
      // CommonJS, so that the workers can compile it as a vm.Script with V8's code cache (bundleLoader).
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0] ?? '20'}`,
      supported: NATIVE_REGEXPS,
      outfile: temp,
      write: true,
      logLevel: 'silent',
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

/**
 * The source of a worker that runs the bundle with V8's code cache: the bundle
 * is compiled as a vm.Script with the cached code stored beside it, so the
 * worker does not parse and compile some ten thousand lines again (nor the
 * functions the warm-up compiled lazily). When there is no cache yet, or V8
 * rejects it (another Node or V8 flags), the worker writes a fresh one after
 * its warm-up, under a temporary name then renamed, so a reader never sees
 * half a file. A cache that cannot be read or written only costs the compile.
 */
export function bundleLoader(bundle: URL): string {
  const file = JSON.stringify(fileURLToPath(bundle));
  return `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');
const { threadId } = require('node:worker_threads');
const file = ${file};
const cacheFile = file + '.v8cache';
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const source = fs.readFileSync(file, 'utf8');
const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', { filename: file, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
if (cachedData === undefined || script.cachedDataRejected) {
  const temp = cacheFile + '.' + process.pid + '.' + threadId + '.tmp';
  try { fs.writeFileSync(temp, script.createCachedData()); fs.renameSync(temp, cacheFile); } catch { try { fs.rmSync(temp, { force: true }); } catch {} }
}
`;
}
