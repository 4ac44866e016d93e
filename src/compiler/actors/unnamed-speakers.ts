/**
 * Speakers a text names but no actor stands for: a sentence that opens with a
 * capitalised name that no mention covers, right before a speech verb ("Roe
 * Vidal argues that…", "Pérez Ugalde sostiene que…"). Pronoun resolution counts
 * them as people of unknown gender, so that the "she says" after them is not
 * given to someone else the sentence names. It refuses to guess who they are:
 * they never become actors or speakers.
 */
import type { ActorId } from '../../schema/timeline';
import { isCueAt } from '../quotes/speech-cues';
import { isTitle } from './actor-lexicon';
import { lastAtOrBefore } from '../quotes/quote-surroundings';
import { foldKey } from './fold-text';

interface Range {
  start: number;
  end: number;
}

/** The id an unnamed speaker stands under while pronouns are resolved; never an actor's. */
export const UNNAMED = '' as ActorId;

/** Two to four capitalised words opening a sentence, then a lower-case word: "Roe Vidal argues". */
const OPENING_NAME = /^[\s"'\u201c\u00ab*_]*((?:\p{Lu}[\p{L}\p{M}'\u2019-]+\s+){2,4})(\p{Ll}+)/u;
/** Capitalised words that open sentences without naming anyone. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'but', 'and', 'for', 'since', 'this', 'that', 'its',
  'his', 'her', 'their', 'our', 'el', 'la', 'los', 'las', 'en', 'tras', 'con', 'para', 'por', 'un', 'una', 'su', 'sus',
]);

/**
 * "On Thursday night, the president told …", "La vocera dijo …": a title with its article as the subject of a speech
 * verb, after at most a short opening phrase. When no mention covers it, the role names someone the text does not
 * say, and a "he" after it is that person's, not an earlier name's.
 */
const OPENING_ROLES = [
  /^[\s"'\u201c\u00ab*_]*(?:[^,.;:!?"\u201c\u201d\u00ab\u00bb]{1,40},\s+)?((?:[Tt]he|[Ee]l|[Ll]a)\s+(\p{L}+))\s+(\p{Ll}+)/u,
  // "the new chairman said", "la nueva vocera dijo": one adjective before the title.
  /^[\s"'\u201c\u00ab*_]*(?:[^,.;:!?"\u201c\u201d\u00ab\u00bb]{1,40},\s+)?((?:[Tt]he|[Ee]l|[Ll]a)\s+\p{Ll}+\s+(\p{L}+))\s+(\p{Ll}+)/u,
];

/** `named`: every actor mention, sorted by start. Each sentence's unnamed speaker, with the paragraph it is in. */
export function unnamedSpeakers(
  text: string,
  sentences: readonly Range[],
  named: readonly Range[],
  paragraphs: readonly Range[],
): { start: number; end: number; actor: ActorId; paragraph: number }[] {
  const out: { start: number; end: number; actor: ActorId; paragraph: number }[] = [];
  for (const s of sentences) {
    const opening = text.slice(s.start, Math.min(s.end, s.start + 120));
    const head = OPENING_NAME.exec(opening);
    let span: { start: number; end: number } | null = null;
    if (head?.[1] && head[2] && isCueAt(foldKey(head[2]), undefined) && !NOT_NAMES.has(foldKey(head[1].split(/\s+/u)[0] ?? ''))) {
      const start = s.start + head[0].length - head[2].length - head[1].length;
      span = { start, end: start + head[1].trimEnd().length };
    } else {
      for (const pattern of OPENING_ROLES) {
        const role = pattern.exec(opening);
        if (!role?.[1] || !role[2] || !role[3] || !isTitle(foldKey(role[2])) || !isCueAt(foldKey(role[3]), undefined)) continue;
        const start = s.start + role[0].slice(0, role[0].length - role[3].length).trimEnd().length - role[1].length;
        span = { start, end: start + role[1].length };
        break;
      }
    }
    if (!span) continue;
    const k = lastAtOrBefore(named, span.end, (m) => m.start);
    const m = named[k];
    if (m && m.end > span.start) continue;
    const paragraph = lastAtOrBefore(paragraphs, span.start, (p) => p.start);
    if (paragraph !== -1) out.push({ ...span, actor: UNNAMED, paragraph });
  }
  return out;
}
