/**
 * The subject of a speech verb written before it: the closest mention in
 * subject position ("Sotelo declared", "X, speaking in Miami, said", "the
 * minister, Juan Pérez, said"), past auxiliaries, time words and a descriptive
 * aside, never a name after a preposition, a possessor, a modifier ("White
 * House spokesman X") or a body a title heads ("el titular de la X"). It
 * refuses to guess: anything else between the name and the verb, and there is
 * no subject.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import { isDomainWord, isRoleNoun, isTitle } from '../actors/actor-lexicon';
import { foldKey } from '../actors/fold-text';
import { inAnonymousPhrase, inPrepositionalPhrase } from './clause-position';
import { afterOpeningClause, reportedClauseBefore } from './main-clause';
import { apposedName, titleRunAfter } from './title-apposition';
import type { AttributionInput } from './attribution-input';
import { coordinatedSubject } from './coordinated-subject';

const MAX_GAP_WORDS = 3;
/** Characters between a subject and its verb, aside included ("X, speaking in Miami on Monday, said"). */
const MAX_SUBJECT_GAP = 160;
export const PREPOSITIONS = new Set([
  'of', 'to', 'with', 'by', 'from', 'for', 'at', 'in', 'on', 'about', 'against', 'like', 'between', 'among', 'than',
  'de', 'del', 'a', 'al', 'con', 'por', 'para', 'en', 'sobre', 'contra', 'entre', 'como', 'ante',
  // "Desde Washington, la fiscal X…", "After the raid, Y said": where and when, never who.
  'desde', 'hacia', 'hasta', 'tras', 'durante', 'since', 'after', 'during',
]);
/** Words that may stand between a subject and its verb: "Sotelo on Monday said", "la presidenta también dijo". */
export const GAP_WORDS = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'previously', 'again', 'publicly', 'reportedly', 'would', 'will', 'once',
  'repeatedly', 'further', 'first', 'earlier', 'today', 'yesterday', 'on', 'this', 'last', 'late', 'early', 'morning',
  'afternoon', 'evening', 'night', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'tambien', 'ya', 'ademas', 'luego', 'despues', 'este', 'esta', 'el', 'hoy', 'ayer', 'nuevamente', 'incluso', 'le', 'les',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'manana', 'tarde', 'noche', 'se', 'lo', 'no', 'me',
  'not', 'never', 'nunca', 'only', 'solo', 'simply', 'flatly', 'firmly', 'quickly', 'directly', 'personally',
  // "X había declarado", "X ha dicho": a Spanish perfect tense.
  'habia', 'ha', 'han', 'habian', 'hubiera', 'haya',
]);

const PARENTHESIS = /^\s*\([^()]{1,30}\)/u;
/** One capitalised word right after a name, before a comma: "Ricardo Roe Ávila,". */
const SECOND_SURNAME = /^\s\p{Lu}\p{Ll}[\p{L}\p{M}'\u2019-]*(?=\s*,)/u;

/** ", visiting a border facility in El Paso, Texas, ", ", quien participó con el secretario X, ": a descriptive aside. */
const LONG_ASIDE = /^\s*,\s*\p{Ll}[^,]*,[^]*,\s*$/u;

/** "…, the Harbor Board, has accused": the auxiliaries and adverbs between an aside's closing comma and the verb. */
function withoutTrailingGap(between: string): string {
  let out = between;
  for (let n = 0; n < MAX_GAP_WORDS; n += 1) {
    const last = /([\p{L}]+)\s*$/u.exec(out);
    if (!last?.[1] || !GAP_WORDS.has(foldKey(last[1]))) break;
    out = out.slice(0, last.index);
  }
  return out;
}

/** "the U.S. ambassador", "el embajador de EE.UU.": the dots of capital initials end no sentence. */
export function withoutInitialDots(s: string): string {
  return s.replace(/(?<=(?:^|[^\p{L}])\p{Lu}{1,2})\./gu, '');
}

/** Whether `m` is the subject of a cue word at `cueStart`: close before it, possibly past one ", … ," aside. */
function subjectOf(text: string, m: ActorMention, cueStart: number): boolean {
  if (m.end > cueStart || cueStart - m.end > MAX_SUBJECT_GAP) return false;
  // "Jane Roe (D-Conn.) said", "X (PRI) dijo": a short parenthesis after a name is part of it.
  // "Ricardo Roe Ávila, …": a second surname the mention left out is still the name.
  const rest = m.via === 'name' ? text.slice(m.end, cueStart).replace(SECOND_SURNAME, '') : text.slice(m.end, cueStart);
  const between = withoutInitialDots(rest.replace(PARENTHESIS, ' '));
  if (/^['\u2019]s\b/u.test(between) || /[;:.!?]/u.test(between)) return false;
  // "X, visiting a border facility in El Paso, Texas, said": an aside opening with a lower-case word may hold commas.
  if (LONG_ASIDE.test(withoutTrailingGap(between))) return true;
  // "the minister, Juan Pérez, said": the comma closing an apposition.
  const withoutAside = between.replace(/,[^,]*,/u, ' ').replace(/^\s*,/u, ' ');
  if (withoutAside.includes(',')) return false;
  const gap = foldKey(withoutAside).replace(HABITUAL_BEFORE_VERB, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return gap.length <= MAX_GAP_WORDS && gap.every((w) => GAP_WORDS.has(w));
}

/**
 * A verb that only frames the speech verb after it, its subject being the
 * speaker's: "he liked to tell", "she used to say", "X se limitó a decir", "solía
 * repetir", "volvió a advertir" (said again), "le gustaba decir".
 */
const HABITUAL_BEFORE_VERB =
  /(?:^|\s)(?:liked|likes|loved|loves|used|tended|tends|went\s+on|was\s+quick|were\s+quick|is\s+quick|se\s+limit(?:o|a|aron|an)|sol(?:ia|ian|io)|suelen?|volv(?:io|ieron)|vuelven?|acostumbr(?:aba|a)|(?:le|les)\s+gust(?:aba|a)|atin(?:o|a)|alcanz(?:o|a))\s+(?:to\s+|a\s+)?$/u;

/** "A senior U.S. official said", "White House spokesman X": a name followed by a role noun only modifies it. */
function isModifier(text: string, m: ActorMention): boolean {
  // "U.S. Senator Jane Roe (R-TX) released the following statement:": a place before a title only modifies the name after it.
  if (TITLE_AFTER.test(text.slice(m.end, m.end + 24)) || titleRunAfter(text, m.end)) return true;
  const next = /^\.?\s+([\p{L}\p{M}]+)/u.exec(text.slice(m.end, m.end + 40))?.[1];
  return next !== undefined && /^\p{Ll}/u.test(next) && isRoleNoun(foldKey(next));
}

/** A dash after a place that opens a story: "WASHINGTON –", "MEXICO CITY (Reuters) —". */
const DATELINE_AFTER = /^(?:\s+\p{Lu}[\p{Lu}.]+)*\s*(?:\([^()]{1,30}\)\s*)?[\u2013\u2014-]\s/u;

/** English pronouns that can only be a subject. */
const SUBJECT_PRONOUN = /^(?:he|she)$/iu;

/** "After the raid she …": "she" right after a phrase that opens the clause with a preposition is the clause's subject. */
function pronounAfterOpener(text: string, m: ActorMention, frameStart: number): boolean {
  if (!SUBJECT_PRONOUN.test(text.slice(m.start, m.end))) return false;
  const phrase = text.slice(Math.max(frameStart, m.start - MAX_SUBJECT_GAP), m.start);
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(phrase.slice(phrase.lastIndexOf(',') + 1))?.[1];
  return first !== undefined && PREPOSITIONS.has(foldKey(first));
}

/** The first mention of the clause in subject position (not after a preposition, not a possessive). */
export function clauseSubject(input: AttributionInput, limit: number): ActorId | null {
  const { text, mentions } = input;
  const frameStart = afterOpeningClause(text, input.frameStart, limit);
  for (const m of mentions) {
    if (m.start < frameStart || m.end > limit) continue;
    // "consideró que X ha sido «…», pero advirtió": a name after "que"/"that" is the reported clause's subject.
    if (reportedClauseBefore(text.slice(frameStart, m.start))) return null;
    // "A spokesperson for the chairman, Jane Roe, said": the subject is someone unnamed.
    if (inAnonymousPhrase(text, m, frameStart)) return null;
    // "After the raid she restated the line:": "she" and "he" are never a preposition's object, whatever opens the clause.
    if ((!pronounAfterOpener(text, m, frameStart) && inPrepositionalPhrase(text, m, frameStart, PREPOSITIONS)) || isModifier(text, m)) continue;
    // "el titular de la X aseguró": the subject is the head, whom no name gives.
    if (headedBody(text, m, frameStart)) return null;
    if (/^['\u2019]s\b/u.test(text.slice(m.end, m.end + 3))) continue;
    // "the president told Radio Costa that …, and added that «…»": whom someone told is the audience, and what follows
    // it is what was told; the teller, named by no mention before, is no one known.
    if (AUDIENCE_BEFORE.test(text.slice(Math.max(frameStart, m.start - 12), m.start))) return null;
    // "WASHINGTON – Today, Sen. Jane Roe released…": a dateline says where, not who.
    if (DATELINE_AFTER.test(text.slice(m.end, m.end + 40))) continue;
    return (appositionAfterTitle(text, mentions, m, frameStart) ?? apposedName(text, mentions, m) ?? m).actor;
  }
  return null;
}

/**
 * "the leader of the opposition party X, Jane Roe, …": a title ending in an
 * organization's name, then a name between commas, describes that person.
 */
function appositionAfterTitle(text: string, mentions: readonly ActorMention[], m: ActorMention, from: number): ActorMention | null {
  const next = mentions.find((n) => n.start >= m.end);
  if (!next || !/^\s*,\s*$/u.test(text.slice(m.end, next.start)) || !/^\s*,/u.test(text.slice(next.end, next.end + 3))) return null;
  const phrase = text.slice(Math.max(from, m.start - 60), m.start);
  const clause = phrase.slice(phrase.lastIndexOf(',') + 1);
  const words = clause.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  return words.some((w) => /^\p{Ll}/u.test(w) && (isTitle(foldKey(w)) || isRoleNoun(foldKey(w)))) ? next : null;
}

/** A verb whose object is its audience, right before a mention: "told X", "telling X". */
const AUDIENCE_BEFORE = /(?:^|[^\p{L}])(?:told|tells|tell|telling)\s+$/iu;

/** Words joining a title to the body it heads: "titular de la", "head of the". */
export const OF_WORDS = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'of', 'the']);

/** A capitalised title word right after a mention: "Norland Rep.", "U.S. Sen.", "Mexican President". */
export const TITLE_AFTER = /^\.?\s+(?:Rep|Sen|Gov|Secretary|Ambassador|Minister|President|Senator|Representative|Congressman|Congresswoman)\b/u;
/** The subject of a speech verb at `cueStart`: the closest mention before it in subject position. */
export function subjectBefore(text: string, mentions: readonly ActorMention[], cueStart: number, from: number): ActorId | null {
  let best: ActorMention | null = null;
  let spokesperson: ActorId | null = null;
  for (const m of mentions) {
    if (m.start < from || m.end > cueStart) continue;
    // "cooperation with X continued": a name after "with" belongs to the noun before it, never the verb's subject.
    if (COMITATIVE.test(text.slice(Math.max(from, m.start - 14), m.start))) continue;
    // "an officer who served in Valdora told me": a place after "in"/"from" is where, never who speaks.
    if (PLACE_BEFORE.test(text.slice(Math.max(from, m.start - 10), m.start))) continue;
    // "Preguntada por el mensaje de X, respondió": a name closing a phrase set off by commas is not the verb's subject.
    if (PHRASE_CLOSE.test(text.slice(m.end, cueStart)) && inPrepositionalPhrase(text, m, from, PREPOSITIONS)) continue;
    // "el titular de la X aseguró", "the head of X said": the body is where the speaker works, not who speaks.
    if (headedBody(text, m, from)) continue;
    // "One senior official in the X, who asked not to be named, said": an unnamed speaker, not X.
    if (inAnonymousPhrase(text, m, from)) continue;
    const role = spokespersonEnd(text, m);
    if (role !== -1 && subjectOf(text, { ...m, end: role }, cueStart)) spokesperson = m.actor;
    if (spokesperson === null && OWN_DOCUMENT.test(text.slice(m.end, cueStart))) spokesperson = m.actor;
    if (subjectOf(text, m, cueStart) && !isModifier(text, m) && (!best || m.end >= best.end)) best = m;
  }
  if (best) return (asideHead(text, mentions, best, from, cueStart) ?? best).actor;
  return spokesperson ?? coordinatedSubject(text, mentions, cueStart, from);
}

/** The comma closing a phrase before its verb, perhaps with an auxiliary or a clitic: "Preguntada por X, ha respondido". */
const PHRASE_CLOSE = /^\s*,\s*(?:(?:ha|han|habia|habian|has|had|have|se|le|les|lo|la|me|nos)\s+)?$/iu;

/**
 * A person's title, then "de la", "of the", right before a mention; or past the capitalised words
 * of a body that holds it: "el coordinador del Grupo Parlamentario de X", "the chair of the Harbor Caucus of X".
 */
function headedBody(text: string, m: ActorMention, from: number): boolean {
  const raw = text.slice(Math.max(from, m.start - 60), m.start).match(/[\p{L}\p{M}]+/gu) ?? [];
  const words = raw.map(foldKey);
  let k = words.length - 1;
  for (;;) {
    while (k >= 0 && (words[k] === 'la' || words[k] === 'el' || words[k] === 'the' || words[k] === 'los' || words[k] === 'las')) k -= 1;
    if (k < 1 || !OF_WORDS.has(words[k] ?? '')) return false;
    const title = words[k - 1] ?? '';
    if (isTitle(title) && !isDomainWord(title)) return true;
    // "Grupo Parlamentario de": the capitalised name of a body between the title and the mention.
    let j = k - 1;
    while (j >= 0 && /^\p{Lu}/u.test(raw[j] ?? '') && !isTitle(words[j] ?? '')) j -= 1;
    if (j === k - 1) return false;
    k = j;
  }
}

/** "with", "con", "against", "entre" (and an article) right before a mention. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|from|inside|en|desde)\s+$/iu;
const COMITATIVE = /(?:^|[^\p{L}])(?:with|against|between|among|without|con|contra|entre|sin)\s+(?:(?:the|el|la|los|las)\s+)?$/iu;

/** "The ministry's readout of the meeting said", "X's statement said": a document speaks for its author. */
const OWN_DOCUMENT =
  /^['\u2019]s\s+(?:(?:official|written|own|formal|latest|brief)\s+)?(?:statement|readout|report|communiqu[eé]|press release|release|letter|summary|transcript|note|filing|website)(?:\s+(?:of|on|about)\s+[^,;.:!?]{1,40}?)?\s+$/iu;

/** Nouns for someone who speaks in an organization's name. */
const SPOKESPERSON_NOUNS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople']);

/**
 * "A White House spokesperson said": an unnamed spokesperson speaks for the
 * organization. Returns the end of the noun, or -1 (also when a name follows it:
 * "White House spokeswoman Jane Roe said" is Jane Roe's).
 */
function spokespersonEnd(text: string, m: ActorMention): number {
  const next = /^\s+([\p{L}]+)(\s+\p{Lu})?/u.exec(text.slice(m.end, m.end + 40));
  if (!next?.[1] || next[2] !== undefined || !SPOKESPERSON_NOUNS.has(foldKey(next[1]))) return -1;
  return m.end + next[0].length;
}

/**
 * "X, the leader of the opposition party Y, said": a mention that closes a
 * descriptive aside (one opening with a lower-case word) leaves the verb to the
 * name before the aside. An aside that is itself a name ("The nominee, Jane
 * Roe, said") keeps it.
 */
function asideHead(text: string, mentions: readonly ActorMention[], best: ActorMention, from: number, cueStart: number): ActorMention | null {
  if (!/^\s*,/u.test(text.slice(best.end, cueStart))) return null;
  // "El canciller X, quien habló con el secretario Y, Z, calificó…": a name inside a long aside leaves the verb to its head.
  for (const h of mentions) {
    if (h.start >= from && h.end <= best.start && LONG_ASIDE.test(withoutTrailingGap(text.slice(h.end, cueStart))) && !isModifier(text, h) && !inPrepositionalPhrase(text, h, from, PREPOSITIONS)) return h;
  }
  // Searched in the bounded frame only: a 10 MB line without a comma must stay linear.
  const window = Math.max(from, best.start - MAX_SUBJECT_GAP);
  const at = text.slice(window, best.start).lastIndexOf(',');
  const comma = at === -1 ? -1 : window + at;
  if (comma < from || !/^\s*\p{Ll}/u.test(text.slice(comma + 1, best.start))) return null;
  for (const h of mentions) {
    // "En entrevista con X, el politólogo Y, del Z, consideró": a name after a preposition heads no aside.
    if (h.end <= comma && h.start >= from && text.slice(h.end, comma).trim() === '' && subjectOf(text, h, cueStart) && !isModifier(text, h) && !inPrepositionalPhrase(text, h, from, PREPOSITIONS)) return h;
  }
  return null;
}
