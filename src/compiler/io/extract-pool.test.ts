import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareContext } from '../compile';
import { runBuild, type BuildOptions } from './build';
import { readDataFiles } from './data-files';
import { extractHere } from './extract-outcome';
import { extractionPool } from './extract-pool';
import { readCorpus } from './read-corpus';

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

describe('workers started ahead of the documents', () => {
  const load = async () => {
    const data = await readDataFiles(repo, path.join(repo, 'data'));
    const corpus = await readCorpus({ root: path.join(repo, 'data/heldout/documents'), sources: data.sources });
    return { context: prepareContext(data.config), documents: corpus.documents };
  };

  it('extracts on the warmed workers exactly what this thread extracts', async () => {
    const { context, documents } = await load();
    const pool = extractionPool(context, { workers: 2, minDocuments: 1 });
    pool.warm();
    const parallel = await pool.extract(documents);
    expect(parallel.workers).toBe(2);
    expect(parallel.outcomes).toEqual(extractHere(documents, context));
  }, 60_000);

  it('extracts a job too small for workers on this thread, and stops the warmed workers', async () => {
    const { context, documents } = await load();
    const pool = extractionPool(context, { workers: 2, minDocuments: documents.length + 1 });
    pool.warm();
    const small = await pool.extract(documents);
    expect(small.workers).toBe(0);
    expect(small.outcomes).toEqual(extractHere(documents, context));
  }, 60_000);
});
