import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { COMPILE_HINT, compileHints } from '../vite.config';

/** Builds a page whose entry imports one module statically and one lazily; returns each chunk's first line. */
async function buildSample(): Promise<{ name: string; head: string }[]> {
  const root = mkdtempSync(join(tmpdir(), 'compile-hints-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'shared.js'), 'export const shared = (x) => x * 2;');
  writeFileSync(join(root, 'main.js'), "import { shared } from './shared.js';\nconsole.log(shared(1));\nvoid import('./later.js');");
  writeFileSync(join(root, 'later.js'), "import { shared } from './shared.js';\nexport const later = () => shared(3);");
  mkdirSync(join(root, 'out'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [compileHints()],
    build: { outDir: join(root, 'out'), emptyOutDir: true },
  });
  const dir = join(root, 'out', 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: f, head: readFileSync(join(dir, f), 'utf8').split('\n')[0] ?? '' }));
}

describe('compile hints', () => {
  it('puts the hint on the first line of the entry chunk and not on a chunk loaded later', async () => {
    const chunks = await buildSample();
    const entry = chunks.find((c) => c.name.startsWith('index-'));
    const later = chunks.find((c) => c.name.startsWith('later-'));
    expect(entry?.head).toBe(COMPILE_HINT);
    expect(later?.head).toBeDefined();
    expect(later?.head).not.toBe(COMPILE_HINT);
  });
});
