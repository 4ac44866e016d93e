import { describe, expect, it } from 'vitest';
import { prepareContext, type AssemblyInput } from '../compile';
import { decodeOutcomes, encodeOutcomes, entryJson, parseEntry } from './encoded-outcomes';
import { extractHere, type ExtractOutcome } from './extract-outcome';
import { WARM_UP_DOCUMENTS } from './warm-up-documents';

const context = prepareContext({ actors: null, project: null, curation: null });

/** What the cache gives back of an input from the entry written for it (without the text). */
const fromEntry = (value: AssemblyInput): AssemblyInput => parseEntry(Buffer.from(entryJson(value), 'utf8'));

/** What a worker's reply gives the main thread once it has crossed a thread (a structured clone, as postMessage makes). */
function received(outcomes: readonly ExtractOutcome[], texts: readonly string[]): { outcome: ExtractOutcome; entry: Uint8Array | null }[] {
  const batch = structuredClone(encodeOutcomes(outcomes));
  const got: { outcome: ExtractOutcome; entry: Uint8Array | null }[] = [];
  decodeOutcomes(batch, (k) => texts[k] ?? '', (k, outcome, entry) => (got[k] = { outcome, entry }));
  return got;
}

describe('outcomes sent from a worker as JSON bytes', () => {
  it('gives the main thread the English and Spanish extractions as a cache entry would give them back', () => {
    const outcomes = extractHere(WARM_UP_DOCUMENTS, context);
    const got = received(
      outcomes,
      WARM_UP_DOCUMENTS.map((d) => d.text),
    );
    expect(got).toHaveLength(2);
    outcomes.forEach((o, k) => {
      if (!o.ok) throw new Error('an invented article failed to extract');
      const { outcome, entry } = got[k] ?? {};
      expect(outcome).toEqual({ ok: true, value: { ...fromEntry(o.value), text: WARM_UP_DOCUMENTS[k]?.text } });
      if (!outcome?.ok) return;
      expect(outcome.value.events.length).toBeGreaterThan(0);
      expect(outcome.value.text).toBe(WARM_UP_DOCUMENTS[k]?.text);
      // The cache stores exactly the bytes the main thread would have written itself.
      expect(Buffer.from(entry ?? new Uint8Array()).toString('utf8')).toBe(entryJson(outcome.value));
    });
  });

  it('keeps a failed document as its error, between two that succeeded, with non-ASCII words intact', () => {
    const [english, spanish] = extractHere(WARM_UP_DOCUMENTS, context);
    if (!english?.ok || !spanish?.ok) throw new Error('an invented article failed to extract');
    const got = received([english, { ok: false, message: 'boom' }, spanish], ['a', 'b', 'c']);
    expect(got[1]).toEqual({ outcome: { ok: false, message: 'boom' }, entry: null });
    expect(got[2]?.outcome).toEqual({ ok: true, value: { ...fromEntry(spanish.value), text: 'c' } });
    // The Spanish words survive the bytes, which are ASCII (non-ASCII characters travel as \u escapes).
    expect(JSON.stringify(got[2]?.outcome)).toMatch(/[áéíóúñ]/u);
    expect([...(got[2]?.entry ?? [])].every((byte) => byte < 0x80)).toBe(true);
  });

  it('writes an entry in ASCII that gives back every character: accents, an emoji and a lone surrogate', () => {
    const [english] = extractHere(WARM_UP_DOCUMENTS, context);
    if (!english?.ok) throw new Error('an invented article failed to extract');
    const title = 'La canciller Ximena Peñalba rechazó «el plan» 🚫 \ud800 of Ödön Várkonyi';
    const value = { ...english.value, title };
    const json = entryJson(value);
    expect(/^[\x00-\x7f]*$/.test(json)).toBe(true);
    expect(parseEntry(Buffer.from(json)).title).toBe(title);
  });

  it('gives back every field of an input from its entry, the blocks included (read when first asked for, and replaceable)', () => {
    const [, spanish] = extractHere(WARM_UP_DOCUMENTS, context);
    if (!spanish?.ok) throw new Error('an invented article failed to extract');
    const { text: _text, ...stored } = spanish.value;
    const back = fromEntry(spanish.value);
    expect(back.blocks.length).toBeGreaterThan(0);
    expect(back).toEqual(stored);
    expect(JSON.parse(JSON.stringify(fromEntry(spanish.value)))).toEqual(JSON.parse(JSON.stringify(stored)));
    const other = fromEntry(spanish.value);
    other.blocks = [];
    expect(other.blocks).toEqual([]);
  });
});
