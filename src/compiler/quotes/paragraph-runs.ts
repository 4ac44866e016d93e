/**
 * How a quote's paragraph relates to the one before it: a quote that fills its
 * paragraph alone goes on with the previous paragraph's quote; a print column
 * cut into paragraphs mid-sentence goes on with the sentence it cut. Markdown
 * block-quote marks and footnote marks count as nothing.
 */
import type { ParagraphWords } from '../actors/paragraph-words';
import type { QuoteSpan } from './quote-scanner';

/** Nothing before a quote in its paragraph but spaces and a Markdown block-quote mark ("> «…»"). */
export const BLANK_OR_BLOCKQUOTE = /^[\s>]*$/u;
/** Nothing after a quote but spaces and a footnote mark ('"…."[3]'). */
export const FOOTNOTE_OR_NOTHING = /^\s*(?:\[\d{1,3}\]\s*)?$/u;

/** A paragraph of wrapped lines whose last line stops mid-sentence (a lower-case word or a comma), as a scraped print column does. */
const CUT_MID_SENTENCE = /\n[^\n]*[\p{Ll},]$/u;

/** Whether paragraph `pi` goes on with a sentence the paragraph before it (same story) left unfinished. */
export function runsOn(text: string, paragraphs: readonly ParagraphWords[], pi: number): boolean {
  const p = paragraphs[pi];
  const prev = paragraphs[pi - 1];
  return p !== undefined && prev !== undefined && prev.story === p.story && prev.kind === 'body' && p.kind === 'body' && CUT_MID_SENTENCE.test(text.slice(prev.start, trimEnd(text, prev.end)));
}

/** Whether the quote fills paragraph `pi` alone and the paragraph before it ended with the previous quote's sentence. */
export function continuesParagraph(
  text: string,
  paragraphs: readonly ParagraphWords[],
  previous: { paragraph: number; frameEnd: number },
  pi: number,
  q: QuoteSpan,
): boolean {
  const p = paragraphs[pi];
  const prevP = paragraphs[pi - 1];
  if (!p || !prevP || previous.paragraph !== pi - 1 || prevP.story !== p.story) return false;
  // '> "…."[3]': a footnote mark may close the paragraph.
  const alone = BLANK_OR_BLOCKQUOTE.test(text.slice(p.start, q.open)) && FOOTNOTE_OR_NOTHING.test(text.slice(q.close, p.end));
  // '<h2>"The question is the port"</h2>': a quoted line with no final stop is a sub-headline, not more words.
  const sentence = /[.!?\u2026]["'\u201d\u2019\u00bb]?\s*(?:\[\d{1,3}\]\s*)?$/u.test(text.slice(q.open, p.end));
  return alone && sentence && text.slice(previous.frameEnd, prevP.end).trim() === '';
}

/** `end` moved back over white space, never before `from`. */
export function trimEnd(text: string, end: number, from = 0): number {
  let e = end;
  while (e > from && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  return e;
}
