/**
 * Who said a quote. In order: the antecedent of a relative clause that
 * introduces it ("el presidente X, quien dijo que «…», la mandataria
 * respondió" is X's); an attribution right after it ("…,' Odell
 * stated", "…», afirmó la canciller Ruiz"); the subject of the last speech verb
 * before it ("Sotelo declared on Friday, …", "She warned Odell that Halden
 * would 'never accept'", "X, speaking in Miami, said"); the source of "according
 * to"/"según"; a name right before a headline colon ("Trump: capture 'a
 * message'"); the subject of a colon introduction ("He questioned the approach:
 * '…'"). Pronouns and descriptions arrive already resolved as mentions. It
 * refuses to guess: with no cue and no colon, or no mention in the right place,
 * the speaker is null.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { WordToken } from '../actors/word-tokens';
import { demonymCountry, isDomainWord, isNameParticle, isRoleNoun, isTitle } from '../actors/actor-lexicon';
import { foldKey } from '../actors/fold-text';
import { isOccupationNoun } from '../actors/role-mentions';
import { MONTHS } from '../dates/lexicon';
import { inAnonymousPhrase, inPrepositionalPhrase } from './clause-position';
import { afterOpeningClause, reportedClauseBefore } from './main-clause';
import { apposedName, titleRunAfter } from './title-apposition';
import { isCueWord, isParticipleCue, isSourceCue, spanishFiniteAt } from './speech-cues';

export interface AttributionInput {
  text: string;
  /** The quote's opening mark and the offset after its closing mark. */
  open: number;
  close: number;
  /** Words before the quote in its sentence (outside quotes), and after it. */
  before: readonly WordToken[];
  after: readonly WordToken[];
  /** Mentions outside quotes in the quote's sentence(s), sorted by start. */
  mentions: readonly ActorMention[];
  /** Start of the sentence before the quote (for the clause subject). */
  frameStart: number;
  /** The text before the quote ends with a colon (here or at the end of the previous paragraph). */
  colon: boolean;
}

const MAX_GAP_WORDS = 3;
/** Characters between a subject and its verb, aside included ("X, speaking in Miami on Monday, said"). */
const MAX_SUBJECT_GAP = 160;
const PREPOSITIONS = new Set([
  'of', 'to', 'with', 'by', 'from', 'for', 'at', 'in', 'on', 'about', 'against', 'like', 'between', 'among', 'than',
  'de', 'del', 'a', 'al', 'con', 'por', 'para', 'en', 'sobre', 'contra', 'entre', 'como', 'ante',
  // "Desde Washington, la fiscal X…", "After the raid, Y said": where and when, never who.
  'desde', 'hacia', 'hasta', 'tras', 'durante', 'since', 'after', 'during',
]);
const AFTER_CUE_SKIP = new Set([
  'the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'to', 'con', 'agency', 'newspaper', 'network', 'outlet',
  'agencia', 'diario', 'periodico', 'cadena', 'medio', 'informo', 'reporto', 'publico', 'indico', 'senalo', 'dijo',
]);

/** "rejected the White House's claim that…": the possessor of words is their speaker. */
const SPEECH_NOUN = /^['\u2019]s\s+(?:claims?|statements?|accusations?|allegations?|remarks|words|assertions?|comments|description|characterization|charges?)\b/iu;

/** "X's comments had", "X's remarks were": a possessed speech noun opening a clause of its own. */
const POSSESSED_SUBJECT = /^['\u2019]s\s+[\p{L}]+\s+(?:would|will|was|were|is|are|had|has|have|could|did)\b/iu;

/**
 * Whether "X's <speech noun>" gives X's own words: "rejected X's claim that…",
 * not "said X's comments had 'landed badly'", where the words are talked about.
 */
function ownsSpeech(text: string, m: ActorMention): boolean {
  return SPEECH_NOUN.test(text.slice(m.end, m.end + 24)) && !POSSESSED_SUBJECT.test(text.slice(m.end, m.end + 40));
}

function isPossessor(text: string, m: ActorMention): boolean {
  return /^['\u2019]s\b/u.test(text.slice(m.end, m.end + 3));
}

/** "X to …", "X a que …": the mention after the verb is asked to act. */
const ADDRESSEE_AFTER = /^\s+(?:to|a que)\s/iu;

/** Adverbs between a speech verb and the subject after it: "dijo entonces X", "afirmó después X". */
const AFTER_CUE_ADVERBS = new Set(['entonces', 'finalmente', 'posteriormente', 'asimismo', 'recently', 'finally', 'afterwards']);

/** Words that may stand between a subject and its verb: "Sotelo on Monday said", "la presidenta también dijo". */
const GAP_WORDS = new Set([
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
function withoutInitialDots(s: string): string {
  return s.replace(/(?<=(?:^|[^\p{L}])\p{Lu}{1,2})\./gu, '');
}

/** Whether `m` is the subject of a cue word at `cueStart`: close before it, possibly past one ", … ," aside. */
function subjectOf(text: string, m: ActorMention, cueStart: number): boolean {
  if (m.end > cueStart || cueStart - m.end > MAX_SUBJECT_GAP) return false;
  // "Jane Roe (D-Conn.) said", "X (PRI) dijo": a short parenthesis after a name is part of it.
  const between = withoutInitialDots(text.slice(m.end, cueStart).replace(PARENTHESIS, ' '));
  if (/^['\u2019]s\b/u.test(between) || /[;:.!?]/u.test(between)) return false;
  // "X, visiting a border facility in El Paso, Texas, said": an aside opening with a lower-case word may hold commas.
  if (LONG_ASIDE.test(withoutTrailingGap(between))) return true;
  // "the minister, Juan Pérez, said": the comma closing an apposition.
  const withoutAside = between.replace(/,[^,]*,/u, ' ').replace(/^\s*,/u, ' ');
  if (withoutAside.includes(',')) return false;
  const gap = foldKey(withoutAside).match(/[\p{L}\p{N}]+/gu) ?? [];
  return gap.length <= MAX_GAP_WORDS && gap.every((w) => GAP_WORDS.has(w));
}

/** "A senior U.S. official said", "White House spokesman X": a name followed by a role noun only modifies it. */
function isModifier(text: string, m: ActorMention): boolean {
  // "U.S. Senator Jane Roe (R-TX) released the following statement:": a place before a title only modifies the name after it.
  if (TITLE_AFTER.test(text.slice(m.end, m.end + 24)) || titleRunAfter(text, m.end)) return true;
  const next = /^\.?\s+([\p{L}\p{M}]+)/u.exec(text.slice(m.end, m.end + 40))?.[1];
  return next !== undefined && /^\p{Ll}/u.test(next) && isRoleNoun(foldKey(next));
}

/** A dash after a place that opens a story: "WASHINGTON –", "MEXICO CITY (Reuters) —". */
const DATELINE_AFTER = /^(?:\s+\p{Lu}[\p{Lu}.]+)*\s*(?:\([^()]{1,30}\)\s*)?[\u2013\u2014-]\s/u;

/** The first mention of the clause in subject position (not after a preposition, not a possessive). */
function clauseSubject(input: AttributionInput, limit: number): ActorId | null {
  const { text, mentions } = input;
  const frameStart = afterOpeningClause(text, input.frameStart, limit);
  for (const m of mentions) {
    if (m.start < frameStart || m.end > limit) continue;
    // "consideró que X ha sido «…», pero advirtió": a name after "que"/"that" is the reported clause's subject.
    if (reportedClauseBefore(text.slice(frameStart, m.start))) return null;
    // "A spokesperson for the chairman, Jane Roe, said": the subject is someone unnamed.
    if (inAnonymousPhrase(text, m, frameStart)) return null;
    if (inPrepositionalPhrase(text, m, frameStart, PREPOSITIONS) || isModifier(text, m)) continue;
    // "el titular de la X aseguró": the subject is the head, whom no name gives.
    if (headedBody(text, m, frameStart)) return null;
    if (/^['\u2019]s\b/u.test(text.slice(m.end, m.end + 3))) continue;
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

/**
 * A mention right after a cue, past articles and a title: "said Jane Roe",
 * "según el ministro de Defensa, Rafael Ibarra".
 */
function mentionAfter(input: Pick<AttributionInput, 'mentions' | 'text'>, words: readonly WordToken[], cueIndex: number): ActorId | null {
  let phrase = false;
  let personTitle = false;
  for (let j = cueIndex + 1, n = 0; j < words.length && n < (phrase ? MAX_PHRASE_WORDS : 8); j += 1, n += 1) {
    const w = words[j];
    if (!w) break;
    // "opinó en declaraciones a la radio el politólogo X": a Spanish subject may follow a phrase of place or occasion.
    if (j === cueIndex + 1 && POSTVERBAL_PHRASE.has(w.key)) {
      phrase = true;
      continue;
    }
    if (phrase) {
      if (w.key === 'que' || /[,;:.]/u.test(input.text.slice(words[j - 1]?.end ?? w.start, w.start))) return null;
      // "en la reunión con la senadora X": a person after a preposition is part of the phrase.
      if (!DEFINITE_ARTICLES.has(w.key) || PREPOSITIONS.has(words[j - 1]?.key ?? '') || !describesPerson(input, words[j + 1])) continue;
      phrase = false;
      n = 0;
    }
    const m = input.mentions.find((x) => x.start === w.start);
    // "said Norland Rep. Jane Roe": a place before a title only modifies the name after it.
    if (m && TITLE_AFTER.test(input.text.slice(m.end, m.end + 24))) continue;
    if (m && personTitle && OF_WORDS.has(words[j - 1]?.key ?? '')) {
      // "sostuvo el titular de la Secretaría", "said the head of the Harbor Board": the body is where the speaker works, not who speaks.
      const name = input.mentions.find((x) => x.start >= m.end && /^\s*,?\s*$/u.test(input.text.slice(m.end, x.start)));
      if (name) continue;
      return null;
    }
    if (m) {
      // "A spokesperson said X 'has been clear…'": a name right before the quote is the subject of the quoted clause.
      if (QUOTE_AFTER.test(input.text.slice(m.end, m.end + 4))) return null;
      // "said Mexico's cooperation would…": a possessor is not the one speaking.
      if (isPossessor(input.text, m) && !ownsSpeech(input.text, m)) return null;
      // "but said she was 'afraid'": a pronoun with words after it is the subject of what was said, not the speaker.
      if (m.via === 'pronoun' && /^\s*[\p{L}\p{N}]/u.test(input.text.slice(m.end, m.end + 3))) return null;
      // "and said the board would 'run' the port", "saying X was 'doing a lot'": a name before a verb is the reported clause's subject.
      if (REPORTED_CLAUSE_VERB.test(input.text.slice(m.end, m.end + 12))) return null;
      // "inviting Washington to 'go after' …", "urged X to": the one asked to act is not the speaker.
      if (ADDRESSEE_AFTER.test(input.text.slice(m.end, m.end + 8))) return null;
      return (apposedName(input.text, input.mentions, m) ?? m).actor;
    }
    if (isTitle(w.key) && !isDomainWord(w.key)) personTitle = true;
    const titleWord = isTitle(w.key) || isDomainWord(w.key) || isNameParticle(w.key) || w.key === 'of' || demonymCountry(w.key) !== null;
    // "dijo entonces Ortega", "said on Monday Jane Roe": time words stand between the verb and its subject.
    // "afirmó el investigador costeño X", "said the veteran analyst X": one adjective after the title.
    const adjective =
      (isTitle(words[j - 1]?.key ?? '') && !isTitle(words[j - 2]?.key ?? '') && words[j + 1]?.capitalized === true) ||
      (!isTitle(words[j - 1]?.key ?? '') && isTitle(words[j + 1]?.key ?? ''));
    if (!AFTER_CUE_SKIP.has(w.key) && !GAP_WORDS.has(w.key) && !AFTER_CUE_ADVERBS.has(w.key) && !w.capitalized && !titleWord && !adjective) return null;
  }
  return null;
}

/** Words joining a title to the body it heads: "titular de la", "head of the". */
const OF_WORDS = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'of', 'the']);

/** Prepositions opening a phrase between a Spanish verb and its subject: "opinó en declaraciones a DW el analista X". */
const POSTVERBAL_PHRASE = new Set(['en', 'durante', 'ante', 'desde']);
const MAX_PHRASE_WORDS = 14;

/** Whether a word after an article starts a person's description or name: "el politólogo", "la senadora", "el Ferrer". */
function describesPerson(input: Pick<AttributionInput, 'mentions'>, w: WordToken | undefined): boolean {
  if (!w) return false;
  return isTitle(w.key) || isRoleNoun(w.key) || isOccupationNoun(w.key) || input.mentions.some((m) => m.start === w.start);
}

/** A capitalised title word right after a mention: "Norland Rep.", "U.S. Sen.", "Mexican President". */
const TITLE_AFTER = /^\.?\s+(?:Rep|Sen|Gov|Secretary|Ambassador|Minister|President|Senator|Representative|Congressman|Congresswoman)\b/u;
/** An auxiliary right after a mention: it opens the clause that was said. */
const REPORTED_CLAUSE_VERB = /^\s+(?:would|will|was|were|is|are|had|has|have|could|should|must|might|may|can|did|does|do)\b/u;
/** A quotation mark opening right after a mention. */
const QUOTE_AFTER = /^\s*["'\u201c\u2018\u00ab]/u;

/** Verbs whose object is the audience: "told Reuters", "tell reporters". */
const AUDIENCE_VERBS = new Set(['told', 'tell', 'tells', 'telling']);
/** "dijo a MILENIO", "said to reporters": what follows is the audience. */
const AUDIENCE_PREPOSITIONS = new Set(['a', 'al', 'to']);

/** The speaker named right after a speech verb ("said Jane Roe"), never its audience ("told Reuters", "dijo a MILENIO"). */
function speakerAfter(input: AttributionInput, words: readonly WordToken[], cueIndex: number): ActorId | null {
  const cue = words[cueIndex];
  if (!cue || AUDIENCE_VERBS.has(cue.key)) return null;
  if (AUDIENCE_PREPOSITIONS.has(words[cueIndex + 1]?.key ?? '')) {
    // "explicó a EL DIARIO el politólogo X": past the audience, a described person is the subject.
    for (let k = cueIndex + 2; k < words.length && k <= cueIndex + MAX_AUDIENCE_WORDS; k += 1) {
      const w = words[k];
      if (w && DEFINITE_ARTICLES.has(w.key) && !PREPOSITIONS.has(words[k - 1]?.key ?? '') && describesPerson(input, words[k + 1])) return mentionAfter(input, words, k - 1);
    }
    return null;
  }
  return mentionAfter(input, words, cueIndex);
}

/** Words an audience may take after "dijo a": "a EL DIARIO", "a la agencia Costa". */
const MAX_AUDIENCE_WORDS = 6;

/** "rejected the Harbor Board's claim that…": the quoted words are the claim's, so its possessor's. */
function claimantAfter(input: AttributionInput, words: readonly WordToken[], cueIndex: number): ActorId | null {
  const next = words[cueIndex + 1];
  const start = next?.key === 'the' ? words[cueIndex + 2]?.start : next?.start;
  const m = input.mentions.find((x) => x.start === start || (next !== undefined && x.start === next.start));
  return m && isPossessor(input.text, m) && ownsSpeech(input.text, m) ? m.actor : null;
}

function nearestSubject(input: AttributionInput, cue: WordToken, from: number): ActorId | null {
  return subjectBefore(input.text, input.mentions, cue.start, from);
}

/** The subject of a speech verb at `cueStart`: the closest mention before it in subject position. */
export function subjectBefore(text: string, mentions: readonly ActorMention[], cueStart: number, from: number): ActorId | null {
  let best: ActorMention | null = null;
  let spokesperson: ActorId | null = null;
  for (const m of mentions) {
    if (m.start < from || m.end > cueStart) continue;
    // "cooperation with X continued": a name after "with" belongs to the noun before it, never the verb's subject.
    if (COMITATIVE.test(text.slice(Math.max(from, m.start - 14), m.start))) continue;
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
  return spokesperson;
}

/** The comma closing a phrase before its verb, perhaps with an auxiliary or a clitic: "Preguntada por X, ha respondido". */
const PHRASE_CLOSE = /^\s*,\s*(?:(?:ha|han|habia|habian|has|had|have|se|le|les|lo|la|me|nos)\s+)?$/iu;

/** A person's title, then "de la", "of the", right before a mention. */
function headedBody(text: string, m: ActorMention, from: number): boolean {
  const words = foldKey(text.slice(Math.max(from, m.start - 40), m.start)).match(/[\p{L}]+/gu) ?? [];
  let k = words.length - 1;
  while (k >= 0 && (words[k] === 'la' || words[k] === 'el' || words[k] === 'the' || words[k] === 'los' || words[k] === 'las')) k -= 1;
  if (k < 1 || !OF_WORDS.has(words[k] ?? '')) return false;
  const title = words[k - 1] ?? '';
  return isTitle(title) && !isDomainWord(title);
}

/** "with", "con", "against", "entre" (and an article) right before a mention. */
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

/**
 * 'Still, he said, the port has surprised everyone before. "Nobody thought it
 * would happen."': a quote standing alone right after a sentence that reports
 * someone's words goes on with that person's words. `words` and `mentions` are
 * the previous sentence's, which starts at `from`. The last speech verb must have
 * a subject before it, or a name right after it.
 */
export function reportingSpeaker(text: string, mentions: readonly ActorMention[], words: readonly WordToken[], from: number): ActorId | null {
  for (let j = words.length - 1; j >= 0; j -= 1) {
    const w = words[j];
    if (!w || !isCueWord(words, j)) continue;
    if (isSourceCue(w.key, words[j + 1]?.key)) return mentionAfter({ mentions, text }, words, j + (w.key === 'segun' ? 0 : 1));
    return subjectBefore(text, mentions, w.start, from) ?? (AUDIENCE_VERBS.has(w.key) ? null : mentionAfter({ mentions, text }, words, j));
  }
  return null;
}

/** The source named right after "according to" / "según" (word `cueIndex`), past articles and titles. */
export function sourceAfter(text: string, mentions: readonly ActorMention[], words: readonly WordToken[], cueIndex: number): ActorId | null {
  return mentionAfter({ mentions, text }, words, cueIndex);
}

/** How far after a quote its verb may come: '"…," Jane Roe, a senior fellow at the Harbor Institute, told me.' */
const MAX_TRAILING_CUE = 14;
/** Words that open a coordinate clause right after a quote. */
const CONJUNCTIONS = new Set(['y', 'e', 'pero', 'aunque', 'mientras', 'and', 'but', 'while', 'although']);
/** How far after a quote its verb may come with anything between. */
const MAX_NEAR_CUE = 8;

/** Whether the words after a quote are a name, then an aside closed by a comma, then the verb at `cueIndex`. */
function nameThenAside(input: AttributionInput, words: readonly WordToken[], cueIndex: number): boolean {
  const first = words[0];
  const cue = words[cueIndex];
  const name = first && input.mentions.find((m) => m.start === first.start);
  if (!name || !cue) return false;
  const between = input.text.slice(name.end, cue.start);
  // "…", X, el embajador de EE.UU., me dijo": a Spanish object pronoun may stand before the verb.
  return /^\s*,[^,;:.!?]+,\s*(?:(?:me|le|les|nos|se)\s+)?$/iu.test(withoutInitialDots(between));
}

function trailing(input: AttributionInput): ActorId | null {
  const words = input.after.slice(0, MAX_TRAILING_CUE + MAX_PHRASE_WORDS);
  const cueIndex = words.findIndex((_, j) => j < MAX_TRAILING_CUE && isCueWord(words, j));
  const cue = words[cueIndex];
  if (!cue) return null;
  // '«…» y en ella el mandatario no planteó…', '"…" but the minister denied': a conjunction opens a clause of its own.
  if (cueIndex > 0 && CONJUNCTIONS.has(words[0]?.key ?? '')) return null;
  // '"…" y que X ha respondido a…': a verb inside the reported clause that goes on after the quote is not its speaker's.
  if (words.slice(0, cueIndex).some((w) => w.key === 'que' || w.key === 'that')) return null;
  // A verb this far from the quote is its speaker's only past a name and its aside: '"…," Jane Roe, a fellow at X, told me.'
  if (cueIndex >= MAX_NEAR_CUE && !nameThenAside(input, words, cueIndex)) return null;
  if (isSourceCue(cue.key, words[cueIndex + 1]?.key)) return mentionAfter(input, words, cueIndex + (cue.key === 'segun' ? 0 : 1));
  return nearestSubject(input, cue, input.close) ?? speakerAfter(input, words, cueIndex);
}

function leading(input: AttributionInput): ActorId | null {
  const words = input.before;
  for (let j = words.length - 1; j >= 0; j -= 1) {
    const w = words[j];
    if (!w || !isCueWord(words, j)) continue;
    if (isSourceCue(w.key, words[j + 1]?.key)) return mentionAfter(input, words, j + (w.key === 'segun' ? 0 : 1));
    // '…was "too slow," adding:': the comma may sit inside the closing quotation mark.
    const commaBefore = /,["'\u201d\u2019\u00bb]?\s*$/u.test(input.text.slice(Math.max(input.frameStart, w.start - 4), w.start));
    if (isParticipleCue(w.key) && commaBefore) return clauseSubject(input, w.start);
    if (PASSIVE_AGENT.has(words[j + 1]?.key ?? '') && /(?:ed|ad[oa]s?|id[oa]s?)$/u.test(w.key)) return passiveAgent(input, words, j);
    return claimantAfter(input, words, j) ?? nearestSubject(input, w, input.frameStart) ?? speakerAfter(input, words, j) ?? ownClauseSubject(input, w.start);
  }
  return null;
}

const PASSIVE_AGENT = new Set(['by', 'por']);

/**
 * "was described by X as '…' and by Y as '…'", "fue calificada por X como «…»":
 * the agent of a passive speech verb, the last one named before the quote.
 */
function passiveAgent(input: AttributionInput, words: readonly WordToken[], cueIndex: number): ActorId | null {
  let agent: ActorId | null = null;
  for (let k = cueIndex + 1; k < words.length; k += 1) {
    if (!PASSIVE_AGENT.has(words[k]?.key ?? '')) continue;
    const next = words[k + 1];
    const start = next && DEFINITE_ARTICLES.has(next.key) ? words[k + 2]?.start : next?.start;
    agent = input.mentions.find((m) => m.start === start || m.start === next?.start)?.actor ?? null;
  }
  return agent;
}

/** ", while X …", "…,' while X", "; mientras que X …": a coordinate clause that may have a subject of its own. */
const CLAUSE_BOUNDARY = /(?:(?:[,;]["'\u201d\u2019\u00bb]?|["\u201d\u00bb],?)\s+(?:while|whereas|but|and|although|mientras(?:\s+que)?|pero|aunque|y)|;)\s+/giu;

/**
 * The subject of the clause a speech verb stands in: "Jane Roe said …, while
 * Rep. Juan Pérez (R-Texas), the former chairman, praised them for '…'" is Pérez's.
 * A clause with no subject of its own ("…, and praised them for '…'") shares the sentence's.
 */
function ownClauseSubject(input: AttributionInput, cueStart: number): ActorId | null {
  let start = -1;
  const span = input.text.slice(input.frameStart, cueStart);
  for (const m of span.matchAll(CLAUSE_BOUNDARY)) {
    // "said that X was '…' but that Y was …": a second "that" clause goes on with what was said, it has no subject of its own.
    if (!REPORTED_AGAIN.test(span.slice(m.index + m[0].length, m.index + m[0].length + 6))) start = input.frameStart + m.index + m[0].length;
  }
  if (start !== -1) {
    const own = clauseSubject({ ...input, frameStart: start }, cueStart);
    if (own !== null) return own;
    // "un comunicado en el que X agradece …, pero advierte que «…»": the verb goes on from the relative clause's subject.
    let relative = -1;
    for (const m of input.text.slice(input.frameStart, start).matchAll(RELATIVE_OPENER)) relative = input.frameStart + m.index + m[0].length;
    if (relative !== -1) return clauseSubject({ ...input, frameStart: relative }, start);
  }
  return clauseSubject(input, cueStart);
}

/** "that", "que" opening the clause after a boundary: another reported clause. */
const REPORTED_AGAIN = /^(?:that|que)\s/iu;

/** Words opening a relative clause that has a subject of its own: "en el que", "in which". */
const RELATIVE_OPENER = /(?:^|[^\p{L}])(?:(?:en|con|por|de)\s+(?:el|la|los|las)\s+(?:que|cual(?:es)?)|in\s+which)\s+/giu;

const RELATIVE_PRONOUNS = new Set(['who', 'quien', 'quienes']);
/** Words a relative clause may hold before the quote it introduces: "quien afirmó en una entrevista que su gobierno comenzaría a atacar «…»". */
const MAX_RELATIVE_WORDS = 20;
/** A date between the pronoun and its verb: "quien el 8 de enero afirmó", "who on Jan. 8 said". */
const MAX_DATE_WORDS = 4;

function isDateWord(key: string): boolean {
  return /^\d{1,4}$/u.test(key) || MONTHS[key] !== undefined || key === 'de' || key === 'of' || key === 'on' || key === 'el';
}

/**
 * "…el presidente X, quien dijo que «…», la mandataria respondió": a quote
 * introduced inside a relative clause belongs to the clause's antecedent, not to
 * the subject of the main clause around it.
 */
function relativeClauseSpeaker(input: AttributionInput): ActorId | null {
  const words = input.before;
  for (let j = words.length - 1; j >= 0 && j >= words.length - MAX_RELATIVE_WORDS; j -= 1) {
    if (!isCueWord(words, j)) continue;
    let k = j - 1;
    while (k >= 0 && GAP_WORDS.has(words[k]?.key ?? '')) k -= 1;
    for (let n = 0; k >= 0 && n < MAX_DATE_WORDS && !RELATIVE_PRONOUNS.has(words[k]?.key ?? '') && isDateWord(words[k]?.key ?? ''); n += 1) k -= 1;
    const pronoun = words[k];
    if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.key)) return null;
    for (const m of input.mentions) {
      if (m.end <= pronoun.start && /^\s*,\s*$/u.test(input.text.slice(m.end, pronoun.start))) return m.actor;
    }
    return null;
  }
  return null;
}

/** How far into its sentence a "Name:" introduction may end. */
const MAX_COLON_INTRO = 80;

/**
 * A headline-style introduction, "Odell: port deal 'a message' to the
 * cartels", "Border chief Jane Roe: '…'": a name right before a colon at the
 * start of the sentence speaks the quoted words after it. Returns the speaker.
 */
export function colonIntroducer(text: string, mentions: readonly ActorMention[], frameStart: number, open: number): ActorId | null {
  const limit = Math.min(open, frameStart + MAX_COLON_INTRO);
  // Search only the bounded window: a 10 MB line without a colon must not be scanned per quote.
  const at = limit > frameStart ? text.slice(frameStart, limit).indexOf(':') : -1;
  if (at === -1) return null;
  const colon = frameStart + at;
  let end = colon;
  while (end > frameStart && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  for (const m of mentions) {
    if (m.start >= frameStart && m.end === end) return m.actor;
  }
  return null;
}

/** Nouns for something said, whose possessor said it: "X's threat to '…'", "X's promise of '…'", "X's vow, in an interview, to hit them '…'". */
const POSSESSED_SPEECH =
  /^['\u2019]s\s+(?:(?:repeated|latest|earlier|new|recent|public)\s+)?(?:threats?|warnings?|promises?|pledges?|vows?|calls?|demands?|words|remarks?|claims?|vow|boasts?|insistence)(?:,[^,;:]{1,60},)?(?:\s+(?:to|that|of|for)|\s+to(?:\s+[\p{L}\p{N}-]+){1,4})?\s*[:,\u2014\u2013-]?\s*$/iu;

/** "En palabras del canciller X, «…»", "la amenaza de X de «…»", "la amenaza de X de atacar «…»": a Spanish speech noun owned with "de". */
const SPEECH_NOUN_DE = /(?:palabras|amenaza|advertencia|promesa|mensaje|declaraciones)\s+(?:de|del)\s+[^,;.:]{0,30}$/iu;
const AFTER_SPEECH_NOUN_DE = /^\s*(?:,|:|de que|de|de\s+\p{L}+(?:ar|er|ir)(?:\s+[\p{L}\p{N}-]+){0,3})?\s*$/iu;

/** "X's remark on Jan. 8 that the port would '…'": a quote inside the clause a possessed speech noun introduces. */
const POSSESSED_THAT =
  /^['\u2019]s\s+(?:(?:repeated|latest|earlier|new|recent|public)\s+)?(?:threats?|warnings?|promises?|pledges?|vows?|claims?|remarks?|statements?|comments?|assertions?|insistence|boasts?)(?:\s+(?:on|in|at|last|this)\s+[^,;:!?"\u201c\u201d\u00ab\u00bb]{1,30}?)?\s+that\s+[^;:!?"\u201c\u201d\u00ab\u00bb]{1,100}$/iu;

/** "Trump's threat to '…'", "en palabras de X, «…»": the quote right after a possessed speech noun is the possessor's. */
function speechPossessor(input: Pick<AttributionInput, 'text' | 'mentions' | 'frameStart' | 'open'>): ActorId | null {
  for (const m of input.mentions) {
    if (m.start < input.frameStart || m.end > input.open || input.open - m.end > 160) continue;
    if (POSSESSED_THAT.test(input.text.slice(m.end, input.open))) return m.actor;
  }
  for (let k = input.mentions.length - 1; k >= 0; k -= 1) {
    const m = input.mentions[k];
    if (!m || m.end > input.open) continue;
    const between = input.text.slice(m.end, input.open);
    if (POSSESSED_SPEECH.test(between)) return m.actor;
    const before = input.text.slice(Math.max(input.frameStart, m.start - 50), m.start);
    return AFTER_SPEECH_NOUN_DE.test(between) && SPEECH_NOUN_DE.test(before) ? m.actor : null;
  }
  return null;
}

/** The owner of a speech noun right before a quote ("Trump's vow to begin '…'"), which makes even one word a quote. */
export function speechOwner(text: string, mentions: readonly ActorMention[], frameStart: number, open: number): ActorId | null {
  return speechPossessor({ text, mentions, frameStart, open });
}

/** A dash after a quote, before its signature. */
const SIGNATURE_DASH = /^\s*[,.]?\s*[\u2013\u2014-]\s*$/u;

/**
 * '"…" – Jane Roe, 13 January 2026', '«…» —Jane Roe': a quote standing alone,
 * signed after a dash by a name, is that person's.
 */
function signature(input: AttributionInput): ActorId | null {
  if (input.before.length > 0) return null;
  const m = input.mentions.find((x) => x.start >= input.close);
  if (!m || !SIGNATURE_DASH.test(input.text.slice(input.close, m.start))) return null;
  const rest = input.after.filter((w) => w.start >= m.end);
  return /^\s*(?:,|$)/u.test(input.text.slice(m.end, m.end + 2)) && !hasCue(rest) ? m.actor : null;
}

export function attributeQuote(input: AttributionInput): ActorId | null {
  return (
    signature(input) ??
    relativeClauseSpeaker(input) ??
    speechPossessor(input) ??
    trailing(input) ??
    leading(input) ??
    colonIntroducer(input.text, input.mentions, input.frameStart, input.open) ??
    (input.colon ? clauseSubject(input, input.open) : null)
  );
}

/**
 * "Dijo que espera hablar con X «…»": a sentence that opens with a conjugated
 * Spanish speech verb carries its subject over from before. Returns the verb's
 * start, for the caller to look for that subject before it.
 */
export function initialSpanishCue(input: AttributionInput): number | null {
  const first = input.before[0];
  if (!first) return null;
  if (spanishFiniteAt(input.before, 0) !== -1) return /^[\s"'\u201c\u00ab\u00bf\u00a1(]*$/u.test(input.text.slice(input.frameStart, first.start)) ? first.start : null;
  // "También dijo que…", "Luego advirtió…": one adverb glued to the verb; "Según relató…": as the subject recounted.
  const second = input.before[1];
  if (first.key === 'segun' && second && spanishFiniteAt(input.before, 1) !== -1) {
    return /^[\s"'\u201c\u00ab\u00bf\u00a1(]*$/u.test(input.text.slice(input.frameStart, first.start)) ? second.start : null;
  }
  if (SUBJECTLESS_ADVERBS.has(first.key) && second && spanishFiniteAt(input.before, 1) !== -1 && /^\s+$/u.test(input.text.slice(first.end, second.start))) {
    return /^[\s"'\u201c\u00ab\u00bf\u00a1(]*$/u.test(input.text.slice(input.frameStart, first.start)) ? second.start : null;
  }
  // "Tras la llamada, escribió que…", "Este martes, insistió en que…", "Cuestionada sobre X, respondió…": a leading adverbial, then the verb.
  if (!ADVERBIAL_OPENERS.has(first.key) && !ASKED_OPENER.test(first.key)) return null;
  for (let j = 1; j < input.before.length && j <= MAX_ADVERBIAL_WORDS; j += 1) {
    const w = input.before[j];
    if (!w) break;
    if (!/,\s*$/u.test(input.text.slice(input.before[j - 1]?.end ?? w.start, w.start))) continue;
    // "Preguntada por la tarde, durante un acto, por el mensaje de X, respondió": several phrases may come first.
    if (spanishFiniteAt(input.before, j) === -1) {
      // Only another adverbial phrase: "Tras la llamada, el vocero, molesto, respondió" has a subject of its own.
      if (PREPOSITIONS.has(w.key) || ADVERBIAL_OPENERS.has(w.key)) continue;
      return null;
    }
    const named = input.mentions.some((m) => m.start < w.start && !inPrepositionalPhrase(input.text, m, input.frameStart, PREPOSITIONS));
    return named ? null : w.start;
  }
  return null;
}

/** Adverbs that may open a sentence right before its subjectless verb: "También dijo…". */
const SUBJECTLESS_ADVERBS = new Set(['y', 'e', 'tambien', 'ademas', 'luego', 'despues', 'asimismo', 'incluso', 'finalmente', 'posteriormente', 'igualmente', 'tampoco']);

/** Words that open a Spanish adverbial phrase before the verb: "Tras la llamada,", "Este martes,", "En la mañanera,". */
const ADVERBIAL_OPENERS = new Set([
  'tras', 'despues', 'antes', 'durante', 'este', 'esta', 'en', 'ayer', 'hoy', 'luego', 'ademas', 'al', 'desde', 'mas',
  'posteriormente', 'asimismo', 'horas', 'dias', 'minutos', 'poco', 'ese', 'esa', 'aquel', 'por',
  // "Sin embargo, advirtió que…": a connective, then the verb.
  'sin',
]);
const MAX_ADVERBIAL_WORDS = 20;
/** "Cuestionada sobre…", "Consultado por la prensa…", "Preguntada si…": the subject was asked, then answers. */
const ASKED_OPENER = /^(?:cuestionad|consultad|interrogad|preguntad|entrevistad|abordad)[oa]s?$/u;

/** Whether any speech cue is in these words. */
export function hasCue(words: readonly WordToken[]): boolean {
  return words.some((_, j) => isCueWord(words, j));
}

/**
 * "«…», subrayó." — a Spanish verb right after the quote with no subject: the
 * speaker is the subject carried over from before (resolved by the caller).
 */
export function hasBareSpanishCue(input: AttributionInput): boolean {
  if (limitedToSaying(input.after)) return true;
  // "«…», subrayó", and the perfect of live blogs: "«…», ha afirmado".
  const verb = spanishFiniteAt(input.after, 0);
  const first = input.after[verb];
  if (!first) return false;
  const next = input.after[verb + 1];
  // "«…», dijo la especialista": a subject described but not resolved is someone, not the one carried over.
  if (next && DEFINITE_ARTICLES.has(next.key) && isOccupationNoun(input.after[verb + 2]?.key ?? '')) return false;
  // "«…», admitió uno de ellos": an unnamed subject of its own.
  if (next && ANONYMOUS_SUBJECTS.has(next.key)) return false;
  return !input.mentions.some((m) => m.start >= first.end && (next === undefined || m.start <= next.start));
}

const DEFINITE_ARTICLES = new Set(['el', 'la', 'los', 'las']);
/** Pronouns that name no one: "uno de ellos", "otra", "alguien". */
const ANONYMOUS_SUBJECTS = new Set(['uno', 'una', 'otro', 'otra', 'alguno', 'alguna', 'alguien', 'ninguno', 'ninguna', 'varios', 'varias', 'ambos', 'ambas', 'ellos', 'ellas']);

/** Verbs of "se limitó a decir", "atinó a responder": the speaker did no more than say it. */
const ONLY_SAYING = new Set(['limito', 'limita', 'atino', 'alcanzo']);

/** "«…», se limitó a decir." — a subjectless frame with an infinitive of saying after it. */
function limitedToSaying(after: readonly WordToken[]): boolean {
  const k = after[0]?.key === 'se' ? 1 : 0;
  return ONLY_SAYING.has(after[k]?.key ?? '') && after[k + 1]?.key === 'a' && /^(?:decir|responder|contestar|comentar|senalar|afirmar|agregar|explicar|expresar)$/u.test(after[k + 2]?.key ?? '');
}
