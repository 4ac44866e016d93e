/**
 * "De acuerdo con el documento, el traslado se realizó «…»", "According to the
 * statement, the talks were '…'": a quote sourced to a document that the text
 * does not name again is the words of the author of the statement told just
 * before ("…, informó el Gabinete de Seguridad en un comunicado", "The ministry
 * said in a statement…"). It refuses to guess: with no such statement in the
 * sentences before, in the paragraph or the one before, there is no speaker.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention, Sentence } from '../model';
import { foldKey } from '../actors/fold-text';
import { isSpeechCue } from './speech-cues';
import { lastAtOrBefore } from './quote-surroundings';

const DOCUMENT_NOUN = '(?:documento|comunicado|texto|escrito|informe|bolet[ií]n|statement|document|readout|release|report|letter|filing|communiqu[eé])';
/** The source phrase, somewhere before the quote in its sentence. */
const SOURCED_TO_DOCUMENT = new RegExp(
  `(?<![\\p{L}])(?:seg[uú]n|de acuerdo con|conforme a|according to)\\s+(?:el|la|the|this|that|dicho|dicha|ese|esa)\\s+${DOCUMENT_NOUN}(?![\\p{L}])`,
  'iu',
);
/** A sentence that tells of a statement being issued: "en un comunicado", "said in a statement". */
const TELLS_OF_DOCUMENT = new RegExp(`(?<![\\p{L}])${DOCUMENT_NOUN}(?![\\p{L}])`, 'iu');
/** Articles between a speech verb and its subject after it: "informó el Gabinete". */
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);

/** The word right before `at` (folded), skipping articles. */
function wordBefore(text: string, at: number): string {
  const words = text.slice(Math.max(0, at - 40), at).match(/[\p{L}\p{M}]+/gu) ?? [];
  let k = words.length - 1;
  while (k >= 0 && ARTICLES.has(foldKey(words[k] ?? ''))) k -= 1;
  return foldKey(words[k] ?? '');
}

function wordAfter(text: string, at: number): string {
  return foldKey(/^\s+([\p{L}\p{M}]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '');
}

export function documentAuthor(
  text: string,
  mentions: readonly ActorMention[],
  sentences: readonly Sentence[],
  frameStart: number,
  open: number,
  from: number,
  inQuote: (offset: number) => boolean,
): ActorId | null {
  const sourced = SOURCED_TO_DOCUMENT.exec(text.slice(frameStart, open));
  if (!sourced) return null;
  for (let j = lastAtOrBefore(mentions, frameStart - 1, (m) => m.start); j >= 0; j -= 1) {
    const m = mentions[j];
    if (!m || m.start < from) break;
    if (inQuote(m.start)) continue;
    const sentence = sentences[m.sentence];
    if (!sentence || !TELLS_OF_DOCUMENT.test(text.slice(sentence.start, sentence.end))) continue;
    if (isSpeechCue(wordBefore(text, m.start)) || isSpeechCue(wordAfter(text, m.end))) return m.actor;
  }
  return null;
}
