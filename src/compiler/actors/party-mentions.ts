/**
 * "The party said", "el partido sostuvo": a bare party noun names the party
 * mentioned last before it in the same story, a party being an actor whose name
 * or alias holds the word "party" or "partido". It refuses to guess: with no
 * party mentioned before it, or followed by a name ("the party's leader" is a
 * person; "el Partido Verde" is matched by name), the noun stays unresolved.
 * One pass over the paragraphs, in text order.
 */
import type { Actor, ActorId } from '../../schema/timeline';
import type { ParagraphWords } from './paragraph-words';

export interface PartyMention {
  start: number;
  end: number;
  actor: ActorId;
  paragraph: number;
}

const PARTY_NOUNS = new Set(['party', 'partido']);
const ARTICLES = new Set(['the', 'el']);
const PARTY_WORD = /\b(?:party|partido)\b/iu;

/** Whether an actor is a political party, by its own name or aliases. */
export function isParty(actor: Actor | undefined): boolean {
  return actor !== undefined && actor.kind !== 'person' && (PARTY_WORD.test(actor.name) || actor.aliases.some((a) => PARTY_WORD.test(a)));
}

/** `mentions`: named actors sorted by start. `covered[pi][j]`: word j of paragraph pi already belongs to a mention. */
export function resolvePartyMentions(
  paragraphs: readonly ParagraphWords[],
  mentions: readonly { start: number; actor: ActorId }[],
  covered: readonly (readonly boolean[])[],
  actorOf: (id: ActorId) => Actor | undefined,
): PartyMention[] {
  const out: PartyMention[] = [];
  let last: ActorId | null = null;
  let story = -1;
  let next = 0;
  paragraphs.forEach((p, pi) => {
    if (p.story !== story) {
      story = p.story;
      last = null;
    }
    const cov = covered[pi] ?? [];
    for (let j = 1; j < p.tokens.length; j += 1) {
      const t = p.tokens[j];
      if (!t || !PARTY_NOUNS.has(t.key) || t.capitalized || cov[j]) continue;
      while (next < mentions.length && (mentions[next]?.start ?? Infinity) < t.start) {
        const m = mentions[next];
        next += 1;
        if (m && isParty(actorOf(m.actor))) last = m.actor;
      }
      const article = p.tokens[j - 1];
      if (!article || !ARTICLES.has(article.key) || cov[j - 1] || (p.separators[j] ?? '') !== ' ') continue;
      // "the party's leader", "the party Morena": the noun is not the speaker.
      const after = p.separators[j + 1] ?? '';
      if (/^['\u2019]/u.test(after) || (after === ' ' && p.tokens[j + 1]?.capitalized)) continue;
      if (last !== null) out.push({ start: article.start, end: t.end, actor: last, paragraph: pi });
    }
  });
  return out;
}
