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
import { isCueWord, isParticipleCue, isSourceCue, isSpanishFiniteCue } from './speech-cues';

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
]);
const AFTER_CUE_SKIP = new Set([
  'the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'to', 'con', 'agency', 'newspaper', 'network', 'outlet',
  'agencia', 'diario', 'periodico', 'cadena', 'medio', 'informo', 'reporto', 'publico', 'indico', 'senalo', 'dijo',
]);

/** Words that may stand between a subject and its verb: "Sotelo on Monday said", "la presidenta también dijo". */
const GAP_WORDS = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'previously', 'again', 'publicly', 'reportedly', 'would', 'will', 'once',
  'repeatedly', 'further', 'first', 'earlier', 'today', 'yesterday', 'on', 'this', 'last', 'late', 'early', 'morning',
  'afternoon', 'evening', 'night', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'tambien', 'ya', 'ademas', 'luego', 'despues', 'este', 'esta', 'el', 'hoy', 'ayer', 'nuevamente', 'incluso', 'le', 'les',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'manana', 'tarde', 'noche', 'se', 'lo', 'no',
  'not', 'never', 'nunca', 'only', 'solo', 'simply', 'flatly', 'firmly', 'quickly', 'directly', 'personally',
]);

/** Whether `m` is the subject of a cue word at `cueStart`: close before it, possibly past one ", … ," aside. */
function subjectOf(text: string, m: ActorMention, cueStart: number): boolean {
  if (m.end > cueStart || cueStart - m.end > MAX_SUBJECT_GAP) return false;
  const between = text.slice(m.end, cueStart);
  if (/^['\u2019]s\b/u.test(between) || /[;:.!?]/u.test(between)) return false;
  // "the minister, Juan Pérez, said": the comma closing an apposition.
  const withoutAside = between.replace(/,[^,]*,/u, ' ').replace(/^\s*,/u, ' ');
  if (withoutAside.includes(',')) return false;
  const gap = foldKey(withoutAside).match(/[\p{L}\p{N}]+/gu) ?? [];
  return gap.length <= MAX_GAP_WORDS && gap.every((w) => GAP_WORDS.has(w));
}

/** "A senior U.S. official said", "White House spokesman X": a name followed by a role noun only modifies it. */
function isModifier(text: string, m: ActorMention): boolean {
  const next = /^\.?\s+([\p{L}\p{M}]+)/u.exec(text.slice(m.end, m.end + 40))?.[1];
  return next !== undefined && /^\p{Ll}/u.test(next) && isRoleNoun(foldKey(next));
}

/** The first mention of the clause in subject position (not after a preposition, not a possessive). */
function clauseSubject(input: AttributionInput, limit: number): ActorId | null {
  const { text, mentions, frameStart } = input;
  for (const m of mentions) {
    if (m.start < frameStart || m.end > limit) continue;
    const before = text.slice(Math.max(frameStart, m.start - 12), m.start).trim().toLowerCase();
    const prevWord = before.split(/[^\p{L}]+/u).filter(Boolean).pop() ?? '';
    if (PREPOSITIONS.has(prevWord) || isModifier(text, m)) continue;
    if (/^['\u2019]s\b/u.test(text.slice(m.end, m.end + 3))) continue;
    return m.actor;
  }
  return null;
}

/**
 * A mention right after a cue, past articles and a title: "said Jane Roe",
 * "según el ministro de Defensa, Rafael Ibarra".
 */
function mentionAfter(input: Pick<AttributionInput, 'mentions'>, words: readonly WordToken[], cueIndex: number): ActorId | null {
  for (let j = cueIndex + 1, n = 0; j < words.length && n < 8; j += 1, n += 1) {
    const w = words[j];
    if (!w) break;
    const m = input.mentions.find((x) => x.start === w.start);
    if (m) return m.actor;
    const titleWord = isTitle(w.key) || isDomainWord(w.key) || isNameParticle(w.key) || w.key === 'of' || demonymCountry(w.key) !== null;
    if (!AFTER_CUE_SKIP.has(w.key) && !w.capitalized && !titleWord) return null;
  }
  return null;
}

function nearestSubject(input: AttributionInput, cue: WordToken, from: number): ActorId | null {
  return subjectBefore(input.text, input.mentions, cue.start, from);
}

/** The subject of a speech verb at `cueStart`: the closest mention before it in subject position. */
export function subjectBefore(text: string, mentions: readonly ActorMention[], cueStart: number, from: number): ActorId | null {
  let best: ActorMention | null = null;
  for (const m of mentions) {
    if (m.start < from || m.end > cueStart) continue;
    if (subjectOf(text, m, cueStart) && !isModifier(text, m) && (!best || m.end >= best.end)) best = m;
  }
  return best?.actor ?? null;
}

/** The source named right after "according to" / "según" (word `cueIndex`), past articles and titles. */
export function sourceAfter(mentions: readonly ActorMention[], words: readonly WordToken[], cueIndex: number): ActorId | null {
  return mentionAfter({ mentions }, words, cueIndex);
}

function trailing(input: AttributionInput): ActorId | null {
  const words = input.after.slice(0, 8);
  const cueIndex = words.findIndex((_, j) => isCueWord(words, j));
  const cue = words[cueIndex];
  if (!cue) return null;
  if (isSourceCue(cue.key, words[cueIndex + 1]?.key)) return mentionAfter(input, words, cueIndex + (cue.key === 'segun' ? 0 : 1));
  return nearestSubject(input, cue, input.close) ?? mentionAfter(input, words, cueIndex);
}

function leading(input: AttributionInput): ActorId | null {
  const words = input.before;
  for (let j = words.length - 1; j >= 0; j -= 1) {
    const w = words[j];
    if (!w || !isCueWord(words, j)) continue;
    if (isSourceCue(w.key, words[j + 1]?.key)) return mentionAfter(input, words, j + (w.key === 'segun' ? 0 : 1));
    const commaBefore = /,\s*$/u.test(input.text.slice(Math.max(input.frameStart, w.start - 3), w.start));
    if (isParticipleCue(w.key) && commaBefore) return clauseSubject(input, w.start);
    return nearestSubject(input, w, input.frameStart) ?? mentionAfter(input, words, j) ?? clauseSubject(input, w.start);
  }
  return null;
}

const RELATIVE_PRONOUNS = new Set(['who', 'quien', 'quienes']);
/** Words a relative clause may hold before the quote it introduces: "who said that the plan was 'dead'". */
const MAX_RELATIVE_WORDS = 10;

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

export function attributeQuote(input: AttributionInput): ActorId | null {
  return (
    relativeClauseSpeaker(input) ??
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
  if (!first || !isSpanishFiniteCue(first.key)) return null;
  return /^[\s"'\u201c\u00ab\u00bf\u00a1(]*$/u.test(input.text.slice(input.frameStart, first.start)) ? first.start : null;
}

/** Whether any speech cue is in these words. */
export function hasCue(words: readonly WordToken[]): boolean {
  return words.some((_, j) => isCueWord(words, j));
}

/**
 * "«…», subrayó." — a Spanish verb right after the quote with no subject: the
 * speaker is the subject carried over from before (resolved by the caller).
 */
export function hasBareSpanishCue(input: AttributionInput): boolean {
  const first = input.after[0];
  if (!first || !isSpanishFiniteCue(first.key)) return false;
  const next = input.after[1];
  return !input.mentions.some((m) => m.start >= first.end && (next === undefined || m.start <= next.start));
}
