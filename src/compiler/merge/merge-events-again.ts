/**
 * The merge of events again after an edit, reusing the last merge (a long-lived
 * compiler, `--watch`). A full merge takes the reports one by one and searches the
 * clusters filed under the report's keys; what a report decides depends only on
 * the clusters in the buckets it searches, as they are when its turn comes. So the
 * reports are taken in the same order again, every cluster is built again, and a
 * report whose buckets are all as they were in the last merge (same clusters, with
 * the same members so far) joins the cluster it joined then, without searching.
 * A bucket stops being as it was, from that point on, when a report that is new,
 * changed or gone is filed in it, when a report decides differently than last
 * time, or when it lists a cluster whose members differ from last time's; every
 * report that reads such a bucket searches as a full merge would. The result is
 * the full merge's, report for report (the property test compares the two).
 *
 * Only the clusters a searching report looks at are built (from their members so
 * far, then kept up to date); the others are only lists of members, and a kept
 * cluster's event is last time's.
 *
 * Reports are known by identity: the assembly hands over the same member object
 * for a report of an unchanged document, and a new object for anything that may
 * differ. A cluster is known by the report that founded it.
 */
import type { CorpusEvent, EventMember } from './corpus-items';
import type { Cluster } from './merge-cluster';
import { addReport, fileUnder, filedKeys, findHome, mergeState, newCluster, prepareReport, reportOrder, sortReports, type Prepared } from './merge-search';
import { toCorpusEvent } from './to-corpus-event';

/** What one merge leaves for the next. */
export interface EventsMemo {
  /** The reports in merge order. */
  ordered: readonly EventMember[];
  /** The report that founded each report's cluster. */
  founder: ReadonlyMap<EventMember, EventMember>;
  /** Each cluster's members and merged event, by its founder. */
  clusters: ReadonlyMap<EventMember, { members: readonly EventMember[]; event: CorpusEvent }>;
  /** What was worked out of each report (it depends on the report alone). */
  prepared: WeakMap<EventMember, Prepared>;
}

/** `sorted` (in report order) and `fresh` (any order) as one list in report order. */
function mergeOrdered(sorted: readonly EventMember[], fresh: readonly EventMember[]): EventMember[] {
  const added = sortReports(fresh);
  const out: EventMember[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < added.length) {
    const a = sorted[i];
    const b = added[j];
    if (b === undefined || (a !== undefined && reportOrder(a, b) <= 0)) {
      out.push(a as EventMember);
      i += 1;
    } else {
      out.push(b);
      j += 1;
    }
  }
  return out;
}

export function mergeEventsAgain(all: readonly EventMember[], previous: EventsMemo | null): { events: CorpusEvent[]; memo: EventsMemo } {
  const present = new Set(all);
  const fresh = previous ? all.filter((m) => !previous.founder.has(m)) : all;
  const ordered = previous ? mergeOrdered(previous.ordered.filter((m) => present.has(m)), fresh) : sortReports(all);
  // The last merge's reports that are gone (removed, or changed into a new report), in their order.
  const gone = previous ? previous.ordered.filter((m) => !present.has(m)) : [];
  const prepared = previous?.prepared ?? new WeakMap<EventMember, Prepared>();
  const prepare = (m: EventMember): Prepared => {
    let p = prepared.get(m);
    if (!p) prepared.set(m, (p = prepareReport(m)));
    return p;
  };
  const state = mergeState(ordered.length);
  // Clusters are built out of order here: every slot exists from the start.
  state.clusters = new Array<Cluster>(ordered.length);
  /** Each cluster's founder and members, by number; `state.clusters` holds only the clusters built. */
  const founderOf: EventMember[] = [];
  const membersOf: EventMember[][] = [];
  const byFounder = new Map<EventMember, number>();
  const dirty = new Uint8Array(ordered.length);
  const dirtyKeys = new Set<string>();
  const dirtyFounders = new Set<EventMember>();
  const markKeys = (keys: readonly string[]): void => {
    for (const key of keys) dirtyKeys.add(key);
  };
  /** The cluster founded by `founder` is no longer as it was: neither last time's nor this time's buckets that list it are. */
  const markCluster = (founder: EventMember): void => {
    if (dirtyFounders.has(founder)) return;
    dirtyFounders.add(founder);
    for (const m of previous?.clusters.get(founder)?.members ?? []) markKeys(filedKeys(m));
    const c = byFounder.get(founder);
    if (c !== undefined) {
      dirty[c] = 1;
      for (const m of membersOf[c] ?? []) markKeys(filedKeys(m));
    }
  };
  const readsChanged = ({ keys, toldKeys, anyMonth }: Prepared): boolean => {
    if (dirtyKeys.size === 0) return false;
    for (const list of [keys, toldKeys, anyMonth]) for (const key of list) if (dirtyKeys.has(key)) return true;
    return false;
  };
  /** Builds cluster `c` from its members so far, the first time a search looks at it. */
  const build = (c: number): void => {
    if (state.clusters[c]) return;
    const cluster = newCluster(state, c);
    for (const m of membersOf[c] ?? []) addReport(state, cluster, prepare(m).probe);
  };
  let g = 0;
  ordered.forEach((m, n) => {
    // A report gone since the last merge leaves its buckets and its cluster from its place on.
    for (; g < gone.length && reportOrder(gone[g] as EventMember, m) < 0; g += 1) {
      const old = gone[g] as EventMember;
      markKeys(filedKeys(old));
      markCluster(previous?.founder.get(old) ?? old);
    }
    const report = prepare(m);
    const last = previous?.founder.get(m);
    let home: number | null = null;
    let same = false;
    if (last !== undefined && !readsChanged(report)) {
      // Its buckets are as they were: it decides as it did (a cluster of its own, or the same cluster).
      const kept = last === m ? null : byFounder.get(last);
      if (kept === null || (kept !== undefined && dirty[kept] === 0)) {
        home = kept;
        same = true;
      }
    }
    if (!same) {
      const found = findHome(state, n, report, build);
      home = found ? found.at : null;
      same = (home === null ? m : founderOf[home]) === last;
      if (!same) {
        if (last !== undefined) markCluster(last);
        markKeys(filedKeys(m));
      }
    }
    if (home === null) {
      home = founderOf.length;
      founderOf.push(m);
      membersOf.push([]);
      byFounder.set(m, home);
      if (dirtyFounders.has(m)) dirty[home] = 1;
    }
    (membersOf[home] as EventMember[]).push(m);
    const built = state.clusters[home];
    if (built) addReport(state, built, report.probe);
    fileUnder(state, home, report);
    if (!same) markCluster(founderOf[home] as EventMember);
    else if (dirty[home] === 1) markKeys(filedKeys(m));
  });
  for (; g < gone.length; g += 1) markCluster(previous?.founder.get(gone[g] as EventMember) ?? (gone[g] as EventMember));

  const founder = new Map<EventMember, EventMember>();
  const clusters = new Map<EventMember, { members: readonly EventMember[]; event: CorpusEvent }>();
  const events = membersOf.map((members, c) => {
    const first = founderOf[c] as EventMember;
    for (const m of members) founder.set(m, first);
    // A cluster no report changed has last time's members in last time's order: its event is last time's.
    const kept = dirty[c] === 0 && !dirtyFounders.has(first) ? previous?.clusters.get(first) : undefined;
    const event = kept?.event ?? toCorpusEvent(members);
    clusters.set(first, { members, event });
    return event;
  });
  return { events, memo: { ordered, founder, clusters, prepared } };
}
