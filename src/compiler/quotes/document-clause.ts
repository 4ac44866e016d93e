/**
 * "La Junta emitió un comunicado en el que «condena» …", "a resolution of the
 * Harbor Board that calls for 'an end to delays'": words quoted inside a
 * clause about a document (a statement, pronouncement, resolution, letter) are
 * the words of whoever issued it, named after the document ("un punto de
 * acuerdo del Partido X que …") or as the subject of the verb that issued it
 * ("X had released a statement in which …"). It refuses to guess: with no
 * issuing verb right after the subject, or a name only inside a prepositional
 * phrase, the speaker stays unknown.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import { foldKey } from '../actors/fold-text';
import { inPrepositionalPhrase } from './clause-position';

const DOCUMENT =
  '(?:comunicado|pronunciamiento|posicionamiento|bolet[ií]n|documento|punto de acuerdo|resoluci[oó]n|declaraci[oó]n|carta|mensaje|nota diplom[aá]tica|' +
  'statement|communiqu[eé]|resolution|declaration|letter|message|press release)';
/** "un comunicado (de X)? en el que", "a statement (from X)? in which": the document and its clause's opening. */
const DOCUMENT_CLAUSE = new RegExp(
  `(?<![\\p{L}])(?:un|una|el|la|su|sus|a|an|the|its|their)\\s+${DOCUMENT}(?:\\s+(de|del|of|from)\\s+[^,.;:!?"\\u201c\\u00ab]{1,80}?)?\\s*,?\\s+(?:en el que|en la que|en el cual|en la cual|que|in which|that|which)(?![\\p{L}])`,
  'giu',
);
/** Verbs that issue a document, by folded stem: "emitió", "difundido", "aprobó", "issued", "released". */
const ISSUING = /^(?:emiti|emite|difund|public|aprob|present|envi|lanz|firm|suscrib|dio|issu|releas|publish|approv|adopt|sent|sign|put)/u;
/** Words that may stand between the subject and the document: a demonym, an auxiliary, an adverb of time. */
const MAX_GAP_WORDS = 5;
const PREPOSITIONS = new Set(['de', 'del', 'a', 'al', 'con', 'en', 'por', 'para', 'sobre', 'entre', 'of', 'to', 'with', 'by', 'for', 'in', 'on', 'at', 'from', 'about']);

/** The issuer of the document whose clause holds the quote opening at `open`, or null. */
export function documentClauseAuthor(text: string, mentions: readonly ActorMention[], frameStart: number, open: number): ActorId | null {
  const before = text.slice(frameStart, open);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(DOCUMENT_CLAUSE)) last = m;
  if (!last || /[.;!?]/u.test(before.slice(last.index + last[0].length))) return null;
  const docStart = frameStart + last.index;
  const docEnd = docStart + last[0].length;
  const inSentence = mentions.filter((m) => m.start >= frameStart && m.end <= open);
  if (last[1] !== undefined) {
    // "un punto de acuerdo del Partido X que …": the body named after the document.
    const ofAt = docStart + last[0].search(new RegExp(`\\s${last[1]}\\s`, 'iu'));
    return inSentence.find((m) => m.start > ofAt && m.end <= docEnd)?.actor ?? null;
  }
  const subject = [...inSentence].reverse().find((m) => m.end <= docStart);
  if (!subject || inPrepositionalPhrase(text, subject, frameStart, PREPOSITIONS)) return null;
  const gap = text.slice(subject.end, docStart);
  if (/[,;:()]/u.test(gap)) return null;
  const words = (gap.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).map((w) => foldKey(w));
  return words.length <= MAX_GAP_WORDS && words.some((w) => ISSUING.test(w)) ? subject.actor : null;
}
