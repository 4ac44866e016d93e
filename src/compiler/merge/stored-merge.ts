/**
 * The merge of events in a fresh process (`npm run compile` after an edit) from the
 * last build's stored state rather than from scratch. The state holds the last
 * merge's clusters of more than one report (by member key, in report order) and the
 * traits of every actor the reports were made with (assembly-memo.ts). A report of
 * this build is the last build's when its document has the same content key, the
 * same canonical document and no actor it names changed traits (what document-items.ts
 * makes it from); the last build's reports of every other document are made again
 * from their old inputs (the build hands them over) and are gone. From these, the
 * last merge is rebuilt as memory would have kept it and merged again
 * (merge-events-again.ts), which searches only where a gone or new report was filed.
 * Anything missing or inconsistent (an old input not at hand, a key that names no
 * report, a report in two clusters) means no memo: the merge runs in full.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Actor, ActorId } from '../../schema/timeline';
import type { AssemblyInput } from '../compile';
import { documentItems } from '../document-items';
import type { AssemblyMemo, StoredReports } from './assembly-memo';
import type { CorpusEvent, EventMember } from './corpus-items';
import { eventsMemoFrom, mergedAsBefore, type EventsMemo, type MergedAgain } from './merge-events-again';
import { reportOrder, strictlyInReportOrder, type PreparedKeys } from './merge-search';

/** The clusters of more than one report, by member key, each in report order (what the state stores). */
export function clustersOf(events: readonly CorpusEvent[]): string[][] {
  const clusters: string[][] = [];
  for (const e of events) if (e.members.length > 1) clusters.push([...e.members].sort(reportOrder).map((m) => m.key));
  return clusters;
}

/** One document of this build, as assembly made its reports. */
export interface DocumentReports {
  id: string;
  /** Its content key (undefined: not known, never the last build's). */
  key: string | undefined;
  canonical: string;
  members: readonly EventMember[];
}

/** An actor as the last build's items read it: only its kind and side count (document-items.ts, actorTraits). */
function actorOfTraits(id: ActorId, traits: string): Actor {
  const [kind, side] = traits.split('\u0000');
  return { id, name: id, aliases: [], country: side || null, kind: kind as Actor['kind'], origin: 'registry' };
}

/**
 * The kept reports in merge order with the index keys the last merge worked out for them,
 * from the stored reports; null unless the stored order holds every kept report, each once,
 * in strictly increasing report order (then it is exactly the order a sort would give).
 * `inPlace`: the stored order also holds every gone report, each once, and with them all in
 * strictly increasing report order it is the last merge's order; `kept` is then that whole
 * order (kept and gone reports, a gone one replaced by the report `carried` over from it), so
 * each gone report is taken as gone at its own place.
 */
interface InOrder {
  kept: EventMember[];
  known: PreparedKeys[];
  inPlace: boolean;
}

function keptInOrder(
  stored: StoredReports,
  keptByKey: ReadonlyMap<string, EventMember>,
  goneByKey: ReadonlyMap<string, EventMember>,
  carried: ReadonlyMap<EventMember, EventMember>,
): InOrder | null {
  const kept: EventMember[] = [];
  const known: PreparedKeys[] = [];
  const all: EventMember[] = [];
  const allKnown: PreparedKeys[] = [];
  stored.order.forEach((key, k) => {
    const m = keptByKey.get(key);
    const g = m ? undefined : goneByKey.get(key);
    if (m || g) {
      all.push(m ?? carried.get(g as EventMember) ?? (g as EventMember));
      allKnown.push(stored.keys[k] as PreparedKeys);
    }
    if (!m) return;
    kept.push(m);
    known.push(stored.keys[k] as PreparedKeys);
  });
  if (kept.length !== keptByKey.size) return null;
  if (all.length === keptByKey.size + goneByKey.size && strictlyInReportOrder(all)) return { kept: all, known: allKnown, inPlace: true };
  return strictlyInReportOrder(kept) ? { kept, known, inPlace: false } : null;
}

/** The memo to merge again from, and the documents whose reports are exactly the last build's. */
export type StoredMerge = { same: ReadonlySet<string> } & (
  | { memo: EventsMemo; asBefore: null }
  /** Every report of this build is one of the last merge's, kept or carried over, and none is gone: the merge is the last one (`mergedAsBefore`). */
  | { memo: null; asBefore: Pick<MergedAgain, 'events' | 'touched'> }
);

/**
 * The memo to merge this build's reports again from, or null (merge in full).
 * `lastInput(id, key)` is the input the last build assembled for document `id`, whose content key was `key`.
 */
export function storedEventsMemo(
  docs: readonly DocumentReports[],
  traits: ReadonlyMap<ActorId, string>,
  previous: AssemblyMemo,
  lastInput: (id: string, key: string) => AssemblyInput | undefined,
  /**
   * A long-lived compiler (watch mode) keeps the merge's memo for its next build, which a merge as before does not
   * make: its first build then merges again from the stored memo, as before `mergedAsBefore` existed (with it, the
   * session's first change merged without a memo: 2.8 s and 1.2 GB at 10,000).
   */
  asBeforeAllowed = true,
): StoredMerge | null {
  const { clusters, traits: lastTraits } = previous;
  if (!clusters || !lastTraits) return null;
  const canonicalBefore = (id: string): string => previous.duplicates.found.get(id)?.original ?? id;
  const sameActors = (m: EventMember): boolean => m.actors.every((a) => lastTraits.get(a) === traits.get(a));
  const same = new Set<string>();
  const kept: EventMember[] = [];
  const keptByKey = new Map<string, EventMember>();
  for (const d of docs) {
    if (d.key === undefined || previous.keys.get(d.id) !== d.key || canonicalBefore(d.id) !== d.canonical || !d.members.every(sameActors)) continue;
    same.add(d.id);
    for (const m of d.members) {
      kept.push(m);
      keptByKey.set(m.key, m);
    }
  }
  const gone: EventMember[] = [];
  const goneByKey = new Map<string, EventMember>();
  const lastActor = (id: ActorId): Actor | undefined => {
    const t = lastTraits.get(id);
    return t === undefined ? undefined : actorOfTraits(id, t);
  };
  for (const [id, key] of previous.keys) {
    if (same.has(id)) continue;
    const input = lastInput(id, key);
    if (!input) return null;
    for (const m of documentItems(input, canonicalBefore(id), previous.relevant.get(key) ?? [], lastActor).members) {
      gone.push(m);
      goneByKey.set(m.key, m);
    }
  }
  // A changed document's report that is, field for field, its last report of the same key (an edit elsewhere in
  // the article) decides as that one did: in the last merge's order it stands in for it instead of being gone and new.
  const carried = new Map<EventMember, EventMember>();
  for (const d of docs) {
    if (same.has(d.id)) continue;
    for (const m of d.members) {
      const last = goneByKey.get(m.key);
      if (last && isDeepStrictEqual(last, m)) carried.set(last, m);
    }
  }
  // The kept reports' order and index keys are the last merge's (each is the same report as then), when stored.
  const ordered = previous.reports ? keptInOrder(previous.reports, keptByKey, goneByKey, carried) : null;
  const standIn = ordered?.inPlace ? carried : null;
  const placed = new Set<string>();
  const resolved: EventMember[][] = [];
  for (const keys of clusters) {
    const members: EventMember[] = [];
    for (const k of keys) {
      const was = same.has(k.slice(0, k.lastIndexOf('#'))) ? keptByKey.get(k) : goneByKey.get(k);
      const m = was && standIn ? (standIn.get(was) ?? was) : was;
      if (!m || placed.has(k)) return null;
      placed.add(k);
      members.push(m);
    }
    if (members.length < 2) return null;
    resolved.push(members);
  }
  if (standIn) {
    const stays = gone.filter((m) => !standIn.has(m));
    const reports = docs.reduce((n, d) => n + d.members.length, 0);
    if (asBeforeAllowed && stays.length === 0 && kept.length + standIn.size === reports) return { memo: null, asBefore: mergedAsBefore((ordered as InOrder).kept, resolved), same };
    return { memo: eventsMemoFrom((ordered as InOrder).kept, stays, resolved, (ordered as InOrder).known, true), asBefore: null, same };
  }
  return { memo: ordered ? eventsMemoFrom(ordered.kept, gone, resolved, ordered.known) : eventsMemoFrom(kept, gone, resolved), asBefore: null, same };
}
