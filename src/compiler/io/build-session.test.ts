import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBuildOptions } from '../fixtures/build-options';
import type { AssemblyMemo } from '../merge/assembly-memo';
import { runBuild } from './build';
import { buildSession } from './build-session';
import { diskCache } from './compile-cache';
import { readBounded, type FileReader } from './read-file';
import { nodeWalkFileSystem, type WalkFileSystem } from './walk-folder';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'session-'));
  await fs.mkdir(path.join(root, 'docs'));
  await fs.mkdir(path.join(root, 'data'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const HOUR_AGO = new Date(Date.now() - 3600_000);
const write = async (name: string, text: string, mtime = HOUR_AGO): Promise<void> => {
  await fs.writeFile(path.join(root, 'docs', name), text);
  await fs.utimes(path.join(root, 'docs', name), mtime, mtime);
};

let listings = 0;
/** Counts the folders listed. */
const walkFs: WalkFileSystem = {
  ...nodeWalkFileSystem,
  readdir: (dir) => {
    listings += 1;
    return nodeWalkFileSystem.readdir(dir);
  },
};

/** A build through `session` that records the files it opened. */
async function build(session: ReturnType<typeof buildSession>, outFile = 'out/timeline.json'): Promise<string[]> {
  const opened: string[] = [];
  const readFile: FileReader = (absolute, max) => {
    opened.push(path.basename(absolute));
    return readBounded(absolute, max);
  };
  const outcome = await runBuild(testBuildOptions(root, { cache: session, readFile, walkFs, outFile, workers: 1 }));
  expect(outcome.failure).toBeNull();
  return opened.sort();
}

describe('a build session (--watch)', () => {
  it("keeps the merge's memo for its next change when its first build starts from a fresh process's state", async () => {
    await write('port.txt', 'Port talks resume\n\nHalden City, April 14, 2025 - Senator Marcus Odell said on Monday that "talks will resume" next week.\n');
    await write('plan.md', '---\ntitle: Ministra rechaza plan\npublished: 2025-05-12\nlanguage: es\n---\nLa ministra Irene Sotelo rechazó el plan, "no aceptaremos", afirmó.\n');
    const cacheDir = path.join(root, 'cache');
    await runBuild(testBuildOptions(root, { cache: diskCache(cacheDir), workers: 1 }));
    // A session over that state: every report is the last merge's, which a fresh process merges without a memo.
    const disk = diskCache(cacheDir);
    let saved: AssemblyMemo | null = null;
    const session = buildSession({ ...disk, saveMemo: async (key, next) => { saved = next; await disk.saveMemo?.(key, next); } }, { racyMs: 0 });
    await build(session);
    expect((saved as AssemblyMemo | null)?.events).toBeDefined();
  });

  it('opens only the changed file on a rebuild, and writes what a cold build writes', async () => {
    await write('port.txt', 'Port talks resume\n\nHalden City, April 14, 2025 - Senator Marcus Odell said on Monday that "talks will resume" next week.\n');
    await write('plan.md', '---\ntitle: Ministra rechaza plan\npublished: 2025-05-12\nlanguage: es\n---\nLa ministra Irene Sotelo rechazó el plan, "no aceptaremos", afirmó.\n');
    // Files written by a test have just changed (ctime); a real corpus is older than the racy window.
    const session = buildSession(diskCache(path.join(root, 'cache')), { racyMs: 0 });
    expect(await build(session)).toEqual(['plan.md', 'port.txt']);
    await write('plan.md', '---\ntitle: Ministra rechaza plan\npublished: 2025-05-12\nlanguage: es\n---\nLa ministra Irene Sotelo rechazó el plan el martes, "no aceptaremos", afirmó.\n');
    expect(await build(session)).toEqual(['plan.md']);
    await runBuild(testBuildOptions(root, { outFile: 'cold/timeline.json', workers: 1 }));
    const read = (file: string): Promise<string> => fs.readFile(path.join(root, file), 'utf8');
    expect(await read('out/timeline.json')).toBe(await read('cold/timeline.json'));
    expect(await read('out/timeline.json')).toContain('el martes');
  });

  it('told by its watcher which file was written, neither lists the folder nor looks at the other files, and writes what a cold build writes', async () => {
    await write('port.txt', 'Port talks resume\n\nHalden City, April 14, 2025 - Senator Marcus Odell said on Monday that "talks will resume" next week.\n');
    await write('plan.md', '---\ntitle: Ministra rechaza plan\npublished: 2025-05-12\nlanguage: es\n---\nLa ministra Irene Sotelo rechazó el plan, "no aceptaremos", afirmó.\n');
    const session = buildSession(null, { racyMs: 0 });
    session.changed(null);
    expect(await build(session)).toEqual(['plan.md', 'port.txt']);
    session.settle();
    // Written without its watcher seeing it: trusted, as the watcher is.
    await write('port.txt', 'Port talks resume\n\nSenator Marcus Odell said on Tuesday that talks will resume.\n');
    await write('plan.md', '---\ntitle: Ministra rechaza plan\npublished: 2025-05-12\nlanguage: es\n---\nLa ministra Irene Sotelo rechazó el plan el martes, "no aceptaremos", afirmó.\n');
    listings = 0;
    session.changed(new Set([path.join(root, 'docs', 'plan.md')]));
    expect(await build(session)).toEqual(['plan.md']);
    expect(listings).toBe(0);
    // A file added (the watcher cannot name it): the folder is listed and every file looked at again.
    await write('new.txt', 'Border talks\n\nLa canciller Helga Brandt dijo el lunes que "habrá acuerdo".\n');
    session.changed(null);
    expect(await build(session)).toEqual(['new.txt', 'port.txt']);
    expect(listings).toBeGreaterThan(0);
    await runBuild(testBuildOptions(root, { outFile: 'cold/timeline.json', workers: 1 }));
    const read = (file: string): Promise<string> => fs.readFile(path.join(root, file), 'utf8');
    expect(await read('out/timeline.json')).toBe(await read('cold/timeline.json'));
    expect(await read('out/timeline.json')).toContain('el martes');
  });

  it('reads again a file changed in the instant it was read, whose stat may not show a later change', async () => {
    await write('old.txt', 'Mayor visits port\n\nThe mayor visited the port on April 2, 2025.\n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await write('port.txt', 'Port talks resume\n\nSenator Marcus Odell said on Monday that talks will resume.\n', new Date());
    const session = buildSession(null, { racyMs: 300 });
    expect(await build(session)).toEqual(['old.txt', 'port.txt']);
    expect(await build(session)).toEqual(['port.txt']);
  });

  it('leaves a disk cache from which a build in a fresh process extracts nothing again', async () => {
    await write('port.txt', 'Port talks resume\n\nSenator Marcus Odell said on Monday that talks will resume.\n');
    await write('old.txt', 'Mayor visits port\n\nThe mayor visited the port on April 2, 2025.\n');
    const cacheDir = path.join(root, 'cache');
    const session = buildSession(diskCache(cacheDir));
    await build(session);
    await write('old.txt', 'Mayor visits port\n\nThe mayor visited the port on April 3, 2025.\n');
    await build(session);
    const fresh = await runBuild(testBuildOptions(root, { cache: diskCache(cacheDir), workers: 1 }));
    expect(fresh.cacheHits).toBe(2);
  });
});
