import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBuildOptions } from '../fixtures/build-options';
import { runBuild, type BuildOptions } from './build';
import { diskCache, type ExtractionCache } from './compile-cache';
import { readCorpus } from './read-corpus';
import { readBounded, type FileReader } from './read-file';
import { loadReadIndex, READ_INDEX_FILE } from './read-index';

let root: string;
let docs: string;
let cacheDir: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'read-index-'));
  docs = path.join(root, 'docs');
  cacheDir = path.join(root, 'cache');
  await fs.mkdir(docs);
  await fs.mkdir(path.join(root, 'data'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const HOUR_AGO = new Date(Date.now() - 3600_000);

async function write(name: string, text: string, mtime = HOUR_AGO): Promise<void> {
  const file = path.join(docs, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  await fs.utimes(file, mtime, mtime);
}

/** Reads the folder through a fresh index (as a new build would), counting the files opened. */
async function readCounted(racyMs = 0): Promise<{ texts: Record<string, string>; opened: string[] }> {
  const opened: string[] = [];
  const readFile: FileReader = (absolute, max) => {
    opened.push(path.relative(docs, absolute));
    return readBounded(absolute, max);
  };
  const corpus = await readCorpus({ root: docs, readFile, index: await loadReadIndex(cacheDir, { racyMs }) });
  return { texts: Object.fromEntries(corpus.documents.map((d) => [d.path, d.text])), opened: opened.sort() };
}

describe('the read index', () => {
  it('does not open files whose size and times are unchanged, and gives the same documents', async () => {
    await write('a.txt', 'Port talks resume on Monday, the mayor said.\n');
    await write('b.md', '---\ntitle: B\n---\nThe ministry said talks would resume.\n');
    const first = await readCounted();
    expect(first.opened).toEqual(['a.txt', 'b.md']);
    const second = await readCounted();
    expect(second.opened).toEqual([]);
    expect(second.texts).toEqual(first.texts);
  });

  it('is saved, when the caller defers it, only once the caller asks (a build does so while it extracts)', async () => {
    await write('a.txt', 'Port talks resume on Monday, the mayor said.\n');
    await write('b.txt', 'La ministra Ana Ruiz dijo que las conversaciones seguirán.\n');
    const deferred = await readCorpus({ root: docs, index: await loadReadIndex(cacheDir, { racyMs: 0 }), deferIndexSave: true });
    const saved = (): Promise<boolean> => fs.stat(path.join(cacheDir, READ_INDEX_FILE)).then(() => true, () => false);
    expect(await saved()).toBe(false);
    await deferred.saveIndex?.();
    expect(await saved()).toBe(true);
    const after = await readCounted();
    expect(after.opened).toEqual([]);
    expect(Object.values(after.texts).sort()).toEqual(deferred.documents.map((d) => d.text).sort());
  });

  it('reads a file again when its size changes', async () => {
    await write('a.txt', 'Port talks resume.\n');
    await write('b.txt', 'Unrelated.\n');
    await readCounted();
    await write('a.txt', 'Port talks resume next week.\n');
    const second = await readCounted();
    expect(second.opened).toEqual(['a.txt']);
    expect(second.texts['a.txt']).toBe('Port talks resume next week.\n');
  });

  it('reads a file again when it was rewritten with the same size and its mtime forced back', async () => {
    await write('a.txt', 'Port talks resume.\n');
    await readCounted();
    await write('a.txt', 'Port talks RESUME.\n');
    const second = await readCounted();
    expect(second.opened).toEqual(['a.txt']);
    expect(second.texts['a.txt']).toBe('Port talks RESUME.\n');
  });

  it('does not trust a file modified just before it was read', async () => {
    await write('a.txt', 'Port talks resume.\n', new Date());
    await readCounted(2000);
    expect((await readCounted(2000)).opened).toEqual(['a.txt']);
  });

  it('reads every file when the index is corrupt', async () => {
    await write('a.txt', 'Port talks resume.\n');
    await write('b.txt', 'Other news.\n');
    const first = await readCounted();
    const indexFile = path.join(cacheDir, READ_INDEX_FILE);
    const bytes = await fs.readFile(indexFile);
    await fs.writeFile(indexFile, Buffer.concat([bytes.subarray(0, 40), Buffer.from('\u0000garbage\t{"ok":tr'), bytes.subarray(bytes.length - 30)]));
    const second = await readCounted();
    expect(second.opened).toEqual(['a.txt', 'b.txt']);
    expect(second.texts).toEqual(first.texts);
  });
});

describe('a build with the read index', () => {
  const options = (extra: Partial<BuildOptions> = {}): BuildOptions => testBuildOptions(root, extra);
  const cache = (): ExtractionCache => ({ ...diskCache(cacheDir), readIndex: () => loadReadIndex(cacheDir, { racyMs: 0 }) });
  const output = (): Promise<string> => fs.readFile(path.join(root, 'out/timeline.json'), 'utf8');
  const cold = async (): Promise<string> => {
    await runBuild(options({ outFile: 'cold/timeline.json' }));
    return fs.readFile(path.join(root, 'cold/timeline.json'), 'utf8');
  };

  it('writes what a build without cache writes, after a change and after a corrupt index', async () => {
    await write('one.txt', 'Port talks resume\n\nHalden City, April 14, 2025 - Senator Marcus Odell said on Monday that "talks will resume" next week.\n');
    await write('two.txt', 'Mayor visits port\n\nThe mayor visited the port on April 2, 2025.\n');
    await runBuild(options({ cache: cache() }));
    expect(await output()).toBe(await cold());

    await write('two.txt', 'Mayor visits port\n\nThe mayor visited the port on April 3, 2025, and left.\n');
    const warm = await runBuild(options({ cache: cache() }));
    expect(warm.cacheHits).toBe(1);
    expect(warm.timeline?.documents.find((d) => d.path === 'two.txt')?.text).toContain('left');
    expect(await output()).toBe(await cold());

    await fs.writeFile(path.join(cacheDir, READ_INDEX_FILE), '["not", "an index"]\t{\n\u0000\u0001');
    await write('one.txt', 'Port talks resume\n\nHalden City, April 14, 2025 - Senator Marcus Odell said on Tuesday that "talks will resume" next week.\n');
    await runBuild(options({ cache: cache() }));
    expect(await output()).toBe(await cold());
  });
});

describe('a warm build with near-duplicate articles', () => {
  it('writes what a cold build writes after one of the copies changes', async () => {
    const body = Array.from({ length: 40 }, (_, i) => `Senator Marcus Odell said on Monday, April ${(i % 28) + 1}, 2025, that port talks in town ${i} would resume.`).join(' ');
    await write('a.txt', `Port talks\n\n${body}\n`);
    await write('b.txt', `Port talks\n\n${body.replace('town 7', 'city 7')} Share this article.\n`);
    await write('c.txt', `Other\n\n${body.replace(/port talks/gu, 'football')}\n`);
    const options = (outFile: string, cache: ExtractionCache | null): BuildOptions => ({ cwd: root, docsDir: 'docs', outFile, dataDir: 'data', cache, compilerVersion: 'test' });
    const cache = (): ExtractionCache => ({ ...diskCache(cacheDir), readIndex: () => loadReadIndex(cacheDir, { racyMs: 0 }) });
    await runBuild(options('out/timeline.json', cache()));
    await write('b.txt', `Port talks\n\n${body.replace('town 9', 'city 9')} Share this article.\n`);
    const warm = await runBuild(options('out/timeline.json', cache()));
    expect(warm.cacheHits).toBe(2);
    expect(warm.timeline?.documents.find((d) => d.path === 'b.txt')?.duplicateOf).toBeDefined();
    await runBuild(options('cold/timeline.json', null));
    expect(await fs.readFile(path.join(root, 'out/timeline.json'), 'utf8')).toBe(await fs.readFile(path.join(root, 'cold/timeline.json'), 'utf8'));
  });
});
