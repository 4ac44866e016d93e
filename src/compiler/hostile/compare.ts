/**
 * Compiles two variants of the same input and reports whether a reader would
 * see any difference: same documents (text, metadata), actors, events and
 * quotes. Diagnostics may differ (a BOM-less UTF-16 file is noted, say).
 */
import type { Timeline } from '../../schema/timeline';
import { buildSandbox, makeSandbox } from './harness';

export async function compileFiles(files: Record<string, string | Uint8Array>, data: Record<string, string> = {}): Promise<Timeline | null> {
  const sandbox = await makeSandbox(files, { data, control: false });
  try {
    const outcome = await buildSandbox(sandbox);
    return outcome.written ? outcome.timeline : null;
  } finally {
    await sandbox.cleanup();
  }
}

export function visible(timeline: Timeline | null): string {
  if (!timeline) return 'no output';
  const { documents, actors, events, quotes } = timeline;
  return JSON.stringify({ documents, actors, events, quotes });
}

export async function sameOutput(a: Record<string, string | Uint8Array>, b: Record<string, string | Uint8Array>, what: string): Promise<string[]> {
  const [left, right] = await Promise.all([compileFiles(a), compileFiles(b)]);
  if (!left || !right) return [`${what}: a build failed`];
  return visible(left) === visible(right) ? [] : [`${what}: the output differs`];
}
