import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const launcher = join(import.meta.dirname, 'bundled.mjs');
const bundles = join(import.meta.dirname, '../node_modules/.cache/cronologia');
// Its own name, so that its bundles are told apart from any other's and removed after.
const name = `entry-${process.pid}`;
const built = (): string[] => readdirSync(bundles).filter((f) => f.startsWith(`${name}.bundle.`));
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  for (const f of built()) rmSync(join(bundles, f), { force: true });
});

function run(entry: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [launcher, entry, ...args], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

describe('the bundled launcher', () => {
  it('runs a TypeScript entry with its arguments and its own file location, and never runs a stale bundle after an edit', () => {
    dir = mkdtempSync(join(tmpdir(), 'bundled-'));
    const entry = join(dir, `${name}.ts`);
    writeFileSync(entry, "import { word } from './word';\nimport { fileURLToPath } from 'node:url';\nconst self: string = fileURLToPath(import.meta.url);\nconsole.log([word, process.argv.slice(2).join(','), self === process.argv[1]].join(' '));\n");
    writeFileSync(join(dir, 'word.ts'), "export const word: string = 'first';\n");
    expect(run(entry, 'a', 'b')).toBe('first a,b true');
    // It ran as a bundle (not through tsx, the fallback).
    expect(built().filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
    // Started again unchanged: the same answer from the stored bundle.
    expect(run(entry, 'c')).toBe('first c true');
    // An imported file is edited (same length, so only its content tells).
    writeFileSync(join(dir, 'word.ts'), "export const word: string = 'secnd';\n");
    expect(run(entry)).toBe('secnd  true');
    expect(built().filter((f) => f.endsWith('.cjs'))).toHaveLength(2);
  });

  it('runs an entry with a top-level await (an ES module bundle)', () => {
    dir = mkdtempSync(join(tmpdir(), 'bundled-'));
    const entry = join(dir, `${name}.ts`);
    writeFileSync(entry, "const later: string = await Promise.resolve('later');\nconsole.log(later, process.argv[2]);\n");
    expect(run(entry, 'z')).toBe('later z');
    expect(built().filter((f) => f.endsWith('.mjs'))).toHaveLength(1);
  });
});
