/**
 * Bare role nouns: "the president said", "el canciller dijo", "la secretaria
 * añadió". Such a noun names the person most recently mentioned in the same
 * story who was introduced with that role in the document ("Mexican President
 * Ana Ruiz", "el canciller Juan Pérez", "Jane Roe, the border czar") and whom
 * the words do not contradict: "el mandatario estadounidense" skips a more
 * recent Mexican or female president. It refuses to guess: a role nobody fitting
 * was introduced with, or a former or deputy title, stays unresolved. One pass
 * over the paragraphs, in text order.
 */
import type { Actor, ActorId } from '../../schema/timeline';
import { demonymCountry, isDomainWord, isNameParticle, isRoleNoun, isTitle, titleGender } from './actor-lexicon';
import type { ParagraphWords } from './paragraph-words';
import { isSpeechCue } from '../quotes/speech-cues';
import { GENERIC_NOUNS, INDEFINITE, UNKNOWN_PERSON, genericAt, unknownName } from './generic-role-nouns';
import { ARTICLES, FAMILIES, MAX_TITLE_LOOK, familyAt, introducedOffice, introducedRoles, tokenAt, type PersonRef } from './role-introductions';

export interface RoleMention {
  start: number;
  end: number;
  actor: ActorId;
  paragraph: number;
}

/** A bare role noun at token j: "the president", "el canciller", "la secretaria de Seguridad", not followed by a name. */
interface BareRole {
  start: number;
  end: number;
  family: string;
  article: string;
  /** A demonym written with the role: "the American president", "el mandatario estadounidense". */
  country: string | null;
  /** The office's words after the noun: "el secretario de Seguridad" holds seguridad. */
  office: string[];
  /** "the Mexican leader": a head of state or government, known to be of the country the words name. */
  leader: boolean;
}

/**
 * "the Mexican leader", "el líder venezolano": with a demonym, a country's leader is the president (or prime minister)
 * the document introduced from that country; with none ("the PRI leader", "el líder nacional") it is no one's title.
 */
const LEADER_WORDS = new Set(['leader', 'lider']);

const LEANING_ADJECTIVES = new Set([
  'leftist', 'left-wing', 'rightist', 'right-wing', 'conservative', 'liberal', 'populist', 'centrist', 'nationalist',
  'progressive', 'embattled', 'veteran', 'izquierdista', 'derechista',
]);

/** "el jefe de Estado", "la jefa del Estado mexicano", "the head of state": a president, by the words of the office. */
const HEAD_WORDS = new Set(['jefe', 'jefa', 'head']);
const STATE_OF = new Set(['de', 'del', 'of']);

/** The index of "Estado"/"state" when token `j` opens "jefe de Estado" or "head of state", else null. */
function headOfStateAt(p: ParagraphWords, j: number): number | null {
  if (!HEAD_WORDS.has(p.tokens[j]?.key ?? '') || !STATE_OF.has(p.tokens[j + 1]?.key ?? '') || p.tokens[j + 2]?.key !== 'estado' && p.tokens[j + 2]?.key !== 'state') return null;
  return (p.separators[j + 1] ?? '') === ' ' && (p.separators[j + 2] ?? '') === ' ' ? j + 2 : null;
}

function bareRoleAt(p: ParagraphWords, j: number, covered: readonly boolean[]): BareRole | null {
  const t = p.tokens[j];
  const before = p.tokens[j - 1];
  const demonymBefore = before ? demonymCountry(before.key) : null;
  let a = demonymBefore !== null ? j - 2 : j - 1;
  // "el también senador insistió": the same person, holding this role as well.
  if (p.tokens[a]?.key === 'tambien' && (p.separators[a] ?? '') === ' ') a -= 1;
  // "the leftist president said": a word for someone's politics describes the same holder, unlike "the new president".
  if (LEANING_ADJECTIVES.has(p.tokens[a]?.key ?? '') && !p.tokens[a]?.capitalized && (p.separators[a] ?? '') === ' ') a -= 1;
  const article = p.tokens[a];
  if (!t || !article || covered[j] || covered[a] || covered[j - 1] || !ARTICLES.has(article.key) || (p.separators[j] ?? '') !== ' ') return null;
  if ((p.separators[a + 1] ?? '') !== ' ') return null;
  const leader = LEADER_WORDS.has(t.key);
  const state = headOfStateAt(p, j);
  let family = leader || state !== null ? 'president' : familyAt(p.tokens, j);
  if (!family) return null;
  let end = state ?? j;
  // "el mandatario estatal", "la mandataria estatal": a state's head is its governor.
  if (family === 'president' && p.tokens[j + 1]?.key === 'estatal' && (p.separators[j + 1] ?? '') === ' ') {
    family = 'governor';
    end = j + 1;
  }
  let country = demonymBefore;
  const demonymAfter = p.tokens[end + 1];
  if (demonymAfter && !demonymAfter.capitalized && demonymCountry(demonymAfter.key) !== null && (p.separators[end + 1] ?? '') === ' ') {
    country = demonymCountry(demonymAfter.key);
    end += 1;
  }
  if (leader && country === null) return null;
  // "el secretario de Seguridad dijo": the office is part of the role.
  const office: string[] = [];
  const next = p.tokens[end + 1];
  if (next && (next.key === 'of' || next.key === 'de' || next.key === 'del') && (p.separators[end + 1] ?? '') === ' ') {
    let k = end + 2;
    while (k < p.tokens.length && (p.separators[k] ?? '') === ' ' && (isDomainWord(p.tokens[k]?.key ?? '') || isNameParticle(p.tokens[k]?.key ?? ''))) k += 1;
    if (k === end + 2) return null;
    for (let w = end + 2; w < k; w += 1) if (!isNameParticle(p.tokens[w]?.key ?? '')) office.push(p.tokens[w]?.key ?? '');
    end = k - 1;
  }
  const after = p.tokens[end + 1];
  // Followed by a name, the noun is a title ("the president Ana Ruiz"), matched elsewhere.
  if (after && after.capitalized && (p.separators[end + 1] ?? '') === ' ') return null;
  // "el secretario de Economía, Juan Pérez,": a role before a named apposition introduces that name.
  if (after && after.capitalized && covered[end + 1] && /^,\s*$/u.test(p.separators[end + 1] ?? '')) return null;
  for (let k = j; k <= end; k += 1) if (covered[k]) return null;
  return { start: article.start, end: p.tokens[end]?.end ?? t.end, family, article: article.key, country, office, leader };
}

/** "con", "de", "en" …: a name after one of these is an object, not someone the text goes on to describe. */
const OBJECT_PREPOSITIONS = new Set(['de', 'del', 'a', 'al', 'con', 'en', 'por', 'sobre', 'contra', 'entre', 'ante', 'of', 'to', 'with', 'by', 'for', 'at', 'in', 'on', 'about']);
const GLUE = new Set(['el', 'la', 'los', 'las', 'the']);
/** Prepositions that may complete a title: "secretaria de", "head of", "especialista en", "expert in". */
const TITLE_PHRASE_PREPOSITIONS = new Set(['de', 'del', 'of', 'en', 'in']);

/** "con el periodista X", "de la presidenta X", "en X": a name in a prepositional phrase. */
function afterPreposition(p: ParagraphWords, m: PersonRef): boolean {
  const first = tokenAt(p.tokens, m.start);
  for (let j = first - 1, n = 0; j >= 0 && n < MAX_TITLE_LOOK; j -= 1, n += 1) {
    const t = p.tokens[j];
    if (!t || /[,.;:!?(]/u.test(p.separators[j + 1] ?? '')) return false;
    if (OBJECT_PREPOSITIONS.has(t.key)) {
      // "el investigador de la UNAM X", "la secretaria de Seguridad X", "el especialista en seguridad X": the phrase completes a title.
      return !(TITLE_PHRASE_PREPOSITIONS.has(t.key) && titleHeadBefore(p, j));
    }
    if (!GLUE.has(t.key) && !isTitle(t.key) && !isRoleNoun(t.key) && !isDomainWord(t.key) && !t.capitalized) return false;
  }
  return false;
}

/** "X relató que Roe bromeó", "X said that Roe…": a name in the clause a speech verb reports is talked about, not the one the text goes on with. */
function inReportedClause(p: ParagraphWords, m: PersonRef): boolean {
  for (let j = tokenAt(p.tokens, m.start) - 1; j > 0; j -= 1) {
    if (/[.;:!?]/u.test(p.separators[j + 1] ?? '')) return false;
    const t = p.tokens[j];
    if ((t?.key === 'que' || t?.key === 'that') && isSpeechCue(p.tokens[j - 1]?.key ?? '')) return true;
  }
  return false;
}

/** Whether the words before token `j` (past an institution's name: "de la Universidad del Puerto") end in a title noun. */
function titleHeadBefore(p: ParagraphWords, j: number): boolean {
  for (let k = j - 1, n = 0; k >= 0 && n < MAX_TITLE_LOOK; k -= 1, n += 1) {
    const t = p.tokens[k];
    if (!t || /[,.;:!?(]/u.test(p.separators[k + 1] ?? '')) return false;
    if (isTitle(t.key) || isRoleNoun(t.key) || GENERIC_NOUNS.has(t.key)) return true;
    if (!t.capitalized && !GLUE.has(t.key) && t.key !== 'de' && t.key !== 'del') return false;
  }
  return false;
}

/** For each token of a paragraph, whether it stands inside quotation marks (the speaker's words, not the text's). */
function quotedTokens(p: ParagraphWords, text: string): boolean[] {
  const out: boolean[] = [];
  let inside = false;
  for (let j = 0; j < p.tokens.length; j += 1) {
    // Before the first word, the paragraph's own opening ("“Roe usa…”, advirtió").
    const gap = j === 0 ? text.slice(p.start, p.tokens[0]?.start ?? p.start) : (p.separators[j] ?? '');
    for (const c of gap) {
      if (c === '"') inside = !inside;
      else if (c === '\u201c' || c === '\u00ab') inside = true;
      else if (c === '\u201d' || c === '\u00bb') inside = false;
    }
    out.push(inside);
  }
  return out;
}

/** How many recent holders of a role are remembered, most recent last. */
const MAX_HOLDERS = 8;

function remember(holders: Map<string, ActorId[]>, family: string, actor: ActorId): void {
  const list = holders.get(family) ?? [];
  const at = list.indexOf(actor);
  if (at !== -1) list.splice(at, 1);
  list.push(actor);
  if (list.length > MAX_HOLDERS) list.shift();
  holders.set(family, list);
}

/**
 * `people`: person mentions sorted by start. `covered[pi][j]`: word j of
 * paragraph pi already belongs to a mention.
 */
export function resolveRoleMentions(
  paragraphs: readonly ParagraphWords[],
  people: readonly PersonRef[],
  covered: readonly (readonly boolean[])[],
  actorOf: (id: ActorId) => Actor | undefined,
  text = '',
  insideQuote: (offset: number) => boolean = () => false,
): RoleMention[] {
  const out: RoleMention[] = [];
  const rolesOf = new Map<ActorId, Set<string>>();
  const officeOf = new Map<ActorId, Set<string>>();
  let lastByFamily = new Map<string, ActorId[]>();
  let recent: ActorId[] = [];
  let indefinite = new Set<string>();
  let story = -1;
  let next = 0;
  const see = (m: PersonRef, sameStory: boolean): void => {
    const p = paragraphs[m.paragraph];
    if (!p) return;
    let roles = rolesOf.get(m.actor);
    for (const f of m.via === 'pronoun' ? [] : introducedRoles(p, m)) {
      if (!roles) rolesOf.set(m.actor, (roles = new Set()));
      roles.add(f);
    }
    if (roles && m.via !== 'pronoun') for (const w of introducedOffice(p, m)) officeOf.set(m.actor, (officeOf.get(m.actor) ?? new Set()).add(w));
    if (sameStory) {
      for (const r of roles ?? []) remember(lastByFamily, r, m.actor);
      if (!afterPreposition(p, m) && !inQuotes(m) && !inReportedClause(p, m)) recent.push(m.actor);
      if (recent.length > MAX_HOLDERS) recent.shift();
    }
  };
  const quoted = new Map<number, boolean[]>();
  const inQuotes = (m: PersonRef): boolean => {
    const p = paragraphs[m.paragraph];
    if (!p) return false;
    // A dialogue line ("—¿Se lo dijo así el presidente X?") is quoted too, though no quotation mark shows it.
    if (insideQuote(m.start)) return true;
    let q = quoted.get(m.paragraph);
    if (!q) quoted.set(m.paragraph, (q = quotedTokens(p, text)));
    return q[tokenAt(p.tokens, m.start)] ?? false;
  };
  const catchUp = (offset: number): void => {
    while (next < people.length && (people[next]?.start ?? Infinity) < offset) {
      const m = people[next];
      next += 1;
      if (m) see(m, paragraphs[m.paragraph]?.story === story);
    }
  };
  paragraphs.forEach((p, pi) => {
    if (p.story !== story) {
      story = p.story;
      lastByFamily = new Map();
      recent = [];
      indefinite = new Set();
    }
    const cov = covered[pi] ?? [];
    for (let j = 1; j < p.tokens.length; j += 1) {
      const t = p.tokens[j];
      // "Ivo Brask" unknown to the registry and to discovery is still a person the noun may describe.
      const unknown = t ? unknownName(p, j, cov) : null;
      if (t && unknown) {
        catchUp(t.start);
        recent.push(`${UNKNOWN_PERSON}${unknown}` as ActorId);
      }
      if (t && GENERIC_NOUNS.has(t.key)) {
        // "un funcionario que pidió el anonimato … el funcionario": an unnamed person, whom no earlier name fits.
        if (INDEFINITE.has(p.tokens[j - 1]?.key ?? '')) indefinite.add(t.key);
        const generic = indefinite.has(t.key) ? null : genericAt(p, j, cov);
        if (!generic) continue;
        catchUp(t.start);
        const actor = [...recent].reverse().find((id) => {
          if (id.startsWith(UNKNOWN_PERSON)) return id === `${UNKNOWN_PERSON}${generic.gender}` || id === `${UNKNOWN_PERSON}any`;
          const a = actorOf(id);
          // A gender nobody stated does not contradict the noun's.
          const gender = a?.gender ?? null;
          if ((gender === 'female' || gender === 'male') && gender !== generic.gender) return false;
          return !(generic.country && a?.country && a.country !== generic.country);
        });
        if (actor && !actor.startsWith(UNKNOWN_PERSON)) out.push({ start: generic.start, end: generic.end, actor, paragraph: pi });
        continue;
      }
      if (!t || (!FAMILIES.has(t.key) && !LEADER_WORDS.has(t.key) && headOfStateAt(p, j) === null)) continue;
      catchUp(t.start);
      const role = bareRoleAt(p, j, cov);
      if (!role) continue;
      // The most recent holder whose gender and country do not contradict the words of the role.
      const stated = titleGender(t.key, role.article);
      const holders = [...(lastByFamily.get(role.family) ?? [])].reverse().filter((id) => {
        const a = actorOf(id);
        const gender = a?.gender ?? null;
        if (stated && (gender === 'female' || gender === 'male') && stated !== gender) return false;
        if (role.leader) return a?.country === role.country;
        return !(role.country && a?.country && a.country !== role.country);
      });
      // "el secretario de Seguridad": the holder introduced with that office, else one whose office is unknown.
      const actor =
        role.office.length === 0
          ? holders[0]
          : (holders.find((id) => role.office.some((w) => officeOf.get(id)?.has(w))) ?? holders.find((id) => (officeOf.get(id)?.size ?? 0) === 0));
      if (!actor) continue;
      out.push({ start: role.start, end: role.end, actor, paragraph: pi });
      remember(lastByFamily, role.family, actor);
    }
  });
  return out;
}
