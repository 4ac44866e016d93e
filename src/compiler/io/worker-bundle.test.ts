import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prepareContext } from '../compile';
import { extractDocuments } from './extract-pool';
import { WARM_UP_DOCUMENTS } from './warm-up-documents';
import { bundleFileName, workerBundle, type BundleInputs } from './worker-bundle';

const inputs: BundleInputs = { sources: 'a'.repeat(64), lock: '{"packages":{}}', esbuild: '0.28.2', node: 'v20.20.2' };

describe('the pre-built extraction worker', () => {
  it('gets another file name when a source, a package, esbuild or Node changes, so a stale bundle is never loaded', () => {
    const names = new Set([
      bundleFileName(inputs),
      bundleFileName({ ...inputs, sources: 'b'.repeat(64) }),
      bundleFileName({ ...inputs, lock: '{"packages":{"chrono-node":{}}}' }),
      bundleFileName({ ...inputs, esbuild: '0.28.3' }),
      bundleFileName({ ...inputs, node: 'v22.0.0' }),
    ]);
    expect(names.size).toBe(5);
    expect(bundleFileName(inputs)).toBe(bundleFileName({ ...inputs }));
  });

  it('is built from the TypeScript sources when the compiler runs from them', async () => {
    const url = await workerBundle();
    expect(url?.pathname).toMatch(/node_modules\/\.cache\/cronologia\/extract-worker\.[0-9a-f]{24}\.cjs$/);
  }, 60_000);

  it('keeps regular expressions with Unicode classes as literals, not rebuilt by a call at every use', async () => {
    const url = await workerBundle();
    const code = url ? readFileSync(fileURLToPath(url), 'utf8') : '';
    // fold() in relevance/topic-matcher.ts strips combining marks with /\p{M}+/gu.
    expect(code).toContain('/\\p{M}+/gu');
    expect(code).not.toMatch(/new RegExp\("\\\\p\{/u);
  }, 60_000);

  it('keeps the compiled code of the bundle beside it once a worker has run it, so later workers skip compiling it', async () => {
    const url = await workerBundle();
    // Whatever an earlier run left is removed: the cache must be written by this run's workers.
    if (url) rmSync(`${fileURLToPath(url)}.v8cache`, { force: true });
    const context = prepareContext({ actors: null, project: null, curation: null });
    const { workers } = await extractDocuments(WARM_UP_DOCUMENTS, context, { workers: 2, minDocuments: 1 });
    expect(workers).toBe(2);
    expect(url && existsSync(`${fileURLToPath(url)}.v8cache`)).toBe(true);
  }, 60_000);
});
