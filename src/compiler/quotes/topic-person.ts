/**
 * Who a passage is about: the person a sentence is about (the subject of its
 * main clause), carried to a quote that stands alone right after it. In
 * "Roe-Brask does not think a deal is near, but she does not rule it out.
 * "Never say never."" and "Asked about the deadline, Roe-Brask laughed. "Ask
 * me in March."" the quoted words go on with the sentence's subject, though no
 * speech verb says so. It refuses to guess: the sentence must name no other
 * person outside its quotes, and its subject must be a person.
 */
import type { ActorId } from '../../schema/timeline';
import type { ActorMention } from '../model';
import type { WordToken } from '../actors/word-tokens';
import { clauseSubject } from './clause-subject';

/**
 * The person sentence [from, to) is about, when it is the only person it names.
 * `mentions` are the sentence's, outside quotes; `isPerson` tells people from bodies.
 */
export function sentenceTopic(text: string, mentions: readonly ActorMention[], from: number, to: number, isPerson: (id: ActorId) => boolean): ActorId | null {
  const noWords: readonly WordToken[] = [];
  const subject = clauseSubject({ text, mentions, frameStart: from, open: to, close: to, before: noWords, after: noWords, colon: false }, to);
  if (subject === null || !isPerson(subject)) return null;
  return mentions.every((m) => m.actor === subject || !isPerson(m.actor)) ? subject : null;
}
