/**
 * "X praised the units that have rotated to the border and said …", "X, who has
 * long said …, earlier this month said …" (after "and"): a speech verb joined by
 * "and"/"y" to an earlier verb shares that verb's subject, however long the first
 * predicate. It refuses to guess: the subject is a name a relative "who"/"quien"
 * follows, or else one that opens its sentence (perhaps after an opener set off
 * by a comma) followed by its own lower-case verb; anything that closes a clause
 * on the way (";", ":", "!", "?") leaves no subject.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import { isTitle } from '../actors/actor-lexicon';
import { foldKey } from '../actors/fold-text';

/** "and said", "and then said", "and earlier this month said", "y dijo", "y luego afirmó" right before the verb. */
const AND_BEFORE =
  /(?:^|[^\p{L}])(?:and|y|e)\s+(?:(?:also|then|later|earlier|luego|despu[eé]s|tambi[eé]n)\s+)?(?:(?:this|last)\s+(?:week|month|year|\p{Ll}+day)\s+)?$/iu;
/** The subject's own verb (a lower-case word) or a relative clause, right after it. */
const OWN_PREDICATE = /^(?:\s+\p{Ll}|,\s+(?:who|quien)\s)/u;
const CLAUSE_BREAK = /[;:!?]/u;
const RELATIVE_AFTER = /^,\s+(?:who|quien)\s/u;
/** What comes before a sentence: nothing, a line break or a full stop (perhaps closing a quotation). */
const SENTENCE_END_BEFORE = /(?:^|\n|[.!?\u2026]["'\u201d\u2019\u00bb)]?)\s*$/u;
/** A sentence opens with a capital letter, perhaps after spaces, an opening mark or a Spanish "¿"/"¡". */
const SENTENCE_OPENING = /^[\s"'\u201c\u00ab\u00bf\u00a1(]*\p{Lu}/u;

/** The subject of the sentence starting at `from` that a speech verb at `cueStart`, after "and", shares; or null. */
export function coordinatedSubject(text: string, mentions: readonly ActorMention[], cueStart: number, from: number): ActorId | null {
  if (!AND_BEFORE.test(text.slice(Math.max(from, cueStart - 30), cueStart))) return null;
  // '"…," she took a day and then said': words after a quotation are no sentence of their own.
  if (!SENTENCE_END_BEFORE.test(text.slice(Math.max(0, from - 6), from)) || !SENTENCE_OPENING.test(text.slice(from, from + 4))) return null;
  // "a call with X, who has said … and earlier this month said": the relative clause's subject.
  const who = mentions.filter((m) => m.start >= from && m.end <= cueStart && RELATIVE_AFTER.test(text.slice(m.end, m.end + 10))).at(-1);
  if (who) return CLAUSE_BREAK.test(text.slice(who.end, cueStart)) ? null : who.actor;
  const first = mentions.find((m) => m.start >= from && m.end <= cueStart);
  if (!first) return null;
  const lead = text.slice(from, first.start);
  // "Speaking to the crews, X praised …": an opener closed by a comma may come first; "La ministra X", a title.
  if (lead.trim() !== '' && !/^[^;:.!?"\u201c\u201d\u00ab\u00bb]*,\s*$/u.test(lead) && !titleWords(lead)) return null;
  if (!OWN_PREDICATE.test(text.slice(first.end, first.end + 12))) return null;
  return CLAUSE_BREAK.test(text.slice(first.end, cueStart)) ? null : first.actor;
}

const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las']);

/** "La ministra ", "The harbor minister ": an article and title words only. */
function titleWords(lead: string): boolean {
  const words = foldKey(lead).match(/[\p{L}]+/gu) ?? [];
  return words.length <= 4 && words.some((w) => isTitle(w)) && words.every((w, k) => isTitle(w) || (k === 0 && ARTICLES.has(w)) || (k > 0 && k < words.length - 1));
}
