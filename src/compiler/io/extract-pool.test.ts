import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuild, type BuildOptions } from './build';

const repo = path.resolve(import.meta.dirname, '../../..');
let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'pool-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const build = (out: string, extra: Partial<BuildOptions>) =>
  runBuild({
    cwd: repo,
    docsDir: 'data/heldout/documents',
    outFile: path.join(root, out, 'timeline.json'),
    dataDir: 'data',
    cache: null,
    compilerVersion: 'test',
    ...extra,
  });

describe('extraction on worker threads', () => {
  it('writes a timeline byte-identical to extracting on the main thread', async () => {
    const sequential = await build('one', { workers: 1 });
    const parallel = await build('two', { workers: 3, minDocumentsForWorkers: 1 });
    expect(sequential.written).toBe(true);
    expect(parallel.written).toBe(true);
    expect(sequential.counts.documents).toBeGreaterThan(5);
    expect([sequential.workers, parallel.workers]).toEqual([0, 3]);
    expect(parallel.counts).toEqual(sequential.counts);
    const one = await fs.readFile(path.join(root, 'one', 'timeline.json'), 'utf8');
    const two = await fs.readFile(path.join(root, 'two', 'timeline.json'), 'utf8');
    expect(two).toBe(one);
  }, 60_000);
});
