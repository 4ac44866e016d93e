/**
 * Curate stage: applies the editor's entries to the merged corpus. Each entry
 * is pinned to words of one document; when those words are gone, or no longer
 * fall inside an event or quote, the entry is stale and that is an error naming
 * its line in curation.yaml — an editor's fix never silently stops applying.
 * Entries for documents outside the compiled folder are skipped with an info.
 * Every changed field is listed in the item's `curated` array.
 */
import type { ActorId, Diagnostic } from '../../schema/timeline';
import { contentId } from '../emit/content-id';
import { diagnostic } from '../model';
import type { CorpusEvent, CorpusQuote, EventMember } from '../merge/corpus-items';
import { toCorpusEvent } from '../merge/to-corpus-event';
import type { Curation, CuratedDate, Pin } from './parse-curation';

export interface CurationDocument {
  id: string;
  path: string;
  text: string;
}

export interface CurationInput {
  events: CorpusEvent[];
  quotes: CorpusQuote[];
  documents: readonly CurationDocument[];
  actorByName: (name: string) => ActorId | null;
}

const TRIGGER_CAMEO: Record<string, string> = {
  call: '041',
  meeting: '040',
  statement: '010',
  interview: '010',
  rejection: '120',
  threat: '130',
  'military-operation': '190',
  designation: '172',
  report: '010',
  'arrest-extradition': '173',
  policy: '014',
  other: '000',
};

function curatedDate(date: CuratedDate) {
  return { start: date.start, precision: date.precision, basis: 'curated' as const };
}

function mark(item: { curated: string[] }, ...fields: string[]): void {
  for (const f of fields) if (!item.curated.includes(f)) item.curated.push(f);
}

export function applyCuration(
  curation: Curation,
  input: CurationInput,
): { events: CorpusEvent[]; quotes: CorpusQuote[]; story: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byPath = new Map<string, CurationDocument>();
  for (const d of input.documents) {
    byPath.set(d.path, d);
    byPath.set(d.id, d);
  }
  // The input's items are never changed: an item is copied (in its place) only when an entry edits it.
  let events = [...input.events];
  let quotes = [...input.quotes];
  const owned = new Set<CorpusEvent>();
  const own = (e: CorpusEvent): CorpusEvent => {
    if (owned.has(e)) return e;
    const copy = { ...e, curated: [...e.curated], members: [...e.members] };
    events[events.indexOf(e)] = copy;
    owned.add(copy);
    return copy;
  };
  const error = (pin: { line: number }, message: string): void => {
    diagnostics.push(diagnostic('error', 'curation-stale', message, curation.path, { line: pin.line, column: 1 }));
  };

  /** The document and offset of a pin's words, or null (with a diagnostic). */
  const locate = (pin: Pin): { doc: CurationDocument; at: number } | null => {
    const doc = byPath.get(pin.document);
    if (!doc) {
      diagnostics.push(
        diagnostic('info', 'curation-unknown-document', `entry for ${pin.document} skipped: that document is not in the compiled folder`, curation.path, { line: pin.line, column: 1 }),
      );
      return null;
    }
    const at = doc.text.indexOf(pin.match);
    if (at === -1) {
      error(pin, `stale entry: "${pin.match}" is no longer in ${pin.document}; update or remove it`);
      return null;
    }
    return { doc, at };
  };
  const memberAt = (e: CorpusEvent, doc: CurationDocument, at: number, length: number): EventMember | undefined =>
    e.members.find((m) => m.document === doc.id && m.source.start <= at && at + length <= m.source.end);
  const findEvent = (pin: Pin): { event: CorpusEvent; member: EventMember } | null => {
    const place = locate(pin);
    if (!place) return null;
    const end = place.at + pin.match.length;
    // Several events can cite one sentence: prefer the one whose trigger words the pin covers, then the nearest.
    const distance = (e: CorpusEvent): number => {
      const t = memberAt(e, place.doc, place.at, pin.match.length)?.trigger;
      if (!t) return Number.MAX_SAFE_INTEGER;
      if (place.at <= t[0] && t[1] <= end) return -1;
      return Math.min(Math.abs(t[0] - end), Math.abs(place.at - t[1]));
    };
    const candidates = events
      .filter((e) => !e.hidden && memberAt(e, place.doc, place.at, pin.match.length))
      .sort((a, b) => distance(a) - distance(b));
    const event = candidates[0];
    const member = event && memberAt(event, place.doc, place.at, pin.match.length);
    if (!event || !member) {
      error(pin, `stale entry: no event cites "${pin.match}" in ${pin.document} any more; update or remove it`);
      return null;
    }
    return { event, member };
  };

  for (const edit of curation.events) {
    const found = findEvent(edit);
    if (!found) continue;
    let event = own(found.event);
    if (edit.split && event.members.length > 1) {
      event.members = event.members.filter((m) => m !== found.member);
      const rest = toCorpusEvent(event.members);
      Object.assign(event, { actors: rest.actors, sourceCount: rest.sourceCount, date: event.curated.includes('date') ? event.date : rest.date });
      mark(event, 'sources');
      const alone = { ...toCorpusEvent([found.member]), curated: ['sources'] };
      events.push(alone);
      owned.add(alone);
      event = alone;
    }
    if (edit.date) {
      event.date = curatedDate(edit.date);
      mark(event, 'date');
    }
    if (edit.title) {
      event.title = edit.title;
      mark(event, 'title');
    }
    if (edit.summary) {
      event.summary = edit.summary;
      mark(event, 'summary');
    }
    if (edit.type) {
      event.type = edit.type;
      event.cameo = TRIGGER_CAMEO[edit.type] ?? event.cameo;
      mark(event, 'type', 'cameo');
    }
    if (edit.mergeInto) {
      const target = findEvent(edit.mergeInto);
      if (target && target.event !== event) {
        const into = own(target.event);
        const merged = toCorpusEvent([...into.members, ...event.members]);
        Object.assign(into, { members: merged.members, actors: merged.actors, sourceCount: merged.sourceCount });
        mark(into, 'sources');
        event.hidden = true;
        const absorbed = new Set(event.members.map((m) => m.key));
        quotes = quotes.map((q) => (q.eventKey && absorbed.has(q.eventKey) ? { ...q, date: into.date } : q));
      }
    }
    if (edit.hide) event.hidden = true;
  }

  for (const add of curation.add) {
    const place = locate(add);
    if (!place) continue;
    const actors: ActorId[] = [];
    for (const name of add.actors) {
      const id = input.actorByName(name);
      if (id) actors.push(id);
      else diagnostics.push(diagnostic('error', 'curation-unknown-actor', `"${name}" is not an actor in data/actors.yaml`, curation.path, { line: add.line, column: 1 }));
    }
    const source = { document: place.doc.id as EventMember['source']['document'], start: place.at, end: place.at + add.match.length, text: add.match };
    const member: EventMember = {
      key: `${place.doc.id}#curated-${place.at}`,
      document: place.doc.id,
      canonical: place.doc.id,
      story: 0,
      source,
      type: add.type,
      cameo: TRIGGER_CAMEO[add.type] ?? '000',
      title: add.title,
      date: add.date ? curatedDate(add.date) : { start: null, precision: 'unknown', basis: 'curated' },
      actors,
      relevant: true,
      words: [],
    };
    const event: CorpusEvent = {
      ...toCorpusEvent([member]),
      id: contentId('ev', ['curated', place.doc.id, place.at, add.match.length, add.type]),
      curated: ['added', 'type', 'title', 'date', 'actors'],
    };
    if (add.summary) event.summary = add.summary;
    events.push(event);
  }

  for (const edit of curation.quotes) {
    const place = locate(edit);
    if (!place) continue;
    const found = quotes.find(
      (q) => q.document === place.doc.id && q.source.start <= place.at && place.at < q.source.end,
    ) ?? quotes.find((q) => q.document === place.doc.id && q.text.includes(edit.match));
    if (!found) {
      error(edit, `stale entry: no quote holds "${edit.match}" in ${edit.document} any more; update or remove it`);
      continue;
    }
    if (edit.drop) {
      quotes = quotes.filter((q) => q !== found);
      continue;
    }
    const quote = { ...found, curated: [...found.curated] };
    if (edit.speaker !== undefined) {
      const speaker = edit.speaker === null ? null : input.actorByName(edit.speaker);
      if (edit.speaker !== null && !speaker) {
        diagnostics.push(diagnostic('error', 'curation-unknown-actor', `"${edit.speaker}" is not an actor in data/actors.yaml`, curation.path, { line: edit.line, column: 1 }));
        continue;
      }
      quote.speaker = speaker;
      mark(quote, 'speaker');
      quotes[quotes.indexOf(found)] = quote;
    }
  }

  // Nothing hidden (the usual build): no quote loses its event, and no set of every report is built.
  if (events.some((e) => e.hidden)) {
    const hidden = new Set(events.filter((e) => e.hidden).flatMap((e) => e.members.map((m) => m.key)));
    events = events.filter((e) => !e.hidden);
    const live = new Set(events.flatMap((e) => e.members.map((m) => m.key)));
    quotes = quotes.map((q) => (q.eventKey && hidden.has(q.eventKey) && !live.has(q.eventKey) ? { ...q, eventKey: null } : q));
  }

  const story: string[] = [];
  for (const stop of curation.story) {
    const found = findEvent(stop);
    if (found && !story.includes(found.event.id)) story.push(found.event.id);
  }
  return { events, quotes, story, diagnostics };
}
