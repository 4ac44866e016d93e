/**
 * "The Mexican readout stressed…", "the Norland statement said": a document or
 * side named by a country's adjective speaks for that country's government,
 * the actor the file lists as "the <adjective> government". It refuses to
 * guess: with no such alias, or with two actors holding it, the words stay
 * unresolved; a name after the noun ("the Mexican statement by X") is left
 * alone.
 */
import type { Actor, ActorId } from '../../schema/timeline';
import { demonymCountry } from './actor-lexicon';
import { foldKey } from './fold-text';
import type { ParagraphWords } from './paragraph-words';

export interface NationalMention {
  start: number;
  end: number;
  actor: ActorId;
  paragraph: number;
}

/** Nouns for what a government issues or is in a talk. */
const DOCUMENT_NOUNS = new Set(['readout', 'statement', 'side', 'communique']);

/** Per actor list: the registry is the same for every document of a build, so the table is built once. */
const tables = new WeakMap<readonly Actor[], Map<string, ActorId>>();

/** The actor each demonym's "the X government" alias names, when exactly one does. */
function governmentsByDemonym(actors: readonly Actor[]): Map<string, ActorId> {
  const known = tables.get(actors);
  if (known) return known;
  const found = new Map<string, ActorId | null>();
  for (const a of actors) {
    for (const alias of a.aliases) {
      const m = /^(?:the\s+)?(\S+)\s+government$/u.exec(foldKey(alias));
      const demonym = m?.[1];
      if (!demonym || demonymCountry(demonym) === null) continue;
      const had = found.get(demonym);
      found.set(demonym, had === undefined || had === a.id ? a.id : null);
    }
  }
  const out = new Map<string, ActorId>();
  for (const [k, v] of found) if (v !== null) out.set(k, v);
  tables.set(actors, out);
  return out;
}

export function resolveNationalDocuments(
  paragraphs: readonly ParagraphWords[],
  covered: readonly (readonly boolean[])[],
  actors: readonly Actor[],
): NationalMention[] {
  const governments = governmentsByDemonym(actors);
  const out: NationalMention[] = [];
  if (governments.size === 0) return out;
  paragraphs.forEach((p, pi) => {
    const cov = covered[pi] ?? [];
    for (let j = 2; j < p.tokens.length; j += 1) {
      const noun = p.tokens[j];
      const adjective = p.tokens[j - 1];
      const article = p.tokens[j - 2];
      if (!noun || !adjective || !article || !DOCUMENT_NOUNS.has(noun.key) || article.key !== 'the') continue;
      if (cov[j] || cov[j - 1] || (p.separators[j] ?? '') !== ' ' || (p.separators[j - 1] ?? '') !== ' ') continue;
      const actor = governments.get(adjective.key);
      // "the Mexican statement by X", "the Mexican side's negotiator": someone else is named.
      const after = p.separators[j + 1] ?? '';
      if (!actor || /^['\u2019]/u.test(after) || p.tokens[j + 1]?.key === 'by') continue;
      out.push({ start: article.start, end: noun.end, actor, paragraph: pi });
    }
  });
  return out;
}
