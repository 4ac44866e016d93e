import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLog, ignoredBy, watchAndRebuild } from './watch';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'watch-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('watchAndRebuild', () => {
  it('builds once at start and again after a document changes', async () => {
    let builds = 0;
    let notify: (() => void) | null = null;
    const watcher = await watchAndRebuild({
      paths: [root],
      ignore: [path.join(root, 'timeline.json')],
      debounceMs: 20,
      rebuild: async () => {
        builds += 1;
        notify?.();
      },
    });
    try {
      expect(builds).toBe(1);
      await fs.writeFile(path.join(root, 'timeline.json'), '{}');
      // Ten debounce periods: a watched output would have rebuilt by now.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(builds).toBe(1);
      const rebuilt = new Promise<void>((resolve) => {
        notify = resolve;
      });
      await fs.writeFile(path.join(root, 'a.txt'), 'Title\n\nText.\n');
      await rebuilt;
      // A loaded machine may deliver the create and the write far apart, as two rebuilds.
      expect(builds).toBeGreaterThanOrEqual(2);
    } finally {
      await watcher.close();
    }
  });

  it('tells a rebuild which file was written in place, and to read the whole folder when a file is added', async () => {
    await fs.writeFile(path.join(root, 'a.txt'), 'Title\n\nText.\n');
    const told: (string[] | null)[] = [];
    let notify: (() => void) | null = null;
    const watcher = await watchAndRebuild({
      paths: [root],
      ignore: [],
      debounceMs: 20,
      rebuild: async (changed) => {
        told.push(changed && [...changed]);
        notify?.();
      },
    });
    const rebuilt = (): Promise<void> => new Promise((resolve) => (notify = resolve));
    try {
      let next = rebuilt();
      await fs.appendFile(path.join(root, 'a.txt'), 'More text.\n');
      await next;
      next = rebuilt();
      await fs.writeFile(path.join(root, 'b.txt'), 'Other\n\nText.\n');
      await next;
      expect(told).toEqual([null, [path.join(root, 'a.txt')], null]);
    } finally {
      await watcher.close();
    }
  });

  it('does its idle work after the first build, and after a later one once no change came for a while', async () => {
    const seen: string[] = [];
    let notify: (() => void) | null = null;
    const watcher = await watchAndRebuild({
      paths: [root],
      ignore: [],
      debounceMs: 20,
      idleMs: 50,
      rebuild: async () => {
        seen.push('build');
      },
      onIdle: () => {
        seen.push('idle');
        notify?.();
      },
    });
    try {
      expect(seen).toEqual(['build', 'idle']);
      const idle = new Promise<void>((resolve) => (notify = resolve));
      await fs.writeFile(path.join(root, 'a.txt'), 'Title\n\nText.\n');
      await idle;
      // The create and the write of one save may come as two rebuilds on a loaded machine;
      // either way the idle work waits until the rebuilding is over.
      expect(seen.slice(0, 3)).toEqual(['build', 'idle', 'build']);
      expect(seen.slice(3, -1).every((step) => step === 'build')).toBe(true);
      expect(seen.at(-1)).toBe('idle');
    } finally {
      await watcher.close();
    }
  });

  it('gives up naming the changes after a rename, an event without a name or a burst that may have been cut short', () => {
    const log = changeLog(ignoredBy(['/p/public/timeline.json']), 3);
    log.note('change', '/p/docs', 'a.txt');
    expect(log.note('change', '/p/public', 'timeline.json')).toBe(false);
    log.note('change', '/p/docs', 'a.txt');
    expect(log.take()).toEqual(new Set(['/p/docs/a.txt']));
    log.note('rename', '/p/docs', 'b.txt');
    expect(log.moved).toBe(true);
    expect(log.take()).toBeNull();
    log.note('change', '/p/docs', null);
    expect(log.take()).toBeNull();
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) log.note('change', '/p/docs', name);
    expect(log.take()).toBeNull();
    expect(log.take()).toEqual(new Set());
  });

  it('ignores its own output and temporary files', () => {
    const ignored = ignoredBy(['/p/public/timeline.json', '/p/public/timeline.schema.json']);
    expect(ignored('/p/public/timeline.json')).toBe(true);
    expect(ignored('/p/public/timeline.json.123.abc.tmp')).toBe(true);
    expect(ignored('/p/data/documents/a.txt')).toBe(false);
    expect(ignored('/p/public/timeline.jsonx')).toBe(false);
  });
});
