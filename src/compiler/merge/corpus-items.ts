/**
 * Corpus-level items, between the per-document stages and emit: events that may
 * cite several documents, and quotes that point at them through member keys
 * ("<document id>#<index of the event in that document>").
 */
import type { ActorId, DateValue, EventType, Source, Span } from '../../schema/timeline';

export interface EventMember {
  key: string;
  document: string;
  /** Id of the document this one duplicates, else its own id. */
  canonical: string;
  story: number;
  source: Source;
  type: EventType;
  cameo: string;
  title: string;
  date: DateValue;
  actors: ActorId[];
  relevant: boolean;
  /** The actors among `actors` that are people (kind person). */
  people?: ActorId[];
  /**
   * The country each of `actors` stands for (ISO code), in the same order; null for
   * the press (it reports, it takes no side) and for actors of no country. A leader,
   * their government and its agencies are one side ("Roe", "Washington").
   */
  sides?: (string | null)[];
  /** Offsets of the trigger words, when the event came from the text. */
  trigger?: [number, number];
  /** Sorted content words of the cited sentence, for similarity checks. */
  words: string[];
  /** The people a capture, arrest or transfer happened to ("the capture of X"). */
  targets?: ActorId[];
  /** A capture told only in passing: it joins an event of other reports, and alone it is no event. */
  background?: true;
}

export interface CorpusEvent {
  id: string;
  type: EventType;
  cameo: string;
  title: string;
  summary?: string;
  relevant: boolean;
  date: DateValue;
  actors: ActorId[];
  members: EventMember[];
  sourceCount: number;
  curated: string[];
  hidden: boolean;
}

export interface CorpusQuote {
  id: string;
  document: string;
  speaker: ActorId | null;
  text: string;
  direct: boolean;
  date: DateValue;
  /** Member key of the event it was said at. */
  eventKey: string | null;
  source: Span;
  context: Span;
  curated: string[];
}
