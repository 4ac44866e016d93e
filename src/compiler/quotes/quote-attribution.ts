/**
 * Who said a quote. In order: the antecedent of a relative clause that
 * introduces it ("el presidente X, quien dijo que «…», la mandataria
 * respondió" is X's); an attribution right after it ("…,' Odell
 * stated", "…», afirmó la canciller Ruiz"); the subject of the last speech verb
 * before it ("Sotelo declared on Friday, …", "She warned Odell that Halden
 * would 'never accept'", "X, speaking in Miami, said"); the source of "according
 * to"/"según"; a name right before a headline colon ("Roe: capture 'a
 * message'"); the subject of a colon introduction ("He questioned the approach:
 * '…'"). Pronouns and descriptions arrive already resolved as mentions. It
 * refuses to guess: with no cue and no colon, or no mention in the right place,
 * the speaker is null.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { WordToken } from '../actors/word-tokens';
import { MONTHS } from '../dates/lexicon';
import { isCueWord, isParticipleCue, isSourceCue } from './speech-cues';
import type { AttributionInput } from './attribution-input';
import { GAP_WORDS, withoutInitialDots, clauseSubject, subjectBefore } from './clause-subject';
import { mentionAfter, MAX_PHRASE_WORDS, AUDIENCE_VERBS, speakerAfter, claimantAfter, DEFINITE_ARTICLES } from './speaker-after-cue';
import { colonIntroducer, speechPossessor } from './speech-possessor';

function nearestSubject(input: AttributionInput, cue: WordToken, from: number): ActorId | null {
  return subjectBefore(input.text, input.mentions, cue.start, from);
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

/**
 * Whether the words after a quote up to the verb at `cueIndex` are one capitalised run, a long title and the name
 * it heads, closed by the verb: '"…," First Assistant U.S. Attorney Jane Roe said'.
 */
function titledNameThenCue(input: AttributionInput, words: readonly WordToken[], cueIndex: number): boolean {
  const cue = words[cueIndex];
  const name = cue && input.mentions.find((m) => m.end <= cue.start && /^\s+$/u.test(input.text.slice(m.end, cue.start)));
  if (!name || name.start < input.close) return false;
  const run = words.slice(0, cueIndex).filter((w) => w.start < name.start);
  return run.every((w) => w.capitalized) && /^[\s,"'\u201d\u2019\u00bb]*$/u.test(input.text.slice(input.close, words[0]?.start ?? input.close));
}

function trailing(input: AttributionInput): ActorId | null {
  const words = input.after.slice(0, MAX_TRAILING_CUE + MAX_PHRASE_WORDS);
  const cueIndex = words.findIndex((_, j) => j < MAX_TRAILING_CUE && isCueWord(words, j));
  const cue = words[cueIndex];
  if (!cue) return null;
  // '«…» y en ella el mandatario no planteó…', '"…" but the minister denied': a conjunction opens a clause of its own.
  if (cueIndex > 0 && CONJUNCTIONS.has(words[0]?.key ?? '')) return null;
  // '"…" against the cartels, and X answered that…': a clause joined after a comma has a verb of its own.
  if (words.slice(1, cueIndex).some((w, k) => CONJUNCTIONS.has(w.key) && /,\s*$/u.test(input.text.slice(words[k]?.end ?? w.start, w.start)))) return null;
  // 'X called it "a great call"; Y said …': past a semicolon, the verb is another clause's.
  if (input.text.slice(input.close, cue.start).includes(';')) return null;
  // '"…" y que X ha respondido a…': a verb inside the reported clause that goes on after the quote is not its speaker's.
  if (words.slice(0, cueIndex).some((w) => w.key === 'que' || w.key === 'that')) return null;
  // A verb this far from the quote is its speaker's only past a name and its aside: '"…," Jane Roe, a fellow at X, told me.'
  if (cueIndex >= MAX_NEAR_CUE && !nameThenAside(input, words, cueIndex) && !titledNameThenCue(input, words, cueIndex)) return null;
  if (isSourceCue(cue.key, words[cueIndex + 1]?.key)) return mentionAfter(input, words, cueIndex + (cue.key === 'segun' ? 0 : 1));
  return nearestSubject(input, cue, input.close) ?? speakerAfter(input, words, cueIndex);
}

function leading(input: AttributionInput): ActorId | null {
  const words = input.before;
  for (let j = words.length - 1; j >= 0; j -= 1) {
    const w = words[j];
    if (!w || !isCueWord(words, j)) continue;
    if (isSourceCue(w.key, words[j + 1]?.key)) {
      const at = j + (w.key === 'segun' ? 0 : 1);
      return mentionAfter(input, words, at) ?? subjectAroundSource(input, w) ?? (ownAccount(words, at) ? clauseSubject(input, w.start) : null);
    }
    // '…was "too slow," adding:': the comma may sit inside the closing quotation mark.
    const commaBefore = /,["'\u201d\u2019\u00bb]?\s*$/u.test(input.text.slice(Math.max(input.frameStart, w.start - 4), w.start));
    if (isParticipleCue(w.key) && commaBefore) return clauseSubject(input, w.start);
    if (PASSIVE_AGENT.has(words[j + 1]?.key ?? '') && /(?:ed|ad[oa]s?|id[oa]s?)$/u.test(w.key)) return passiveAgent(input, words, j);
    return claimantAfter(input, words, j) ?? nearestSubject(input, w, input.frameStart) ?? speakerAfter(input, words, j) ?? ownClauseSubject(input, w.start);
  }
  return null;
}

const PASSIVE_AGENT = new Set(['by', 'por']);

const POSSESSIVES = new Set(['her', 'his', 'their', 'su', 'sus']);
const ACCOUNT_NOUNS = new Set(['account', 'accounts', 'version', 'versions', 'telling', 'recollection', 'relato', 'cuenta', 'versiones']);

/**
 * "X told Y, according to her own account, that …", "X le dijo a Y, según su propia versión, que …": a source that is
 * the subject's own account leaves the words to the clause's subject. `at` is the cue's last word.
 */
function ownAccount(words: readonly WordToken[], at: number): boolean {
  let k = at + 1;
  if (!POSSESSIVES.has(words[k]?.key ?? '')) return false;
  k += 1;
  if (['own', 'propia', 'propio'].includes(words[k]?.key ?? '')) k += 1;
  return ACCOUNT_NOUNS.has(words[k]?.key ?? '');
}

/** The source phrase set off by commas right before the quote: "según la misma fuente, «", "according to aides, \"". */
const SOURCE_ASIDE_TO_QUOTE = /^[^,;:.!?]*,\s*$/u;

/**
 * 'X, según la misma fuente, «reconoció los avances»', 'X, according to aides,
 * "wants out"': a source that names no one, set off by commas between a subject
 * and the quoted words, leaves them to that subject.
 */
function subjectAroundSource(input: AttributionInput, cue: WordToken): ActorId | null {
  if (!SOURCE_ASIDE_TO_QUOTE.test(input.text.slice(cue.end, input.open))) return null;
  const comma = /,\s*$/u.exec(input.text.slice(input.frameStart, cue.start));
  return comma ? clauseSubject(input, input.frameStart + comma.index) : null;
}

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

/**
 * A written statement, then "in which" or a condemnation: "un comunicado en el que (condenó) «…»", "a statement
 * in which \"…\"", "a statement condemning \"…\"". A condemnation counts as speech only here: "The board has condemned
 * the raid, with its chair warning that …" leaves the words to whoever warned.
 */
const STATEMENT_IN_WHICH =
  /(?<![\p{L}])(?:statement|communiqu[eé]|comunicado|bolet[ií]n)\s+(?:(?:en\s+(?:el|la)\s+que|in\s+which)(?:\s+(?:condemn(?:ed|s)|conden(?:ó|a|aron)))?|condemning|condenando)\s*$/iu;
/** The verb that issued a statement, before its article and up to two adjectives: "issued a strongly worded", "ha difundido un". */
const ISSUING_VERB = /(?<![\p{L}])[\p{L}]+\s+(?:a|an|the|its|their|un|una|el|su|sus)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "La Junta ha difundido un comunicado en el que «condena…» la huelga", "issued a statement condemning '…'": words
 * quoted right where a statement says them are the words of who issued it, the subject of the clause the statement
 * is named in.
 */
function statementInWhich(input: AttributionInput): ActorId | null {
  const m = STATEMENT_IN_WHICH.exec(input.text.slice(input.frameStart, input.open));
  if (!m) return null;
  const issued = ISSUING_VERB.exec(input.text.slice(input.frameStart, input.frameStart + m.index));
  if (!issued) return null;
  // The subject of the clause whose verb issued the statement ("X, por su parte, emitió un comunicado"), named close
  // before that verb: a name far back may stand in an opening phrase of its own ("Hours after the raid that took X, …").
  const verb = input.frameStart + issued.index;
  const subject = ownClauseSubject(input, verb);
  return input.mentions.some((x) => x.actor === subject && x.end <= verb && verb - x.end <= MAX_ISSUER_GAP) ? subject : null;
}

/** How far before the verb that issued a statement its subject's name may end: "X, por su parte, emitió". */
const MAX_ISSUER_GAP = 40;

export function attributeQuote(input: AttributionInput): ActorId | null {
  return (
    signature(input) ??
    relativeClauseSpeaker(input) ??
    speechPossessor(input) ??
    trailing(input) ??
    leading(input) ??
    statementInWhich(input) ??
    colonIntroducer(input.text, input.mentions, input.frameStart, input.open) ??
    (input.colon ? clauseSubject(input, input.open) : null)
  );
}

/** Whether any speech cue is in these words. */
export function hasCue(words: readonly WordToken[]): boolean {
  return words.some((_, j) => isCueWord(words, j));
}
