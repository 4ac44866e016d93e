/**
 * The titles that say a capitalised run is a person: one written before the
 * name ("el canciller Juan Pérez", "la secretaria de Seguridad, Ana López,"),
 * inside it, or in an apposition after it ("Jane Roe, a spokeswoman,"). An
 * apposition must close before the clause's own verb, and a title followed by a
 * name of its own is that name's ("Desde Puerto Alegre, el presidente Mateo
 * Quiroga celebró").
 */
import { demonymCountry, isDomainWord, isNameParticle, isOrganizationWord, isRoleNoun, isTitle } from './actor-lexicon';
import type { WordToken } from './word-tokens';
import { isCueWord } from '../quotes/speech-cues';
import { ARTICLES } from './name-cues';

/** Party adjectives, folded: "priistas", "morenista", "republicanos", "demócrata". */
const PARTY_ADJECTIVE = /^(?:[a-z]+istas?|republican[oa]s?|democratas?)$/u;

export interface TitleInfo {
  key: string;
  article: string | undefined;
  country: string | null;
}

/** A title written just before position `i` (inclusive), looking back over "de Seguridad" style domains. */
export function titleBefore(tokens: readonly WordToken[], separators: readonly string[], i: number): TitleInfo | null {
  // "el presidente de la Asociación de Vinateros local, Ana Ruiz,": a name set off by a comma after the phrase its title heads.
  const apposed = (separators[i + 1] ?? '').startsWith(',');
  for (let j = i, steps = 0; j >= 0 && steps < MAX_TITLE_STEPS; j -= 1, steps += 1) {
    const t = tokens[j];
    if (!t) return null;
    if (isTitle(t.key)) {
      const article = tokens[j - 1]?.key;
      return { key: t.key, article, country: countryNear(tokens, j) };
    }
    const sepBefore = separators[j] ?? '';
    // "el subsecretario para Asuntos Portuarios": the words right after "para" are the portfolio, not a name.
    if (j === i && t.key === 'para') return null;
    // "el fiscal en Nuevo Puerto", "the envoy in Port Alba": a capitalised run right after "en"/"in" is a place.
    if (j === i && (t.key === 'en' || t.key === 'in')) return null;
    // "el coordinador de los diputados del Partido Verde, Ivo Brask": articles and role nouns inside the title.
    // "el especialista en seguridad David Saucedo": "en" joins a title to its field.
    // "el subsecretario para Asuntos Portuarios, X": "para" joins a title to its portfolio.
    // "el coordinador de los senadores priistas, Manuel X": a party adjective inside the title.
    const connector =
      isNameParticle(t.key) || t.key === 'of' || t.key === 'for' || t.key === 'para' || t.key === 'en' || ARTICLES.has(t.key) || isRoleNoun(t.key) || PARTY_ADJECTIVE.test(t.key) ||
      // "the chief economist at a regional brokerage, Jane Roe,": "at" joins a title to the employer an apposed name follows.
      (apposed && t.key === 'at');
    // "el investigador costeño X", "el abogado penalista norteño X": up to two adjectives between a title and the name.
    // "el representante permanente de X, Y", "el director ejecutivo de X, Y": one adjective right after the title, before its "de".
    const adjective =
      !t.capitalized &&
      !NOT_ADJECTIVES.has(t.key) &&
      ((j >= i - 1 && (isTitle(tokens[j - 1]?.key ?? '') || (j === i && !tokens[j - 1]?.capitalized && !NOT_ADJECTIVES.has(tokens[j - 1]?.key ?? '') && isTitle(tokens[j - 2]?.key ?? '')))) ||
        (apposed && isTitle(tokens[j - 1]?.key ?? '') && isNameParticle(tokens[j + 1]?.key ?? '')));
    // "el vocero del estado de Y, X": a common noun inside "de … de"; before an apposed name also one after an article
    // or "de" ("la economista de una casa de bolsa regional, X") and an adjective closing the phrase ("regional").
    const inOfPhrase = !t.capitalized && isOfWord(tokens[j - 1]?.key) && (isOfWord(tokens[j + 1]?.key) || (apposed && j < i));
    const nounAfterArticle = apposed && !t.capitalized && ARTICLES.has(tokens[j - 1]?.key ?? '') && !NOT_ADJECTIVES.has(t.key);
    const closingAdjective = apposed && j === i && !t.capitalized && !NOT_ADJECTIVES.has(t.key);
    if (!connector && !adjective && !inOfPhrase && !nounAfterArticle && !closingAdjective && !isDomainWord(t.key) && !t.capitalized && demonymCountry(t.key) === null) return null;
    if (sepBefore !== ' ' && sepBefore !== '') return null;
  }
  return null;
}

/** How far back from a name its title may stand: "el vocero de Puertos del estado de Costa Alta, X" is eight words. */
const MAX_TITLE_STEPS = 12;

/**
 * Words that are no adjective of a title: prepositions and speech verbs, which open another phrase ("el senador
 * habló con Ana Ruiz" gives her no title).
 */
const NOT_ADJECTIVES = new Set([
  'a', 'al', 'con', 'contra', 'por', 'sin', 'sobre', 'ante', 'entre', 'hacia', 'que', 'y', 'e', 'o', 'pero', 'como', 'se', 'le', 'lo',
  'to', 'with', 'by', 'against', 'from', 'about', 'and', 'or', 'but', 'that', 'as', 'at', 'on',
]);

function isOfWord(key: string | undefined): boolean {
  return key !== undefined && (isNameParticle(key) || key === 'of' || key === 'the');
}

/** A demonym among the three words before a title: "Mexican senator", "el canciller mexicano". */
export function countryNear(tokens: readonly WordToken[], titleAt: number): string | null {
  for (let j = titleAt - 3; j <= titleAt + 1; j += 1) {
    const t = tokens[j];
    if (!t || j === titleAt) continue;
    const c = demonymCountry(t.key);
    if (c) return c;
  }
  if (tokens[titleAt - 2]?.folded === 'U' && tokens[titleAt - 1]?.folded === 'S') return 'US';
  return null;
}

export function appositionTitle(tokens: readonly WordToken[], separators: readonly string[], last: number): TitleInfo | null {
  if (!(separators[last + 1] ?? '').startsWith(',')) return null;
  const article = tokens[last + 1];
  if (!article) return null;
  // "Jane Roe, a spokeswoman", and in Spanish often without article: "Ana López, secretaria de Seguridad".
  if (isTitle(article.key)) return closedApposition(tokens, separators, last + 1) ? { key: article.key, article: undefined, country: countryNear(tokens, last + 1) } : null;
  if (!ARTICLES.has(article.key)) return null;
  // "Derek Roe, a former Drug Enforcement Administration official": the title may come a few words in.
  for (let j = last + 2; j < tokens.length && j <= last + 7; j += 1) {
    const t = tokens[j];
    // "la Mesa de Puertos, a la que asistió el secretario": a relative clause, not an apposition.
    if (!t || (separators[j] ?? '') !== ' ' || APPOSITION_STOPS.has(t.key)) return null;
    if (isTitle(t.key)) return closedApposition(tokens, separators, j) ? { key: t.key, article: article.key, country: countryNear(tokens, j) } : null;
  }
  return null;
}

/** Words an apposition never holds before its title: a second article or a relative pronoun opens another phrase. */
const APPOSITION_STOPS = new Set(['the', 'el', 'la', 'los', 'las', 'que', 'who', 'which', 'whom', 'quien', 'cual', 'donde', 'where']);
/** How far past its title an apposition is looked at for the punctuation that closes it. */
const MAX_APPOSITION_TAIL = 10;

/**
 * Whether the title at `titleAt` heads an apposition about the name before it:
 * "Ana Ruiz, la secretaria de Puertos, dijo", not "Desde Puerto Alegre, el
 * presidente Mateo Quiroga celebró" nor "aboard Sea Wing One, Mr. Roe said" (the title belongs to the name after it) nor
 * "para Radio Costera, el secretario de Puertos explicó" (the title is the
 * subject of the clause's own verb).
 */
function closedApposition(tokens: readonly WordToken[], separators: readonly string[], titleAt: number): boolean {
  const next = tokens[titleAt + 1];
  // "aboard Sea Wing One, Mr. Roe said": an abbreviated title ("Mr.", "Sen.", "Gov.") with a name after it is that name's.
  const abbreviated = separators[titleAt + 1] === '. ' && (tokens[titleAt]?.key.length ?? 9) <= 4;
  if (next?.capitalized && (separators[titleAt + 1] === ' ' || abbreviated) && !isTitle(next.key) && !isDomainWord(next.key) && !isOrganizationWord(next.key)) return false;
  for (let j = titleAt + 1; j < tokens.length && j <= titleAt + MAX_APPOSITION_TAIL; j += 1) {
    if (/[,.;:!?()\u2014\u2013]/u.test(separators[j] ?? '')) return true;
    if (isCueWord(tokens, j)) return false;
  }
  return true;
}
