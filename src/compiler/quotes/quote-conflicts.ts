/**
 * Across the corpus: the same words quoted by several articles with different
 * speakers. Both attributions are kept (an editor decides through curation);
 * this only reports the disagreement. Words are compared after Unicode
 * normalisation, case folding and whitespace collapsing, so an NFD copy of a
 * quote is the same quote.
 */
import type { ActorId, Diagnostic } from '../../schema/timeline';
import { diagnostic } from '../model';
import { stripInvisible } from '../actors/fold-text';

export interface CorpusQuote {
  /** Document path, for the diagnostic. */
  document: string;
  text: string;
  speaker: ActorId | null;
  line: number | null;
  column: number | null;
}

const EDGE = /[\s"'\u2018\u2019\u201c\u201d\u00ab\u00bb.,;:!?\u2026-]/u;

/** The comparable form of a quote's words (trimmed by a loop: an anchored `[…]+$` regex is quadratic). */
export function quoteKey(text: string): string {
  const s = stripInvisible(text).normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.test(s[a] ?? '')) a += 1;
  while (b > a && EDGE.test(s[b - 1] ?? '')) b -= 1;
  return s.slice(a, b);
}

/** One warning per quote whose speakers disagree, at its later occurrences. */
export function quoteSpeakerConflicts(quotes: readonly CorpusQuote[]): Diagnostic[] {
  const first = new Map<string, CorpusQuote>();
  const out: Diagnostic[] = [];
  const ordered = [...quotes].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  for (const q of ordered) {
    if (q.speaker === null) continue;
    const key = quoteKey(q.text);
    if (key.length === 0) continue;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, q);
      continue;
    }
    if (seen.speaker !== q.speaker) {
      out.push(
        diagnostic(
          'warning',
          'quote-speaker-conflict',
          `this quote is attributed to ${q.speaker} here but to ${seen.speaker ?? 'nobody'} in ${seen.document}; both are kept — re-attribute one in data/curation.yaml if an article is wrong`,
          q.document,
          q.line !== null && q.column !== null ? { line: q.line, column: q.column } : null,
        ),
      );
    }
  }
  return out;
}
