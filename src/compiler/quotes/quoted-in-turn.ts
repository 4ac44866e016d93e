/**
 * Quotation marks inside a transcript's turn: the host reads out someone
 * else's words ('ROE: Then today, this, from the governor. "We agreed …"',
 * 'HOST: But you heard him. "Close the port."'). The turn's words are its
 * speaker's, but what they put in quotation marks is another person's, so the
 * turn's own speaker (found through the label, the nearest name in the turn) is
 * never that quote's: it keeps a speaker the turn's words name, or none.
 */
import type { ActorId } from '../../schema/timeline';
import type { QaAnswer } from './qa-answers';

/** The speaker a quote inside a turn keeps: `found`, unless it is the speaker of the turn that holds the quote. */
export function quotedInTurn(turns: readonly QaAnswer[], open: number, close: number, found: ActorId | null): ActorId | null {
  if (found === null) return null;
  const turn = turns.find((t) => t.start <= open && close <= t.end);
  return turn !== undefined && turn.speaker === found ? null : found;
}
