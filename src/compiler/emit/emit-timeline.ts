/**
 * Emit stage: the corpus items become the output contract. Only actors that an
 * event or quote refers to are listed (the registry may be large); ids come
 * from content; every list has a total, content-based order (events and quotes
 * by date then id, unknown dates last), so the file is byte-identical whatever
 * the file order, time zone or locale.
 */
import {
  SCHEMA_VERSION,
  type Actor,
  type ActorId,
  type DateValue,
  type Diagnostic,
  type DocumentId,
  type EventId,
  type Quote,
  type QuoteId,
  type Timeline,
  type TimelineDocument,
  type TimelineEvent,
} from '../../schema/timeline';
import { formatDay } from '../dates/calendar';
import type { ExtractedDocument } from '../model';
import type { CorpusEvent, CorpusQuote } from '../merge/corpus-items';
import { reader } from './deferred-field';
import { OpaqueItem } from './opaque-items';
import { sortAgain } from './sort-again';
import { sortDiagnostics } from './sort-diagnostics';
import { eventHosts, eventHostsAgain, type EventHosts } from './event-hosts';
import { endBuild, endEvents, keepDocument, keepEvent, keepQuote, madeDocument, madeEvent, madeQuote, startBuild, type EmitMemo, type MadeEvent, type MadeQuote } from './emit-memo';

export interface EmitInput {
  title: string;
  description: string;
  documents: readonly Pick<ExtractedDocument, 'id' | 'path' | 'title' | 'published' | 'outlet' | 'url' | 'language' | 'text' | 'blocks'>[];
  duplicateOf: ReadonlyMap<string, string>;
  events: readonly CorpusEvent[];
  quotes: readonly CorpusQuote[];
  story: readonly string[];
  actorById: (id: ActorId) => Actor | undefined;
  diagnostics: readonly Diagnostic[];
  /**
   * Which events and quotes are surely the last build's (merge/unchanged-items.ts): their items are added to
   * `items`, or with `opaque` (a fresh process that has the last written file) they are not made at all (opaque-items.ts).
   */
  reuse?: { event(e: CorpusEvent): boolean; quote(q: CorpusQuote): boolean; items: WeakSet<object>; opaque?: boolean };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function dateKey(date: DateValue): string {
  return date.start ?? '\uffff';
}

function cleanDate(date: DateValue): DateValue {
  const out: DateValue = { start: date.start, precision: date.precision, basis: date.basis };
  if (date.end !== undefined) out.end = date.end;
  if (date.text !== undefined) out.text = date.text;
  return out;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The total order of the output's diagnostics (document, position, severity, rule,
 * message): emit sorts in it, so the build only merges its own diagnostics in.
 */
export function diagnosticOrder(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.document ?? '', b.document ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message)
  );
}

/** Events and quotes by date (unknown dates last), then id. */
function datedOrder(a: { date: DateValue; id: string }, b: { date: DateValue; id: string }): number {
  return cmp(dateKey(a.date), dateKey(b.date)) || cmp(a.id, b.id);
}

/** The order of each list of the output but diagnostics (which the build sorts again with its own). */
export const OUTPUT_ORDER = {
  documents: (a: TimelineDocument, b: TimelineDocument): number => cmp(a.path, b.path),
  actors: (a: Actor, b: Actor): number => cmp(a.id, b.id),
  events: datedOrder,
  quotes: datedOrder,
};

function outputBlocks(blocks: EmitInput['documents'][number]['blocks']): TimelineDocument['blocks'] {
  return blocks.map((b) => (b.reason !== undefined ? { start: b.start, end: b.end, kind: b.kind, reason: b.reason } : { start: b.start, end: b.end, kind: b.kind }));
}

/**
 * `memo` (a long-lived compiler): what emit made in earlier builds, updated with what it
 * makes now; an item made from the same inputs is the same object (emit-memo.ts).
 */
export function emitTimeline(input: EmitInput, memo?: EmitMemo): Timeline {
  const referenced = new Set<ActorId>();
  const known = (id: ActorId): boolean => input.actorById(id) !== undefined;
  if (memo) startBuild(memo);

  const eventRecords: MadeEvent[] = [];
  // For the table of report keys (event-hosts.ts): events no longer given out, and events to file again.
  const gone: CorpusEvent[] = [];
  const filed: CorpusEvent[] = [];
  // Two events with one id: a record left out of the memo, so the table is filed in full now and next time.
  let sharedIds = false;
  const eventItems: TimelineEvent[] = input.events.map((e) => {
    const actors = e.actors.filter(known);
    actors.forEach((a) => referenced.add(a));
    // A fresh process leaves the last build's events opaque: the writer copies them (opaque-items.ts).
    if (!memo && input.reuse?.opaque && input.reuse.event(e)) {
      return new OpaqueItem(e.id, e.date.start) as TimelineEvent;
    }
    const made = memo ? madeEvent(memo, e, actors) : null;
    if (made) {
      if (made.from !== e) {
        gone.push(made.from);
        filed.push(e);
        made.from = e;
      }
      eventRecords.push(made);
      return made.item;
    }
    const event: TimelineEvent = {
      id: e.id as EventId,
      type: e.type,
      cameo: e.cameo,
      title: e.title,
      relevant: e.relevant,
      date: cleanDate(e.date),
      actors,
      sources: e.members.map((m) => ({ ...m.source })),
      sourceCount: e.sourceCount,
    };
    if (e.summary !== undefined) event.summary = e.summary;
    if (e.curated.length) event.curated = [...e.curated].sort();
    if (input.reuse?.event(e)) input.reuse.items.add(event);
    if (memo) {
      const replaced = memo.events.get(e.id);
      if (replaced?.used === memo.stamp) sharedIds = true;
      else if (replaced) gone.push(replaced.from);
      filed.push(e);
      eventRecords.push(keepEvent(memo, e, actors, event));
    }
    return event;
  });
  let eventOfMember: EventHosts;
  if (memo) {
    gone.push(...endEvents(memo));
    eventOfMember = eventHostsAgain(sharedIds ? null : memo.hosts, input.events, gone, filed);
    memo.hosts = sharedIds ? null : eventOfMember;
  } else eventOfMember = eventHosts(input.events);

  const quoteRecords: MadeQuote[] = [];
  const quoteItems: Quote[] = input.quotes.map((q) => {
    const host = q.eventKey ? eventOfMember.get(q.eventKey) : undefined;
    const speaker = q.speaker !== null && known(q.speaker) ? q.speaker : null;
    if (speaker) referenced.add(speaker);
    // Likewise the last build's quotes, placed by the date they were written with (their host's, when it has one).
    if (!memo && input.reuse?.opaque && input.reuse.quote(q)) {
      return new OpaqueItem(q.id, host && host.date.start !== null ? host.date.start : q.date.start) as Quote;
    }
    const date = host && host.date.start !== null ? host.date : q.date;
    const made = memo ? madeQuote(memo, q, speaker, host?.id ?? null, date) : null;
    if (made) {
      quoteRecords.push(made);
      return made.item;
    }
    const quote: Quote = {
      id: q.id as QuoteId,
      speaker,
      text: q.text,
      direct: q.direct,
      date: cleanDate(date),
      event: host ? (host.id as EventId) : null,
      source: { ...q.source },
      context: { ...q.context },
    };
    if (q.curated.length) quote.curated = [...q.curated].sort();
    if (input.reuse?.quote(q)) input.reuse.items.add(quote);
    if (memo) quoteRecords.push(keepQuote(memo, q, speaker, host?.id ?? null, date, quote));
    return quote;
  });
  let events: TimelineEvent[];
  let quotes: Quote[];
  if (memo) {
    const sorted = {
      events: sortAgain(eventRecords, memo.sorted?.events ?? null, (a, b) => OUTPUT_ORDER.events(a.item, b.item), memo.stamp),
      quotes: sortAgain(quoteRecords, memo.sorted?.quotes ?? null, (a, b) => OUTPUT_ORDER.quotes(a.item, b.item), memo.stamp),
    };
    memo.sorted = sorted;
    events = sorted.events.list.map((r) => r.item);
    quotes = sorted.quotes.list.map((r) => r.item);
  } else {
    events = eventItems.sort(OUTPUT_ORDER.events);
    quotes = quoteItems.sort(OUTPUT_ORDER.quotes);
  }

  const actors = [...referenced]
    .map((id) => input.actorById(id))
    .filter((a): a is Actor => a !== undefined)
    .sort(OUTPUT_ORDER.actors);

  const documents: TimelineDocument[] = [...input.documents]
    .sort((a, b) => cmp(a.path, b.path))
    .map((d) => {
      const original = input.duplicateOf.get(d.id);
      const made = memo ? madeDocument(memo, d, original) : null;
      if (made) return made;
      // The blocks are made when first read: the writer takes an unchanged document's whole entry
      // from the last build's stored bytes (io/build.ts), so in an incremental build most are never read.
      // Only the reader of the input's blocks is kept, not the input (let go before the timeline is written).
      const readBlocks = reader(d, 'blocks');
      let blocks: TimelineDocument['blocks'] | undefined;
      const doc: TimelineDocument = {
        id: d.id,
        path: d.path,
        title: d.title,
        published: d.published ? formatDay(d.published) : null,
        outlet: d.outlet,
        url: d.url,
        language: d.language,
        text: d.text,
        get blocks() {
          return (blocks ??= outputBlocks(readBlocks()));
        },
      };
      if (original) doc.duplicateOf = original as DocumentId;
      if (memo) keepDocument(memo, d, original, doc);
      return doc;
    });

  const diagnostics = sortDiagnostics(input.diagnostics, diagnosticOrder, memo);

  // Most timelines have no story: no set of every event id is built for it.
  const eventIds = input.story.length ? new Set<string>(events.map((e) => e.id)) : null;
  if (memo) endBuild(memo);
  return {
    schemaVersion: SCHEMA_VERSION,
    title: input.title,
    description: input.description,
    documents,
    actors,
    events,
    quotes,
    story: input.story.filter((id) => eventIds?.has(id)) as EventId[],
    diagnostics,
  };
}
