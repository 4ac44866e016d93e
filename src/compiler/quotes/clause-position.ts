/**
 * Where a mention stands in its clause. A name inside a prepositional phrase
 * ("In an interview with broadcaster X, …", "Respecto de las declaraciones que
 * hizo X, …") is not the clause's subject; one after "Para"/"Según" opening the
 * sentence is the person whose view it gives.
 */
import type { ActorMention } from '../model';
import { isDomainWord, isNameParticle, isTitle } from '../actors/actor-lexicon';
import { foldKey } from '../actors/fold-text';

/** How far back a mention's phrase is read, in characters. */
const MAX_PHRASE = 100;
const VIEWPOINT_OPENERS = new Set(['para', 'segun']);
/** Words that join a title: "the", "el", "of", "en" ("especialista en seguridad"). */
const TITLE_GLUE = new Set(['the', 'el', 'of', 'en', 'for']);

/** The last sentence end: a stop not followed by a digit or a lower-case word ("Jan. 3", "U.S. officials" go on). */
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
  // "El senador de Morena X": the title written before the name is no prepositional phrase.
  let k = words.length;
  // "After the X operation, …": a preposition opening the clause is capitalised for the sentence, not for a title.
  const opener = prepositions.has(words[0] ?? '') ? 1 : 0;
  while (k > opener && isTitleWord(raw[k - 1] ?? '', words[k - 1] ?? '')) k -= 1;
  return words.slice(0, k).some((w) => prepositions.has(w));
}

function isTitleWord(raw: string, key: string): boolean {
  return /^\p{Lu}/u.test(raw) || isTitle(key) || isNameParticle(key) || isDomainWord(key) || TITLE_GLUE.has(key);
}
