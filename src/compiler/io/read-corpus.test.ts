import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpus } from './read-corpus';

let root: string;
let outside: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'outside-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

const article = 'A title\n\nThe minister said on Monday that talks would continue.\n';
const write = (rel: string, content: string | Uint8Array): Promise<void> =>
  fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true }).then(() => fs.writeFile(path.join(root, rel), content));
const rules = (diags: { rule: string; document: string | null }[]): string[] => diags.map((d) => `${d.document}:${d.rule}`).sort();

describe('readCorpus', () => {
  it('reads supported files in path order and skips junk with info', async () => {
    await write('b.txt', article);
    await write('a/c.md', `---\ntitle: C\n---\n${article}`);
    await write('.DS_Store', 'junk');
    await write('notes.txt~', article);
    await write('~$draft.txt', article);
    await write('image.png', 'x');
    await write('.git/config', 'x');
    const corpus = await readCorpus({ root });
    expect(corpus.documents.map((d) => d.path)).toEqual(['a/c.md', 'b.txt']);
    expect(corpus.documents[0]?.meta.title).toBe('C');
    expect(rules(corpus.diagnostics)).toEqual(['.DS_Store:junk-file', '.git:hidden-folder', 'image.png:unsupported-file', 'notes.txt~:junk-file', '~$draft.txt:junk-file']);
    expect(corpus.diagnostics.every((d) => d.severity === 'info')).toBe(true);
  });

  it('refuses symlinks that leave the folder and symlink loops, with warnings', async () => {
    await write('a.txt', article);
    await fs.writeFile(path.join(outside, 'secret.txt'), 'secret text\n');
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
    await fs.symlink(outside, path.join(root, 'leakdir'));
    await fs.mkdir(path.join(root, 'sub'));
    await fs.symlink(root, path.join(root, 'sub', 'loop'));
    await fs.symlink(path.join(root, 'self.txt'), path.join(root, 'self.txt'));
    const corpus = await readCorpus({ root });
    expect(corpus.documents.map((d) => d.path)).toEqual(['a.txt']);
    const warnings = corpus.diagnostics.filter((d) => d.severity === 'warning');
    expect(rules(warnings)).toEqual(['leak.txt:symlink-outside', 'leakdir:symlink-outside', 'self.txt:symlink-loop', 'sub/loop:symlink-loop']);
    expect(warnings.every((d) => d.line === 1 && d.column === 1)).toBe(true);
    expect(JSON.stringify(corpus)).not.toContain('secret text');
  });

  it('skips a file whose name is not valid UTF-8 with a warning', async () => {
    await write('a.txt', article);
    await fs.writeFile(Buffer.concat([Buffer.from(`${root}/bad`), Buffer.from([0xff]), Buffer.from('.txt')]), article);
    const corpus = await readCorpus({ root });
    expect(corpus.documents.map((d) => d.path)).toEqual(['a.txt']);
    expect(corpus.diagnostics).toMatchObject([{ severity: 'warning', rule: 'invalid-file-name' }]);
  });

  it('skips a named pipe instead of blocking on it', async () => {
    await write('a.txt', article);
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
    const corpus = await readCorpus({ root });
    expect(corpus.documents.map((d) => d.path)).toEqual(['a.txt']);
    expect(rules(corpus.diagnostics)).toEqual(['pipe.txt:not-a-regular-file']);
  });

  it('skips a file over the size limit without reading it', async () => {
    await write('a.txt', article);
    await fs.writeFile(path.join(root, 'big.txt'), '');
    await fs.truncate(path.join(root, 'big.txt'), 2048);
    const read: string[] = [];
    const corpus = await readCorpus({
      root,
      maxFileSize: 1024,
      readFile: async (absolute, max) => {
        const { readBounded } = await import('./read-file');
        const result = await readBounded(absolute, max);
        if (result.kind === 'ok') read.push(path.basename(absolute));
        return result;
      },
    });
    expect(read).toEqual(['a.txt']);
    expect(corpus.diagnostics).toMatchObject([{ severity: 'warning', rule: 'file-too-large', document: 'big.txt', line: 1, column: 1 }]);
  });

  it('skips an unreadable file with a warning and reads the others', async () => {
    await write('a.txt', article);
    await write('locked.txt', article);
    const corpus = await readCorpus({
      root,
      readFile: async (absolute, max) => {
        if (absolute.endsWith('locked.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${absolute}'`), { code: 'EACCES' });
        const { readBounded } = await import('./read-file');
        return readBounded(absolute, max);
      },
    });
    expect(corpus.documents.map((d) => d.path)).toEqual(['a.txt']);
    expect(corpus.diagnostics).toMatchObject([{ severity: 'warning', rule: 'unreadable-file', document: 'locked.txt' }]);
    expect(corpus.diagnostics[0]?.message).not.toContain(root);
  });

  it('ignores an excluded output folder inside the documents folder', async () => {
    await write('a.txt', article);
    await write('out/timeline.txt', article);
    const corpus = await readCorpus({ root, exclude: [path.join(root, 'out')] });
    expect(corpus.documents.map((d) => d.path)).toEqual(['a.txt']);
    expect(corpus.diagnostics).toEqual([]);
  });

  it('keeps byte-identical articles and notes the later one as a duplicate', async () => {
    await write('one.txt', article);
    await write('two.txt', `\uFEFF${article.replace(/\n/g, '\r\n')}`);
    const corpus = await readCorpus({ root });
    expect(corpus.documents.map((d) => d.path)).toEqual(['one.txt', 'two.txt']);
    expect(corpus.documents[1]?.diagnostics).toMatchObject([{ rule: 'duplicate-document', severity: 'info' }]);
  });
});
