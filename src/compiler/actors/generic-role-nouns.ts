/**
 * Words that describe someone without naming them by office: Spanish
 * occupation nouns ("el funcionario", "la especialista"), whose article states
 * a gender, and capitalised names no mention covers, which such a noun may
 * describe. How they are resolved is decided in role-mentions.ts.
 */
import { demonymCountry, titleGender } from './actor-lexicon';
import { givenNameGender, isGivenName } from './first-names';
import type { ParagraphWords } from './paragraph-words';
import { isSpeechCue } from '../quotes/speech-cues';

/**
 * Spanish nouns that describe a person by occupation, not by office: "aseguró el
 * funcionario", "la legisladora escribió", "según la especialista". The article
 * states the gender, which picks the most recent person of that gender.
 */
export const GENERIC_NOUNS = new Set([
  'funcionario', 'funcionaria', 'legislador', 'legisladora', 'especialista', 'analista', 'investigador', 'investigadora',
  'economista', 'experto', 'experta', 'internacionalista', 'academico', 'academica',
]);
export const INDEFINITE = new Set(['un', 'una']);
/** Stands in the list of recent people for a name nobody resolved: the noun may describe that person, so nobody else gets it. */
export const UNKNOWN_PERSON = '\u0000unknown:';

/** Whether a folded word is a Spanish occupation noun ("funcionario", "especialista"). */
export function isOccupationNoun(key: string): boolean {
  return GENERIC_NOUNS.has(key);
}

/**
 * A person's name no mention covers: a given name and a capitalised word
 * ("Roberto Quiñones"), or two capitalised words in an apposition (", Ivo
 * Brask,"). Returns the gender the given name states, or "any" (a given name
 * used for both, or one only the library knows).
 */
export function unknownName(p: ParagraphWords, j: number, covered: readonly boolean[]): 'female' | 'male' | 'any' | null {
  const t = p.tokens[j];
  const next = p.tokens[j + 1];
  if (!t || !next || covered[j] || covered[j + 1] || !t.capitalized || !next.capitalized || (p.separators[j + 1] ?? '') !== ' ') return null;
  const gender = givenNameGender(t.key);
  if (gender) return gender;
  if (isGivenName(t.key)) return 'any';
  const apposition = (p.separators[j] ?? '').startsWith(',') && /^,/u.test(p.separators[j + 2] ?? '');
  return apposition ? 'any' : null;
}

/** A capitalised word before the next punctuation: "el especialista en seguridad X", "el investigador de la UNAM X" is a title. */
function titleOfName(p: ParagraphWords, j: number): boolean {
  for (let k = j + 1, n = 0; k < p.tokens.length && n < 5; k += 1, n += 1) {
    if (/[,.;:!?()]/u.test(p.separators[k] ?? '')) return false;
    // "el especialista consideró que Ruiz…": past a speech verb, the name is what was said about.
    if (isSpeechCue(p.tokens[k]?.key ?? '') || p.tokens[k]?.key === 'que') return false;
    if (p.tokens[k]?.capitalized) return true;
  }
  return false;
}

interface GenericNoun {
  start: number;
  end: number;
  gender: 'female' | 'male';
  country: string | null;
}

/** "el funcionario", "la especialista", "el funcionario estadounidense", not followed by a name. */
export function genericAt(p: ParagraphWords, j: number, covered: readonly boolean[]): GenericNoun | null {
  const t = p.tokens[j];
  const article = p.tokens[j - 1];
  if (!t || !article || covered[j] || covered[j - 1] || (article.key !== 'el' && article.key !== 'la') || (p.separators[j] ?? '') !== ' ') return null;
  const gender = titleGender(t.key, article.key);
  // "la funcionario" does not agree: no gender is stated.
  if (gender === null || (gender === 'female') !== (article.key === 'la')) return null;
  let end = t.end;
  let country: string | null = null;
  const after = p.tokens[j + 1];
  // Followed by a name, the noun is a title ("el funcionario Juan Pérez"), matched elsewhere.
  if (titleOfName(p, j)) return null;
  if (after && (p.separators[j + 1] ?? '') === ' ') {
    country = demonymCountry(after.key);
    if (country !== null) end = after.end;
  }
  return { start: article.start, end, gender, country };
}
