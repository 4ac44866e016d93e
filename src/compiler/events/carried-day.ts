/**
 * "On Friday, Governor Ana Ruiz came to Alden to open a command post. She said the
 * state would…": a saying with no date of its own, whose subject is a pronoun for
 * someone the sentence just before (in the same paragraph) put on a day, continues
 * that occasion and takes its day. Only one day in that sentence counts: with two,
 * which one the saying belongs to is not told. A name as subject ("Ruiz said") or a
 * saying further on is left to the publication date.
 */
import type { ActorMention, DateMention, Sentence } from '../model';

export interface CarryInput {
  text: string;
  sentence: Sentence;
  previous: Sentence | undefined;
  previousDates: readonly DateMention[];
  previousMentions: readonly ActorMention[];
  /** The saying's subject in its own sentence, before its verb. */
  subject: ActorMention | undefined;
}

/**
 * A day that dates something else: the edge of a span ("since the May 3 raid", "desde el 3 de
 * mayo", "after Friday's vote") or a noun it qualifies ("the May 3 raid"), not the occasion.
 */
const SPAN_OR_NOUN_BEFORE = /(?:^|[^\p{L}])(?:(?:since|after|before|until|desde|tras|hasta|antes de|despu[ée]s de)(?:\s+(?:the|el|la|del|los))?|the|a|an|its|their|his|her)\s+$/iu;

export function carriedDay({ text, sentence, previous, previousDates, previousMentions, subject }: CarryInput): DateMention | null {
  if (!previous || previous.block !== sentence.block || !subject || subject.via !== 'pronoun') return null;
  const days = previousDates.filter((d) => d.value.start !== null && d.value.precision === 'day');
  if (days.length !== 1 || previousDates.length !== 1) return null;
  const day = days[0];
  if (!day || SPAN_OR_NOUN_BEFORE.test(text.slice(Math.max(0, day.start - 16), day.start))) return null;
  return previousMentions.some((m) => m.actor === subject.actor) ? day : null;
}
