/**
 * The roles a person is introduced with: a title before the name, inside it
 * or in an apposition after it ("Mexican President Ana Ruiz", "el canciller
 * Juan Pérez", "Jane Roe, the border czar"), grouped across language and gender
 * into families, and a party written next to the name ("el dirigente del PAN,
 * X"). Which bare role noun names whom is decided in role-mentions.ts.
 */
import type { ActorId } from '../../schema/timeline';
import { demonymCountry, isDomainWord, isNameParticle, isTitle } from './actor-lexicon';
import type { ParagraphWords } from './paragraph-words';
import type { WordToken } from './word-tokens';

export interface PersonRef {
  start: number;
  end: number;
  actor: ActorId;
  paragraph: number;
  via: 'name' | 'surname' | 'alias' | 'pronoun';
}

/** Role words, grouped across language and gender into one family each. */
export const FAMILIES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['president', ['president', 'presidente', 'presidenta', 'mandatario', 'mandataria']],
      ['secretary', ['secretary', 'secretario', 'secretaria']],
      ['minister', ['minister', 'ministro', 'ministra']],
      ['canciller', ['canciller']],
      ['senator', ['senator', 'senador', 'senadora']],
      ['governor', ['governor', 'gobernador', 'gobernadora']],
      ['ambassador', ['ambassador', 'embajador', 'embajadora']],
      ['prosecutor', ['prosecutor', 'fiscal']],
      ['spokesperson', ['spokesperson', 'spokesman', 'spokeswoman', 'portavoz', 'vocero', 'vocera']],
      ['director', ['director', 'directora']],
      ['coordinator', ['coordinator', 'coordinador', 'coordinadora']],
      ['czar', ['czar', 'zar']],
      ['mayor', ['mayor', 'alcalde', 'alcaldesa']],
      // A party member named by the party ("el panista"): introduced next to the party's acronym.
      ['party:PAN', ['panista']],
      ['party:PRI', ['priista']],
      ['party:PRD', ['perredista']],
      ['party:MORENA', ['morenista']],
    ] as const
  ).flatMap(([family, words]) => words.map((w) => [w, family] as const)),
);
export const ARTICLES = new Set(['the', 'el', 'la']);
/** Words that make a title someone else's: "former president", "vice president", "deputy secretary". */
const NOT_THE_ROLE = new Set(['former', 'ex', 'vice', 'deputy', 'under', 'assistant', 'acting', 'expresidente', 'expresidenta', 'then']);
export const MAX_TITLE_LOOK = 5;
/** How far before a name its title may start, past a long office name: "el secretario de Seguridad y Protección Ciudadana del Gobierno de México, X". */
const MAX_OFFICE_LOOK = 11;
const OFFICE_AND = new Set(['y', 'e', 'and']);
/** How many words around a name may hold its party: "el senador X, coordinador del PAN". */
const MAX_PARTY_LOOK = 6;
const PARTY_ACRONYMS = new Set(['PAN', 'PRI', 'PRD', 'MORENA', 'Morena']);

/** The party written just before or after a name, in the same clause: "el dirigente del PAN, X", "X, coordinador del PAN". */
function introducedParty(p: ParagraphWords, first: number, last: number): string | null {
  // Only inside an apposition: "X criticised the PRI" does not make X a member.
  const apposition = (p.separators[last + 1] ?? '').startsWith(',');
  for (let j = last + 1, n = 0; apposition && j < p.tokens.length && n < MAX_PARTY_LOOK; j += 1, n += 1) {
    const t = p.tokens[j];
    if (!t || /[.;:!?]/u.test(p.separators[j] ?? '')) break;
    if (PARTY_ACRONYMS.has(t.folded)) return `party:${t.folded.toUpperCase()}`;
  }
  for (let j = first - 1, n = 0; j >= 0 && n < MAX_PARTY_LOOK; j -= 1, n += 1) {
    const t = p.tokens[j];
    if (!t || /[.;:!?]/u.test(p.separators[j + 1] ?? '')) break;
    if (PARTY_ACRONYMS.has(t.folded)) return `party:${t.folded.toUpperCase()}`;
    // Only through a title phrase: "el dirigente nacional del PAN, X".
    if (!isTitle(t.key) && !isNameParticle(t.key) && !isDomainWord(t.key) && !ARTICLES.has(t.key) && t.key !== 'nacional') break;
  }
  return null;
}

export function roleFamily(key: string): string | null {
  return FAMILIES.get(key) ?? null;
}

/** Index of the token starting at `offset`, or -1 (tokens sorted by start). */
export function tokenAt(tokens: readonly WordToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]?.start ?? 0;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function familyAt(tokens: readonly WordToken[], j: number): string | null {
  const t = tokens[j];
  if (!t) return null;
  const family = roleFamily(t.key);
  if (!family || NOT_THE_ROLE.has(tokens[j - 1]?.key ?? '')) return null;
  return family;
}

/** The roles a name is introduced with: a title (see titleRole) and a party next to it. */
export function introducedRoles(p: ParagraphWords, m: PersonRef): string[] {
  const first = tokenAt(p.tokens, m.start);
  if (first === -1) return [];
  const last = lastTokenOf(p, m, first);
  const out: string[] = [];
  out.push(...titleRoles(p, m, first));
  const party = introducedParty(p, first, last);
  if (party) out.push(party);
  return out;
}

/**
 * The titles a name is introduced with: before it, inside it ("President
 * Roe"), or in an apposition after it. A party word before the name does not
 * hide the office before it: "el senador morenista X" is a senator and a member.
 */
function titleRoles(p: ParagraphWords, m: PersonRef, first: number): string[] {
  const title = titleRole(p, m, first);
  const party = title?.startsWith('party:') ? titleRole(p, m, first, title) : null;
  return [title, party].filter((f): f is string => f !== null);
}

function titleRole(p: ParagraphWords, m: PersonRef, first: number, past: string | null = null): string | null {
  return titleAt(p, m, first, past)?.family ?? null;
}

/** The title's family and the index of its word, before, inside or after the name. */
function titleAt(p: ParagraphWords, m: PersonRef, first: number, past: string | null = null): { family: string; at: number } | null {
  for (let j = first; j < p.tokens.length && (p.tokens[j]?.end ?? Infinity) <= m.end; j += 1) {
    const f = familyAt(p.tokens, j);
    if (f && f !== past) return { family: f, at: j };
  }
  for (let j = first - 1, n = 0; j >= 0 && n < MAX_OFFICE_LOOK; j -= 1, n += 1) {
    const t = p.tokens[j];
    if (!t) break;
    const f = familyAt(p.tokens, j);
    if (f && f !== past) return { family: f, at: j };
    if (f) continue;
    const sep = p.separators[j + 1] ?? '';
    if (sep !== ' ' && sep !== ', ' && sep !== "'s ") break;
    // "el secretario de Seguridad y Protección Ciudadana, X": "y" inside an office's name.
    if (OFFICE_AND.has(t.key) && p.tokens[j + 1]?.capitalized && p.tokens[j - 1]?.capitalized) continue;
    // "the director of the Harbor Authority, X": an article inside the office's name.
    if (!isDomainWord(t.key) && !isNameParticle(t.key) && t.key !== 'of' && t.key !== 'the' && demonymCountry(t.key) === null && !t.capitalized) break;
  }
  // "Jane Roe, the border czar", "Ana Ruiz, secretaria de Marina".
  const last = lastTokenOf(p, m, first);
  if (!(p.separators[last + 1] ?? '').startsWith(',')) return null;
  for (let j = last + 1, n = 0; j < p.tokens.length && n < 4; j += 1, n += 1) {
    const f = familyAt(p.tokens, j);
    if (f && f !== past) return { family: f, at: j };
    if (j > last + 1 && (p.separators[j] ?? '') !== ' ') break;
  }
  return null;
}

function lastTokenOf(p: ParagraphWords, m: PersonRef, first: number): number {
  let last = first;
  while (last + 1 < p.tokens.length && (p.tokens[last + 1]?.end ?? Infinity) <= m.end) last += 1;
  return last;
}

/** How many words an office's name may hold after its title: "de Seguridad y Protección Ciudadana". */
const MAX_OFFICE_WORDS = 6;

/** The words naming an office from token `from` on ("de Seguridad y Protección Ciudadana"), up to token `to` or a break. */
function officeFrom(p: ParagraphWords, from: number, to: number): string[] {
  const t = p.tokens[from];
  if (!t || (t.key !== 'de' && t.key !== 'del' && t.key !== 'of')) return [];
  const out: string[] = [];
  for (let j = from + 1; j < to && j <= from + MAX_OFFICE_WORDS && (p.separators[j] ?? '') === ' '; j += 1) {
    const w = p.tokens[j];
    if (!w) break;
    if (isNameParticle(w.key) || w.key === 'of' || w.key === 'the' || OFFICE_AND.has(w.key)) continue;
    if (!w.capitalized && !isDomainWord(w.key)) break;
    out.push(w.key);
  }
  return out;
}

/**
 * The office a person is introduced with, as folded words: "el secretario de Seguridad y Protección
 * Ciudadana, X" holds seguridad, proteccion, ciudadana; "Jane Roe, secretary of State" holds state.
 */
export function introducedOffice(p: ParagraphWords, m: PersonRef): string[] {
  const first = tokenAt(p.tokens, m.start);
  if (first === -1) return [];
  const title = titleAt(p, m, first);
  if (!title || title.family.startsWith('party:')) return [];
  return officeFrom(p, title.at + 1, title.at < first ? first : p.tokens.length);
}
