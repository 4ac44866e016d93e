/**
 * When the words around an alias say it names someone else. A generic alias
 * qualified by another country ("la Cancillería argentina", "el Ejército de
 * Venezuela") is that country's body, not the actor's. A one-word alias or
 * surname of a person written as the last word of a longer name is not that
 * person: "Américo Villarreal Anaya" is not "Anaya", "Melania
 * Roe" is not "Roe" (but "Pamela Roe" is a listed "Pam Roe"). The word before it decides: a capitalised word inside the
 * sentence that is no title, office, place word or acronym is another name's
 * first part. At the start of a sentence only a known given name counts ("Ayer
 * Anaya dijo" stays Anaya), and a headline in title case decides nothing.
 */
import type { Actor, ActorId } from '../../schema/timeline';
import { demonymCountry, isDomainWord, isNeverName, isOrganizationWord, isTitle } from './actor-lexicon';
import type { AliasMatch } from './alias-index';
import { isGivenName } from './first-names';
import { foldedWords } from './fold-text';
import type { ParagraphWords } from './paragraph-words';
import type { WordToken } from './word-tokens';

const SENTENCE_BREAK = /[.!?:;"\u201c\u201d\u00ab\u00bb(\u2014]/u;

function isAcronym(t: WordToken): boolean {
  return t.folded.length >= 2 && t.folded === t.folded.toUpperCase();
}

/** A line in title case ("Governor Praises Anaya Plan") capitalises words that are not names. */
function titleCased(p: ParagraphWords): boolean {
  const long = p.tokens.filter((t) => t.key.length > 3);
  return long.length >= 4 && long.filter((t) => t.capitalized).length / long.length >= 0.75;
}

/** Another country's body named with a generic alias: its words end at token `last`. */
export interface ForeignBody {
  last: number;
  country: string;
  kind: Actor['kind'];
}

/** Whether the match at token `i` names someone other than its actor: another country's body, or another person. */
export function vetoedMatch(
  p: ParagraphWords,
  i: number,
  m: AliasMatch,
  covered: readonly boolean[],
  actorOf: (id: ActorId) => Actor | undefined,
): ForeignBody | 'other' | null {
  const actor = m.entry.actor === null ? undefined : actorOf(m.entry.actor);
  if (!actor) return null;
  return foreignQualifier(p, m, actor) ?? (insideLongerName(p, i, m, covered, actor) || someoneElsesRole(p, m) ? 'other' : null);
}

/** Words after a role that make it a state's, a town's or a region's: "la mandataria estatal" is a governor, "el presidente municipal" a mayor. */
const LOWER_LEVELS = new Set(['estatal', 'estatales', 'municipal', 'municipales', 'local', 'locales', 'provincial', 'regional', 'departamental', 'autonomico', 'autonomica']);

/** Words after a role that make it its next or last holder's: "el presidente electo", "the president-elect", "la ministra saliente". */
const OTHER_HOLDERS = new Set(['electo', 'electa', 'elect', 'saliente', 'entrante', 'interino', 'interina']);

/**
 * "la mandataria estatal", "el gobierno municipal", "el presidente electo": a described alias ("la mandataria")
 * qualified as a lower level's, or as the office's next or outgoing holder's, is someone else.
 */
function someoneElsesRole(p: ParagraphWords, m: AliasMatch): boolean {
  const next = p.tokens[m.last + 1];
  if (!m.entry.description || next === undefined) return false;
  if (ownedBody(p, m)) return true;
  if (next.capitalized) return false;
  const sep = p.separators[m.last + 1];
  return (sep === ' ' && LOWER_LEVELS.has(next.key)) || ((sep === ' ' || sep === '-') && OTHER_HOLDERS.has(next.key));
}

/**
 * "the president of Mexico's Institutional Revolutionary Party": a described alias ending in a name that owns a named
 * body is that body's head ("of [Mexico's party]"), not the office the alias names.
 */
function ownedBody(p: ParagraphWords, m: AliasMatch): boolean {
  const last = p.tokens[m.last];
  const s = p.tokens[m.last + 1];
  const owned = p.tokens[m.last + 2];
  return last?.capitalized === true && s?.key === 's' && /^['’]$/u.test(p.separators[m.last + 1] ?? '') && owned?.capitalized === true && p.separators[m.last + 2] === ' ';
}

const OF = new Set(['de', 'del', 'of']);

/** "la Cancillería argentina", "el Ejército de Venezuela": a demonym or a country right after the alias. */
function foreignQualifier(p: ParagraphWords, m: AliasMatch, actor: Actor): ForeignBody | null {
  if (actor.country === null || actor.kind === 'person' || m.entry.folded.some((f) => demonymCountry(f.toLowerCase()) !== null)) return null;
  const next = p.tokens[m.last + 1];
  if (!next || p.separators[m.last + 1] !== ' ') return null;
  const after = p.tokens[m.last + 2];
  const of = OF.has(next.key) && after?.capitalized === true && p.separators[m.last + 2] === ' ';
  const qualifier = of ? after : next.capitalized ? undefined : next;
  const country = qualifier ? demonymCountry(qualifier.key) : null;
  return country !== null && country !== actor.country ? { last: m.last + (of ? 2 : 1), country, kind: actor.kind } : null;
}

function insideLongerName(p: ParagraphWords, i: number, m: AliasMatch, covered: readonly boolean[], actor: Actor): boolean {
  const entry = m.entry;
  if (entry.keys.length !== 1 || entry.description || entry.via === 'name' || actor.kind !== 'person') return false;
  const prev = p.tokens[i - 1];
  if (!prev || covered[i - 1] || !prev.capitalized || p.separators[i] !== ' ' || isAcronym(prev)) return false;
  if (isTitle(prev.key) || isNeverName(prev.key) || isDomainWord(prev.key) || isOrganizationWord(prev.key) || demonymCountry(prev.key) !== null) return false;
  // "Pamela Roe" for a listed "Pam Roe": the short and the long form of one given name.
  const given = foldedWords(actor.name)[0] ?? '';
  if (given.length >= 3 && prev.key.length >= 3 && (prev.key.startsWith(given) || given.startsWith(prev.key))) return false;
  const sentenceStart = i - 1 === 0 || SENTENCE_BREAK.test(p.separators[i - 1] ?? '');
  if (sentenceStart && !isGivenName(prev.key)) return false;
  return !titleCased(p);
}
