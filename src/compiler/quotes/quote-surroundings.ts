/**
 * What surrounds a quote: the words and actor mentions outside quotes near it,
 * found by binary search and one forward pass, so that the cost per quote stays
 * bounded however long the paragraph.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ActorRegistry } from '../actors/actor-registry';
import type { ParagraphWords } from '../actors/paragraph-words';
import type { WordToken } from '../actors/word-tokens';
import type { QuoteSpan } from './quote-scanner';
import { startsWithDialogueDash } from './dialogue-lines';
import { inPrepositionalPhrase } from './clause-position';

/** Index of the last item whose `key` is at or before `offset`, or -1. */
export function lastAtOrBefore<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item !== undefined && key(item) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Words within [from, to), skipping those inside quotes; one pass with a moving quote pointer. */
export function wordsBetween(paragraphs: readonly ParagraphWords[], spans: readonly QuoteSpan[], from: number, to: number): WordToken[] {
  const out: WordToken[] = [];
  let q = Math.max(0, lastAtOrBefore(spans, from, (s) => s.open));
  for (let pi = Math.max(0, lastAtOrBefore(paragraphs, from, (p) => p.start)); pi < paragraphs.length; pi += 1) {
    const p = paragraphs[pi];
    if (!p || p.start >= to) break;
    if (p.end <= from) continue;
    for (let j = Math.max(0, lastAtOrBefore(p.tokens, from - 1, (t) => t.start) + 1); j < p.tokens.length; j += 1) {
      const t = p.tokens[j];
      if (!t || t.start >= to) break;
      while (q < spans.length && (spans[q]?.close ?? 0) <= t.start) q += 1;
      const span = spans[q];
      if (span && span.open <= t.start) continue;
      out.push(t);
    }
  }
  return out;
}

/** Mentions starting within [from, to), outside quotes. */
export function mentionsBetween(mentions: readonly ActorMention[], from: number, to: number, inQuote: (o: number) => boolean): ActorMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ActorMention[] = [];
  for (let j = lo; j < mentions.length; j += 1) {
    const m = mentions[j];
    if (!m || m.start >= to) break;
    if (!inQuote(m.start)) out.push(m);
  }
  return out;
}

/** "de", "a", "con" …: a mention in a phrase opened by one is never the subject carried over. */
const OBJECT_PREPOSITIONS = new Set([
  'de', 'del', 'a', 'al', 'con', 'por', 'en', 'sobre', 'contra', 'entre', 'ante', 'hacia', 'sin', 'tras',
  'of', 'to', 'with', 'by', 'from', 'for', 'at', 'in', 'on', 'about', 'against', 'between', 'among',
]);
/** How many dialogue lines an exchange may run back before the paragraph that names its speaker. */
const MAX_DIALOGUE_LINES = 4;

/**
 * The subject a Spanish sentence carries over ("Sotelo recordó … «…», subrayó.",
 * "Para el analista X, … «…», escribió."): the first person named in subject
 * position (not after a preposition, not a possessor) in the nearest sentence
 * before the quote that has one, in its paragraph or the one before; an exchange
 * of dialogue lines ("—¿…?, se le preguntó." / "—No —respondió.") reaches back
 * past its lines to the paragraph that introduced it, and so does a paragraph
 * that names no one ("«…», aseveró.").
 */
export function carriedSubject(
  mentions: readonly ActorMention[],
  registry: ActorRegistry,
  paragraphs: readonly ParagraphWords[],
  pi: number,
  before: number,
  inQuote: (o: number) => boolean,
  text: string,
): ActorId | null {
  let first = Math.max(0, pi - 1);
  for (let n = 0; n < MAX_DIALOGUE_LINES && first > 0; n += 1) {
    const p = paragraphs[first];
    if (!p || !startsWithDialogueDash(text, p)) break;
    first -= 1;
  }
  // "«…», aseveró." names no one: the subject it carries reaches on to the paragraph before it.
  const previous = paragraphs[first];
  if (first > 0 && first < pi && previous && !namesAnyone(mentions, previous, inQuote)) first -= 1;
  const from = paragraphs[first]?.start ?? 0;
  const story = paragraphs[pi]?.story;
  let sentence = -1;
  let subject: ActorId | null = null;
  for (let j = lastAtOrBefore(mentions, before - 1, (m) => m.start), n = 0; j >= 0 && n < 40; j -= 1, n += 1) {
    const m = mentions[j];
    if (!m || m.start < from) break;
    if (m.end > before || inQuote(m.start)) continue;
    const pOf = paragraphs[lastAtOrBefore(paragraphs, m.start, (p) => p.start)];
    if (pOf?.story !== story) break;
    if (m.sentence !== sentence) {
      // The nearest sentence with a subject decides; earlier ones are not looked at.
      if (subject !== null) return subject;
      sentence = m.sentence;
    }
    const kind = registry.byId.get(m.actor)?.kind ?? 'person';
    // Walking backwards, the last one kept is the first of its sentence.
    if (kind === 'person' && !/^['\u2019]s\b/u.test(text.slice(m.end, m.end + 3)) && !inPrepositionalPhrase(text, m, from, OBJECT_PREPOSITIONS)) subject = m.actor;
  }
  return subject;
}

/** Whether a paragraph names anyone outside its quotes. */
function namesAnyone(mentions: readonly ActorMention[], p: ParagraphWords, inQuote: (o: number) => boolean): boolean {
  for (let j = lastAtOrBefore(mentions, p.end - 1, (m) => m.start); j >= 0; j -= 1) {
    const m = mentions[j];
    if (!m || m.start < p.start) break;
    if (!inQuote(m.start)) return true;
  }
  return false;
}

