/**
 * Quotes across documents. A quote repeated inside one document, or copied in
 * a duplicate article, is kept once (the original's). The same words credited
 * to different speakers by different articles are both kept, with a
 * `conflicting-attribution` warning: the compiler cannot know who is right.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, positionAt } from '../model';
import type { CorpusQuote } from './corpus-items';

/** Quotes shorter than this many words ("never accept") are too common to compare. */
const MIN_WORDS = 4;

export function quoteKey(text: string): string {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export function mergeQuotes(
  quotes: readonly CorpusQuote[],
  lookup: {
    canonicalOf: (document: string) => string;
    textOf: (document: string) => string;
    pathOf: (document: string) => string;
    nameOf: (actor: string) => string;
  },
): { quotes: CorpusQuote[]; diagnostics: Diagnostic[] } {
  const ordered = [...quotes].sort(
    (a, b) =>
      (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.source.start - b.source.start,
  );
  const kept: CorpusQuote[] = [];
  const seen = new Set<string>();
  // Per wording, the quotes a conflict can be reported against, in order: each speaker's first
  // quote, and its first from another document. The first conflicting quote is always one of
  // them, so a wording repeated across thousands of articles costs no more than a rare one.
  const byWords = new Map<string, { quotes: CorpusQuote[]; bySpeaker: Map<string, { documents: string[] }> }>();
  const diagnostics: Diagnostic[] = [];
  // Originals first, so a duplicate article's copy is the one dropped.
  const originalsFirst = [
    ...ordered.filter((q) => lookup.canonicalOf(q.document) === q.document),
    ...ordered.filter((q) => lookup.canonicalOf(q.document) !== q.document),
  ];
  for (const q of originalsFirst) {
    const words = quoteKey(q.text);
    const sameKey = `${lookup.canonicalOf(q.document)}\u0000${q.speaker ?? ''}\u0000${words}`;
    if (seen.has(sameKey)) continue;
    seen.add(sameKey);
    kept.push(q);
    if (words.split(' ').length < MIN_WORDS) continue;
    let others = byWords.get(words);
    if (!others) {
      others = { quotes: [], bySpeaker: new Map() };
      byWords.set(words, others);
    }
    const conflict = others.quotes.find(
      (o) => o.speaker !== null && q.speaker !== null && o.speaker !== q.speaker && o.document !== q.document,
    );
    if (conflict) {
      diagnostics.push(
        diagnostic(
          'warning',
          'conflicting-attribution',
          `"${q.text.slice(0, 60)}" is credited to ${lookup.nameOf(q.speaker ?? '')} here but to ${lookup.nameOf(conflict.speaker ?? '')} in ${lookup.pathOf(conflict.document)}; both are kept. Settle it in data/curation.yaml (quotes: speaker) if one is wrong.`,
          lookup.pathOf(q.document),
          positionAt(lookup.textOf(q.document), q.source.start),
        ),
      );
    }
    if (q.speaker !== null) {
      const mine = others.bySpeaker.get(q.speaker) ?? { documents: [] };
      others.bySpeaker.set(q.speaker, mine);
      if (mine.documents.length < 2 && !mine.documents.includes(q.document)) {
        mine.documents.push(q.document);
        others.quotes.push(q);
      }
    }
  }
  kept.sort(
    (a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.source.start - b.source.start,
  );
  return { quotes: kept, diagnostics };
}
