/** Size and shape: limits, huge lines, regex-hostile patterns, quote structure, many files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Timeline } from '../../schema/timeline';
import type { BuildOutcome } from '../io/build';
import { readCorpus } from '../io/read-corpus';
import { readBounded, type FileReader } from '../io/read-file';
import { ENGLISH_ARTICLE } from './articles';
import { buildSandbox, guarded, invariants, makeSandbox, singleFileCase, type HostileCase } from './harness';

function quotesOf(timeline: Timeline | null, documentPath: string): Timeline['quotes'] {
  const doc = timeline?.documents.find((d) => d.path === documentPath);
  return doc ? (timeline?.quotes ?? []).filter((q) => q.source.document === doc.id) : [];
}

const quoteTexts = (o: BuildOutcome, p: string): string[] => quotesOf(o.timeline, p).map((q) => q.text);

/** Count of files for the many-files build (the read-only case always uses 100,000). */
export const MANY_FILES = Number(process.env.HOSTILE_MANY_FILES ?? 1000);

export const sizeCases: HostileCase[] = [
  {
    id: 'over-size-limit',
    group: 'size and shape',
    title: 'file above the size limit rejected before it is read',
    expected: 'skipped',
    run: () => {
      const reads: string[] = [];
      const spy: FileReader = async (absolute, max) => {
        const result = await readBounded(absolute, max);
        if (result.kind === 'ok') reads.push(path.basename(absolute));
        return result;
      };
      const big = new Uint8Array(13 * 1024 * 1024).fill(0x61);
      return singleFileCase({ 'huge.txt': big }, 'huge.txt', (o) => [
        ...(reads.includes('huge.txt') ? ['the oversized file was read'] : []),
        ...(o.diagnostics.some((d) => d.rule === 'file-too-large' && d.document === 'huge.txt') ? [] : ['no file-too-large warning']),
      ], { build: { readFile: spy } });
    },
  },
  {
    id: 'ten-mb-single-line',
    group: 'size and shape',
    title: '10 MB single-line file',
    expected: 'processed',
    semantic: true,
    run: () => {
      const sentence = 'Senator Marcus Odell said on Monday that the port deal "would hurt workers" in Halden City. ';
      const line = `Port deal debate ${sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length))}`;
      return singleFileCase({ 'line.txt': line }, 'line.txt');
    },
  },
  {
    id: 'regex-backtracking',
    group: 'size and shape',
    title: 'quote and whitespace patterns shaped for catastrophic backtracking',
    expected: 'processed',
    semantic: true,
    run: () => {
      const n = 20000;
      const body = [
        'Backtracking test',
        '"'.repeat(n),
        `"${' '.repeat(n)}x`,
        `${'said "a '.repeat(n / 10)}`,
        `${"'a ".repeat(n / 2)}`,
        `“${'“'.repeat(n)}`,
        `${' \t'.repeat(n)}\n${'\n \n'.repeat(n / 10)}`,
        `${'Mr. '.repeat(n / 4)}Odell said "yes".`,
        `${'a'.repeat(n)}, ${'A '.repeat(n / 2)}said.`,
        `${'1/'.repeat(n / 4)}2025 ${'January '.repeat(n / 10)}`,
        `«${'« '.repeat(n / 4)}`,
      ].join('\n\n');
      return singleFileCase({ 'bt.txt': body }, 'bt.txt');
    },
  },
  {
    id: 'unclosed-quote',
    group: 'size and shape',
    title: 'an unclosed quote does not swallow the rest of the document',
    expected: 'processed',
    semantic: true,
    run: () => {
      const body = `Talks stall in Halden\n\nHalden City, April 14, 2025 - The mayor said the plan was "unworkable and costly.\n\n${'The council met again to discuss the budget. '.repeat(20)}\n\n"We will rebuild the harbour by next year," Senator Marcus Odell said on Tuesday.\n`;
      return singleFileCase({ 'u.txt': body }, 'u.txt', (o) => {
        const texts = quoteTexts(o, 'u.txt');
        const problems: string[] = [];
        if (texts.some((t) => t.includes('council met again'))) problems.push('a quote swallowed the following paragraphs');
        if (!texts.some((t) => t.includes('We will rebuild the harbour'))) problems.push('the later, closed quote was not found');
        return problems;
      });
    },
  },
  {
    id: 'nested-quotes',
    group: 'size and shape',
    title: '1,000 nested quotes',
    expected: 'processed',
    semantic: true,
    run: () => {
      const marks = [
        ['"', '"'],
        ["'", "'"],
        ['“', '”'],
        ['‘', '’'],
        ['«', '»'],
      ] as const;
      let inner = 'deep';
      for (let i = 0; i < 1000; i++) {
        const [open, close] = marks[i % marks.length] ?? ['"', '"'];
        inner = `${open}level ${i} ${inner}${close}`;
      }
      return singleFileCase({ 'nest.txt': `Nested quotes\n\nSenator Marcus Odell said ${inner} on Monday.\n` }, 'nest.txt');
    },
  },
  {
    id: 'apostrophes',
    group: 'size and shape',
    title: "apostrophes do not open quotes",
    expected: 'processed',
    semantic: true,
    run: () => {
      const body = `O'Neill's harbour plan\n\nHalden City, April 14, 2025 - The country's transport minister, Aoife O'Neill, visited the workers' union on Monday. It's the union's third meeting since '98, and rock 'n' roll played outside. 'We will rebuild the harbour,' O'Neill said. The mayor's office didn't comment.\n`;
      return singleFileCase({ 'ap.txt': body }, 'ap.txt', (o) => {
        const texts = quoteTexts(o, 'ap.txt');
        const wrong = texts.filter((t) => !t.includes('We will rebuild the harbour'));
        return [
          ...(wrong.length > 0 ? [`apostrophes opened quotes: ${wrong.map((t) => JSON.stringify(t.slice(0, 30))).join(', ')}`] : []),
          ...(texts.length === 0 ? ['the real single-quoted quote was not found'] : []),
        ];
      });
    },
  },
  {
    id: 'many-files-read',
    group: 'size and shape',
    title: '100,000 files in a folder read with bounded concurrency (no EMFILE)',
    expected: 'processed',
    run: () =>
      guarded(async () => {
        // tmpfs when there is one: creating 100,000 files on a disk takes longer than reading them.
        const base = await fs.stat('/dev/shm').then((s) => (s.isDirectory() ? '/dev/shm' : os.tmpdir()), () => os.tmpdir());
        const root = await fs.mkdtemp(path.join(base, 'hostile-many-'));
        try {
          const count = 100_000;
          for (let dir = 0; dir < 10; dir++) {
            mkdirSync(path.join(root, `d${dir}`));
            for (let i = 0; i < count / 10; i++) writeFileSync(path.join(root, `d${dir}`, `a${i}.txt`), `Note ${dir}-${i}\n\nThe council met on Monday.\n`);
          }
          const corpus = await readCorpus({ root });
          const problems: string[] = [];
          if (corpus.documents.length !== count) problems.push(`read ${corpus.documents.length} of ${count} files`);
          if (corpus.diagnostics.length > 0) problems.push(`unexpected diagnostics: ${corpus.diagnostics[0]?.rule ?? ''}`);
          return { outcome: corpus.documents.length === count ? 'processed' : 'wrong', problems };
        } finally {
          await fs.rm(root, { recursive: true, force: true });
        }
      }),
  },
  {
    id: 'many-files-build',
    group: 'size and shape',
    title: `${MANY_FILES.toLocaleString('en-US')} files compiled end to end`,
    expected: 'processed',
    semantic: true,
    run: () =>
      guarded(async () => {
        const files: Record<string, string> = {};
        for (let i = 0; i < MANY_FILES; i++) files[`batch${i % 20}/article-${i}.txt`] = ENGLISH_ARTICLE.replace('Marcus Odell', `Marcus Odell ${i}`);
        const sandbox = await makeSandbox(files);
        try {
          const outcome = await buildSandbox(sandbox);
          const problems = await invariants(sandbox, outcome);
          const count = outcome.timeline?.documents.length ?? 0;
          if (count !== MANY_FILES + 1) problems.push(`compiled ${count} of ${MANY_FILES + 1} documents`);
          return { outcome: outcome.written && count === MANY_FILES + 1 ? 'processed' : outcome.written ? 'wrong' : 'failed', problems };
        } finally {
          await sandbox.cleanup();
        }
      }),
  },
];
