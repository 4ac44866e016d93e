import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeWriteFileSystem, sweepStaleTemps, writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'timeline.json');
    await fs.writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['timeline.json']);
  });

  it('writes pieces of text and bytes, over several chunks, as the same UTF-8 bytes as one string', async () => {
    const line = (k: number): string => `{"k":${k},"t":"La canciller Marta Quiroga rechazó «la propuesta» — 你好 😀"}\n`;
    const pieces: (string | Uint8Array)[] = [];
    for (let k = 0; k < 30_000; k += 1) pieces.push(k % 3 === 0 ? Buffer.from(line(k), 'utf8') : line(k));
    const whole = Array.from({ length: 30_000 }, (_, k) => line(k)).join('');
    const target = path.join(dir, 'pieces.json');
    await writeFileAtomic(target, pieces);
    expect((await fs.readFile(target)).equals(Buffer.from(whole, 'utf8'))).toBe(true);
  });

  it('leaves the old file untouched when the disk is full', async () => {
    const target = path.join(dir, 'timeline.json');
    await fs.writeFile(target, 'old');
    let calls = 0;
    const full = {
      ...nodeWriteFileSystem,
      write: async (...args: Parameters<typeof nodeWriteFileSystem.write>) => {
        calls += 1;
        if (calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeWriteFileSystem.write(...args);
      },
    };
    await expect(writeFileAtomic(target, 'x'.repeat(3 << 20), full)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fs.readFile(target, 'utf8')).toBe('old');
    expect(await fs.readdir(dir)).toEqual(['timeline.json']);
  });

  it('fails cleanly when the folder cannot be written', async () => {
    const blocker = path.join(dir, 'not-a-dir');
    await fs.writeFile(blocker, 'file');
    await expect(writeFileAtomic(path.join(blocker, 'timeline.json'), 'x')).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(await fs.readFile(blocker, 'utf8')).toBe('file');
  });

  it('lets a reader see only the old or the new file when the writer is killed mid-write', async () => {
    const target = path.join(dir, 'timeline.json');
    const old = JSON.stringify({ version: 'old', pad: 'o'.repeat(1 << 20) });
    await fs.writeFile(target, old);
    const child = spawn(process.execPath, ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href, path.join(import.meta.dirname, 'atomic-write.fixture.ts'), target], { stdio: ['ignore', 'pipe', 'inherit'] });
    // The fixture writes the new file in slow chunks and says when it has begun.
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('writing')) resolve();
      });
      child.on('exit', () => reject(new Error('fixture exited before writing')));
    });
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) seen.add(JSON.parse(await fs.readFile(target, 'utf8')).version);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(await fs.readFile(target, 'utf8')).toBe(old);
    expect([...seen]).toEqual(['old']);
    const leftovers = (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'));
    expect(leftovers.length).toBe(1);
    await sweepStaleTemps(target);
    expect(await fs.readdir(dir)).toEqual(['timeline.json']);
  });
});
