/** The shape of an event while the events stage builds it, before it is slimmed for assembly. */
import type { ActorId } from '../../schema/timeline';
import type { ExtractedEvent } from '../model';

/** An extracted event plus the sentences it was seen in (for linking quotes). */
export interface EventDraft extends ExtractedEvent {
  sentences: number[];
  story: number;
  /** The date came from a mention tied to the trigger (not a fallback). */
  ownDate: boolean;
  /** The actor named last before the trigger (else first after it): who acted. */
  subject: ActorId | null;
  /** No one is named before the trigger in its clause ("Consultado el domingo, dijo que México…"): who acted is carried from before. */
  unnamed?: boolean;
  /** Offsets of the trigger words ("phone call"), to tell apart events of one sentence. */
  trigger: [number, number];
  /** Everyone named in the event's sentences: a subject cut off by an aside still counts for collapsing. */
  present?: ActorId[];
  /** The trigger is a noun after a definite determiner ("the meeting"): it names one told before. */
  refersBack?: boolean;
  /** A dated "the interview took place Friday": it may date the one undated event of its kind told before. */
  datesBack?: boolean;
  /** A saying written down (a post, a statement): it is not part of an interview its speaker gave in the story. */
  written?: boolean;
  /** Who a dating-back sentence names, leaving out the places it was held at ("at the Norvian embassy"). */
  heldBy?: ActorId[];
}
