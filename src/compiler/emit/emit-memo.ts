/**
 * What emit made of each item in the earlier builds of a long-lived compiler
 * (`--watch`), so that an item made from the same inputs is given out as the
 * same object: after a one-file change almost every event, quote and document is
 * what it was, and the writer then knows each of them at once (io/output-memo.ts)
 * instead of comparing them value by value. An item is reused only when every
 * input emit reads for it is the same (the same objects, or equal values); the
 * inputs are never changed in place by the stages before emit.
 *
 * The memo is one set of records kept from build to build and updated in place
 * (a build stamps the records it uses, makes new ones for the rest and lets go of
 * the records it did not use), so a rebuild allocates only for what changed, and
 * whether an item was in the last build's list is a field of its record, not a
 * look-up in a set of every item (sort-again.ts).
 */
import type { ActorId, DateValue, Quote, TimelineDocument, TimelineEvent } from '../../schema/timeline';
import type { CorpusEvent, CorpusQuote } from '../merge/corpus-items';
import type { EventHosts } from './event-hosts';
import { diagnosticsMemo, type DiagnosticsMemo } from './sort-diagnostics';
import type { Listed, SortedList } from './sort-again';

/** One item as emit made it, and the build that last gave it out. */
interface Made<T> extends Listed {
  item: T;
}

export interface MadeEvent extends Made<TimelineEvent> {
  from: CorpusEvent;
  actors: readonly ActorId[];
}

export interface MadeQuote extends Made<Quote> {
  from: CorpusQuote;
  speaker: ActorId | null;
  host: string | null;
  date: DateValue;
}

interface MadeDocument extends Made<TimelineDocument> {
  from: object;
  duplicateOf: string | undefined;
}

export interface EmitMemo {
  /** The stamp of the build in progress (or of the last one, between builds). */
  stamp: number;
  events: Map<string, MadeEvent>;
  quotes: Map<string, MadeQuote>;
  documents: Map<string, MadeDocument>;
  /** The last build's lists in their order, for sorting again (sort-again.ts). */
  sorted: { events: SortedList<MadeEvent>; quotes: SortedList<MadeQuote> } | null;
  /** The event of each report key (event-hosts.ts), or null to file them all again. */
  hosts: EventHosts | null;
  diagnostics: DiagnosticsMemo;
}

export function emitMemo(): EmitMemo {
  return { stamp: 0, events: new Map(), quotes: new Map(), documents: new Map(), sorted: null, hosts: null, diagnostics: diagnosticsMemo() };
}

/** A new build: records it does not use are let go at `endBuild`. */
export function startBuild(memo: EmitMemo): void {
  memo.stamp += 1;
}

/** Lets go of the records this build did not use (memory follows the corpus, not the number of edits). */
function letGo<T extends Listed>(map: Map<string, T>, stamp: number): T[] {
  const gone: T[] = [];
  for (const [id, made] of map) {
    if (made.used === stamp) continue;
    map.delete(id);
    gone.push(made);
  }
  return gone;
}

/** Once every event was given out: the events of earlier builds that this one did not give out. */
export function endEvents(memo: EmitMemo): CorpusEvent[] {
  return letGo(memo.events, memo.stamp).map((made) => made.from);
}

export function endBuild(memo: EmitMemo): void {
  letGo(memo.quotes, memo.stamp);
  letGo(memo.documents, memo.stamp);
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The record of `made` given out again in this build, or null when it was already given
 * out in this build (two items with one id: each is then made, and the lists sorted in full).
 */
function reuse<T extends Listed>(memo: EmitMemo, made: T): T | null {
  if (made.used === memo.stamp) return null;
  made.used = memo.stamp;
  return made;
}

/** The record of the event emit made from the same inputs, or null. */
export function madeEvent(memo: EmitMemo, e: CorpusEvent, actors: readonly ActorId[]): MadeEvent | null {
  const made = memo.events.get(e.id);
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
  // The caller notes an equal event given as another object (its reports are filed again, event-hosts.ts).
  return same && sameList(made.actors, actors) ? reuse(memo, made) : null;
}

// Records are made as whole literals (a spread with added fields makes objects whose fields are slower to read).
export function keepEvent(memo: EmitMemo, e: CorpusEvent, actors: readonly ActorId[], event: TimelineEvent): MadeEvent {
  const made: MadeEvent = { from: e, actors, item: event, used: memo.stamp, listed: 0 };
  memo.events.set(e.id, made);
  return made;
}

/** The record of the quote emit made from the same inputs, or null. */
export function madeQuote(memo: EmitMemo, q: CorpusQuote, speaker: ActorId | null, host: string | null, date: DateValue): MadeQuote | null {
  const made = memo.quotes.get(q.id);
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
  if (!same) return null;
  const record = reuse(memo, made);
  if (record) record.from = q;
  return record;
}

export function keepQuote(memo: EmitMemo, q: CorpusQuote, speaker: ActorId | null, host: string | null, date: DateValue, quote: Quote): MadeQuote {
  const made: MadeQuote = { from: q, speaker, host, date, item: quote, used: memo.stamp, listed: 0 };
  memo.quotes.set(q.id, made);
  return made;
}

/** The document entry emit made from the same document, or null. */
export function madeDocument(memo: EmitMemo, from: { id: string }, duplicateOf: string | undefined): TimelineDocument | null {
  const made = memo.documents.get(from.id);
  return made && made.from === from && made.duplicateOf === duplicateOf ? (reuse(memo, made)?.item ?? null) : null;
}

export function keepDocument(memo: EmitMemo, from: { id: string }, duplicateOf: string | undefined, doc: TimelineDocument): void {
  memo.documents.set(from.id, { from, duplicateOf, item: doc, used: memo.stamp, listed: 0 });
}
