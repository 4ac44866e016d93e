/**
 * Quotes owned by a name before them without a speech verb: a headline's
 * "Odell: port deal 'a message'" and a possessed speech noun ("X's threat to
 * '…'", "en palabras del canciller X, «…»").
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { AttributionInput } from './attribution-input';

/** How far into its sentence a "Name:" introduction may end. */
const MAX_COLON_INTRO = 80;

/**
 * A headline-style introduction, "Odell: port deal 'a message' to the
 * cartels", "Border chief Jane Roe: '…'": a name right before a colon at the
 * start of the sentence speaks the quoted words after it. Returns the speaker.
 */
export function colonIntroducer(text: string, mentions: readonly ActorMention[], frameStart: number, open: number): ActorId | null {
  const limit = Math.min(open, frameStart + MAX_COLON_INTRO);
  // Search only the bounded window: a 10 MB line without a colon must not be scanned per quote.
  const at = limit > frameStart ? text.slice(frameStart, limit).indexOf(':') : -1;
  if (at === -1) return null;
  const colon = frameStart + at;
  let end = colon;
  while (end > frameStart && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  for (const m of mentions) {
    if (m.start >= frameStart && m.end === end) return m.actor;
  }
  return null;
}

/** Nouns for something said, whose possessor said it: "X's threat to '…'", "X's promise of '…'", "X's vow, in an interview, to hit them '…'". */
const POSSESSED_SPEECH =
  /^['\u2019]s\s+(?:(?:repeated|latest|earlier|new|recent|public)\s+)?(?:threats?|warnings?|promises?|pledges?|vows?|calls?|demands?|words|remarks?|claims?|vow|boasts?|insistence)(?:,[^,;:]{1,60},)?(?:\s+(?:to|that|of|for)|\s+to(?:\s+[\p{L}\p{N}-]+){1,4})?\s*[:,\u2014\u2013-]?\s*$/iu;

/** "En palabras del canciller X, «…»", "la amenaza de X de «…»", "la amenaza de X de atacar «…»": a Spanish speech noun owned with "de". */
const SPEECH_NOUN_DE = /(?:palabras|amenaza|advertencia|promesa|mensaje|declaraciones)\s+(?:de|del)\s+[^,;.:]{0,30}$/iu;
const AFTER_SPEECH_NOUN_DE = /^\s*(?:,|:|de que|de|de\s+\p{L}+(?:ar|er|ir)(?:\s+[\p{L}\p{N}-]+){0,3})?\s*$/iu;

/** "X's remark on Jan. 8 that the port would '…'": a quote inside the clause a possessed speech noun introduces. */
const POSSESSED_THAT =
  /^['\u2019]s\s+(?:(?:repeated|latest|earlier|new|recent|public)\s+)?(?:threats?|warnings?|promises?|pledges?|vows?|claims?|remarks?|statements?|comments?|assertions?|insistence|boasts?)(?:\s+(?:on|in|at|last|this)\s+[^,;:!?"\u201c\u201d\u00ab\u00bb]{1,30}?)?\s+that\s+[^;:!?"\u201c\u201d\u00ab\u00bb]{1,100}$/iu;

/** "Roe's threat to '…'", "en palabras de X, «…»": the quote right after a possessed speech noun is the possessor's. */
export function speechPossessor(input: Pick<AttributionInput, 'text' | 'mentions' | 'frameStart' | 'open'>): ActorId | null {
  for (const m of input.mentions) {
    if (m.start < input.frameStart || m.end > input.open || input.open - m.end > 160) continue;
    if (POSSESSED_THAT.test(input.text.slice(m.end, input.open))) return m.actor;
  }
  for (let k = input.mentions.length - 1; k >= 0; k -= 1) {
    const m = input.mentions[k];
    if (!m || m.end > input.open) continue;
    const between = input.text.slice(m.end, input.open);
    if (POSSESSED_SPEECH.test(between)) return m.actor;
    const before = input.text.slice(Math.max(input.frameStart, m.start - 50), m.start);
    return AFTER_SPEECH_NOUN_DE.test(between) && SPEECH_NOUN_DE.test(before) ? m.actor : null;
  }
  return null;
}

/** The owner of a speech noun right before a quote ("Roe's vow to begin '…'"), which makes even one word a quote. */
export function speechOwner(text: string, mentions: readonly ActorMention[], frameStart: number, open: number): ActorId | null {
  return speechPossessor({ text, mentions, frameStart, open });
}
