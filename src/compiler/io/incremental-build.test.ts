import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateArticle, rng } from '../../../scripts/bench-corpus';
import { testBuildOptions } from '../fixtures/build-options';
import { STATE_FILE, DOCUMENTS_PACK } from './assembly-state';
import { runBuild, type BuildOptions } from './build';
import { buildSession, type BuildSession } from './build-session';
import { diskCache, type ExtractionCache } from './compile-cache';
import { OUTPUT_STATE } from './written-output';
import { isOpaque } from '../emit/opaque-items';
import type { Timeline } from '../../schema/timeline';

// The invariant of incremental rebuilds: a build that reuses the previous build's
// cache, memo and stored output pieces writes exactly the bytes of a cold build.

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'incremental-'));
  await fs.mkdir(path.join(root, 'docs'));
  await fs.mkdir(path.join(root, 'data'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const options = (extra: Partial<BuildOptions> = {}): BuildOptions => testBuildOptions(root, { workers: 1, ...extra });
const docPath = (name: string): string => path.join(root, 'docs', name);

/**
 * The bytes of an incremental build in a fresh process (a new disk cache over `cacheDir`), of
 * one in a long-lived one (`session`, as --watch keeps it, over its own folder) and of a cold
 * build (no cache) of the same folder.
 */
async function allBuilds(cacheDir: string, session: ExtractionCache): Promise<{ warm: string; watched: string; cold: string }> {
  const warm = await runBuild(options({ cache: diskCache(cacheDir), outFile: 'warm/timeline.json' }));
  const watched = await runBuild(options({ cache: session, outFile: 'watched/timeline.json' }));
  const cold = await runBuild(options({ outFile: 'cold/timeline.json' }));
  expect(warm.failure).toBeNull();
  expect(watched.failure).toBeNull();
  expect(cold.failure).toBeNull();
  const read = (dir: string): Promise<string> => fs.readFile(path.join(root, dir, 'timeline.json'), 'utf8').catch(() => '(not written)');
  return { warm: await read('warm'), watched: await read('watched'), cold: await read('cold') };
}

/** A session as --watch keeps one, over its own cache folder (racy stats trusted: files here change at once). */
const watchSession = (): BuildSession => buildSession(diskCache(path.join(root, 'session-cache')), { racyMs: 0 });

/**
 * What an edit did, and what a watcher reports of it (watch.ts): the files it wrote in
 * place, or null when it created, removed or renamed one (the build then lists the folder).
 */
interface Edited {
  what: string;
  wrote: string[] | null;
}
type Edit = (pick: <T>(list: readonly T[]) => T, step: number) => Promise<Edited>;
const exists = (file: string): Promise<boolean> => fs.stat(file).then(() => true, () => false);

/** The first `count` generated articles, written to the documents folder. */
async function writeArticles(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const { name, text } = generateArticle(i);
    await fs.writeFile(docPath(name), text);
  }
}

async function names(): Promise<string[]> {
  return (await fs.readdir(path.join(root, 'docs'))).sort();
}

const EDITS: Record<string, Edit> = {
  'change a file': async (pick) => {
    const name = pick(await names());
    await fs.appendFile(docPath(name), '\nThe ministry said on Monday that talks would resume.\n');
    return { what: name, wrote: [docPath(name)] };
  },
  'add a file': async (_pick, step) => {
    const { name, text } = generateArticle(500 + step);
    const wrote = (await exists(docPath(name))) ? [docPath(name)] : null;
    await fs.writeFile(docPath(name), text);
    return { what: name, wrote };
  },
  'delete a file': async (pick) => {
    const name = pick(await names());
    await fs.rm(docPath(name));
    return { what: name, wrote: null };
  },
  'copy a file with one word changed (a near-duplicate), named to sort before or after it': async (pick, step) => {
    const name = pick(await names());
    const text = await fs.readFile(docPath(name), 'utf8');
    // A copy that sorts first is the original: the unchanged file becomes its duplicate.
    const copy = `${pick(['', 'zz-'])}0-copy-${step}.txt`;
    const wrote = (await exists(docPath(copy))) ? [docPath(copy)] : null;
    await fs.writeFile(docPath(copy), text.replace(/ the /, ' this '));
    return { what: `${copy} of ${name}`, wrote };
  },
  'turn a file into a copy of another': async (pick) => {
    const [from, to] = [pick(await names()), pick(await names())];
    await fs.copyFile(docPath(from), docPath(to));
    return { what: `${to} := ${from}`, wrote: [docPath(to)] };
  },
  'rename a file': async (pick, step) => {
    const name = pick(await names());
    const renamed = `${step % 2 ? 'a' : 'zz'}-renamed-${step}-${name}`;
    await fs.rename(docPath(name), docPath(renamed));
    return { what: `${name} → ${renamed}`, wrote: null };
  },
  'move a date to the next month, so its reports leave their clusters and may join others': async (pick) => {
    const name = pick(await names());
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const meses = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
    const next = (list: readonly string[], month: string): string => list[(list.indexOf(month) + 1) % 12] ?? month;
    const text = await fs.readFile(docPath(name), 'utf8');
    const moved = text.replace(new RegExp(`\\b(${[...months, ...meses].join('|')})\\b`), (month) => next(months.includes(month) ? months : meses, month));
    await fs.writeFile(docPath(name), moved);
    return { what: name, wrote: [docPath(name)] };
  },
  'make a file unreadable (not UTF-8)': async (pick) => {
    const name = pick(await names());
    await fs.writeFile(docPath(name), Buffer.from([0x54, 0x69, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a]));
    return { what: name, wrote: [docPath(name)] };
  },
  'name an actor in data/actors.yaml': async (_pick, step) => {
    const { text } = generateArticle(step);
    const person = /(?:Minister|Senator|General|Secretary|President|Governor) ([A-ZÁÉÍÓÚ][\p{L}'-]+ [A-ZÁÉÍÓÚ][\p{L}'-]+)/u.exec(text)?.[1] ?? 'Lena Varga';
    await fs.appendFile(path.join(root, 'data/actors.yaml'), `  - name: ${person}\n    country: MX\n    kind: person\n`);
    return { what: person, wrote: [path.join(root, 'data/actors.yaml')] };
  },
  'change the topic terms': async (_pick, step) => {
    await fs.writeFile(path.join(root, 'data/project.yaml'), `title: Test\ndescription: Test\nterms:\n  en: [${step % 2 ? 'tariffs' : 'sovereignty'}]\n  es: [aranceles]\n`);
    return { what: 'project.yaml', wrote: [path.join(root, 'data/project.yaml')] };
  },
  'give a document a publication date in data/sources.yaml': async (pick) => {
    const name = pick(await names());
    const sources = path.join(root, 'data/sources.yaml');
    const wrote = (await exists(sources)) ? [sources] : null;
    await fs.writeFile(sources, `${name}:\n  published: 2026-01-17\n  outlet: Halden Herald\n`);
    return { what: name, wrote };
  },
};

describe('incremental rebuilds', () => {
  it('write the bytes of a cold build after every step of random edit sequences', async () => {
    for (let i = 0; i < 14; i += 1) {
      const { name, text } = generateArticle(i);
      await fs.writeFile(docPath(name), text);
    }
    await fs.writeFile(path.join(root, 'data/actors.yaml'), 'actors:\n  - name: Marcus Odell\n    country: US\n    kind: person\n');
    // Topic terms from the start, so that the relevance an incremental build reuses is not all "on topic".
    await fs.writeFile(path.join(root, 'data/project.yaml'), 'title: Test\ndescription: Test\nterms:\n  en: [tariffs]\n  es: [aranceles]\n');
    const cacheDir = path.join(root, 'cache');
    const session = watchSession();
    session.changed(null);
    const first = await allBuilds(cacheDir, session);
    expect(first.warm).toBe(first.cold);
    expect(first.watched).toBe(first.cold);
    const relevance = new Set((JSON.parse(first.cold) as { events: { relevant: boolean }[] }).events.map((e) => e.relevant));
    expect(relevance).toEqual(new Set([true, false]));
    // Seeded, so a failing sequence can be replayed.
    const next = rng(20261123);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const kinds = Object.keys(EDITS);
    for (let step = 0; step < 22; step += 1) {
      const kind = pick(kinds);
      const { what, wrote } = await (EDITS[kind] as Edit)(pick, step);
      session.changed(wrote && new Set(wrote));
      const { warm, watched, cold } = await allBuilds(cacheDir, session);
      expect(warm, `step ${step}: ${kind} (${what})`).toBe(cold);
      expect(watched, `step ${step} in watch mode: ${kind} (${what})`).toBe(cold);
    }
    // The state was kept: the last builds were incremental.
    await expect(fs.stat(path.join(cacheDir, STATE_FILE))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(cacheDir, DOCUMENTS_PACK))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(cacheDir, OUTPUT_STATE))).resolves.toBeTruthy();
  }, 120_000);

  it('apply curation entries in watch mode and in a fresh process as a cold build does, as they are written, kept and taken out again', async () => {
    for (let i = 0; i < 6; i += 1) {
      const { name, text } = generateArticle(i);
      await fs.writeFile(docPath(name), text);
    }
    const cacheDir = path.join(root, 'cache');
    const session = watchSession();
    const first = await allBuilds(cacheDir, session);
    type Cited = { title: string; sources: { document: string; text: string }[] };
    const cited = (JSON.parse(first.cold) as { events: Cited[] }).events.filter((e) => e.sources.length === 1);
    const [kept, absorbed] = [cited[0], cited.find((e) => e.sources[0]?.document !== cited[0]?.sources[0]?.document)];
    const pin = (e: Cited | undefined): string => `document: ${e?.sources[0]?.document}\n    match: ${JSON.stringify(e?.sources[0]?.text)}`;
    const shared = (JSON.parse(first.cold) as { events: Cited[] }).events.find((e) => e.sources.length > 1);
    const split = { title: '', sources: shared?.sources.slice(-1) ?? [] };
    const entries =
      `events:\n  - ${pin(kept)}\n    title: Retitled by the editor\n  - ${pin(absorbed)}\n    merge-into:\n      ${pin(kept).replace('\n    ', '\n      ')}\n` +
      `  - ${pin(split)}\n    split: true\n`;
    const retitled = (json: string): (Cited & { curated?: string[] }) | undefined =>
      (JSON.parse(json) as { events: (Cited & { curated?: string[] })[] }).events.find((e) => e.title === 'Retitled by the editor');
    const curationFile = path.join(root, 'data/curation.yaml');
    let wrote: string[] | null = null;
    for (const [step, curation] of [entries, entries, 'events: []\n', entries, 'events: []\n'].entries()) {
      if (wrote && (await exists(curationFile))) wrote.push(curationFile);
      else wrote = null;
      await fs.writeFile(curationFile, curation);
      session.changed(wrote && new Set(wrote));
      const { warm, watched, cold } = await allBuilds(cacheDir, session);
      expect(retitled(cold)?.sources.length, `step ${step}`).toBe(curation === entries ? 2 : undefined);
      expect(JSON.parse(cold).events.length, `step ${step}`).toBe(JSON.parse(first.cold).events.length);
      expect(watched, `step ${step}`).toBe(cold);
      expect(warm, `step ${step} in a fresh process`).toBe(cold);
      const appended = docPath((await names())[step] ?? '');
      await fs.appendFile(appended, '\nLa ministra Elsa Marín dijo el lunes que las conversaciones seguirían.\n');
      wrote = [appended];
    }
  }, 60_000);

  it('extracts the changed and added documents on a worker while a fresh process parses its cache, and writes the cold bytes', async () => {
    for (let i = 0; i < 8; i += 1) {
      const { name, text } = generateArticle(i);
      await fs.writeFile(docPath(name), text);
    }
    const cacheDir = path.join(root, 'cache');
    await runBuild(options({ cache: diskCache(cacheDir), outFile: 'warm/timeline.json' }));
    await fs.appendFile(docPath((await names())[2] ?? ''), '\nThe senator said on Friday that the talks had failed.\n');
    const added = generateArticle(40);
    await fs.writeFile(docPath(added.name), added.text);
    const warm = await runBuild(options({ cache: diskCache(cacheDir), outFile: 'warm/timeline.json', workers: 2, alongsideFrom: 1 }));
    const cold = await runBuild(options({ outFile: 'cold/timeline.json' }));
    expect([warm.workers, warm.cacheHits, warm.failure, cold.failure]).toEqual([1, 7, null, null]);
    const read = (dir: string): Promise<string> => fs.readFile(path.join(root, dir, 'timeline.json'), 'utf8');
    expect(await read('warm')).toBe(await read('cold'));
  }, 60_000);

  it('falls back to a full assembly when the state file is corrupt, and still writes the cold bytes', async () => {
    await writeArticles(6);
    const cacheDir = path.join(root, 'cache');
    await allBuilds(cacheDir, watchSession());
    const state = path.join(cacheDir, STATE_FILE);
    const [key] = (await fs.readFile(state, 'utf8')).split('\n');
    await fs.writeFile(state, `${key}\n{"format":1,"keys":[["x"`);
    await fs.appendFile(path.join(cacheDir, DOCUMENTS_PACK), 'not-a-key\t{"id":\n');
    await fs.appendFile(docPath((await names())[0] ?? ''), '\nOfficials met again on Tuesday.\n');
    const { warm, cold } = await allBuilds(cacheDir, watchSession());
    expect(warm).toBe(cold);
  }, 60_000);

  it('falls back to a full merge when the stored state is damaged, names reports that are not there or is another compiler\'s, and still writes the cold bytes', async () => {
    for (let i = 0; i < 8; i += 1) {
      const { name, text } = generateArticle(i);
      await fs.writeFile(docPath(name), text);
    }
    const cacheDir = path.join(root, 'cache');
    await allBuilds(cacheDir, watchSession());
    const state = path.join(cacheDir, STATE_FILE);
    const storedState = async (): Promise<{ key: string; memo: { clusters: string[][] } }> => {
      const [key, , json] = (await fs.readFile(state, 'utf8')).split('\n');
      return { key: key ?? '', memo: JSON.parse(json ?? '') as { clusters: string[][] } };
    };
    const edit = async (k: number): Promise<void> => {
      await fs.appendFile(docPath((await names())[k] ?? ''), k % 2 ? '\nThe senator said on Tuesday that the talks had failed.\n' : '\nLa canciller dijo el martes que no habría acuerdo.\n');
    };
    // Two clusters swap a member each (every key still names a report), the memo's hash left as it was.
    const { key, memo } = await storedState();
    const [a, b] = memo.clusters;
    expect(a && b).toBeTruthy();
    if (a && b) [a[1], b[1]] = [b[1] ?? '', a[1] ?? ''];
    const hash = (await fs.readFile(state, 'utf8')).split('\n')[1];
    await fs.writeFile(state, `${key}\n${hash}\n${JSON.stringify(memo)}`);
    await edit(1);
    const damaged = await allBuilds(cacheDir, watchSession());
    expect(damaged.warm).toBe(damaged.cold);
    // A cluster of reports that are not there, with the memo's hash made again.
    const again = await storedState();
    again.memo.clusters.push(['no-such-document#0', 'no-such-document#1']);
    const json = JSON.stringify(again.memo);
    await fs.writeFile(state, `${again.key}\n${createHash('sha256').update(json).digest('hex')}\n${json}`);
    await edit(2);
    const unknown = await allBuilds(cacheDir, watchSession());
    expect(unknown.warm).toBe(unknown.cold);
    // Two reports of the stored merge order swapped (each keeping its index keys), the hash made again.
    const swapped = (await storedState()) as Awaited<ReturnType<typeof storedState>> & { memo: { reports: { order: string[] } } };
    const order = swapped.memo.reports.order;
    expect(order.length).toBeGreaterThan(2);
    [order[0], order[order.length - 1]] = [order[order.length - 1] ?? '', order[0] ?? ''];
    const swappedJson = JSON.stringify(swapped.memo);
    await fs.writeFile(state, `${swapped.key}\n${createHash('sha256').update(swappedJson).digest('hex')}\n${swappedJson}`);
    await edit(4);
    const outOfOrder = await allBuilds(cacheDir, watchSession());
    expect(outOfOrder.warm).toBe(outOfOrder.cold);
    // A state stored by another compiler is not read at all.
    await runBuild(options({ cache: diskCache(cacheDir), compilerVersion: 'another compiler', outFile: 'other/timeline.json' }));
    await edit(3);
    const foreign = await allBuilds(cacheDir, watchSession());
    expect(foreign.warm).toBe(foreign.cold);
  }, 60_000);

  /** Eight articles built, then one words replaced in the third and a fresh process built: its timeline, and its bytes and a cold build's. */
  async function freshAfterReplacing(words: string, by: string): Promise<{ timeline: Timeline | null; warm: string; cold: string; coldTimeline: Timeline | null }> {
    await writeArticles(8);
    const cacheDir = path.join(root, 'cache');
    await allBuilds(cacheDir, watchSession());
    const changed = docPath((await names())[2] ?? '');
    await fs.writeFile(changed, (await fs.readFile(changed, 'utf8')).replace(words, by));
    const fresh = await runBuild(options({ cache: diskCache(cacheDir), outFile: 'warm/timeline.json' }));
    const cold = await runBuild(options({ outFile: 'cold/timeline.json' }));
    const read = (dir: string): Promise<string> => fs.readFile(path.join(root, dir, 'timeline.json'), 'utf8');
    return { timeline: fresh.timeline, warm: await read('warm'), cold: await read('cold'), coldTimeline: cold.timeline };
  }

  it('leaves the last build\'s events and quotes opaque in a fresh process (the writer copies their bytes), and writes the cold bytes', async () => {
    // One event of the article changes (its words); its other reports are as they were.
    const { timeline, warm, cold, coldTimeline } = await freshAfterReplacing('The two leaders held a phone call', 'The two leaders held a long phone call');
    const events = timeline?.events ?? [];
    expect(events.filter(isOpaque).length).toBeGreaterThan(0);
    expect(events.filter(isOpaque).length).toBeLessThan(events.length);
    expect(timeline?.quotes.filter(isOpaque).length).toBeGreaterThan(0);
    expect(coldTimeline?.events.some(isOpaque)).toBe(false);
    expect(warm).toBe(cold);
  }, 60_000);

  it('leaves the events of a changed article opaque in a fresh process when its reports are as they were (an edit that makes no event), and writes the cold bytes', async () => {
    const { timeline, warm, cold } = await freshAfterReplacing('Leave a Reply', 'Leave a Reply below');
    const events = timeline?.events ?? [];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every(isOpaque)).toBe(true);
    expect(warm).toBe(cold);
  }, 60_000);

  it('writes the cold bytes in a fresh process after the last timeline.json was edited by hand, truncated or deleted', async () => {
    for (let i = 0; i < 6; i += 1) {
      const { name, text } = generateArticle(i);
      await fs.writeFile(docPath(name), text);
    }
    const cacheDir = path.join(root, 'cache');
    const output = path.join(root, 'warm/timeline.json');
    await allBuilds(cacheDir, watchSession());
    const damages: Record<string, () => Promise<void>> = {
      'edited by hand, same size': async () => {
        const text = await fs.readFile(output, 'utf8');
        await fs.writeFile(output, text.replace(/"title":"(.)/, (_m, c: string) => `"title":"${c === 'X' ? 'Y' : 'X'}`));
      },
      'edited by hand, same size and modification time': async () => {
        const { atimeMs, mtimeMs } = await fs.stat(output);
        const text = await fs.readFile(output, 'utf8');
        // An event's title, so that the bytes a fresh process would copy are not the ones it wrote.
        const at = text.indexOf('"events":[');
        await fs.writeFile(output, text.slice(0, at) + text.slice(at).replace(/"title":"(.)/, (_m, c: string) => `"title":"${c === 'X' ? 'Y' : 'X'}`));
        await fs.utimes(output, atimeMs / 1000, mtimeMs / 1000);
      },
      truncated: async () => fs.truncate(output, Math.floor((await fs.stat(output)).size / 2)),
      'its places in output.state damaged': async () => {
        const state = await fs.readFile(path.join(cacheDir, OUTPUT_STATE));
        const at = state.indexOf(10) + 40;
        state[at] = (state[at] ?? 0) ^ 0xff;
        await fs.writeFile(path.join(cacheDir, OUTPUT_STATE), state);
      },
      'the places of its first two events swapped in output.state, its hash made again': async () => {
        const file = path.join(cacheDir, OUTPUT_STATE);
        const state = await fs.readFile(file);
        const newline = state.indexOf(10);
        const header = JSON.parse(state.toString('utf8', 0, newline)) as { lists: [string, number][]; hash: string };
        let at = newline + 1;
        for (const [field, count] of header.lists) {
          if (field === 'events' && count > 1) {
            const first = Buffer.from(state.subarray(at, at + 16));
            state.copy(state, at, at + 16, at + 32);
            first.copy(state, at + 16);
          }
          at += count * 16;
        }
        header.hash = createHash('sha256').update(state.subarray(newline + 1)).digest('hex');
        await fs.writeFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), state.subarray(newline + 1)]));
      },
      deleted: async () => fs.rm(output),
    };
    for (const [k, [what, damage]] of Object.entries(damages).entries()) {
      await damage();
      // Once with nothing else changed, once after an edit.
      const unchanged = await allBuilds(cacheDir, watchSession());
      expect(unchanged.warm, what).toBe(unchanged.cold);
      await damage();
      await fs.appendFile(docPath((await names())[k] ?? ''), '\nThe senator said on Tuesday that the talks had failed.\n');
      const edited = await allBuilds(cacheDir, watchSession());
      expect(edited.warm, `${what}, then a document edited`).toBe(edited.cold);
    }
  }, 60_000);
});
