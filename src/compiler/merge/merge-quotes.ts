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

/**
 * What a long-lived compiler keeps from one merge of quotes to the next, by quote object (an
 * unchanged document's quotes are the same objects): each quote's words, and the warning made
 * for it, which is given again (the same object) when it names the same quote and names.
 */
export interface QuotesMemo {
  facts: WeakMap<CorpusQuote, QuoteFacts>;
  conflicts: WeakMap<CorpusQuote, { against: CorpusQuote; names: string; diagnostic: Diagnostic }>;
}

export function quotesMemo(): QuotesMemo {
  return { facts: new WeakMap(), conflicts: new WeakMap() };
}

/** What the merge works out of one quote: its words, whether they are too few to compare, and its key among repeats. */
interface QuoteFacts {
  words: string;
  short: boolean;
  canonical: string;
  sameKey: string;
}

export function mergeQuotes(
  quotes: readonly CorpusQuote[],
  lookup: {
    canonicalOf: (document: string) => string;
    textOf: (document: string) => string;
    pathOf: (document: string) => string;
    nameOf: (actor: string) => string;
  },
  memo?: QuotesMemo,
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
  const factsOf = (q: CorpusQuote): QuoteFacts => {
    const canonical = lookup.canonicalOf(q.document);
    let facts = memo?.facts.get(q);
    if (facts?.canonical !== canonical) {
      const words = facts?.words ?? quoteKey(q.text);
      facts = { words, short: words.split(' ').length < MIN_WORDS, canonical, sameKey: `${canonical}\u0000${q.speaker ?? ''}\u0000${words}` };
      memo?.facts.set(q, facts);
    }
    return facts;
  };
  for (const q of originalsFirst) {
    const { words, short, sameKey } = factsOf(q);
    if (seen.has(sameKey)) continue;
    seen.add(sameKey);
    kept.push(q);
    if (short) continue;
    let others = byWords.get(words);
    if (!others) {
      others = { quotes: [], bySpeaker: new Map() };
      byWords.set(words, others);
    }
    const conflict = others.quotes.find(
      (o) => o.speaker !== null && q.speaker !== null && o.speaker !== q.speaker && o.document !== q.document,
    );
    if (conflict) {
      const [speaker, other, where] = [lookup.nameOf(q.speaker ?? ''), lookup.nameOf(conflict.speaker ?? ''), lookup.pathOf(conflict.document)];
      const names = `${speaker}\u0000${other}\u0000${where}\u0000${lookup.pathOf(q.document)}`;
      const made = memo?.conflicts.get(q);
      if (made && made.against === conflict && made.names === names) diagnostics.push(made.diagnostic);
      else {
        const warning = diagnostic(
          'warning',
          'conflicting-attribution',
          `"${q.text.slice(0, 60)}" is credited to ${speaker} here but to ${other} in ${where}; both are kept. Settle it in data/curation.yaml (quotes: speaker) if one is wrong.`,
          lookup.pathOf(q.document),
          positionAt(lookup.textOf(q.document), q.source.start),
        );
        memo?.conflicts.set(q, { against: conflict, names, diagnostic: warning });
        diagnostics.push(warning);
      }
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
