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

/** `named`: every actor mention, sorted by start. Each sentence's unnamed speaker, with the paragraph it is in. */
export function unnamedSpeakers(
  text: string,
  sentences: readonly Range[],
  named: readonly Range[],
  paragraphs: readonly Range[],
): { start: number; end: number; actor: ActorId; paragraph: number }[] {
  const out: { start: number; end: number; actor: ActorId; paragraph: number }[] = [];
  for (const s of sentences) {
    const head = OPENING_NAME.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
    if (!head?.[1] || !head[2] || !isCueAt(foldKey(head[2]), undefined)) continue;
    if (NOT_NAMES.has(foldKey(head[1].split(/\s+/u)[0] ?? ''))) continue;
    const start = s.start + head[0].length - head[2].length - head[1].length;
    const end = start + head[1].trimEnd().length;
    const k = lastAtOrBefore(named, end, (m) => m.start);
    const m = named[k];
    if (m && m.end > start) continue;
    const paragraph = lastAtOrBefore(paragraphs, start, (p) => p.start);
    if (paragraph !== -1) out.push({ start, end, actor: UNNAMED, paragraph });
  }
  return out;
}
