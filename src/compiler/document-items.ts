/**
 * What assembly makes of one document for the corpus stages: its events as
 * reports to merge (with the sides and people of their actors, and its canonical
 * document) and its quotes. A long-lived compiler keeps them by content key and
 * hands the same objects to the next build when nothing they were made from has
 * changed (the merge of events then knows an unchanged report by identity).
 */
import type { Actor, ActorId } from '../schema/timeline';
import type { AssemblyInput } from './compile';
import { contentWords, quoteId, triggerOf } from './extract-document';
import type { CorpusQuote, EventMember } from './merge/corpus-items';

export interface DocumentItems {
  /** The canonical document they were made with (the document's original when it is a duplicate). */
  canonical: string;
  /** Whether each event is on topic. */
  relevance: readonly boolean[];
  members: EventMember[];
  quotes: CorpusQuote[];
}

/** The country an actor stands for in a happening; the press reports and takes no side. */
function sideOf(actor: Actor | undefined): string | null {
  return actor && actor.kind !== 'media' && actor.country ? actor.country : null;
}

/** What the items of a document read of an actor: whether it is a person, and its side. */
export function actorTraits(actor: Actor): string {
  return `${actor.kind}\u0000${sideOf(actor) ?? ''}`;
}

/** The actors whose traits differ between two builds (or are in one only). */
export function changedActors(before: ReadonlyMap<ActorId, string>, now: ReadonlyMap<ActorId, string>): Set<ActorId> {
  const changed = new Set<ActorId>();
  for (const [id, traits] of now) if (before.get(id) !== traits) changed.add(id);
  for (const id of before.keys()) if (!now.has(id)) changed.add(id);
  return changed;
}

/** Whether items made last time for this document may be given out again. */
export function stillValid(items: DocumentItems, canonical: string, changed: ReadonlySet<ActorId>): boolean {
  if (items.canonical !== canonical) return false;
  if (changed.size === 0) return true;
  return items.members.every((m) => m.actors.every((a) => !changed.has(a)));
}

/** The people among a happening's targets (a capture befalls a person; a country is no target), of its actors (so `stillValid` covers them). */
function targetsOf(e: AssemblyInput['events'][number], actorById: (id: ActorId) => Actor | undefined): { targets?: ActorId[] } {
  const people = (e.targets ?? []).filter((a) => e.actors.includes(a) && actorById(a)?.kind === 'person');
  return people.length > 0 ? { targets: people } : {};
}

export function documentItems(doc: AssemblyInput, canonical: string, relevance: readonly boolean[], actorById: (id: ActorId) => Actor | undefined): DocumentItems {
  const members: EventMember[] = [];
  const quotes: CorpusQuote[] = [];
  const eventKeyOfQuote = new Map<number, string>();
  doc.events.forEach((e, i) => {
    const key = `${doc.id}#${i}`;
    for (const q of e.quotes) eventKeyOfQuote.set(q, key);
    const story = doc.sentences[e.sentence]?.story ?? 0;
    const text = doc.text.slice(e.start, e.end);
    members.push({
      key,
      document: doc.id,
      canonical,
      story,
      source: { document: doc.id, start: e.start, end: e.end, text },
      type: e.type,
      cameo: e.cameo,
      title: e.title,
      date: e.date,
      actors: [...e.actors],
      people: e.actors.filter((a) => actorById(a)?.kind === 'person'),
      sides: e.actors.map((a) => sideOf(actorById(a))),
      relevant: relevance[i] === true,
      words: e.words ?? contentWords(text),
      ...targetsOf(e, actorById),
      ...(e.background ? { background: e.background } : {}),
      ...triggerOf(e),
    });
  });
  doc.quotes.forEach((q, j) => {
    quotes.push({
      // Stored with the extraction; a document made by hand may lack it.
      id: q.id ?? quoteId(doc.id, q),
      document: doc.id,
      speaker: q.speaker,
      text: q.text,
      direct: q.direct,
      date: q.date,
      eventKey: eventKeyOfQuote.get(j) ?? null,
      source: { document: doc.id, start: q.start, end: q.end },
      context: { document: doc.id, start: q.context.start, end: q.context.end },
      curated: [],
    });
  });
  return { canonical, relevance, members, quotes };
}
