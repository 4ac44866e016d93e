/**
 * The diagnostics of the timeline written a document at a time from the last written
 * `timeline.json` (a fresh process after an edit). Diagnostics are sorted by document
 * first, so each document's diagnostics are one run of the list. A run is the last
 * build's, byte for byte, when its document's extraction is the last build's (its
 * diagnostics come from the same cache entry: merge/unchanged-items.ts, `documents`)
 * and the other diagnostics that name it (the reader's, the near-duplicate note, the
 * conflicting attributions the merge of quotes finds across documents) are the same
 * list, which a digest of them, recorded per run in `output.state`, tells without
 * writing the run. Such a run is copied from the last file; any other diagnostic is
 * serialised and checked.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../schema/timeline';
import { writeSlice, type LastList } from './list-from-last';
import type { CheckSlice } from './schema-check';

/** One document's run as recorded: its document, how many diagnostics, and the digest of the ones extraction did not make. */
export type DiagnosticRun = [document: string | null, count: number, digest: string];

const SLICE = 1000;
/** Bytes read from the last file at a time when runs are copied. */
const WINDOW = 1 << 18;

/**
 * Reads of the last file a window at a time: the copied runs were written in the same
 * order last time, so most lie one after the other, and one read serves many runs
 * (one read per document had cost a system call and a buffer each, 10,000 at 10,000
 * documents). A range beyond the window is read again; a short read is given as it is.
 */
export function windowed(read: LastList['read'], window = WINDOW): LastList['read'] {
  let from = 0;
  let bytes: Buffer | null = null;
  return (start, end) => {
    if (!bytes || start < from || end > from + bytes.length) {
      from = start;
      bytes = read(start, Math.max(end, start + window));
      if (end > from + bytes.length) return bytes;
    }
    return bytes.subarray(start - from, end - from);
  };
}

/**
 * The digest of each document's diagnostics that are not its extraction's (`made`, in any
 * order); a document with none has the digest of none. Without `made`, no digest ('').
 */
export function madeDigests(made: readonly Diagnostic[] | null, order: (a: Diagnostic, b: Diagnostic) => number): (document: string | null) => string {
  if (!made) return () => '';
  const byDocument = new Map<string | null, Diagnostic[]>();
  for (const d of made) {
    const list = byDocument.get(d.document);
    if (list) list.push(d);
    else byDocument.set(d.document, [d]);
  }
  const none = digest([]);
  const digests = new Map<string | null, string>();
  return (document) => {
    let known = digests.get(document);
    if (known === undefined) {
      const list = byDocument.get(document);
      known = list ? digest([...list].sort(order)) : none;
      digests.set(document, known);
    }
    return known;
  };
}

function digest(list: readonly Diagnostic[]): string {
  return createHash('sha1').update(JSON.stringify(list)).digest('base64');
}

/** The runs of a sorted list of diagnostics, with the digest of each run's document. */
export function diagnosticRuns(items: readonly Diagnostic[], digestOf: (document: string | null) => string): DiagnosticRun[] {
  const runs: DiagnosticRun[] = [];
  for (let i = 0; i < items.length; ) {
    const document = (items[i] as Diagnostic).document;
    let j = i + 1;
    while (j < items.length && (items[j] as Diagnostic).document === document) j += 1;
    runs.push([document, j - i, digestOf(document)]);
    i = j;
  }
  return runs;
}

/**
 * The list's bytes, from byte `at` of the output: the run of each document in `same`
 * (documents whose extraction is the last build's) copied when the last list had a run
 * for it of the same length and digest, everything else serialised and checked.
 */
export function* diagnosticsFromRuns(
  items: readonly Diagnostic[],
  at: number,
  last: LastList,
  lastRuns: readonly DiagnosticRun[],
  same: ReadonlySet<string>,
  digestOf: (document: string | null) => string,
  check: CheckSlice,
  placed: number[],
): Generator<Uint8Array> {
  const { places } = last;
  const read = windowed(last.read);
  const count = places.length / 2;
  const lastRun = new Map<string, { first: number; count: number; digest: string }>();
  let k = 0;
  for (const [document, n, d] of lastRuns) {
    if (document !== null && k + n <= count) lastRun.set(document, { first: k, count: n, digest: d });
    k += n;
  }
  let position = at;
  let from = 0;
  let pieces: (Uint8Array | string)[] = [];
  const flush = function* (to: number): Generator<Uint8Array> {
    position = yield* writeSlice(pieces, from, to, position, check, placed);
    from = to;
    pieces = [];
  };
  for (let i = 0; i < items.length; ) {
    const document = (items[i] as Diagnostic).document;
    let j = i + 1;
    while (j < items.length && (items[j] as Diagnostic).document === document) j += 1;
    const old = document !== null && same.has(document) ? lastRun.get(document) : undefined;
    const run = old && old.count === j - i && old.digest !== '' && old.digest === digestOf(document) ? old : undefined;
    const start = run ? (places[2 * run.first] as number) : 0;
    const runBytes = run ? read(start, places[2 * (run.first + run.count - 1) + 1] as number) : null;
    // The run's first diagnostic must name its document, or nothing of the run is copied.
    const bytes = runBytes && runBytes.subarray(0, (places[2 * (run?.first ?? 0) + 1] as number) - start).includes(`"document":${JSON.stringify(document)}`) ? runBytes : null;
    for (let m = i; m < j; m += 1) {
      const a = run ? (places[2 * (run.first + m - i)] as number) - start : -1;
      const b = run ? (places[2 * (run.first + m - i) + 1] as number) - start : -1;
      pieces.push(bytes && a >= 0 && b <= bytes.length && bytes[a] === 0x7b && bytes[b - 1] === 0x7d ? bytes.subarray(a, b) : JSON.stringify(items[m]));
    }
    i = j;
    if (i - from >= SLICE) yield* flush(i);
  }
  if (from < items.length) yield* flush(items.length);
}
