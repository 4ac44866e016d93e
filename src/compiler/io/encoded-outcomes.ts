/**
 * How a worker's outcomes travel to the main thread: each assembly input as the
 * compact JSON the cache stores for it (without the text, which the main thread
 * holds), all of a batch in one buffer that is moved, not copied. Copying the
 * objects themselves (structured clone) cost the worker about as much as writing
 * their JSON, and the main thread then wrote the JSON again for the cache; now
 * the main thread parses the bytes once, as a warm build parses its cache
 * entries, and stores the very same bytes.
 */
import type { AssemblyInput } from '../compile';
import type { ExtractOutcome } from './extract-outcome';

/** An outcome of the batch: where its JSON ends in the batch's bytes, or its error. */
export type EncodedOutcome = { ok: true; end: number } | { ok: false; message: string };

export interface EncodedBatch {
  outcomes: EncodedOutcome[];
  /** The JSON of every successful outcome, one after the other (UTF-8). */
  bytes: Uint8Array;
}

/** Any character outside ASCII (one UTF-16 unit at a time, so a surrogate pair becomes two escapes). */
const NON_ASCII = /[\u0080-\uffff]/g;
const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The JSON the cache stores for an assembly input: every field but the text, with
 * every non-ASCII character written as a \u escape. The entry is then ASCII, so the
 * string it is decoded into is one byte per character: V8 parses such a string about
 * a sixth faster than the two-byte string a single "é" makes of a whole entry (a
 * fresh process parses ~10,000 of them), and JSON.parse gives back the same value.
 */
export function entryJson(value: AssemblyInput): string {
  const { text: _text, ...stored } = value;
  return JSON.stringify(stored).replace(NON_ASCII, escaped);
}

export function encodeOutcomes(outcomes: readonly ExtractOutcome[]): EncodedBatch {
  const json = outcomes.map((o) => (o.ok ? entryJson(o.value) : ''));
  // One allocation of its own (not Buffer's shared pool), so it can be transferred.
  const bytes = Buffer.allocUnsafeSlow(json.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0));
  let end = 0;
  const encoded = outcomes.map((o, k): EncodedOutcome => {
    if (!o.ok) return o;
    end += bytes.write(json[k] ?? '', end, 'utf8');
    return { ok: true, end };
  });
  return { outcomes: encoded, bytes };
}

/** Calls `each` with every outcome of a batch, its value parsed (text set from `textOf`) and its JSON bytes. */
export function decodeOutcomes(batch: EncodedBatch, textOf: (k: number) => string, each: (k: number, outcome: ExtractOutcome, entry: Uint8Array | null) => void): void {
  const { bytes } = batch;
  let start = 0;
  batch.outcomes.forEach((o, k) => {
    if (!o.ok) return each(k, o, null);
    const entry = bytes.subarray(start, o.end);
    start = o.end;
    const value = JSON.parse(Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength).toString('utf8')) as AssemblyInput;
    value.text = textOf(k);
    each(k, { ok: true, value }, entry);
  });
}
