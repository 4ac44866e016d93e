import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBuildOptions } from '../fixtures/build-options';
import { timelineSchema } from '../../schema/timeline';
import { runBuild, serializeTimeline, serializeTimelineChunks, type BuildOptions } from './build';
import { buildSession } from './build-session';
import { diskCache, PACK_FILE } from './compile-cache';
import { firstSchemaIssue, SchemaViolation, timelineChunks } from './schema-check';
import { outputMemo } from './output-memo';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-'));
  await fs.mkdir(path.join(root, 'docs'));
  await fs.mkdir(path.join(root, 'data'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const ARTICLES: Record<string, string> = {
  'one.txt': 'Port talks resume\n\nHalden City, April 14, 2025 - Senator Marcus Odell said on Monday that "talks will resume" next week.\n',
  'two.md': '---\ntitle: Ministra rechaza plan\npublished: 2025-05-12\nlanguage: es\n---\nLa ministra Irene Sotelo rechazó el plan, "no aceptaremos", afirmó.\n',
  'sub/three.txt': 'Mayor visits port\n\nThe mayor visited the port on April 2, 2025.\n',
};

const options = (extra: Partial<BuildOptions> = {}): BuildOptions => testBuildOptions(root, extra);

async function writeDocs(order: string[]): Promise<void> {
  for (const name of order) {
    await fs.mkdir(path.dirname(path.join(root, 'docs', name)), { recursive: true });
    await fs.writeFile(path.join(root, 'docs', name), ARTICLES[name] ?? '');
  }
}

describe('runBuild', () => {
  it('writes a valid timeline and its JSON Schema', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const outcome = await runBuild(options());
    expect(outcome.written).toBe(true);
    const written = JSON.parse(await fs.readFile(path.join(root, 'out/timeline.json'), 'utf8'));
    expect(timelineSchema.safeParse(written).success).toBe(true);
    const schema = JSON.parse(await fs.readFile(path.join(root, 'out/timeline.schema.json'), 'utf8'));
    expect(schema.properties.schemaVersion).toBeDefined();
  });

  it('reads every document when the output file sits in a folder that contains the documents folder', async () => {
    await writeDocs(Object.keys(ARTICLES));
    // `--docs docs --out timeline.json`: the output folder is the project root, which holds docs/.
    const outcome = await runBuild(options({ outFile: 'timeline.json' }));
    expect(outcome.written).toBe(true);
    const written = JSON.parse(await fs.readFile(path.join(root, 'timeline.json'), 'utf8')) as { documents: unknown[] };
    expect(written.documents).toHaveLength(Object.keys(ARTICLES).length);
  });

  it('gives byte-identical output whatever order the files were created in', async () => {
    await writeDocs(Object.keys(ARTICLES));
    await runBuild(options());
    const first = await fs.readFile(path.join(root, 'out/timeline.json'), 'utf8');
    await fs.rm(path.join(root, 'docs'), { recursive: true });
    await fs.mkdir(path.join(root, 'docs'));
    await writeDocs(Object.keys(ARTICLES).reverse());
    await runBuild(options({ outFile: 'out2/timeline.json' }));
    expect(await fs.readFile(path.join(root, 'out2/timeline.json'), 'utf8')).toBe(first);
    expect(first).not.toContain(root);
  });

  it('applies data/sources and notes entries for absent documents as info', async () => {
    await writeDocs(['one.txt']);
    await fs.writeFile(path.join(root, 'data/sources.yaml'), 'one.txt:\n  outlet: Halden Herald\n  url: https://herald.example/port\nelsewhere.txt:\n  outlet: X\n');
    const outcome = await runBuild(options());
    const doc = outcome.timeline?.documents.find((d) => d.path === 'one.txt');
    expect(doc?.url).toBe('https://herald.example/port');
    expect(outcome.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', rule: 'sources-unknown-document', document: 'data/sources.yaml', line: 4 }));
    expect(outcome.displayPath('data/sources.yaml')).toBe('data/sources.yaml');
    expect(outcome.displayPath('one.txt')).toBe('docs/one.txt');
  });

  it('writes nothing when there are errors and keeps the previous file', async () => {
    await writeDocs(['one.txt']);
    await fs.writeFile(path.join(root, 'docs/bad.md'), '---\ntitle: [x\n---\nBody\n');
    await fs.mkdir(path.join(root, 'out'));
    await fs.writeFile(path.join(root, 'out/timeline.json'), 'previous');
    const outcome = await runBuild(options());
    expect(outcome.written).toBe(false);
    expect(outcome.counts.errors).toBe(1);
    expect(await fs.readFile(path.join(root, 'out/timeline.json'), 'utf8')).toBe('previous');
  });

  it('reuses cached extraction for unchanged documents and redoes only the changed one', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const cache = diskCache(path.join(root, 'cache'));
    const cold = await runBuild(options({ cache }));
    await fs.appendFile(path.join(root, 'docs/one.txt'), 'The council met again on Tuesday.\n');
    const warm = await runBuild(options({ cache }));
    expect([cold.cacheHits, warm.cacheHits]).toEqual([0, 2]);
    const uncached = await runBuild(options({ outFile: 'fresh/timeline.json' }));
    expect(await fs.readFile(path.join(root, 'out/timeline.json'), 'utf8')).toBe(await fs.readFile(path.join(root, 'fresh/timeline.json'), 'utf8'));
    expect(uncached.cacheHits).toBe(0);
  });

  it('gives a warm build the cold build\'s bytes when a one-file change makes or breaks a duplicate and a merged event', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const cache = diskCache(path.join(root, 'cache'));
    const copy = path.join(root, 'docs/copy.txt');
    const paragraphs = ['north', 'south', 'east', 'west', 'river', 'hill'].map((quay) => `Workers at the ${quay} quay said cranes were idle for most of the week.`);
    // The talks are told as held: a meeting that "will resume" is a plan, not an event to merge.
    const original = `Port strike ends\n\nHalden City, April 14, 2025 - Senator Marcus Odell said on Monday that "talks went well" on Sunday.\n\n${paragraphs.join('\n\n')}\n`;
    await fs.writeFile(path.join(root, 'docs/long.txt'), original);
    await fs.writeFile(copy, 'Harbour reopens\n\nMarlow Bay, March 3, 2025 - The harbour reopened after repairs.\n');
    await runBuild(options({ cache }));
    const steps = [
      original.replace('talks went well', 'talks went very well'),
      'Harbour reopens\n\nMarlow Bay, March 3, 2025 - The harbour reopened after long repairs.\n',
    ];
    const duplicateCounts: number[] = [];
    const mergedCounts: number[] = [];
    for (const text of steps) {
      await fs.writeFile(copy, text);
      const warm = await runBuild(options({ cache }));
      expect(warm.cacheHits).toBe(4);
      const cold = await runBuild(options({ outFile: 'fresh/timeline.json' }));
      const warmText = await fs.readFile(path.join(root, 'out/timeline.json'), 'utf8');
      expect(warmText).toBe(await fs.readFile(path.join(root, 'fresh/timeline.json'), 'utf8'));
      duplicateCounts.push(cold.timeline?.documents.filter((d) => d.duplicateOf !== undefined).length ?? -1);
      mergedCounts.push(cold.timeline?.events.filter((e) => e.sources.length > 1).length ?? -1);
    }
    // The edited copy is a near-duplicate of long.txt; the rewritten harbour story is not.
    expect(duplicateCounts).toEqual([1, 0]);
    // …so its events join long.txt's, and apart again once it is rewritten.
    expect(mergedCounts[0]).toBeGreaterThan(mergedCounts[1] ?? 0);
  });

  it('gives a warm build the cold build\'s bytes after each kind of change: add, rename, delete, editor data, compiler version', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const dir = path.join(root, 'cache');
    let version = 'v1';
    await runBuild(options({ cache: diskCache(dir), compilerVersion: version }));
    const data = (name: string, text: string) => async (): Promise<void> => fs.writeFile(path.join(root, 'data', name), text);
    const changes: [string, () => Promise<void>][] = [
      ['add', async () => fs.writeFile(path.join(root, 'docs/four.txt'), 'Senator Marcus Odell met the mayor of Halden City on April 15, 2025.\n')],
      ['rename', async () => fs.rename(path.join(root, 'docs/four.txt'), path.join(root, 'docs/sub/five.txt'))],
      ['delete', async () => fs.rm(path.join(root, 'docs/two.md'))],
      ['actors', data('actors.yaml', 'actors:\n  - name: Marcus Odell\n    aliases: [Odell]\n    kind: person\n    country: null\n')],
      ['project', data('project.yaml', 'title: Port talks\ndescription: Who said what.\nterms:\n  en: [port]\n')],
      ['curation', data('curation.yaml', 'events:\n  - document: one.txt\n    match: "talks will resume"\n    title: Talks to resume\n')],
      ['sources', data('sources.yaml', 'one.txt:\n  outlet: Halden Herald\n')],
      ['compiler', async () => void (version = 'v2')],
    ];
    for (const [name, change] of changes) {
      await change();
      const warm = await runBuild(options({ cache: diskCache(dir), compilerVersion: version }));
      await runBuild(options({ outFile: 'fresh/timeline.json', compilerVersion: version }));
      expect({ name, written: warm.written, failure: warm.failure }).toEqual({ name, written: true, failure: null });
      const bytes = await fs.readFile(path.join(root, 'out/timeline.json'), 'utf8');
      expect({ name, same: bytes === (await fs.readFile(path.join(root, 'fresh/timeline.json'), 'utf8')) }).toEqual({ name, same: true });
    }
    const final = JSON.parse(await fs.readFile(path.join(root, 'out/timeline.json'), 'utf8')) as { title: string; documents: { path: string; outlet: string | null }[] };
    // The changes reached the output (the comparison above is not between two stale files).
    expect(final.title).toBe('Port talks');
    expect(final.documents.map((d) => d.path).sort()).toEqual(['one.txt', 'sub/five.txt', 'sub/three.txt']);
    expect(final.documents.find((d) => d.path === 'one.txt')?.outlet).toBe('Halden Herald');
  });

  it('keeps extraction results in memory for --watch', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const cache = buildSession(null);
    await runBuild(options({ cache }));
    expect((await runBuild(options({ cache }))).cacheHits).toBe(3);
  });

  it('reports a missing documents folder as a failure, not a crash', async () => {
    const outcome = await runBuild(options({ docsDir: 'nowhere' }));
    expect(outcome.written).toBe(false);
    expect(outcome.failure).toMatch(/documents folder not found: nowhere/);
  });

  it('finds a schema violation deep in one array element, with its path', async () => {
    await writeDocs(['one.txt']);
    const outcome = await runBuild(options());
    const timeline = outcome.timeline;
    if (!timeline) throw new Error('no timeline');
    expect(firstSchemaIssue(timeline)).toBeNull();
    const broken = { ...timeline, documents: timeline.documents.map((d, i) => (i === 0 ? { ...d, published: '2025-13-01' } : d)) };
    expect(firstSchemaIssue(broken)).toMatch(/^documents\.0\.published: /);
    expect(firstSchemaIssue({ ...timeline, schemaVersion: 2 } as unknown as typeof timeline)).toMatch(/^schemaVersion: /);
    const many = Array.from({ length: 2500 }, (_, i) => ({ severity: 'info' as const, rule: 'noise-block', message: 'm', document: null, line: i === 1203 ? 0 : 1, column: 1 }));
    expect(firstSchemaIssue({ ...timeline, diagnostics: many })).toMatch(/^diagnostics\.1203\.line: /);
  });

  it('checks the timeline as it writes it, and stops at a violation deep in one element with its path', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const timeline = (await runBuild(options())).timeline;
    if (!timeline) throw new Error('no timeline');
    expect([...timelineChunks(timeline, true)].join('')).toBe(serializeTimeline(timeline));
    const broken = { ...timeline, documents: timeline.documents.map((d, i) => (i === 2 ? { ...d, published: '2025-13-01' } : d)) };
    expect(() => [...timelineChunks(broken, true)]).toThrow(SchemaViolation);
    expect(() => [...timelineChunks(broken, true)]).toThrow(/^documents\.2\.published: /);
    const quote = timeline.quotes[0];
    if (!quote) throw new Error('no quote');
    const badQuote = { ...timeline, quotes: [quote, { ...quote, source: { ...quote.source, start: Number.NaN } }] };
    expect(() => [...timelineChunks(badQuote, true)]).toThrow(/^quotes\.1\.source\.start: /);
    // Lists longer than a slice (a thousand items) are written and checked a slice at a time.
    const many = { ...timeline, quotes: Array.from({ length: 2501 }, (_, i) => ({ ...quote, id: `q-${i}` as typeof quote.id, text: `«${i}» ${quote.text}` })) };
    expect([...timelineChunks(many, true)].join('')).toBe(serializeTimeline(many));
    const lateBad = { ...many, quotes: many.quotes.map((q, i) => (i === 2100 ? { ...q, direct: 'yes' as unknown as boolean } : q)) };
    expect(() => [...timelineChunks(lateBad, true)]).toThrow(/^quotes\.2100\.direct: /);
  });

  it('gives the same bytes and the same verdicts when it writes kept items from the last build\'s pieces (watch mode)', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const timeline = (await runBuild(options())).timeline;
    if (!timeline) throw new Error('no timeline');
    const memo = outputMemo();
    const bytes = (chunks: Iterable<string | Uint8Array>): string => Buffer.concat([...chunks].map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString('utf8');
    expect(bytes(timelineChunks(timeline, true, memo))).toBe(serializeTimeline(timeline));
    memo.commit();
    // Kept items are written from the pieces, a changed one is serialised and checked again.
    const quote = timeline.quotes[0];
    if (!quote) throw new Error('no quote');
    const edited = { ...timeline, quotes: [{ ...quote, text: `${quote.text} (editado)` }, ...timeline.quotes.slice(1)] };
    expect(bytes(timelineChunks(edited, true, memo))).toBe(serializeTimeline(edited));
    memo.commit();
    const badQuote = { ...edited, quotes: [...edited.quotes, { ...quote, id: 'q-zz' as typeof quote.id, source: { ...quote.source, start: Number.NaN } }] };
    expect(() => bytes(timelineChunks(badQuote, true, memo))).toThrow(new RegExp(`^quotes\\.${edited.quotes.length}\\.source\\.start: `));
    memo.discard();
    const broken = { ...edited, documents: edited.documents.map((d, i) => (i === 1 ? { ...d, published: '2025-13-01' } : d)) };
    expect(() => bytes(timelineChunks(broken, true, memo))).toThrow(/^documents\.1\.published: /);
  });

  it('writes the timeline in pieces that make exactly the compact JSON, and leaves an unchanged file untouched', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const outcome = await runBuild(options());
    if (!outcome.timeline) throw new Error('no timeline');
    const file = path.join(root, 'out/timeline.json');
    const text = await fs.readFile(file, 'utf8');
    expect([...serializeTimelineChunks(outcome.timeline)].join('')).toBe(serializeTimeline(outcome.timeline));
    expect(text).toBe(serializeTimeline(outcome.timeline));
    const old = new Date('2001-01-01T00:00:00Z');
    await fs.utimes(file, old, old);
    expect((await runBuild(options())).written).toBe(true);
    expect((await fs.stat(file)).mtime.toISOString()).toBe(old.toISOString());
    expect((await fs.readdir(path.join(root, 'out'))).sort()).toEqual(['timeline.json', 'timeline.schema.json']);
  });

  it('drops the cache entries of an older compiler once they are most of the pack, and keeps the new ones', async () => {
    await writeDocs(Object.keys(ARTICLES));
    const dir = path.join(root, 'cache');
    await runBuild(options({ cache: diskCache(dir), compilerVersion: 'old' }));
    await runBuild(options({ cache: diskCache(dir), compilerVersion: 'older' }));
    await runBuild(options({ cache: diskCache(dir), compilerVersion: 'new' }));
    const lines = (await fs.readFile(path.join(dir, PACK_FILE), 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect((await runBuild(options({ cache: diskCache(dir), compilerVersion: 'new' }))).cacheHits).toBe(3);
  });

  it('treats a damaged cache entry as a miss, not an error', async () => {
    await writeDocs(Object.keys(ARTICLES));
    await runBuild(options({ cache: diskCache(path.join(root, 'cache')) }));
    const pack = path.join(root, 'cache', PACK_FILE);
    const lines = (await fs.readFile(pack, 'utf8')).split('\n').filter(Boolean);
    await fs.writeFile(pack, lines.map((line, i) => (i === 0 ? line.slice(0, line.length / 2) : line)).join('\n'));
    const again = await runBuild(options({ cache: diskCache(path.join(root, 'cache')) }));
    expect(again.written).toBe(true);
    expect(again.counts.errors).toBe(0);
    expect(again.cacheHits).toBe(2);
  });
});
