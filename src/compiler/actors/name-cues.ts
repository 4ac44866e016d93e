/**
 * The cues around a capitalised run that say a person is named there: a
 * speech verb right after it, or after a descriptive aside ("Jane Roe, a crane
 * operator from the east docks, says"), a speech verb before it, a relative
 * clause only a person takes ("X, who …"), a quotation it closes.
 */
import type { WordToken } from './word-tokens';
import { isCueWord, isSourceCue } from '../quotes/speech-cues';

export const ARTICLES = new Set(['a', 'an', 'the', 'el', 'la', 'un', 'una', 'its', 'his', 'her', 'su']);
const AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'previously', 'ha', 'habia', 'tambien', 'would', 'will', 'publicly', 'reportedly']);

/** Words an aside after a name may hold before its verb: "X, a crane operator from the east docks, says". */
const MAX_ASIDE_WORDS = 16;

/** The first word after ", … ," following `last`, when the aside opens in lower case; or -1. */
function pastAside(tokens: readonly WordToken[], separators: readonly string[], last: number): number {
  if (separators[last + 1] !== ', ' || tokens[last + 1]?.capitalized !== false) return -1;
  for (let j = last + 2; j < tokens.length && j <= last + MAX_ASIDE_WORDS; j += 1) {
    const sep = separators[j] ?? '';
    if (sep === ', ') return j;
    // "X, who has backed the administration's line, said": a possessive inside the aside.
    if (sep !== ' ' && sep !== '-' && sep !== "'" && sep !== '\u2019') return -1;
  }
  return -1;
}

export function cueAfter(tokens: readonly WordToken[], separators: readonly string[], last: number): boolean {
  if (cueRightAfter(tokens, separators, last)) return true;
  // "Rodrigo Roe, a software engineer, says": the verb after a descriptive aside.
  const next = pastAside(tokens, separators, last);
  return next !== -1 && cueRightAfter(tokens, separators, next - 1, true);
}

function cueRightAfter(tokens: readonly WordToken[], separators: readonly string[], last: number, afterComma = false): boolean {
  for (let j = last + 1, n = 0; j < tokens.length && n < 3; j += 1, n += 1) {
    const t = tokens[j];
    const sep = separators[j] ?? '';
    // Only a space: in "Roe, speaking aboard Harbor Wing One, said" the verb is not Harbor Wing One's.
    if (!t || (sep !== ' ' && !(afterComma && n === 0 && sep === ', '))) return false;
    if (isCueWord(tokens, j)) return true;
    if (!AUXILIARIES.has(t.key)) return false;
  }
  return false;
}

/** Words that open a clause or apposition only a person takes: "X, who is accused…", "X, acusado de…". */
const PERSON_CLAUSES = new Set(['who', 'quien', 'accused', 'acusado', 'acusada', 'senalado', 'senalada', 'identified', 'identificado', 'identificada']);

/** "Roberto Salazar, who is accused of…": like a speech verb, weak evidence that needs a known given name. */
export function personClauseAfter(tokens: readonly WordToken[], separators: readonly string[], last: number): boolean {
  return /^,\s*$/u.test(separators[last + 1] ?? '') && PERSON_CLAUSES.has(tokens[last + 1]?.key ?? '');
}

/** "Beto Roe, who drives a truck", "Ana Ruiz, quien vende flores": only a person is the antecedent of "who"/"quien". */
export function whoClauseAfter(tokens: readonly WordToken[], separators: readonly string[], last: number): boolean {
  return separators[last + 1] === ', ' && WHO.has(tokens[last + 1]?.key ?? '');
}
const WHO = new Set(['who', 'quien']);

/** Words that open an alias apposition: "X, alias 'El Contador',", "X, also known as …", "X, conocido como …", "X, apodado …". */
const ALIAS_OPENERS = new Set(['alias', 'aka', 'apodado', 'apodada']);
const KNOWN_AS = new Set(['known', 'conocido', 'conocida']);

/**
 * "Evaristo Roe, 51, was …", "Ana Ruiz, de 47 años,", "Ivo Brask, alias 'El Contable'", "X, also known as …":
 * an age or a nickname in an apposition only a person takes. Strong evidence: no given name is needed.
 */
export function ageOrAliasAfter(tokens: readonly WordToken[], separators: readonly string[], last: number): boolean {
  if (separators[last + 1] !== ', ') return false;
  const next = tokens[last + 1];
  if (!next) return false;
  if (ALIAS_OPENERS.has(next.key)) return true;
  // "also known as", "conocido como", "known in the indictment as".
  if (KNOWN_AS.has(next.key) || (next.key === 'also' && tokens[last + 2]?.key === 'known')) return true;
  // "de 51 años": the Spanish age, with its noun.
  const spanish = next.key === 'de' && separators[last + 2] === ' ' && (tokens[last + 3]?.key === 'anos' || tokens[last + 3]?.key === 'ano');
  const age = spanish ? tokens[last + 2] : next;
  if (!age || !/^\d{2}$/u.test(age.key) || Number(age.key) < 16) return false;
  // "Puerto Nieve, 13 de enero": an age stands alone in its commas (or before its noun, in Spanish).
  return spanish || (separators[last + 2] ?? ',').startsWith(',');
}

const CLOSING_QUOTE = /["\u201d\u00bb\u2019]/u;

/** "'…,' Derek Halvorsen said": the run follows a closing quotation mark and a speech verb follows it. */
export function closingQuoteBefore(separators: readonly string[], runFirst: number, cueFollows: boolean): boolean {
  return cueFollows && CLOSING_QUOTE.test(separators[runFirst] ?? '');
}

/** "'…,' said Derek Halvorsen": the speech verb right before the run follows a closing quotation mark. */
export function cueRightAfterQuote(tokens: readonly WordToken[], separators: readonly string[], runFirst: number): boolean {
  const verb = runFirst - 1;
  return verb >= 0 && (separators[runFirst] ?? '') === ' ' && isCueWord(tokens, verb) && CLOSING_QUOTE.test(separators[verb] ?? '');
}

export function cueBefore(tokens: readonly WordToken[], separators: readonly string[], first: number): boolean {
  for (let j = first - 1, n = 0; j >= 0 && n < 3; j -= 1, n += 1) {
    const t = tokens[j];
    if (!t) return false;
    if ((separators[j + 1] ?? '') !== ' ') return false;
    if (isCueWord(tokens, j) || isSourceCue(tokens[j - 1]?.key ?? '', t.key)) return true;
    if (!ARTICLES.has(t.key)) return false;
  }
  return false;
}
