/**
 * Social-media posts embedded in an article: a paragraph followed by the
 * post's signature line, "— Jane Roe (@janeroe) January 3, 2026", is the
 * words of the account's owner, with or without quotation marks. It refuses to
 * guess: only a dash, a name and an @handle in brackets make a signature, a
 * post already in quotation marks is left to the quote scanner, and a name the
 * document does not know gives no speaker.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ParagraphWords } from '../actors/paragraph-words';
import type { QaAnswer } from './qa-answers';
import { trimEnd } from './paragraph-runs';
import { lastAtOrBefore } from './quote-surroundings';

/** "— Jane Roe (@janeroe) January 3, 2026": a dash, a name, a handle in brackets. */
const SIGNATURE = /^\s*[\u2014\u2013-]\s*(\p{Lu}[^\n()@]{1,60}?)\s*\(@[\p{L}\p{N}_]{1,30}\)/u;
/** A post that opens with a quotation mark is the scanner's. */
const QUOTED = /^\s*["'\u201c\u2018\u00ab]/u;

/** The actor of the first mention that starts within [start, end). */
function signer(mentions: readonly ActorMention[], start: number, end: number): ActorId | null {
  const m = mentions[lastAtOrBefore(mentions, start - 1, (x) => x.start) + 1];
  return m !== undefined && m.start < end ? m.actor : null;
}

/** The embedded posts of a document, each with the speaker its signature names. `mentions` are sorted by start. */
export function embeddedPosts(text: string, paragraphs: readonly ParagraphWords[], mentions: readonly ActorMention[]): QaAnswer[] {
  const out: QaAnswer[] = [];
  paragraphs.forEach((p, pi) => {
    const next = paragraphs[pi + 1];
    if (!next || next.story !== p.story || p.kind !== 'body') return;
    const signature = SIGNATURE.exec(text.slice(next.start, Math.min(next.end, next.start + 120)));
    const body = text.slice(p.start, p.end);
    if (!signature?.[1] || QUOTED.test(body) || SIGNATURE.test(body)) return;
    const nameStart = next.start + signature[0].indexOf(signature[1]);
    out.push({ start: p.start, end: trimEnd(text, p.end, p.start), paragraph: { start: p.start, end: p.end, story: p.story }, speaker: signer(mentions, nameStart, nameStart + signature[1].length) });
  });
  return out;
}
