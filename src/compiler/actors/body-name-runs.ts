/**
 * Where a body's name ends and a person's begins inside one capitalised run: an acronym in parentheses after a
 * body ("… Portuarias (Conpor)"), an acronym before a name ("de la UNAM Ana Ruiz Soto"), and a name written right
 * after the body a title belongs to ("de la Universidad de Portalba Marta Ivo Brask").
 */
import { isDomainWord, isNameParticle, isOrganizationWord, isTitle } from './actor-lexicon';
import { isGivenName } from './first-names';
import type { WordToken } from './word-tokens';

/** Longest acronym written in parentheses after a name. */
const MAX_ACRONYM = 12;

/**
 * "Red de Control de Delitos Financieros (FinCEN)", "Confederación de Cámaras Portuarias (Conpor)": one
 * capitalised word in parentheses right after the name, with two capitals or the initial of one of the name's words.
 */
export function parentheticalAcronym(tokens: readonly WordToken[], separators: readonly string[], first: number, runLast: number): number | null {
  const a = runLast + 1;
  const t = tokens[a];
  if (!t || !/ ?\($/u.test(separators[a] ?? '') || !/^\)/u.test(separators[a + 1] ?? ')') || !t.capitalized || t.folded.length < 2 || t.folded.length > MAX_ACRONYM) return null;
  const capitals = t.folded.replace(/[^\p{Lu}]/gu, '').length;
  const initial = t.key.charAt(0);
  return capitals >= 2 || tokens.slice(first, runLast + 1).some((w) => w.capitalized && w.key.startsWith(initial)) ? a : null;
}

/** "el investigador de la UNAM Ana Ruiz Soto": an acronym before two name words is the body, not part of the name. */
export function leadingAcronym(tokens: readonly WordToken[], at: number, runLast: number): boolean {
  const t = tokens[at];
  const next = tokens[at + 1];
  return t !== undefined && next !== undefined && runLast - at >= 2 && t.folded.length >= 2 && t.folded === t.folded.toUpperCase() && next.folded !== next.folded.toUpperCase();
}

/**
 * Where a person's name starts inside a body's name run after "title of": "Universidad de Portalba Marta Ivo
 * Brask" runs the body and the name together. The name follows the body's last "de" phrase: from a known given
 * name in it, or else after its first word (the place a body is "of"), and it has two words at least. Null when
 * the run names no body or its last phrase is too short to hold a name.
 */
export function nameAfterBodyAt(tokens: readonly WordToken[], runFirst: number, runLast: number): number | null {
  let particle = -1;
  for (let j = runLast; j > runFirst; j -= 1) {
    if ((isNameParticle(tokens[j]?.key ?? '') || tokens[j]?.key === 'of') && !tokens[j]?.capitalized) {
      particle = j;
      break;
    }
  }
  if (particle === -1 || !tokens.slice(runFirst, particle).some((t) => isOrganizationWord(t.key))) return null;
  const tail = tokens.slice(particle + 1, runLast + 1);
  if (tail.length < 3 || tail.some((t) => !t.capitalized || isOrganizationWord(t.key) || isTitle(t.key) || isDomainWord(t.key))) return null;
  const given = tail.findIndex((t, k) => k >= 1 && isGivenName(t.key));
  const at = given !== -1 && tail.length - given >= 2 ? given : 1;
  return particle + 1 + at;
}

/**
 * Where a person's name starts in a run after "title of" that holds the office's domain and then the name:
 * "Deputy Secretary of State Jane Roe", "Minister of Harbours Ana Ruiz Soto". The name starts at a known given
 * name after the domain's first word and has two words at least; the domain holds no given name and the name no
 * office or body word. Null otherwise (a place, a body or a name alone).
 */
export function nameAfterDomainAt(tokens: readonly WordToken[], runFirst: number, runLast: number): number | null {
  for (let k = runFirst + 1; k < runLast; k += 1) {
    if (!isGivenName(tokens[k]?.key ?? '')) continue;
    const name = tokens.slice(k, runLast + 1);
    if (name.some((t) => !t.capitalized || isOrganizationWord(t.key) || isTitle(t.key) || isDomainWord(t.key))) return null;
    return tokens.slice(runFirst, k).every((t) => t.capitalized && !isNameParticle(t.key)) ? k : null;
  }
  return null;
}

/** Words joining the parts of an office's domain: "for Terrorism and Financial Intelligence", "de Paz y Seguridad". */
const DOMAIN_JOINERS = new Set(['and', 'y', 'e']);
/** Words joining a title to its domain: "Under Secretary for …", "Secretary of …". */
const TITLE_TO_DOMAIN = new Set(['of', 'for', 'de', 'para']);
/** How many words a domain may hold before the run that ends it. */
const MAX_DOMAIN_WORDS = 6;

/**
 * The title before a domain that ends in the run at `runFirst`: "Under Secretary for Terrorism and Financial
 * Intelligence Jane Roe" (the run being "Financial Intelligence Jane Roe"). Capitalised words and "and" lead back
 * to "for"/"of" and the title; the token index of the title, or null.
 */
export function titleBeforeDomain(tokens: readonly WordToken[], separators: readonly string[], runFirst: number): number | null {
  let joined = false;
  for (let j = runFirst - 1, n = 0; j >= 1 && n < MAX_DOMAIN_WORDS; j -= 1, n += 1) {
    const t = tokens[j];
    if (!t || (separators[j + 1] ?? '') !== ' ') return null;
    if (TITLE_TO_DOMAIN.has(t.key) && !t.capitalized) return joined && isTitle(tokens[j - 1]?.key ?? '') && (separators[j] ?? '') === ' ' ? j - 1 : null;
    if (DOMAIN_JOINERS.has(t.key) && !t.capitalized) joined = true;
    else if (!t.capitalized || isTitle(t.key)) return null;
  }
  return null;
}
