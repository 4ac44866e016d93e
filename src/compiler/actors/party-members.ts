/**
 * "the Oregon Democrat said", "el republicano sostuvo": a party member named by
 * party (and perhaps state) is the person last introduced in the same story as a
 * member of that party: "Sen. Dana Whitford, D-Ore.", "Democratic Rep. X", "el
 * senador demócrata X". It refuses to guess: with nobody so introduced before,
 * or the noun used as a title ("the Democrat Dana Whitford"), the words stay
 * unresolved; they are never a new person.
 */
import type { ActorId } from '../../schema/timeline';
import { isTitle } from './actor-lexicon';
import type { ParagraphWords } from './paragraph-words';
import type { WordToken } from './word-tokens';

export interface PartyMemberMention {
  start: number;
  end: number;
  actor: ActorId;
  paragraph: number;
}

type Party = 'D' | 'R';

/** Party nouns and adjectives, folded. */
const MEMBER_NOUNS: ReadonlyMap<string, Party> = new Map([
  ['democrat', 'D'], ['democrata', 'D'], ['republican', 'R'], ['republicano', 'R'], ['republicana', 'R'],
]);
const ADJECTIVES: ReadonlyMap<string, Party> = new Map([...MEMBER_NOUNS, ['democratic', 'D']]);
const ARTICLES = new Set(['the', 'el', 'la']);
/** How many capitalised words (a state) may stand between the article and the noun: "the New Mexico Democrat". */
const MAX_PLACE_WORDS = 2;
/** How far before a name its party adjective may stand: "Democratic Sen. X", "el senador demócrata X". */
const MAX_ADJECTIVE_LOOK = 3;

interface PersonRef {
  start: number;
  end: number;
  actor: ActorId;
  paragraph: number;
  via: string;
}

function tokenIndex(tokens: readonly WordToken[], offset: number): number {
  return tokens.findIndex((t) => t.start === offset);
}

/** The party a name is introduced with: "X, D-Ore.", "X (R-Texas)", "Democratic Sen. X", "el senador demócrata X". */
function introducedParty(p: ParagraphWords, m: PersonRef): Party | null {
  const first = tokenIndex(p.tokens, m.start);
  if (first === -1) return null;
  let last = first;
  while ((p.tokens[last + 1]?.end ?? Infinity) <= m.end) last += 1;
  const tag = p.tokens[last + 1];
  if (tag && /^(?:, |\s?\()$/u.test(p.separators[last + 1] ?? '') && (tag.folded === 'D' || tag.folded === 'R') && p.separators[last + 2] === '-' && p.tokens[last + 2]?.capitalized) {
    return tag.folded as Party;
  }
  for (let j = first - 1, n = 0; j >= 0 && n < MAX_ADJECTIVE_LOOK; j -= 1, n += 1) {
    const t = p.tokens[j];
    if (!t || /[,;:.!?]\s*$/u.test(p.separators[j + 1] ?? '') && p.separators[j + 1] !== '. ') break;
    const party = ADJECTIVES.get(t.key);
    if (party) return party;
    if (!isTitle(t.key)) break;
  }
  return null;
}

/** "the Oregon Democrat", "el republicano" at token j (the noun), not followed by a name; its start token. */
function memberAt(p: ParagraphWords, j: number, covered: readonly boolean[]): number | null {
  let a = j - 1;
  while (a >= 0 && j - a <= MAX_PLACE_WORDS && p.tokens[a]?.capitalized && !covered[a] && !ARTICLES.has(p.tokens[a]?.key ?? '')) a -= 1;
  const article = p.tokens[a];
  if (!article || !ARTICLES.has(article.key) || covered[a] || covered[j]) return null;
  for (let k = a + 1; k <= j; k += 1) if (p.separators[k] !== ' ') return null;
  const after = p.tokens[j + 1];
  // "the Democrat Dana Whitford", "the Republican Party", "the Democrat's bill": a title, a name or a possessor.
  if (after && (after.capitalized && p.separators[j + 1] === ' ' || /^['\u2019]/u.test(p.separators[j + 1] ?? ''))) return null;
  return a;
}

/** `people`: person mentions sorted by start. */
export function resolvePartyMembers(paragraphs: readonly ParagraphWords[], people: readonly PersonRef[], covered: readonly (readonly boolean[])[]): PartyMemberMention[] {
  const out: PartyMemberMention[] = [];
  let last = new Map<Party, ActorId>();
  let story = -1;
  let next = 0;
  paragraphs.forEach((p, pi) => {
    if (p.story !== story) {
      story = p.story;
      last = new Map();
    }
    const cov = covered[pi] ?? [];
    const catchUp = (offset: number): void => {
      while (next < people.length && (people[next]?.start ?? Infinity) < offset) {
        const m = people[next];
        next += 1;
        const mp = m ? paragraphs[m.paragraph] : undefined;
        const party = m && mp && mp.story === story && m.via !== 'pronoun' ? introducedParty(mp, m) : null;
        if (m && party) last.set(party, m.actor);
      }
    };
    for (let j = 1; j < p.tokens.length; j += 1) {
      const t = p.tokens[j];
      const party = t ? MEMBER_NOUNS.get(t.key) : undefined;
      if (!t || !party) continue;
      const a = memberAt(p, j, cov);
      const article = a === null ? undefined : p.tokens[a];
      if (!article) continue;
      catchUp(article.start);
      const actor = last.get(party);
      if (actor) out.push({ start: article.start, end: t.end, actor, paragraph: pi });
    }
  });
  return out;
}
