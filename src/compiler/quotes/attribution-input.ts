/** What the attribution of one quote reads: the quote's place, the words and mentions around it. */
import type { ActorMention } from '../model';
import type { WordToken } from '../actors/word-tokens';

export interface AttributionInput {
  text: string;
  /** The quote's opening mark and the offset after its closing mark. */
  open: number;
  close: number;
  /** Words before the quote in its sentence (outside quotes), and after it. */
  before: readonly WordToken[];
  after: readonly WordToken[];
  /** Mentions outside quotes in the quote's sentence(s), sorted by start. */
  mentions: readonly ActorMention[];
  /** Start of the sentence before the quote (for the clause subject). */
  frameStart: number;
  /** The text before the quote ends with a colon (here or at the end of the previous paragraph). */
  colon: boolean;
}
