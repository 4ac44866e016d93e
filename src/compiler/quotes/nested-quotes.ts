/**
 * Quotes inside quotes: '"The chair told the board: 'You are doing a great
 * job,'" Roe recalled.' The inner words are the chair's, not Roe's. An inner
 * quote introduced by a colon or a comma is read like any other, but only with
 * the words of the outer quote before it, from the start of its sentence there:
 * a speech verb and its subject named inside the outer quote. It refuses to
 * guess: a pronoun inside a quote ("He told me: '…'") is not resolved, and an
 * inner quote with no one named, or with the outer quote's own speaker, stays
 * part of the outer one.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ParagraphWords } from '../actors/paragraph-words';
import type { WordToken } from '../actors/word-tokens';
import { attributeQuote } from './quote-attribution';
import type { QuoteSpan } from './quote-scanner';
import { lastAtOrBefore } from './quote-surroundings';

/** How far back inside the outer quote the inner quote's sentence is looked for, in characters. */
const MAX_REACH = 300;
const SENTENCE_END = /[.!?\u2026]\s/gu;
/** A colon or a comma right before the inner quote: it introduces direct speech. */
const INTRODUCED = /[:,]\s*$/u;

export interface NestedQuote {
  span: QuoteSpan;
  speaker: ActorId;
}

function tokensIn(paragraph: ParagraphWords | undefined, from: number, to: number, skip: readonly QuoteSpan[]): WordToken[] {
  if (!paragraph) return [];
  const out: WordToken[] = [];
  for (let j = lastAtOrBefore(paragraph.tokens, from - 1, (t) => t.start) + 1; j < paragraph.tokens.length; j += 1) {
    const t = paragraph.tokens[j];
    if (!t || t.end > to) break;
    if (!skip.some((s) => t.start >= s.open && t.start < s.close)) out.push(t);
  }
  return out;
}

function mentionsIn(mentions: readonly ActorMention[], from: number, to: number, skip: readonly QuoteSpan[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let j = lastAtOrBefore(mentions, from - 1, (m) => m.start) + 1; j < mentions.length; j += 1) {
    const m = mentions[j];
    if (!m || m.start >= to) break;
    if (m.via !== 'pronoun' && !skip.some((s) => m.start >= s.open && m.start < s.close)) out.push(m);
  }
  return out;
}

/**
 * The quotes directly inside `outer` that someone other than `outerSpeaker`
 * is named as saying. `paragraphAt` gives a paragraph by offset; `mentions` are
 * all the document's, sorted by start.
 */
export function nestedQuotes(
  text: string,
  outer: QuoteSpan,
  outerSpeaker: ActorId | null,
  paragraphAt: (offset: number) => ParagraphWords | undefined,
  mentions: readonly ActorMention[],
): NestedQuote[] {
  const out: NestedQuote[] = [];
  const inside = outer.nested ?? [];
  for (const child of inside) {
    // Only direct speech introduced inside the quote ("X le dijo a Y: '…'", "X told me, '…'"):
    // "every time someone says 'all options'" reports words no one in particular said.
    if (!INTRODUCED.test(text.slice(Math.max(outer.open, child.open - 4), child.open))) continue;
    const paragraph = paragraphAt(child.open);
    const floor = Math.max(outer.open + 1, paragraph?.start ?? 0, child.open - MAX_REACH);
    let frameStart = floor;
    for (const m of text.slice(floor, child.open).matchAll(SENTENCE_END)) frameStart = floor + m.index + m[0].length;
    const others = inside.filter((s) => s !== child);
    const speaker = attributeQuote({
      text,
      open: child.open,
      close: child.close,
      before: tokensIn(paragraph, frameStart, child.open, others),
      after: [],
      mentions: mentionsIn(mentions, frameStart, child.open, others),
      frameStart,
      colon: /:\s*$/u.test(text.slice(Math.max(frameStart, child.open - 4), child.open)),
    });
    if (speaker !== null && speaker !== outerSpeaker) out.push({ span: child, speaker });
  }
  return out;
}
