import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../schema/timeline';
import { rng } from '../../../scripts/bench-corpus';
import { compareDiagnostics } from './diagnostic-report';
import { diagnosticRuns, diagnosticsFromRuns, madeDigests, windowed } from './diagnostic-runs';
import type { LastList } from './list-from-last';

const HEAD = '{"title":"Línea","diagnostics":[';
const MESSAGES = ['"Lena Varga" is not in the actor file', 'a quoted passage has no speaker', '«Nunca aceptaremos tropas» se atribuye a Sotelo aquí pero a Odell en otro artículo', 'cookie banner left out'];

function diagnostics(next: () => number, documents: readonly string[]): Diagnostic[] {
  const list: Diagnostic[] = [];
  for (const document of documents) {
    const count = Math.floor(next() * 12);
    for (let k = 0; k < count; k += 1) {
      list.push({ severity: next() < 0.5 ? 'info' : 'warning', rule: next() < 0.5 ? 'unknown-actor' : 'conflicting-attribution', message: MESSAGES[Math.floor(next() * MESSAGES.length)] as string, document, line: 1 + Math.floor(next() * 40), column: 1 });
    }
  }
  return list.sort(compareDiagnostics);
}

/** The list as the last build wrote it, with each item's place. */
function lastFile(items: readonly Diagnostic[]): { file: Buffer; places: number[] } {
  const places: number[] = [];
  let at = Buffer.byteLength(HEAD);
  const parts = items.map((d, k) => {
    const json = JSON.stringify(d);
    at += k > 0 ? 1 : 0;
    places.push(at, at + Buffer.byteLength(json));
    at += Buffer.byteLength(json);
    return json;
  });
  return { file: Buffer.from(`${HEAD}${parts.join(',')}]}`), places };
}

describe('diagnostics written a document at a time from the last written file', () => {
  it('copies the runs of unchanged documents whose other diagnostics are the same, and writes a fresh serialisation', () => {
    const next = rng(4242);
    for (let round = 0; round < 20; round += 1) {
      const documents = Array.from({ length: 40 }, (_, k) => (k % 5 === 0 ? `es/nota-${k}.md` : `article-${k}.txt`));
      const before = diagnostics(next, documents);
      // What assembly made last time: the conflicting attributions.
      const madeBefore = before.filter((d) => d.rule === 'conflicting-attribution');
      const { file, places } = lastFile(before);
      let reads = 0;
      const last: LastList = { read: (a, b) => ((reads += 1), Buffer.from(file.subarray(a, b))), places: Float64Array.from(places) };
      const runs = diagnosticRuns(before, madeDigests(madeBefore, compareDiagnostics));
      // Some documents change (their extraction), some only see a conflicting attribution another document's edit caused.
      const changed = new Set(documents.filter(() => next() < 0.1));
      const gained = documents.filter((d) => !changed.has(d) && next() < 0.1);
      // A gained attribution takes the place of one the document had, when it had one: the run keeps its length.
      const replaced = new Set(gained.map((g) => before.find((d) => d.document === g && d.rule === 'conflicting-attribution')));
      const after = [
        ...before.filter((d) => !changed.has(d.document ?? '') && !replaced.has(d)),
        ...diagnostics(next, [...changed]),
        ...gained.map((document): Diagnostic => ({ severity: 'warning', rule: 'conflicting-attribution', message: 'credited to Okafor here but to Brandt in article-3.txt', document, line: 2, column: 7 })),
      ].sort(compareDiagnostics);
      const madeAfter = after.filter((d) => d.rule === 'conflicting-attribution');
      const same = new Set(documents.filter((d) => !changed.has(d)));
      const placed: number[] = [];
      let checked = 0;
      const pieces = [...diagnosticsFromRuns(after, Buffer.byteLength(HEAD), last, runs, same, madeDigests(madeAfter, compareDiagnostics), (from, to, copied) => (checked += (copied ?? []).slice(0, to - from).filter((c) => !c).length), placed)];
      const text = Buffer.concat([Buffer.from(HEAD), ...pieces, Buffer.from(']}')]).toString('utf8');
      expect(text, `round ${round}`).toBe(`${HEAD}${after.map((d) => JSON.stringify(d)).join(',')}]}`);
      const fresh = after.filter((d) => changed.has(d.document ?? '') || gained.includes(d.document ?? '')).length;
      expect(checked, `round ${round}`).toBe(fresh);
      const bytes = Buffer.from(text);
      expect(after.map((_d, k) => bytes.toString('utf8', placed[2 * k], placed[2 * k + 1])), `round ${round}`).toEqual(after.map((d) => JSON.stringify(d)));
      // The file (a few kilobytes here) is read once, not once per copied run.
      expect(reads, `round ${round}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('reading the last file a window at a time', () => {
  it('gives the bytes of every range, in order or not, with one read for ranges that follow each other within a window', () => {
    const next = rng(77);
    const file = Buffer.from(Array.from({ length: 5000 }, (_, k) => String.fromCharCode(97 + (k % 26))).join(''));
    let reads = 0;
    const read = windowed((a, b) => ((reads += 1), Buffer.from(file.subarray(a, Math.min(b, file.length)))), 1024);
    let at = 0;
    while (at < 900) {
      const end = at + 1 + Math.floor(next() * 40);
      expect(read(at, end).toString()).toBe(file.toString('latin1', at, end));
      at = end + Math.floor(next() * 3);
    }
    expect(reads).toBe(1);
    for (let k = 0; k < 200; k += 1) {
      const start = Math.floor(next() * 5100);
      const end = start + Math.floor(next() * 2000);
      expect(read(start, end).toString()).toBe(file.toString('latin1', start, Math.min(end, file.length)));
    }
  });
});
