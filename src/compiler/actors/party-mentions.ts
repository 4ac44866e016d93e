/**
 * "The party said", "el partido sostuvo", "the ministry said": a bare noun for
 * a body names the body mentioned last before it in the same story whose name or
 * alias holds that word ("party"/"partido", "ministry", "navy", "department",
 * "fiscalía"); "la dependencia", "the agency" name the first body of their own
 * sentence or of the one right before. It refuses to guess: with no such body
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
  // "ha recalcado la Fiscalía": the prosecutor's office named last ("la Fiscalía General de …").
  ['fiscalia', /\bfiscal[ií]a\b/iu],
]);
/**
 * "señaló la dependencia", "the agency said": a noun for any public body or organization names the first body of its
 * own sentence ("CBP officers found …, the agency said"), or else of the nearest sentence before it that names one ("La
 * Fiscalía General … informó que el detenido fue entregado a agentes del Servicio X. «…», señaló la dependencia").
 */
const ANY_BODY = new Set(['dependencia', 'organismo', 'institucion', 'agency']);
const ARTICLES = new Set(['the', 'el', 'la']);
/** How many recent actors are remembered: a body's noun refers to one named near it. */
const MAX_NAMED = 40;

function isBody(actor: Actor | undefined): boolean {
  return actor !== undefined && (actor.kind === 'government' || actor.kind === 'organization');
}

/** A body named after a preposition or in parentheses is not what the sentence is about: "con el administrador de la Agencia X (AX)". */
const AFTER_PREPOSITION = /(?:(?:^|[^\p{L}])(?:de|del|con|a|al|en|por|para|of|with|to|at|from|by|for|in)\s+(?:(?:el|la|los|las|the)\s+)?|\(\s*)$/iu;

/** A sentence boundary: "…. La", "…» El". */
const SENTENCE_END = /[.!?]["'\u201d\u2019\u00bb]?\s+["'\u201c\u00ab]?\p{Lu}/gu;

/** How many sentence boundaries a stretch of text holds: 0, 1 or 2 (two or more). */
function sentenceEnds(s: string): number {
  SENTENCE_END.lastIndex = 0;
  let n = 0;
  while (n < 2 && SENTENCE_END.exec(s) !== null) n += 1;
  return n;
}

function holds(actor: Actor | undefined, word: RegExp): boolean {
  return actor !== undefined && actor.kind !== 'person' && (word.test(actor.name) || actor.aliases.some((a) => word.test(a)));
}

/** `mentions`: named actors sorted by start. `covered[pi][j]`: word j of paragraph pi already belongs to a mention. */
export function resolvePartyMentions(
  paragraphs: readonly ParagraphWords[],
  mentions: readonly { start: number; actor: ActorId; paragraph?: number }[],
  covered: readonly (readonly boolean[])[],
  actorOf: (id: ActorId) => Actor | undefined,
  text = '',
): PartyMention[] {
  const out: PartyMention[] = [];
  // The body last named for each noun, and every actor named so far in the story, most recent last.
  let named: ActorId[] = [];
  // The first body of the sentence being read, and of the last earlier sentence that named one.
  let sentenceBody: ActorId | null = null;
  let earlierBody: ActorId | null = null;
  let lastEnd = 0;
  const advance = (to: number, pi: number): void => {
    const gap = pi !== lastParagraph ? 1 : sentenceEnds(text.slice(lastEnd, to));
    if (gap > 0) {
      // Only the sentence right before counts: one with no body in between leaves none.
      earlierBody = gap === 1 && pi - lastParagraph <= 1 ? sentenceBody : null;
      sentenceBody = null;
    }
    lastParagraph = pi;
    lastEnd = to;
  };
  let lastParagraph = -1;
  let story = -1;
  let next = 0;
  paragraphs.forEach((p, pi) => {
    if (p.story !== story) {
      story = p.story;
      named = [];
      sentenceBody = null;
      earlierBody = null;
    }
    const cov = covered[pi] ?? [];
    for (let j = 1; j < p.tokens.length; j += 1) {
      const t = p.tokens[j];
      const word = t ? BODY_NOUNS.get(t.key) : undefined;
      const anyBody = t !== undefined && !t.capitalized && ANY_BODY.has(t.key);
      // "the Navy said": a body's noun may be capitalised, but a party's ("el Partido Verde") is a name.
      if (!t || (!word && !anyBody) || (t.capitalized && word === PARTY_WORD) || cov[j]) continue;
      while (next < mentions.length && (mentions[next]?.start ?? Infinity) < t.start) {
        const m = mentions[next];
        next += 1;
        if (!m) continue;
        named.push(m.actor);
        if (named.length > MAX_NAMED) named.shift();
        advance(m.start, m.paragraph ?? pi);
        if (sentenceBody === null && isBody(actorOf(m.actor)) && !AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 16), m.start))) sentenceBody = m.actor;
      }
      if (anyBody) advance(t.start, pi);
      const last = word ? ([...named].reverse().find((id) => holds(actorOf(id), word)) ?? null) : (sentenceBody ?? earlierBody);
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
