/**
 * Spanish speech verbs with no subject of their own ("«…», subrayó", "Dijo que
 * …", "Tras la llamada, escribió que…"): they tell the caller to carry the
 * subject over from before. A subject described but not resolved ("dijo la
 * especialista") or anonymous ("admitió uno de ellos") carries nothing.
 */
import type { WordToken } from '../actors/word-tokens';
import { isOccupationNoun } from '../actors/generic-role-nouns';
import { inPrepositionalPhrase } from './clause-position';
import { spanishFiniteAt } from './speech-cues';
import type { AttributionInput } from './attribution-input';
import { PREPOSITIONS } from './clause-subject';
import { DEFINITE_ARTICLES } from './speaker-after-cue';

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
const SUBJECTLESS_ADVERBS = new Set([
  'y', 'e', 'tambien', 'ademas', 'luego', 'despues', 'asimismo', 'incluso', 'finalmente', 'posteriormente', 'igualmente', 'tampoco',
  // "Lo resumió así:", "Le respondió:": an object pronoun glued to the verb ("se" is left out: "Se dijo que…" is impersonal).
  'lo', 'la', 'le', 'les', 'me', 'nos',
]);

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
  // "«…», admitió uno de ellos", "«…», resume un diplomático": an unnamed subject of its own.
  if (next && ANONYMOUS_SUBJECTS.has(next.key)) return false;
  return !input.mentions.some((m) => m.start >= first.end && (next === undefined || m.start <= next.start));
}

/** Pronouns that name no one: "uno de ellos", "otra", "alguien". */
const ANONYMOUS_SUBJECTS = new Set(['un', 'unos', 'unas', 'uno', 'una', 'otro', 'otra', 'alguno', 'alguna', 'alguien', 'ninguno', 'ninguna', 'varios', 'varias', 'ambos', 'ambas', 'ellos', 'ellas']);

/** Verbs of "se limitó a decir", "atinó a responder": the speaker did no more than say it. */
const ONLY_SAYING = new Set(['limito', 'limita', 'atino', 'alcanzo']);

/** "«…», se limitó a decir." — a subjectless frame with an infinitive of saying after it. */
function limitedToSaying(after: readonly WordToken[]): boolean {
  const k = after[0]?.key === 'se' ? 1 : 0;
  return ONLY_SAYING.has(after[k]?.key ?? '') && after[k + 1]?.key === 'a' && /^(?:decir|responder|contestar|comentar|senalar|afirmar|agregar|explicar|expresar)$/u.test(after[k + 2]?.key ?? '');
}
