/**
 * "Her formula — 'cooperation without subordination' — lets her…", "His message
 * was blunt: '…'": words owned by "her" or "his" are the words of the last person
 * named before them whose gender fits. It refuses to guess: a nearer person of
 * unknown gender, or none in the paragraph and the one before, leaves no owner.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { ActorRegistry } from '../actors/actor-registry';
import type { ParagraphWords } from '../actors/paragraph-words';
import { lastAtOrBefore } from './quote-surroundings';

/** "her formula —", "his words:", "his message was blunt:" right before the quote. */
const OWNED_WORDS =
  /(?<![\p{L}])(her|his)\s+(?:own\s+|latest\s+|usual\s+)?(?:formula|words|message|motto|slogan|line|mantra|refrain|phrase|answer|reply|response|promise|pledge|vow|threat|warning|verdict|argument)(?:\s+(?:was|is)(?:\s+\p{Ll}+)?)?\s*[—–:,-]?\s*$/iu;

export function possessiveOwner(
  text: string,
  mentions: readonly ActorMention[],
  registry: ActorRegistry,
  paragraphs: readonly ParagraphWords[],
  pi: number,
  open: number,
  inQuote: (offset: number) => boolean,
): ActorId | null {
  const owned = OWNED_WORDS.exec(text.slice(Math.max(0, open - 60), open));
  if (!owned) return null;
  const gender = owned[1]?.toLowerCase() === 'her' ? 'female' : 'male';
  const from = paragraphs[Math.max(0, pi - 1)]?.start ?? 0;
  for (let j = lastAtOrBefore(mentions, open - 1, (m) => m.start); j >= 0; j -= 1) {
    const m = mentions[j];
    if (!m || m.start < from) break;
    if (m.end > open || inQuote(m.start)) continue;
    const actor = registry.byId.get(m.actor);
    if (actor && actor.kind !== 'person') continue;
    const known = actor?.gender;
    if (known === gender) return m.actor;
    // The nearest person might be the one meant: without a gender, nobody is.
    if (known !== 'female' && known !== 'male') return null;
  }
  return null;
}
