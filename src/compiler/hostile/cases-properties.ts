/**
 * Property-based cases (fast-check) over raw bytes and generated documents, run
 * through the same pure path as a build (read → extract → assemble → validate),
 * plus a check across processes that TZ and locale change nothing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { timelineSchema } from '../../schema/timeline';
import { prepareContext } from '../compile';
import { extractDocument } from '../extract-document';
import { finishTimeline, serializeTimeline, type Finished } from '../io/build';
import { sourceDocumentsFromFiles, type FileBytes } from '../io/read-corpus';
import { CONTROL_ARTICLE, ENGLISH_ARTICLE, LONE_SURROGATE, SPANISH_ARTICLE, utf16, utf8 } from './articles';
import { guarded, TSX_LOADER, type CaseResult, type HostileCase } from './harness';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);
/** Replays a reported failure: HOSTILE_SEED and HOSTILE_PATH from the failure message. */
const replay = process.env.HOSTILE_SEED ? { seed: Number(process.env.HOSTILE_SEED), path: process.env.HOSTILE_PATH ?? '' } : {};

export function compilePure(files: readonly FileBytes[]): Finished {
  const corpus = sourceDocumentsFromFiles(files);
  const context = prepareContext({ actors: null, project: null, curation: null });
  return finishTimeline(
    corpus.documents.map((d) => extractDocument(d, context)),
    context,
    corpus.diagnostics,
  );
}

const FRAGMENTS = [
  'Senator Marcus Odell said',
  '"We will not accept this,"',
  '“Nunca”, afirmó la ministra Irene Sotelo.',
  "'single quoted,' she said",
  'on Monday',
  'on February 29, 2024',
  'el 5 de mayo de 2025',
  'January 19',
  'this week',
  'last year',
  '03/04/2025',
  'Halden City, April 14, 2025 -',
  'Published: 2025-04-14T08:00:00+02:00',
  'according to the ministry',
  '«Comillas angulares»',
  '<img src=x onerror=alert(1)>',
  '__proto__ said "x"',
  'Share this article',
  'Leave a Reply',
  '😀🇲🇽👩‍👩‍👧',
  '\u200B\u202E',
  'O\'Neill\'s',
  '"unclosed',
  'Related articles',
];

const textArb = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 12 })), fc.constantFrom(' ', ' ', '\n', '\n\n', '. ')), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

const filesArb = fc.uniqueArray(fc.record({ name: fc.constantFrom('a.txt', 'b.txt', 'c.md', 'd.txt', 'sub/e.txt', 'f.html'), text: textArb }), {
  minLength: 1,
  maxLength: 4,
  selector: (f) => f.name,
});

const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 1500 }),
  textArb.map(utf8),
  textArb.map((t) => utf16(t, 'le', false)),
  textArb.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(t)])),
  fc.tuple(textArb, fc.uint8Array({ maxLength: 8 }), textArb).map(([a, junk, b]) => new Uint8Array([...utf8(a), ...junk, ...utf8(b)])),
);

async function property(check: () => void | Promise<void>): Promise<CaseResult> {
  return guarded(async () => {
    try {
      await check();
      return { outcome: 'processed', problems: [] };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const lines = message.split('\n');
      const inner = error instanceof Error && error.cause instanceof Error ? error.cause.message.split('\n')[0] : null;
      const cause = inner ?? lines.find((l) => /Got error|Error:/.test(l)) ?? lines[0] ?? '';
      const counterexample = (lines.find((l) => /Counterexample/.test(l)) ?? '').slice(0, 240);
      const seed = lines.find((l) => /seed/.test(l)) ?? '';
      const summary = [cause.trim(), counterexample, seed.trim()].filter(Boolean).join(' | ');
      return { outcome: 'wrong', problems: [summary || message.slice(0, 600)] };
    }
  });
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

const toBytes = (files: { name: string; text: string }[], map: (t: string) => string = (t) => t): FileBytes[] => files.map((f) => ({ path: f.name, bytes: utf8(map(f.text)) }));

export const propertyCases: HostileCase[] = [
  {
    id: 'property-raw-bytes',
    group: 'content',
    title: `property: any bytes never throw; output validates and round-trips (${RUNS} runs)`,
    expected: 'processed',
    run: () =>
      property(() =>
        fc.assert(
          fc.property(fc.array(fc.tuple(fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.txt'), bytesArb), { maxLength: 4 }), (entries) => {
            const files = [...new Map(entries).entries()].map(([p, bytes]) => ({ path: p, bytes }));
            const result = compilePure(files);
            if (!result.ok) throw new Error(`build failed: ${result.failure}`);
            timelineSchema.parse(JSON.parse(serializeTimeline(result.timeline)));
            if (JSON.stringify(JSON.parse(JSON.stringify(result.timeline))) !== JSON.stringify(result.timeline)) throw new Error('no JSON round-trip');
            if (allStrings(result.timeline).some((s) => LONE_SURROGATE.test(s))) throw new Error('a lone surrogate reached the output');
          }),
          { numRuns: RUNS, ...replay },
        ),
      ),
  },
  {
    id: 'property-order-eol',
    group: 'content',
    title: `property: output independent of file order and line-ending style (${RUNS} runs)`,
    expected: 'processed',
    semantic: true,
    run: () =>
      property(() =>
        fc.assert(
          fc.property(filesArb, fc.constantFrom('\r\n', '\r'), (files, eol) => {
            const base = compilePure(toBytes(files));
            if (!base.ok) throw new Error(`build failed: ${base.failure}`);
            const reversed = compilePure(toBytes([...files].reverse()));
            const crlf = compilePure(toBytes(files, (t) => t.replace(/\n/g, eol)));
            const expected = serializeTimeline(base.timeline);
            if (!reversed.ok || serializeTimeline(reversed.timeline) !== expected) throw new Error('file order changed the output');
            if (!crlf.ok || serializeTimeline(crlf.timeline) !== expected) throw new Error(`${JSON.stringify(eol)} line endings changed the output`);
          }),
          { numRuns: RUNS, ...replay },
        ),
      ),
  },
  {
    id: 'property-time-zone',
    group: 'content',
    title: `property: output independent of the process time zone (${Math.ceil(RUNS / 2)} runs)`,
    expected: 'processed',
    semantic: true,
    run: () =>
      property(() => {
        const original = process.env.TZ;
        try {
          fc.assert(
            fc.property(filesArb, fc.constantFrom('Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'), (files, zone) => {
              process.env.TZ = 'Pacific/Pago_Pago';
              const west = compilePure(toBytes(files));
              process.env.TZ = zone;
              const other = compilePure(toBytes(files));
              if (!west.ok || !other.ok || serializeTimeline(west.timeline) !== serializeTimeline(other.timeline)) throw new Error(`time zone ${zone} changed the output`);
            }),
            { numRuns: Math.ceil(RUNS / 2), ...replay },
          );
        } finally {
          if (original === undefined) delete process.env.TZ;
          else process.env.TZ = original;
        }
      }),
  },
  {
    id: 'tz-locale-cli',
    group: 'content',
    title: 'CLI output byte-identical under other TZ and locale (tr_TR, de_DE)',
    expected: 'processed',
    run: () =>
      guarded(async () => {
        const root = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-tz-'));
        try {
          await fs.mkdir(path.join(root, 'docs'));
          for (const [name, text] of Object.entries({ 'a.txt': CONTROL_ARTICLE, 'b.txt': ENGLISH_ARTICLE, 'c.txt': SPANISH_ARTICLE, 'İstanbul.txt': ENGLISH_ARTICLE.replace('Halden', 'İzmir') })) {
            await fs.writeFile(path.join(root, 'docs', name), text);
          }
          const cli = path.resolve(import.meta.dirname, '../cli.ts');
          const outputs: string[] = [];
          const problems: string[] = [];
          for (const [tz, locale] of [['UTC', 'C'], ['Pacific/Kiritimati', 'tr_TR.UTF-8'], ['America/Los_Angeles', 'de_DE.UTF-8']] as const) {
            const out = `out-${outputs.length}/timeline.json`;
            const run = spawnSync(process.execPath, ['--import', TSX_LOADER, cli, '--docs', 'docs', '--out', out, '--no-cache'], {
              cwd: root,
              encoding: 'utf8',
              env: { ...process.env, TZ: tz, LC_ALL: locale, LANG: locale },
            });
            if (run.status !== 0) problems.push(`build under ${tz}/${locale} exited ${run.status}`);
            outputs.push(await fs.readFile(path.join(root, out), 'utf8').catch(() => ''));
          }
          if (new Set(outputs).size !== 1) problems.push('the output differs between time zones or locales');
          if (outputs[0]?.includes(root)) problems.push('the output holds a machine path');
          return { outcome: problems.length === 0 ? 'processed' : 'wrong', problems };
        } finally {
          await fs.rm(root, { recursive: true, force: true });
        }
      }),
  },
];
