/**
 * Where a mention stands in its clause. A name inside a prepositional phrase
 * ("In an interview with broadcaster X, …", "Respecto de las declaraciones que
 * hizo X, …") is not the clause's subject; one after "Para"/"Según" opening the
 * sentence is the person whose view it gives.
 */
import type { ActorMention } from '../model';
import { isDomainWord, isNameParticle, isTitle } from '../actors/actor-lexicon';
import { foldKey } from '../actors/fold-text';
import { MONTHS, WEEKDAYS } from '../dates/lexicon';

/** How far back a mention's phrase is read, in characters. */
const MAX_PHRASE = 100;
const VIEWPOINT_OPENERS = new Set(['para', 'segun']);
/** Words that join a title: "the", "el", "of", "en" ("especialista en seguridad"). */
const TITLE_GLUE = new Set(['the', 'el', 'of', 'en', 'for']);

/** The last sentence end: a stop not followed by a digit or a lower-case word ("Mar. 3", "U.S. officials" go on). */
const SENTENCE_END = /[.!?;:]\s+(?![\p{Ll}\p{N}])(?:[^.!?;:]|\.(?=\s+[\p{Ll}\p{N}]))*$/u;

/**
 * Whether a word of `prepositions` stands between the last comma or sentence
 * end before `m` (not before `from`) and `m`.
 */
export function inPrepositionalPhrase(text: string, m: Pick<ActorMention, 'start'>, from: number, prepositions: ReadonlySet<string>): boolean {
  const phrase = text.slice(Math.max(from, m.start - MAX_PHRASE), m.start);
  const cut = Math.max(phrase.lastIndexOf(','), phrase.search(SENTENCE_END));
  const raw = phrase.slice(cut + 1).match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  const words = raw.map((w) => foldKey(w));
  const known = cut !== -1 || from > m.start - MAX_PHRASE;
  if (known && VIEWPOINT_OPENERS.has(words[0] ?? '')) return false;
  if (prepositions.has(words[words.length - 1] ?? '')) return true;
  // "and on Monday Jane Roe went further", "y el lunes X respondió": a day or a month closes the phrase of time before a subject.
  if (words.length <= 3 && isTimeWord(words[words.length - 1] ?? '')) return false;
  // "El senador de Morena X": the title written before the name is no prepositional phrase.
  let k = words.length;
  // "After the X operation, …": a preposition opening the clause is capitalised for the sentence, not for a title.
  const opener = prepositions.has(words[0] ?? '') ? 1 : 0;
  while (k > opener && isTitleWord(raw[k - 1] ?? '', words[k - 1] ?? '')) k -= 1;
  return words.slice(0, k).some((w) => prepositions.has(w));
}

function isTimeWord(key: string): boolean {
  return WEEKDAYS[key] !== undefined || MONTHS[key] !== undefined;
}

function isTitleWord(raw: string, key: string): boolean {
  return /^\p{Lu}/u.test(raw) || isTitle(key) || isNameParticle(key) || isDomainWord(key) || TITLE_GLUE.has(key);
}

/** "One senior official in", "a spokesperson for", "un funcionario de", "una vocera del": someone unnamed from a body or for a person. */
const ANONYMOUS_HEAD =
  /(?:^|[^\p{L}])(?:a|an|one|another|un|una|otro|otra)\s+(?:[\p{L}-]+\s+){0,2}?(?:officials?|sources?|spokesperson|spokesman|spokeswoman|aides?|advisers?|advisors?|diplomats?|officers?|members?|funcionari[oa]s?|fuentes?|portavoz|vocer[oa]s?|asesor(?:a|es)?|diplom[aá]tic[oa]s?|miembros?|integrantes?)\s+(?:in|of|at|from|for|to|with|de|del|en|para)\s/iu;

/**
 * Whether `m` only says whom an unnamed speaker belongs to: "One senior
 * official in the X, who asked not to be named, described…", "A spokesperson
 * for the committee chairman, Jane Roe, said", "Un vocero del alcalde, X,
 * dijo". A name set off by commas after a body ("a spokesman for the firm, Jane
 * Roe,") is the spokesperson's own.
 */
export function inAnonymousPhrase(text: string, m: Pick<ActorMention, 'start'>, from: number): boolean {
  // "Rep.", "Sen.", "Dr.": the dot of a short title ends no sentence.
  const phrase = text.slice(Math.max(from, m.start - MAX_PHRASE), m.start).replace(/(?<=(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,3})\./gu, ' ');
  const head = ANONYMOUS_HEAD.exec(phrase);
  if (!head || /[.;:!?]/u.test(phrase.slice(head.index))) return false;
  const rest = phrase.slice(head.index + head[0].length);
  const comma = rest.lastIndexOf(',');
  if (comma === -1) return true;
  // "for the committee chairman, Jane Roe", "del presidente de la junta, X": a person's title before the comma takes the name.
  const words = rest.slice(0, comma).match(/\p{L}+/gu) ?? [];
  return words.some((w) => /^\p{Ll}/u.test(w) && isTitle(foldKey(w)));
}
