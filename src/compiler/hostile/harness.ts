/**
 * Runs one hostile case in a throw-away project folder (documents, data and
 * output in a temp dir) and classifies how the build ended, from what a user
 * would see: the document is in timeline.json (processed); it is absent and a
 * positioned diagnostic names it (skipped); or nothing was written and the
 * previous timeline.json is byte-for-byte unchanged (failed cleanly).
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { timelineSchema, type Diagnostic, type Timeline } from '../../schema/timeline';
import { runBuild, serializeTimeline, type BuildOptions, type BuildOutcome } from '../io/build';
import { CONTROL_ARTICLE, CONTROL_PATH, LONE_SURROGATE } from './articles';

/** `node --import <this>` runs TypeScript in a child process from any working directory. */
export const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export type Ending = 'processed' | 'skipped' | 'failed';
export type Outcome = Ending | 'crashed' | 'wrong';

export interface CaseResult {
  outcome: Outcome;
  /** What went wrong beyond the ending (empty when the case passes its checks). */
  problems: string[];
}

export interface HostileCase {
  id: string;
  group: 'bytes' | 'size and shape' | 'files' | 'content';
  title: string;
  expected: Ending;
  /** Needs the extraction stages (dates, quotes, speakers), owned outside the I/O layer. */
  semantic?: boolean;
  run(): Promise<CaseResult>;
}

export interface Sandbox {
  root: string;
  docs: string;
  outFile: string;
  previous: string;
  cleanup(): Promise<void>;
}

export const PREVIOUS_OUTPUT = '{"previous":"timeline from an earlier build"}\n';

export async function makeSandbox(
  files: Record<string, string | Uint8Array>,
  options: { data?: Record<string, string>; control?: boolean } = {},
): Promise<Sandbox> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-'));
  const docs = path.join(root, 'docs');
  await fs.mkdir(docs);
  await fs.mkdir(path.join(root, 'data'));
  await fs.mkdir(path.join(root, 'out'));
  const all = options.control === false ? files : { [CONTROL_PATH]: CONTROL_ARTICLE, ...files };
  for (const [rel, content] of Object.entries(all)) {
    await fs.mkdir(path.dirname(path.join(docs, rel)), { recursive: true });
    await fs.writeFile(path.join(docs, rel), content);
  }
  for (const [name, content] of Object.entries(options.data ?? {})) await fs.writeFile(path.join(root, 'data', name), content);
  const outFile = path.join(root, 'out', 'timeline.json');
  await fs.writeFile(outFile, PREVIOUS_OUTPUT);
  return { root, docs, outFile, previous: PREVIOUS_OUTPUT, cleanup: () => fs.rm(root, { recursive: true, force: true }) };
}

export async function buildSandbox(sandbox: Sandbox, overrides: Partial<BuildOptions> = {}): Promise<BuildOutcome> {
  return runBuild({
    cwd: sandbox.root,
    docsDir: 'docs',
    outFile: 'out/timeline.json',
    dataDir: 'data',
    cache: null,
    compilerVersion: 'hostile',
    ...overrides,
  });
}

export async function readOutput(sandbox: Sandbox): Promise<string> {
  return fs.readFile(sandbox.outFile, 'utf8');
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Checks every build must pass whatever the case: a valid, self-consistent output and the control document kept. */
export async function invariants(sandbox: Sandbox, outcome: BuildOutcome, control = true): Promise<string[]> {
  const problems: string[] = [];
  const text = await readOutput(sandbox);
  if (!outcome.written) {
    if (text !== sandbox.previous) problems.push('the build failed but timeline.json changed');
    return problems;
  }
  let parsed: Timeline;
  try {
    parsed = JSON.parse(text) as Timeline;
    timelineSchema.parse(parsed);
  } catch {
    return ['timeline.json does not parse or validate'];
  }
  if (serializeTimeline(parsed) !== text) problems.push('timeline.json does not round-trip through JSON');
  if (strings(parsed).some((s) => LONE_SURROGATE.test(s))) problems.push('a lone surrogate reached the output');
  if (control && !parsed.documents.some((d) => d.path === 'control.txt')) problems.push('the other document in the folder was not compiled');
  const texts = new Map(parsed.documents.map((d) => [d.id as string, d.text]));
  for (const span of [...parsed.events.flatMap((e) => e.sources), ...parsed.quotes.map((q) => ({ ...q.source, text: null }))]) {
    const doc = texts.get(span.document);
    if (doc === undefined || span.end > doc.length || span.start > span.end) problems.push(`a cited span is outside its document (${span.document} ${span.start}-${span.end})`);
    else if (span.text !== null && doc.slice(span.start, span.end) !== span.text) problems.push(`a cited span's text differs from the document (${span.document})`);
  }
  if ((await fs.readdir(path.dirname(sandbox.outFile))).some((n) => n.endsWith('.tmp'))) problems.push('a temporary file was left behind');
  return problems;
}

export function diagnosticsFor(outcome: BuildOutcome, document: string): Diagnostic[] {
  return outcome.diagnostics.filter((d) => d.document === document);
}

/** How the build ended for one document. */
export function endingOf(outcome: BuildOutcome, document: string, severities: Diagnostic['severity'][] = ['warning']): Outcome {
  if (!outcome.written) return outcome.failure || outcome.counts.errors > 0 ? 'failed' : 'wrong';
  if (outcome.timeline?.documents.some((d) => d.path === document)) return 'processed';
  const named = diagnosticsFor(outcome, document).some((d) => severities.includes(d.severity) && d.line !== null && d.column !== null);
  return named ? 'skipped' : 'wrong';
}

/** Runs a case body, turning any exception into a "crashed" outcome. */
export async function guarded(body: () => Promise<CaseResult>): Promise<CaseResult> {
  try {
    return await body();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    return { outcome: 'crashed', problems: [`threw: ${message}`] };
  }
}

/** The common shape: one hostile file next to the control article. */
export async function singleFileCase(
  files: Record<string, string | Uint8Array>,
  document: string,
  check: (outcome: BuildOutcome, sandbox: Sandbox) => Promise<string[]> | string[] = () => [],
  options: { data?: Record<string, string>; severities?: Diagnostic['severity'][]; build?: Partial<BuildOptions> } = {},
): Promise<CaseResult> {
  return guarded(async () => {
    const sandbox = await makeSandbox(files, options.data ? { data: options.data } : {});
    try {
      const outcome = await buildSandbox(sandbox, options.build);
      const problems = [...(await invariants(sandbox, outcome)), ...(await check(outcome, sandbox))];
      return { outcome: endingOf(outcome, document, options.severities), problems };
    } finally {
      await sandbox.cleanup();
    }
  });
}
