/**
 * What emit made of each item in the last build of a long-lived compiler
 * (`--watch`), so that an item made from the same inputs is given out as the
 * same object: after a one-file change almost every event, quote and document is
 * what it was, and the writer then knows each of them at once (io/output-memo.ts)
 * instead of comparing them value by value. An item is reused only when every
 * input emit reads for it is the same (the same objects, or equal values); the
 * inputs are never changed in place by the stages before emit.
 */
import type { ActorId, DateValue, Quote, TimelineDocument, TimelineEvent } from '../../schema/timeline';
import type { CorpusEvent, CorpusQuote } from '../merge/corpus-items';

interface MadeEvent {
  from: CorpusEvent;
  actors: readonly ActorId[];
  event: TimelineEvent;
}

interface MadeQuote {
  from: CorpusQuote;
  speaker: ActorId | null;
  host: string | null;
  date: DateValue;
  quote: Quote;
}

interface MadeDocument {
  from: object;
  duplicateOf: string | undefined;
  doc: TimelineDocument;
}

export interface EmitMemo {
  events: Map<string, MadeEvent>;
  quotes: Map<string, MadeQuote>;
  documents: Map<string, MadeDocument>;
  /** The lists in their order, for sorting again (sort-again.ts). */
  sorted: { events: readonly TimelineEvent[]; quotes: readonly Quote[] } | null;
}

export function emitMemo(): EmitMemo {
  return { events: new Map(), quotes: new Map(), documents: new Map(), sorted: null };
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The event emit made last time from the same inputs, or null. */
export function madeEvent(memo: EmitMemo | null, e: CorpusEvent, actors: readonly ActorId[]): TimelineEvent | null {
  const made = memo?.events.get(e.id);
  if (!made) return null;
  const { from } = made;
  const same =
    from === e ||
    (from.type === e.type &&
      from.cameo === e.cameo &&
      from.title === e.title &&
      from.relevant === e.relevant &&
      from.date === e.date &&
      from.sourceCount === e.sourceCount &&
      from.summary === e.summary &&
      sameList(from.members, e.members) &&
      sameList(from.curated, e.curated));
  return same && sameList(made.actors, actors) ? made.event : null;
}

export function keepEvent(memo: EmitMemo | undefined, e: CorpusEvent, actors: readonly ActorId[], event: TimelineEvent): void {
  memo?.events.set(e.id, { from: e, actors, event });
}

/** The quote emit made last time from the same inputs, or null. */
export function madeQuote(memo: EmitMemo | null, q: CorpusQuote, speaker: ActorId | null, host: string | null, date: DateValue): Quote | null {
  const made = memo?.quotes.get(q.id);
  if (!made || made.speaker !== speaker || made.host !== host || made.date !== date) return null;
  const { from } = made;
  const same =
    from === q ||
    (from.text === q.text &&
      from.direct === q.direct &&
      from.source.document === q.source.document &&
      from.source.start === q.source.start &&
      from.source.end === q.source.end &&
      from.context.document === q.context.document &&
      from.context.start === q.context.start &&
      from.context.end === q.context.end &&
      sameList(from.curated, q.curated));
  return same ? made.quote : null;
}

export function keepQuote(memo: EmitMemo | undefined, q: CorpusQuote, speaker: ActorId | null, host: string | null, date: DateValue, quote: Quote): void {
  memo?.quotes.set(q.id, { from: q, speaker, host, date, quote });
}

/** The document entry emit made last time from the same document, or null. */
export function madeDocument(memo: EmitMemo | null, from: { id: string }, duplicateOf: string | undefined): TimelineDocument | null {
  const made = memo?.documents.get(from.id);
  return made && made.from === from && made.duplicateOf === duplicateOf ? made.doc : null;
}

export function keepDocument(memo: EmitMemo | undefined, from: { id: string }, duplicateOf: string | undefined, doc: TimelineDocument): void {
  memo?.documents.set(from.id, { from, duplicateOf, doc });
}
