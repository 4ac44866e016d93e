// `node scripts/bundled.mjs ENTRY.ts [args…]` runs a TypeScript entry (the
// compiler's CLI, the benchmark's child) as one pre-built CommonJS bundle with
// V8's code cache, instead of through tsx: tsx loads and transforms some
// hundred modules on every start (about 2 s on a shared 2-core machine), the
// bundle starts in a tenth of that.
//
// The bundle lives in node_modules/.cache/cronologia/ and is named for its
// inputs: a small manifest per entry and checkout lists every file the bundle
// was built from (outside node_modules) with the sha256 of the exact text that
// went in; a start re-hashes those files, and any edit (or another Node,
// esbuild or set of installed packages) gives another name, so a stale bundle
// is never run. A file that no listed file imports cannot be in the graph, so
// the listed files are enough. Each module's `import.meta.url` is replaced by
// its own source file's URL, so code that finds files beside itself (the
// compiler's version hash, the extraction workers' own bundle) behaves as under
// tsx. V8's compiled code is stored beside the bundle at the first exit and
// reused after; a rejected cache only costs the compile. Without esbuild, or
// when the build fails, the entry runs through tsx as before.
//
// `--build-only` builds (or checks) the bundle and exits, so that a benchmark
// does not time the build.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as vm from 'node:vm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules/.cache/cronologia');
const requireHere = createRequire(import.meta.url);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const readOr = (file, fallback) => {
  try {
    return fs.readFileSync(file);
  } catch {
    return fallback;
  }
};

function loadEsbuild() {
  try {
    return requireHere('esbuild');
  } catch {
    return null;
  }
}

/**
 * For a `node` target esbuild rewrites regex literals such as /\p{M}+/gu as
 * `new RegExp(...)` calls, run again at every evaluation; every Node this
 * project supports reads them natively, with the same meaning.
 */
const NATIVE_REGEXPS = { 'regexp-unicode-property-escapes': true };

/** What every bundle of this checkout depends on besides its own inputs (the build options included). */
function environment(esbuild) {
  const lock = readOr(path.join(root, 'node_modules/.package-lock.json'), readOr(path.join(root, 'package-lock.json'), ''));
  return [root, process.version, esbuild.version, sha256(lock), JSON.stringify(NATIVE_REGEXPS)].join('\0');
}

/** The digest of the inputs listed in a manifest, as they are now (null when one is gone). */
function inputsDigest(env, files) {
  const hash = createHash('sha256').update(env);
  for (const file of files) {
    const text = readOr(file, null);
    if (text === null) return null;
    hash.update(`\0${file}\0${sha256(text)}`);
  }
  return hash.digest('hex').slice(0, 24);
}

/** Bundles (and their code caches) of this entry not used for a week are removed: every edit leaves one behind. */
const STALE_MS = 7 * 24 * 3600 * 1000;
function sweep(stem, keep) {
  const now = Date.now();
  let names = [];
  try {
    names = fs.readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`${stem}.`) || !/\.(?:cjs|mjs)(?:\.v8cache)?$/.test(name) || name.startsWith(path.basename(keep))) continue;
    const file = path.join(cacheDir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
    } catch {
      // Another build removed it first.
    }
  }
}

const loaderFor = (file) => ({ '.ts': 'ts', '.tsx': 'tsx', '.json': 'json', '.mjs': 'js', '.cjs': 'js', '.js': 'js' })[path.extname(file)] ?? 'js';

/**
 * An entry with a top-level `await` (the eval scripts) cannot be CommonJS: it becomes an ES
 * module bundle (`.mjs`, imported: no code cache), with `require`, `__filename` and
 * `__dirname` defined for the CommonJS packages inside it.
 */
const ESM_BANNER = [
  "import { createRequire as __bundledRequire } from 'node:module';",
  "import { fileURLToPath as __bundledPath } from 'node:url';",
  'const require = __bundledRequire(import.meta.url);',
  'const __filename = __bundledPath(import.meta.url);',
  "const __dirname = __filename.replace(/[\\/][^\\/]*$/, '');",
].join('\n');

async function buildBundle(esbuild, env, entry, stem, manifestFile) {
  const inputs = new Map();
  const temp = path.join(cacheDir, `${stem}.${process.pid}.${Date.now()}.tmp`);
  const build = (format) =>
    esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format,
      ...(format === 'esm' ? { banner: { js: ESM_BANNER } } : {}),
      target: `node${process.versions.node.split('.')[0]}`,
      supported: NATIVE_REGEXPS,
      outfile: temp,
      write: true,
      logLevel: 'silent',
      plugins: [
        {
          name: 'own-sources',
          setup(build) {
            build.onLoad({ filter: /.*/ }, (args) => {
              if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
              const text = fs.readFileSync(args.path, 'utf8');
              inputs.set(args.path, text);
              const own = JSON.stringify(pathToFileURL(args.path).href);
              return { contents: text.replaceAll('import.meta.url', own), loader: loaderFor(args.path) };
            });
          },
        },
      ],
    });
  let format = 'cjs';
  let result = await build(format).catch((error) => ({ errors: error.errors ?? [error] }));
  if (result.errors.some((e) => /top-level await/i.test(e.text ?? ''))) {
    format = 'esm';
    inputs.clear();
    result = await build(format).catch((error) => ({ errors: error.errors ?? [error] }));
  }
  if (result.errors.length > 0) throw new Error('bundle failed');
  const extension = format === 'esm' ? 'mjs' : 'cjs';
  const files = [...inputs.keys()].sort();
  const hash = createHash('sha256').update(env);
  for (const file of files) hash.update(`\0${file}\0${sha256(inputs.get(file))}`);
  const bundle = path.join(cacheDir, `${stem}.${hash.digest('hex').slice(0, 24)}.${extension}`);
  fs.renameSync(temp, bundle);
  const manifestTemp = `${manifestFile}.${process.pid}.tmp`;
  fs.writeFileSync(manifestTemp, JSON.stringify({ files, extension }));
  fs.renameSync(manifestTemp, manifestFile);
  return bundle;
}

/** The bundle of `entry` as its sources are now, built if needed; null when there can be none. */
async function bundleFor(entry) {
  const esbuild = loadEsbuild();
  if (!esbuild) return null;
  const env = environment(esbuild);
  const stem = `${path.basename(entry).replace(/\.[cm]?[jt]sx?$/, '')}.bundle`;
  const manifestFile = path.join(cacheDir, `${stem}.${sha256(`${env}\0${entry}`).slice(0, 16)}.json`);
  try {
    const { files, extension } = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const digest = inputsDigest(env, files);
    const bundle = digest && (extension === 'cjs' || extension === 'mjs') && path.join(cacheDir, `${stem}.${digest}.${extension}`);
    if (bundle && fs.existsSync(bundle)) {
      // Marks it as in use, so that a sweep (from this checkout or another) leaves it alone.
      const now = new Date();
      fs.utimesSync(bundle, now, now);
      return bundle;
    }
  } catch {
    // No manifest yet, or an unreadable one: build.
  }
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const bundle = await buildBundle(esbuild, env, entry, stem, manifestFile);
    sweep(stem, bundle);
    return bundle;
  } catch {
    return null;
  }
}

/** Runs the bundle as a vm.Script with V8's code cache; the cache is (re)written at exit when it was missing or rejected. */
function runBundle(bundle) {
  const cacheFile = `${bundle}.v8cache`;
  const cachedData = readOr(cacheFile, undefined);
  const source = fs.readFileSync(bundle, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temp, script.createCachedData());
        fs.renameSync(temp, cacheFile);
      } catch {
        fs.rmSync(temp, { force: true });
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}

const args = process.argv.slice(2);
const buildOnly = args[0] === '--build-only';
if (buildOnly) args.shift();
const [target, ...rest] = args;
if (!target) {
  process.stderr.write('usage: node scripts/bundled.mjs [--build-only] ENTRY.ts [args…]\n');
  process.exit(2);
}
const entry = path.resolve(target);
const bundle = await bundleFor(entry);
if (!buildOnly) {
  // The entry sees the command line it would see under tsx (cli.ts checks argv[1] to know it is the entry).
  process.argv = [process.argv[0], entry, ...rest];
  if (bundle?.endsWith('.mjs')) await import(pathToFileURL(bundle).href);
  else if (bundle) runBundle(bundle);
  else {
    const tsx = pathToFileURL(requireHere.resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
    (await import(tsx)).register();
    await import(pathToFileURL(entry).href);
  }
}
