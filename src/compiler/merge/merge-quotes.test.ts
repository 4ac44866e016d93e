import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorId, DocumentId } from '../../schema/timeline';
import type { CorpusQuote } from './corpus-items';
import { mergeQuotes, quoteKey } from './merge-quotes';

const lookup = {
  canonicalOf: (d: string) => (d === 'copy.txt' ? 'a.txt' : d),
  textOf: () => 'x'.repeat(200),
  pathOf: (d: string) => d,
  nameOf: (a: string) => a,
};

function quote(document: string, start: number, speaker: string | null, text: string): CorpusQuote {
  return {
    id: `${document}-${start}`,
    document,
    speaker: speaker as ActorId | null,
    text,
    direct: true,
    date: { start: null, precision: 'unknown', basis: 'reported' },
    eventKey: null,
    source: { document: document as DocumentId, start, end: start + text.length },
    context: { document: document as DocumentId, start, end: start + text.length },
    curated: [],
  };
}

/** The rule stated plainly: a kept quote conflicts with the first kept quote of the same words by another speaker in another document. */
function conflictsByScanning(quotes: CorpusQuote[]): string[] {
  const kept = mergeQuotes(quotes, lookup).quotes;
  const order = [...kept].sort((a, b) => Number(lookup.canonicalOf(a.document) !== a.document) - Number(lookup.canonicalOf(b.document) !== b.document));
  const out: string[] = [];
  order.forEach((q, i) => {
    const words = quoteKey(q.text);
    if (words.split(' ').length < 4) return;
    const first = order.slice(0, i).find((o) => quoteKey(o.text) === words && o.speaker !== null && q.speaker !== null && o.speaker !== q.speaker && o.document !== q.document);
    if (first) out.push(`${q.document}:${q.source.start}->${first.document}`);
  });
  return out;
}

describe('mergeQuotes', () => {
  it('warns once per article that credits words another article gives to someone else', () => {
    const words = 'we will never accept foreign troops';
    const result = mergeQuotes([quote('a.txt', 0, 'ana', words), quote('b.txt', 0, 'ivo', words), quote('c.txt', 0, 'ivo', words)], lookup);
    expect(result.diagnostics.map((d) => d.document)).toEqual(['b.txt', 'c.txt']);
    expect(result.diagnostics[0]?.message).toContain('but to ana in a.txt');
  });

  it('names the same earlier article as checking every earlier quote would', () => {
    const texts = ['we will never accept foreign troops', 'the only realistic option left', 'time is running out now'];
    const arb = fc.array(
      fc.record({
        document: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt', 'copy.txt'),
        start: fc.nat({ max: 50 }),
        speaker: fc.constantFrom(null, 'ana', 'ivo', 'tom', 'eva'),
        text: fc.constantFrom(...texts),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const quotes = specs.map((s) => quote(s.document, s.start, s.speaker, s.text));
        const found = mergeQuotes(quotes, lookup).diagnostics.map((d) => `${d.document}:${d.message.match(/ in (\S+); both/)?.[1] ?? ''}`);
        const expected = conflictsByScanning(quotes).map((c) => `${c.split(':')[0]}:${c.split('->')[1]}`);
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
