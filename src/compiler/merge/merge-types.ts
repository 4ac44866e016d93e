/** The event types the merge stage treats as one kind of happening, and the index group of each. */
import type { EventType } from '../../schema/timeline';

/** Happenings that occur once (unlike statements or rejections, which are repeated). */
export const ONE_OFF = new Set(['call', 'meeting', 'interview', 'military-operation', 'arrest-extradition', 'designation']);

/** One-off happenings that still recur between the same two people (they talk and meet often). */
export const RECURRING = new Set<EventType>(['call', 'meeting', 'interview']);

/** Things said: one remark is reported as a statement in one article and a rejection in another. */
export const VERBAL = new Set<EventType>(['statement', 'rejection', 'threat']);
/** Things said, and the interview they were said in. */
export const SAID = new Set<EventType>([...VERBAL, 'interview']);
/**
 * One deployment is an operation in one article and a policy in another; one capture (or
 * transfer of prisoners) is an operation in one and an arrest in another.
 */
export const FORCE = new Set<EventType>(['military-operation', 'policy', 'arrest-extradition']);

/** One conversation between two leaders is a call in one article and "talks" (a meeting) in another. */
export const TALK = new Set<EventType>(['call', 'meeting']);

/** The index key of a type: compatible types share one. An interview is where something was said. */
export function typeGroup(type: EventType): string {
  if (VERBAL.has(type) || type === 'interview') return 'verbal';
  if (FORCE.has(type)) return 'force';
  if (TALK.has(type)) return 'talk';
  return type;
}
