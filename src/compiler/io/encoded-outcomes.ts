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
const ascii = (value: unknown): string => JSON.stringify(value).replace(NON_ASCII, escaped);
const TAB = 9;

/**
 * The JSON the cache stores for an assembly input: every field but the text, in
 * two parts, the blocks after a tab (which JSON never holds unescaped). Assembly
 * reads a document's blocks only to write its documents[] entry, which a later
 * build takes from the stored output (documents.pack) for every unchanged document,
 * so `parseEntry` leaves them unparsed until asked for (about a tenth of an entry).
 * Every non-ASCII character is written as a \u escape: the entry is then ASCII, and
 * the string it is decoded into is one byte per character, which V8 parses about a
 * sixth faster than the two-byte string a single "é" makes of a whole entry. A fresh
 * process parses ~10,000 entries; JSON.parse gives back the same values.
 */
export function entryJson(value: AssemblyInput): string {
  const { text: _text, blocks, ...stored } = value;
  return blocks === undefined ? ascii(stored) : `${ascii(stored)}\t${ascii(blocks)}`;
}

/** An assembly input from its entry (`entryJson` in UTF-8), without its text; its blocks are parsed when first read. */
export function parseEntry(entry: Uint8Array): AssemblyInput {
  const bytes = Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength);
  const tab = bytes.indexOf(TAB);
  if (tab < 0) return JSON.parse(bytes.toString('utf8')) as AssemblyInput;
  const value = JSON.parse(bytes.toString('utf8', 0, tab)) as AssemblyInput;
  // A copy: a view would keep the whole pack (or worker reply) it lies in alive. The getter
  // holds these bytes, not the input, so a reader may keep it without keeping the input.
  let held: Buffer | null = Buffer.from(bytes.subarray(tab + 1));
  let blocks: AssemblyInput['blocks'] | undefined;
  Object.defineProperty(value, 'blocks', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (blocks === undefined) {
        blocks = JSON.parse((held as Buffer).toString('utf8')) as AssemblyInput['blocks'];
        held = null;
      }
      return blocks;
    },
    set: (replaced: AssemblyInput['blocks']) => {
      blocks = replaced;
      held = null;
    },
  });
  return value;
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
    const value = parseEntry(entry);
    value.text = textOf(k);
    each(k, { ok: true, value }, entry);
  });
}
