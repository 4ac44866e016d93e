/**
 * "The party said", "el partido sostuvo", "the ministry said": a bare noun for
 * a body names the body mentioned last before it in the same story whose name or
 * alias holds that word ("party"/"partido", "ministry", "navy", "department").
 * It refuses to guess: with no such body
 * mentioned before it, or followed by a name ("the party's leader" is a
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

const PARTY_WORD = /\b(?:party|partido)\b/iu;
/**
 * Bare nouns for a body, and the word its name must hold: "the ministry said"
 * is the ministry named last ("Mexico's Foreign Ministry"), "the Navy said" the
 * navy named last.
 */
const BODY_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ['party', PARTY_WORD],
  ['partido', PARTY_WORD],
  ['ministry', /\b(?:ministry|ministerio)\b/iu],
  ['ministerio', /\b(?:ministry|ministerio)\b/iu],
  ['navy', /\b(?:navy|marina)\b/iu],
  ['department', /\bdepartment\b/iu],
  ['departamento', /\bdepartamento\b/iu],
  // "la cancillería subrayó": the foreign ministry named last ("la Cancillería", "Mexico's Foreign Ministry").
  ['cancilleria', /\b(?:canciller[ií]a|foreign ministry)\b/iu],
  ['cabinet', /\b(?:cabinet|gabinete)\b/iu],
  ['gabinete', /\b(?:cabinet|gabinete)\b/iu],
]);
const ARTICLES = new Set(['the', 'el', 'la']);
/** How many recent actors are remembered: a body's noun refers to one named near it. */
const MAX_NAMED = 40;

function holds(actor: Actor | undefined, word: RegExp): boolean {
  return actor !== undefined && actor.kind !== 'person' && (word.test(actor.name) || actor.aliases.some((a) => word.test(a)));
}

/** `mentions`: named actors sorted by start. `covered[pi][j]`: word j of paragraph pi already belongs to a mention. */
export function resolvePartyMentions(
  paragraphs: readonly ParagraphWords[],
  mentions: readonly { start: number; actor: ActorId }[],
  covered: readonly (readonly boolean[])[],
  actorOf: (id: ActorId) => Actor | undefined,
): PartyMention[] {
  const out: PartyMention[] = [];
  // The body last named for each noun, and every actor named so far in the story, most recent last.
  let named: ActorId[] = [];
  let story = -1;
  let next = 0;
  paragraphs.forEach((p, pi) => {
    if (p.story !== story) {
      story = p.story;
      named = [];
    }
    const cov = covered[pi] ?? [];
    for (let j = 1; j < p.tokens.length; j += 1) {
      const t = p.tokens[j];
      const word = t ? BODY_NOUNS.get(t.key) : undefined;
      // "the Navy said": a body's noun may be capitalised, but a party's ("el Partido Verde") is a name.
      if (!t || !word || (t.capitalized && word === PARTY_WORD) || cov[j]) continue;
      while (next < mentions.length && (mentions[next]?.start ?? Infinity) < t.start) {
        const m = mentions[next];
        next += 1;
        if (m) named.push(m.actor);
        if (named.length > MAX_NAMED) named.shift();
      }
      const last = [...named].reverse().find((id) => holds(actorOf(id), word)) ?? null;
      const article = p.tokens[j - 1];
      if (!article || !ARTICLES.has(article.key) || cov[j - 1] || (p.separators[j] ?? '') !== ' ') continue;
      // "the party's leader", "the party Morena": the noun is not the speaker.
      const after = p.separators[j + 1] ?? '';
      if (/^['\u2019]/u.test(after) || (after === ' ' && p.tokens[j + 1]?.capitalized)) continue;
      // "the Ministry of Finance": a body named in full, perhaps another one.
      if (after === ' ' && (p.tokens[j + 1]?.key === 'of' || p.tokens[j + 1]?.key === 'de')) continue;
      if (last !== null) out.push({ start: article.start, end: t.end, actor: last, paragraph: pi });
    }
  });
  return out;
}
