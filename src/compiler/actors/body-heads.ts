/**
 * The head of a public body named by the body: "el titular de la SSPC", "la
 * titular de la Secretaría de Economía", "the head of the Navy". Such words
 * name the person the document introduced as holding that body's office ("el
 * secretario de Seguridad y Protección Ciudadana, X" heads the Secretaría de
 * Seguridad y Protección Ciudadana; two of the office's words in the body's name
 * are enough), the most recent one in the same story. It
 * refuses to guess: a body no one was introduced as heading, or a head noun
 * followed by a name of its own ("el titular de la SSPC, X"), is left alone.
 */
import type { Actor, ActorId } from '../../schema/timeline';
import { isNameParticle } from './actor-lexicon';
import { foldedWords } from './fold-text';
import type { ParagraphWords } from './paragraph-words';
import { introducedOffice, tokenAt, type PersonRef } from './role-introductions';

export interface BodyHead {
  start: number;
  end: number;
  actor: ActorId;
  paragraph: number;
  /** The body's own mention, which the head's words take over. */
  body: { start: number; end: number };
}

/** Nouns for whoever heads a body. */
const HEAD_NOUNS = new Set(['titular', 'head', 'jefe', 'jefa', 'chief']);
const OF = new Set(['de', 'del', 'of']);
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);

function nameWords(name: string): Set<string> {
  return new Set(foldedWords(name).filter((w) => !isNameParticle(w)));
}

/** Where "el titular de la" starts, when those words stand right before the body's first word (token `b`). */
function headBefore(p: ParagraphWords, b: number): number | null {
  let k = b - 1;
  if (ARTICLES.has(p.tokens[k]?.key ?? '')) k -= 1;
  if (!OF.has(p.tokens[k]?.key ?? '') || !HEAD_NOUNS.has(p.tokens[k - 1]?.key ?? '')) return null;
  let from = k - 1;
  if (ARTICLES.has(p.tokens[from - 1]?.key ?? '') && (p.separators[from] ?? '') === ' ') from -= 1;
  for (let j = from + 1; j <= b; j += 1) if ((p.separators[j] ?? '') !== ' ') return null;
  return from;
}

/**
 * `people` and `bodies`: mentions of persons and of other actors, sorted by start.
 */
export function resolveBodyHeads(
  paragraphs: readonly ParagraphWords[],
  people: readonly PersonRef[],
  bodies: readonly PersonRef[],
  actorOf: (id: ActorId) => Actor | undefined,
): BodyHead[] {
  const out: BodyHead[] = [];
  // The people introduced with an office so far, most recent last, with the office's words.
  const holders: { actor: ActorId; story: number; office: string[] }[] = [];
  let next = 0;
  for (const b of bodies) {
    while (next < people.length && (people[next]?.start ?? Infinity) < b.start) {
      const m = people[next];
      next += 1;
      const p = m ? paragraphs[m.paragraph] : undefined;
      const office = m && p && m.via === 'name' ? introducedOffice(p, m) : [];
      if (m && p && office.length > 0) holders.push({ actor: m.actor, story: p.story, office });
    }
    const p = paragraphs[b.paragraph];
    const body = actorOf(b.actor);
    if (!p || !body || body.kind === 'person') continue;
    const at = tokenAt(p.tokens, b.start);
    const from = at === -1 ? null : headBefore(p, at);
    const start = from === null ? undefined : p.tokens[from]?.start;
    if (start === undefined) continue;
    // "el titular de la SSPC, Omar X": the head is introduced by name, matched elsewhere.
    const after = p.tokens.findIndex((t) => t.start >= b.end);
    if (after !== -1 && p.tokens[after]?.capitalized && /^,?\s*$/u.test(p.separators[after] ?? '')) continue;
    const words = nameWords(body.name);
    // "secretario de Seguridad y Protección Ciudadana del Gobierno de México": two of the office's words in the body's name will do.
    const holder = holders.findLast((h) => h.story === p.story && h.office.filter((w) => words.has(w)).length >= Math.min(2, h.office.length));
    if (holder) out.push({ start, end: b.end, actor: holder.actor, paragraph: b.paragraph, body: { start: b.start, end: b.end } });
  }
  return out;
}
