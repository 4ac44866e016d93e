/**
 * A story may open on someone it names only in its second sentence ("A man
 * prosecutors describe as a plaza boss pleaded not guilty Tuesday…" followed by
 * "Ivo Brask, 47, appeared before…"): the lede's happenings are that person's,
 * though no name stands in their sentence. Only a story's first sentence that
 * opens on an indefinite description counts, and only a next sentence that opens
 * on a name with an age, the form news writing introduces such a person with.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention, Sentence } from '../model';

/** "A man…", "An accused…", "BROWNSVILLE — A man…", "Wire (May 2, 2031) -- Un hombre…": an indefinite description opens the sentence. */
const INDEFINITE_OPENING = /^[\s"“«]*(?:[^.!?\n]{0,90}?\s(?:[–—]|--?)\s+)?(?:A|An|Un|Una)\s+\p{L}/u;
/** "Ivo Brask, 47,", "Ivo Brask, de 47 años,": a name followed by an age. */
const AGE_AFTER = /^\s*,\s*(?:de\s+)?\d{1,3}(?:\s+a[ñn]os)?\s*,/u;

/**
 * The person the story's first sentence (`index`) describes without naming, when
 * the sentence after it opens on that person's name and age; else null.
 */
export function identifiedAfterLede(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  firstOfStory: boolean,
  nextMentions: readonly ActorMention[],
): ActorId | null {
  const sentence = sentences[index];
  const next = sentences[index + 1];
  if (!firstOfStory || !sentence || !next || next.story !== sentence.story) return null;
  if (!INDEFINITE_OPENING.test(text.slice(sentence.start, sentence.end))) return null;
  const first = nextMentions.reduce<ActorMention | undefined>((a, m) => (a === undefined || m.start < a.start ? m : a), undefined);
  if (!first || first.via !== 'name' || text.slice(next.start, first.start).trim() !== '') return null;
  return AGE_AFTER.test(text.slice(first.end, first.end + 16)) ? first.actor : null;
}
