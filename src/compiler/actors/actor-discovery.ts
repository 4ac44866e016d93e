/**
 * Discovers people and organizations the actor file does not know, from the
 * words around a capitalised name: a title ("Attorney General Jane Roe", "el
 * canciller Juan Pérez", "la secretaria de Seguridad, Ana López,"), an apposition
 * ("Jane Roe, a spokeswoman"), a speech verb ("Jane Roe said", "said Jane Roe",
 * "according to the Pemex Workers Union"). A public body names itself by its
 * head word ("Secretaría de Marina", "Ministry of Ports") and is known by the
 * acronym written after it in parentheses ("… Portuarias (Conpor) pidió"); a name cut to start at
 * a lower-case connector ("de Relaciones Exteriores") is refused. Otherwise a
 * capitalised run alone is not enough:
 * sentence-initial words, days, months and places carry no such cue and are left
 * alone. A person needs two name words; gender and country are only set when a
 * title or demonym states them.
 */
import {
  demonymCountry,
  isDomainWord,
  isNameParticle,
  isNeverName,
  isOrganizationWord,
  isTitle,
  titleGender,
} from './actor-lexicon';
import { givenNameGender, isGivenName } from './first-names';
import type { WordToken } from './word-tokens';
import { isCueWord } from '../quotes/speech-cues';
import { appositionTitle, countryNear, titleBefore, type TitleInfo } from './title-cues';
import { leadingAcronym, nameAfterBodyAt, nameAfterDomainAt, parentheticalAcronym, titleBeforeDomain } from './body-name-runs';
import { ageOrAliasAfter, ARTICLES, closingQuoteBefore, cueAfter, cueBefore, cueRightAfterQuote, personClauseAfter, whoClauseAfter } from './name-cues';

export interface DiscoveredName {
  first: number;
  last: number;
  /** An organization's acronym in parentheses right after its name ("… del Tesoro (FinCEN)"): token index, or null. */
  acronym: number | null;
  kind: 'person' | 'organization';
  gender: 'female' | 'male' | null;
  country: string | null;
}

const SAINT_PREFIXES = new Set(['san', 'santa', 'santo', 'sao']);
const RUN_SEPARATORS = new Set([' ', '-', "'"]);

/** Nouns for a party's member: "the Oregon Democrat", "el republicano". */
const PARTY_NOUNS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'democrata', 'democratas', 'republicano', 'republicana', 'republicanos', 'republicanas']);
/** The article between "title of" and the body it heads: "presidenta de la Junta", "head of the Board". */
const ARTICLE_AFTER_OF = new Set(['la', 'el', 'los', 'las', 'the']);

/**
 * "Ana Lucía Alcalde", "Ana Juez Ruiz": a capitalised title word after a known given name is a surname, as
 * a title inside a sentence is written in lower case in Spanish and before the name in English.
 */
function titleSurname(words: readonly WordToken[], k: number): boolean {
  const first = words[0];
  return k > 0 && first !== undefined && isGivenName(first.key) && words[k]?.folded !== words[k]?.folded.toUpperCase();
}

function runSeparatorOk(sep: string, prev: WordToken | undefined): boolean {
  if (RUN_SEPARATORS.has(sep)) return true;
  // An initial: "John F. Kennedy".
  return sep === '. ' && prev !== undefined && prev.folded.length === 1;
}

/**
 * Single capitalised words that close a quotation with a speech verb ("'…,' Inzunza said",
 * "'…,' said Inzunza, 54") or open a sentence as its subject ("Inzunza, who runs the stand,
 * said", "Pineda Kurth argues"): surnames of people the article introduced earlier, perhaps
 * with no cue at all ("by the time Rosario Inzunza opened her stand"). Keys are folded; two surnames are one key, a space apart.
 */
export function quotedSurnames(tokens: readonly WordToken[], separators: readonly string[], covered: readonly boolean[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, j) => {
    if (!t.capitalized || covered[j] || t.key.length < 3 || isNeverName(t.key) || isTitle(t.key) || isOrganizationWord(t.key)) return;
    const next = tokens[j + 1];
    // "Ivo-Brask said": a hyphenated surname is one word; it is read at its last part.
    if (next?.capitalized && (separators[j + 1] ?? '') === '-') return;
    const g = hyphenGroupStart(tokens, separators, covered, j);
    const prev = tokens[g - 1];
    // A lone word: not part of a longer capitalised run.
    if (next?.capitalized && (separators[j + 1] ?? '') === ' ') return;
    const key = tokens.slice(g, j + 1).map((w) => w.key).join(' ');
    if (prev?.capitalized && (separators[g] ?? '') === ' ') {
      // "Pineda Kurth argues that…": two surnames opening a sentence as the subject of a speech verb.
      if (g === j && !covered[j - 1] && sentenceStartAt(tokens, separators, j - 1) && !isNeverName(prev.key) && !isTitle(prev.key) && cueAfter(tokens, separators, j)) out.add(`${prev.key} ${t.key}`);
      return;
    }
    const cue = cueAfter(tokens, separators, j);
    // "Brask, who has backed the bill, said he would not…": a surname opening a sentence as a speech verb's subject.
    if (closingQuoteBefore(separators, g, cue) || cueRightAfterQuote(tokens, separators, g) || (cue && sentenceStartAt(tokens, separators, g))) out.add(key);
  });
  return out;
}

/** The first part of the hyphenated word that token `j` ends ("Ivo" of "Ivo-Brask"); `j` for a plain word. */
function hyphenGroupStart(tokens: readonly WordToken[], separators: readonly string[], covered: readonly boolean[], j: number): number {
  let g = j;
  while (g > 0 && separators[g] === '-' && tokens[g - 1]?.capitalized && !covered[g - 1] && !isNeverName(tokens[g - 1]?.key ?? '')) g -= 1;
  return g;
}

/** The name words of tokens `first`..`last`, folded, particles left out: "juan rosa" for "Juan de la Rosa". */
function runKey(tokens: readonly WordToken[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .filter((t) => !isNameParticle(t.key))
    .map((t) => t.key)
    .join(' ');
}

/** Whether token `j` opens its paragraph or a sentence ("…. Brask said"). */
function sentenceStartAt(tokens: readonly WordToken[], separators: readonly string[], j: number): boolean {
  return j === 0 ? tokens.length > 0 : /[.!?]["'\u201d\u2019\u00bb)]?\s+$/u.test(separators[j] ?? '');
}

/** A headline in title case ("Prime Minister Skips Regional Summit") capitalises words that are not names. */
function isTitleCase(tokens: readonly WordToken[]): boolean {
  let long = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.key.length <= 3) continue;
    long += 1;
    if (t.capitalized) capitalized += 1;
    if (long > 40) return false;
  }
  return long >= 4 && capitalized / long >= 0.75;
}

/**
 * Names to discover in one paragraph; `covered[j]` marks words already matched
 * to a known actor. `headline`: the paragraph reads as a headline (a title block,
 * or a line without final punctuation), where title case hides names.
 */
export function discoverNames(
  tokens: readonly WordToken[],
  separators: readonly string[],
  covered: readonly boolean[],
  headline = false,
  speakerSurnames: ReadonlySet<string> = new Set(),
  label: { start: number; end: number } | null = null,
  labelNames: ReadonlySet<string> = new Set(),
): DiscoveredName[] {
  const out: DiscoveredName[] = [];
  // A line in title case hides names, but for one after an honorific and before a comma: "Mr. Jane Roe, Deputy Secretary".
  const titleCase = headline && isTitleCase(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || covered[i] || !t.capitalized) {
      i += 1;
      continue;
    }
    // The run of capitalised words (with particles inside) starting here.
    let last = i;
    let institution = isOrganizationWord(t.key);
    for (let j = i + 1; j < tokens.length; j += 1) {
      const tj = tokens[j];
      // 'Tomás "Tomi" Roe': a quoted nickname inside a name is part of its run.
      if (tj && !covered[j] && tj.capitalized && isNicknameAt(tokens, separators, j)) continue;
      if (!tj || covered[j] || !runSeparatorOk(separators[j] ?? '', tokens[j - 1]) && !isNicknameAt(tokens, separators, j - 1)) break;
      if (tj.capitalized) {
        last = j;
        institution ||= isOrganizationWord(tj.key);
      } else if (!isNameParticle(tj.key) && !(institution && (tj.key === 'of' || tj.key === 'for'))) break;
    }
    // "Jane Roe:", or the name after an office: "La senadora Ana Ruiz:", "The Minister of Ports (Jane Roe):".
    const runEnd = tokens[last]?.end ?? 0;
    const labelled = label !== null && t.start >= label.start && (runEnd === label.end || (runEnd === label.end - 1 && (separators[last + 1] ?? '').startsWith(')')));
    // "Jane Roe, Principal Deputy Spokesperson" on a page of "MR ROE:" turns: a speaker's surname closes the run, or the
    // label spells the whole name ("JANE ROE:").
    const spoken =
      speakerSurnames.has(tokens[last]?.key ?? '') ||
      speakerSurnames.has(`${tokens[last - 1]?.key ?? ''} ${tokens[last]?.key ?? ''}`) ||
      labelNames.has(runKey(tokens, i, last));
    const found = titleCase && !honorificRun(tokens, separators, i, last) && !spoken ? null : examineRun(tokens, separators, i, last, speakerSurnames, labelled, labelNames);
    if (found) out.push(found);
    i = last + 1;
  }
  return out;
}

const NICKNAME_OPEN = /^ ["\u201c']$/u;
const NICKNAME_CLOSE = /^["\u201d'] $/u;

/** Whether token `j` is a quoted nickname between two capitalised words: 'Tomás "Tomi" Roe'. */
function isNicknameAt(tokens: readonly WordToken[], separators: readonly string[], j: number): boolean {
  return (
    NICKNAME_OPEN.test(separators[j] ?? '') &&
    NICKNAME_CLOSE.test(separators[j + 1] ?? '') &&
    tokens[j - 1]?.capitalized === true &&
    tokens[j]?.capitalized === true &&
    tokens[j + 1]?.capitalized === true
  );
}

/** Words that head the name of a public body. */
const INSTITUTION_HEADS = new Set([
  'secretaria', 'ministerio', 'ministry', 'department', 'departamento', 'gabinete', 'fiscalia', 'procuraduria', 'ejercito',
  'guardia', 'armada', 'comision', 'commission', 'camara', 'chamber',
]);

/** "Secretaría de Marina", "Ministry of Ports": a capitalised head word followed by "de"/"of" and its domain. */
function isInstitutionHead(tokens: readonly WordToken[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return t !== undefined && t.capitalized && INSTITUTION_HEADS.has(t.key) && next !== undefined && (next.key === 'de' || next.key === 'del' || next.key === 'of') && tokens[j + 2]?.capitalized === true;
}

/** "Mr. Jane Roe, …", "Dr. Juan Pérez,": a run after an abbreviated honorific, closed by a comma. */
function honorificRun(tokens: readonly WordToken[], separators: readonly string[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && isTitle(before.key) && before.key.length <= 4 && separators[first] === '. ' && (separators[last + 1] ?? '').startsWith(',');
}

/** Whether the words before `first` are "aboard", "on board", "a bordo (del)". */
function isAboard(tokens: readonly WordToken[], first: number): boolean {
  const at = tokens[first - 1]?.key === 'del' || tokens[first - 1]?.key === 'de' || tokens[first - 1]?.key === 'the' ? first - 2 : first - 1;
  const word = tokens[at]?.key;
  const previous = tokens[at - 1]?.key;
  return word === 'aboard' || (word === 'board' && previous === 'on') || (word === 'bordo' && previous === 'a');
}

function examineRun(
  tokens: readonly WordToken[],
  separators: readonly string[],
  runFirst: number,
  runLast: number,
  speakerSurnames: ReadonlySet<string>,
  labelled = false,
  labelNames: ReadonlySet<string> = new Set(),
): DiscoveredName | null {
  // "aboard Harbor Wing One", "a bordo del Ala Costera": what one travels on is a craft, never a person.
  if (isAboard(tokens, runFirst)) return null;
  // "secretario de Seguridad y Protección Ciudadana": the capitalised words after "title of" name an office.
  // "la presidenta de la Junta Portuaria, X": past an article too, the run is the body the title heads, when a
  // comma closes it ("el investigador de la UNAM Ana Ruiz" runs the body and the name together).
  const closed = (separators[runLast + 1] ?? '').startsWith(',');
  const split = nameAfterBodyAt(tokens, runFirst, runLast);
  const article = (closed || split !== null) && ARTICLE_AFTER_OF.has(tokens[runFirst - 1]?.key ?? '') && separators[runFirst] === ' ' ? 1 : 0;
  const beforeRun = tokens[runFirst - 1 - article];
  const beforeThat = tokens[runFirst - 2 - article];
  const titleOf = beforeRun && beforeThat && (isNameParticle(beforeRun.key) || beforeRun.key === 'of') && (isTitle(beforeThat.key) || isDomainWord(beforeThat.key));
  // "la investigadora del CIDOB Ana Ruiz Soto": an acronym, then a name, is the body and then the titled person.
  const bodyThenName = titleOf && article === 0 && isTitle(beforeThat.key) && leadingAcronym(tokens, runFirst, runLast);
  // "la académica de la Universidad de Portalba Marta Ivo Brask": the body's last word, then the titled person.
  // "Deputy Secretary of State Jane Roe": the office's domain, then the titled person.
  const nameAfterBody = titleOf && isTitle(beforeThat.key) && !bodyThenName ? (split ?? nameAfterDomainAt(tokens, runFirst, runLast)) : null;
  if (titleOf && !bodyThenName && nameAfterBody === null) return null;
  let first = nameAfterBody ?? runFirst;
  let title: TitleInfo | null = beforeThat && (bodyThenName || nameAfterBody !== null) ? { key: beforeThat.key, article: tokens[runFirst - 3 - article]?.key, country: null } : null;
  // "Under Secretary for Terrorism and Financial Intelligence Jane Roe": a domain of two parts, then the titled person.
  const domainTitle = titleOf ? null : titleBeforeDomain(tokens, separators, runFirst);
  const afterDomain = domainTitle === null ? null : nameAfterDomainAt(tokens, runFirst, runLast);
  if (domainTitle !== null && afterDomain !== null) {
    first = afterDomain;
    title = { key: tokens[domainTitle]?.key ?? '', article: tokens[domainTitle - 1]?.key, country: null };
  }
  let country: string | null = null;
  // "Supreme Court Justice Sonia Ruiz": a title inside the run ends whatever came before it.
  for (let j = runLast - 2; j >= runFirst; j -= 1) {
    const t = tokens[j];
    if (!t || !isTitle(t.key) || isInstitutionHead(tokens, j)) continue;
    const rest = tokens.slice(j + 1, runLast + 1).filter((x) => !isNameParticle(x.key));
    if (rest.length >= 2 && rest.every((x) => !isTitle(x.key) && !isOrganizationWord(x.key))) {
      title = { key: t.key, article: tokens[j - 1]?.key, country: countryNear(tokens, j) };
      first = j + 1;
      break;
    }
  }
  const organization = tokens.slice(first, runLast + 1).some((t) => isOrganizationWord(t.key));
  if (organization) {
    while (first < runLast && isNeverName(tokens[first]?.key ?? '')) first += 1;
  } else {
    // Strip what comes before the name: "Former U.S. Attorney General", "Secretary of Homeland Security".
    let afterTitle = title !== null;
    let ofAfterTitle = false;
    let domainAfterOf = false;
    while (first <= runLast) {
      const t = tokens[first];
      if (!t) break;
      const c = demonymCountry(t.key);
      if (isTitle(t.key)) {
        title = { key: t.key, article: tokens[first - 1]?.key, country: null };
        afterTitle = true;
      } else if (c && first < runLast) country = c;
      else if (isDomainWord(t.key) && first < runLast) {
        // part of a title: "Homeland Security Secretary", "Secretary of State"
        if (ofAfterTitle) domainAfterOf = true;
      } else if (afterTitle && (isNameParticle(t.key) || t.key === 'of' || t.key === 'for')) {
        // "Secretary of …", "secretaria de …"
        ofAfterTitle = true;
      } else if (!isNeverName(t.key) && !(t.folded.length === 1 && tokens[first + 1]?.folded.length === 1) && !leadingAcronym(tokens, first, runLast)) break;
      first += 1;
    }
    // "Gobernadora de Valle Sereno": after "title of", capitalised words that are no office name a place.
    if (ofAfterTitle && !domainAfterOf) return null;
  }
  let last = runLast;
  while (last > first && (isNeverName(tokens[last]?.key ?? '') || isNameParticle(tokens[last]?.key ?? ''))) last -= 1;
  // "O'Neill", "D'Amico": an elided particle is part of the next word.
  const words = tokens
    .slice(first, last + 1)
    .filter((t, k) => !isNameParticle(t.key) && !(organization && (t.key === 'of' || t.key === 'for')) && separators[first + k + 1] !== "'" && !isNicknameAt(tokens, separators, first + k));
  if (words.length < 2 || words.length > 6) return null;
  if (words.some((t, k) => isNeverName(t.key) || (!organization && isTitle(t.key) && !titleSurname(words, k)))) return null;
  // "the Oregon Democrat said", "la Virginia Republicana": a state and a party describe someone, they do not name them.
  if (!organization && PARTY_NOUNS.has(words[words.length - 1]?.key ?? '')) return null;
  if (words.every((t) => t.folded.length <= 1)) return null;

  // A name that starts with a lower-case connector lost its head ("de Relaciones Exteriores").
  if (isNameParticle(tokens[first]?.key ?? '') && !tokens[first]?.capitalized) return null;
  // "Jane Roe: 'We will…'": a name introducing a quote with a colon speaks it.
  const colonQuote = /^:\s*["'\u201c\u2018\u00ab]/u.test(separators[runLast + 1] ?? '');
  const cue = colonQuote || cueAfter(tokens, separators, runLast) || cueBefore(tokens, separators, runFirst) || personClauseAfter(tokens, separators, runLast);
  // "Secretaría de Marina", "Ministry of Ports": an institution names itself, with or without a verb.
  if (organization) {
    // "la Confederación de Cámaras Portuarias (Conpor) pidió": the verb after the acronym is the body's.
    const acronym = parentheticalAcronym(tokens, separators, first, runLast);
    const cueAfterAcronym = acronym !== null && /^\) ?$/u.test(separators[acronym + 1] ?? '') && isCueWord(tokens, acronym + 1);
    return cue || cueAfterAcronym || isInstitutionHead(tokens, first) ? { first, last, acronym, kind: 'organization', gender: null, country: null } : null;
  }

  // "En San Lázaro, el coordinador…": San, Santa, Santo open the name of a place or a saint, never a living person's.
  if (SAINT_PREFIXES.has(tokens[first]?.key ?? '')) return null;
  const sepBefore = separators[runFirst] ?? '';
  // "Sen. Jane Roe", "Gov. X": an abbreviated title ends in a full stop.
  const abbreviated = sepBefore === '. ' && isTitle(tokens[runFirst - 1]?.key ?? '') && (tokens[runFirst - 1]?.key.length ?? 9) <= 4;
  const before = title ?? (sepBefore === ' ' || sepBefore === ', ' || abbreviated ? titleBefore(tokens, separators, runFirst - 1) : null);
  const apposition = before ? null : appositionTitle(tokens, separators, runLast);
  const info = before ?? apposition;
  // A speech verb alone is weak evidence ("Border Protection said"): it needs a known given name,
  // or a quotation it closes ("'…,' Derek Halvorsen said", "«…», dijo Rosario Inzunza"): a name
  // credited with quoted words right after they end is who spoke them.
  const givenName = isGivenName(tokens[first]?.key ?? '');
  const closesQuote = !organization && words.length <= 4 && (closingQuoteBefore(separators, runFirst, cueAfter(tokens, separators, runLast)) || cueRightAfterQuote(tokens, separators, runFirst));
  // "Rosario Inzunza opened her stand … '…,' said Inzunza": the surname speaks a quotation elsewhere.
  // "Jane Pineda Kurth … Pineda Kurth argues": two surnames speak, and a longer name ends with them.
  const surnames2 = words.length >= 3 ? `${words[words.length - 2]?.key ?? ''} ${words[words.length - 1]?.key ?? ''}` : '';
  const quotedSurname = !organization && words.length <= 3 && (speakerSurnames.has(words[words.length - 1]?.key ?? '') || speakerSurnames.has(surnames2));
  // "Marta Ivo-Brask" on a page of "MARTA IVO-BRASK:" turns: the label spells the whole name (in capitals).
  const labelName = !organization && words.some((t) => t.folded !== t.folded.toUpperCase()) && labelNames.has(runKey(tokens, first, last));
  // "Jane Roe: …" opening a paragraph of a transcript: the label names who speaks.
  const label = labelled && words.length <= 4;
  // "Evaristo Roe, 51,", "X, alias 'El Contable'": an age or a nickname only a person has.
  // "Beto Roe, who drives a truck": a relative "who" after a name no article opens ("The Harbor Board, who met" is a body).
  const who = whoClauseAfter(tokens, separators, runLast) && !ARTICLES.has(tokens[first - 1]?.key ?? '');
  const personOnly = words.length <= 4 && (ageOrAliasAfter(tokens, separators, runLast) || who);
  if (!info && !(cue && (givenName || closesQuote)) && !quotedSurname && !labelName && !label && !personOnly) return null;
  return {
    first,
    last,
    acronym: null,
    kind: 'person',
    gender: (info ? titleGender(info.key, info.article) : null) ?? givenNameGender(tokens[first]?.key ?? ''),
    country: country ?? info?.country ?? null,
  };
}
