import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ignoredBy, watchAndRebuild } from './watch';

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
      const rebuilt = new Promise<void>((resolve) => {
        notify = resolve;
      });
      await fs.writeFile(path.join(root, 'a.txt'), 'Title\n\nText.\n');
      await rebuilt;
      expect(builds).toBe(2);
    } finally {
      await watcher.close();
    }
  });

  it('ignores its own output and temporary files', () => {
    const ignored = ignoredBy(['/p/public/timeline.json', '/p/public/timeline.schema.json']);
    expect(ignored('/p/public/timeline.json')).toBe(true);
    expect(ignored('/p/public/timeline.json.123.abc.tmp')).toBe(true);
    expect(ignored('/p/data/documents/a.txt')).toBe(false);
    expect(ignored('/p/public/timeline.jsonx')).toBe(false);
  });
});
