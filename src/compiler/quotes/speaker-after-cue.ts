/**
 * The speaker named after a speech verb: "said Jane Roe", "según el ministro de
 * Defensa, Rafael Ibarra", "explicó a EL DIARIO el politólogo X", "rejected the
 * Harbor Board's claim that…". The audience of "told" or "dijo a", a name that
 * opens the reported clause and the one asked to act are never the speaker.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { WordToken } from '../actors/word-tokens';
import { demonymCountry, isDomainWord, isNameParticle, isRoleNoun, isTitle } from '../actors/actor-lexicon';
import { isOccupationNoun } from '../actors/generic-role-nouns';
import { apposedName, titleRunAfter } from './title-apposition';
import type { AttributionInput } from './attribution-input';
import { PREPOSITIONS, GAP_WORDS, OF_WORDS, TITLE_AFTER } from './clause-subject';

const AFTER_CUE_SKIP = new Set([
  'the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'to', 'con', 'agency', 'newspaper', 'network', 'outlet',
  'agencia', 'diario', 'periodico', 'cadena', 'medio', 'informo', 'reporto', 'publico', 'indico', 'senalo', 'dijo',
  // "según la versión de la mandataria", "according to the account of X": whose account it is comes after.
  'version', 'versiones', 'account', 'relato',
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

/**
 * A mention right after a cue, past articles and a title: "said Jane Roe",
 * "según el ministro de Defensa, Rafael Ibarra".
 */
export function mentionAfter(input: Pick<AttributionInput, 'mentions' | 'text'>, words: readonly WordToken[], cueIndex: number): ActorId | null {
  let phrase = false;
  let personTitle = false;
  let complementAt = -1;
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
    // "said Norland Rep. Jane Roe", "said Harbor Board Chair Jane Roe": a place or body before a title only modifies the name after it.
    if (m && (TITLE_AFTER.test(input.text.slice(m.end, m.end + 24)) || (titleRunAfter(input.text, m.end) && !endsSentence(input.text, m)))) continue;
    if (m && personTitle && OF_WORDS.has(words[j - 1]?.key ?? '')) {
      // "sostuvo el titular de la Secretaría", "said the head of the Harbor Board": the body is where the speaker works, not who speaks.
      const name = input.mentions.find((x) => x.start >= m.end && /^\s*,?\s*$/u.test(input.text.slice(m.end, x.start)));
      if (!name) return null;
      // The body's own words are not counted against the reach: "de la Junta de Puertos del Sur, X".
      while ((words[j + 1]?.start ?? Infinity) < m.end) j += 1;
      continue;
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
    // "dijo el coordinador de los senadores del PVA, X", "said the head of the port workers' union, X": common nouns
    // after "title of" name what the title heads, and one adjective may follow them ("de los senadores priistas").
    const complement = personTitle && !w.capitalized && (OF_WORDS.has(words[j - 1]?.key ?? '') || complementAt === j - 1) && !OF_WORDS.has(w.key);
    if (complement) {
      complementAt = OF_WORDS.has(words[j - 1]?.key ?? '') ? j : -1;
      n -= 1;
      continue;
    }
    // "said Acting Under Secretary for Terrorism and Financial Intelligence Jane Roe": a title's capitalised domain is not counted against the reach.
    if (personTitle && w.capitalized && !isTitle(w.key)) n -= 1;
    if (isTitle(w.key) && !isDomainWord(w.key)) personTitle = true;
    const domainJoin = personTitle && (w.key === 'for' || w.key === 'and');
    const titleWord = isTitle(w.key) || isDomainWord(w.key) || isNameParticle(w.key) || w.key === 'of' || domainJoin || demonymCountry(w.key) !== null;
    // "dijo entonces Ortega", "said on Monday Jane Roe": time words stand between the verb and its subject.
    // "afirmó el investigador costeño X", "said the veteran analyst X": one adjective after the title.
    const adjective =
      (isTitle(words[j - 1]?.key ?? '') && !isTitle(words[j - 2]?.key ?? '') && words[j + 1]?.capitalized === true) ||
      (!isTitle(words[j - 1]?.key ?? '') && isTitle(words[j + 1]?.key ?? ''));
    if (!AFTER_CUE_SKIP.has(w.key) && !GAP_WORDS.has(w.key) && !AFTER_CUE_ADVERBS.has(w.key) && !w.capitalized && !titleWord && !adjective) return null;
  }
  return null;
}

/** "according to the Harbor Board. Security Secretary X said": a full stop after a word, not after an initial ("U.S."), ends the sentence. */
function endsSentence(text: string, m: ActorMention): boolean {
  return text.charAt(m.end) === '.' && !/(?:^|[.\s])\p{Lu}$/u.test(text.slice(m.start, m.end));
}

/** Prepositions opening a phrase between a Spanish verb and its subject: "opinó en declaraciones a DW el analista X". */
const POSTVERBAL_PHRASE = new Set(['en', 'durante', 'ante', 'desde']);
export const MAX_PHRASE_WORDS = 14;

/** Whether a word after an article starts a person's description or name: "el politólogo", "la senadora", "el Ferrer". */
function describesPerson(input: Pick<AttributionInput, 'mentions'>, w: WordToken | undefined): boolean {
  if (!w) return false;
  return isTitle(w.key) || isRoleNoun(w.key) || isOccupationNoun(w.key) || input.mentions.some((m) => m.start === w.start);
}

/** An auxiliary right after a mention: it opens the clause that was said. */
const REPORTED_CLAUSE_VERB = /^\s+(?:would|will|was|were|is|are|had|has|have|could|should|must|might|may|can|did|does|do)\b/u;
/** A quotation mark opening right after a mention. */
const QUOTE_AFTER = /^\s*["'\u201c\u2018\u00ab]/u;

/** Verbs whose object is the audience: "told Reuters", "tell reporters". */
export const AUDIENCE_VERBS = new Set(['told', 'tell', 'tells', 'telling']);
/** "dijo a MILENIO", "said to reporters": what follows is the audience. */
const AUDIENCE_PREPOSITIONS = new Set(['a', 'al', 'to']);

/** The speaker named right after a speech verb ("said Jane Roe"), never its audience ("told Reuters", "dijo a MILENIO"). */
export function speakerAfter(input: AttributionInput, words: readonly WordToken[], cueIndex: number): ActorId | null {
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
export function claimantAfter(input: AttributionInput, words: readonly WordToken[], cueIndex: number): ActorId | null {
  const next = words[cueIndex + 1];
  const start = next?.key === 'the' ? words[cueIndex + 2]?.start : next?.start;
  const m = input.mentions.find((x) => x.start === start || (next !== undefined && x.start === next.start));
  return m && isPossessor(input.text, m) && ownsSpeech(input.text, m) ? m.actor : null;
}

export const DEFINITE_ARTICLES = new Set(['el', 'la', 'los', 'las']);
