/**
 * The merge of events again after an edit, reusing the last merge (a long-lived
 * compiler, `--watch`). A full merge takes the reports one by one and searches the
 * clusters filed under the report's keys; what a report decides depends only on
 * the clusters in the buckets it searches, as they are when its turn comes. So the
 * reports are taken in the same order again, every cluster is filed again, and a
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
 * differ. A cluster is known by the report that founded it. What a merge remembers
 * of a report sits in one record per report (kept from build to build), so the
 * bookkeeping of the tens of thousands of reports that decide as before is a few
 * field reads each, not look-ups in maps.
 */
import type { CorpusEvent, EventMember } from './corpus-items';
import type { Cluster } from './merge-cluster';
import { addReport, fileUnder, filedKeys, findHome, mergeState, newCluster, prepareReport, preparedWith, reportOrder, sortReports, type Prepared, type PreparedKeys } from './merge-search';
import { onlyInPassing, toCorpusEvent } from './to-corpus-event';

/** What merges remember of one report. */
interface Report {
  m: EventMember;
  prepared: Prepared;
  /** The merge (by its stamp) that last took this report, and the founder of its cluster then. */
  seen: number;
  founder: Report | null;
  /** Founders only: the cluster's number in the merge `seen`, and its members and event then (null: not known, made again). */
  at: number;
  cluster: { members: readonly EventMember[]; event: CorpusEvent | null } | null;
  /** The merge in which its cluster (as founder) stopped being as it was. */
  changed: number;
  /** Reports of the last merge that are gone, whose place was just before this one. */
  goneBefore: Report[] | null;
}

/** What one merge leaves for the next. */
export interface EventsMemo {
  /** The reports in merge order. */
  ordered: readonly Report[];
  stamp: number;
  /** Every report's record, and the stamp of the latest merge that wrote them (a memo older than that is of no use). */
  shared: { records: WeakMap<EventMember, Report>; latest: number };
}

/**
 * The memo of a merge known only by its clusters (a fresh process, from the stored
 * state: stored-merge.ts). `kept` are this build's reports that are exactly the last
 * merge's (the same objects given to `mergeEventsAgain`), `gone` the last merge's
 * reports that are not (made again from their old inputs), and `clusters` the last
 * merge's clusters of more than one report, each in report order; any other report
 * was a cluster of its own. Every event is made again. The gone reports are all
 * taken as gone before the first report: every bucket they were filed in is changed
 * from the start, which only makes more reports search than need to. With `known`
 * (the index keys the last merge worked out for each of `kept`), `kept` is in report
 * order and nothing is worked out of a kept report until a search reads it. With
 * `inPlace` (`kept` then being every report of the last merge, kept or gone, in the last
 * merge's order, and `known` the keys of each), each gone report is gone at its own place,
 * as a long-lived compiler's memo has it: only the reports after it that read its buckets
 * search, not every report that reads a bucket any gone report was filed in.
 */
export function eventsMemoFrom(
  kept: readonly EventMember[],
  gone: readonly EventMember[],
  clusters: readonly (readonly EventMember[])[],
  known?: readonly PreparedKeys[],
  inPlace = false,
): EventsMemo {
  const records = new WeakMap<EventMember, Report>();
  const make = (m: EventMember, prepared: Prepared): Report => {
    const r: Report = { m, prepared, seen: 1, founder: null, at: -1, cluster: { members: [m], event: null }, changed: 0, goneBefore: null };
    r.founder = r;
    records.set(m, r);
    return r;
  };
  const lazily = (m: EventMember): Report => make(m, prepareReport(m, true));
  const withKeys = (list: readonly EventMember[], keys: readonly PreparedKeys[]): Report[] => list.map((m, i) => make(m, preparedWith(m, keys[i] as PreparedKeys)));
  const ordered = inPlace && known ? withKeys(kept, known) : [...gone.map(lazily), ...(known ? withKeys(kept, known) : sortReports(kept).map(lazily))];
  for (const members of clusters) {
    const founder = records.get(members[0] as EventMember) as Report;
    founder.cluster = { members, event: null };
    for (const m of members.slice(1)) {
      const r = records.get(m) as Report;
      r.founder = founder;
      r.cluster = null;
    }
  }
  return { ordered, stamp: 1, shared: { records, latest: 1 } };
}

/** The keys of a merge's reports in merge order, each with the index keys worked out of it (what the state stores: stored-merge.ts). */
export function reportsOf(memo: EventsMemo): { order: string[]; keys: PreparedKeys[] } {
  return { order: memo.ordered.map((r) => r.m.key), keys: memo.ordered.map((r) => r.prepared) };
}

/** `sorted` (in report order) and `fresh` (any order) as one list in report order. */
function mergeOrdered(sorted: readonly Report[], fresh: readonly Report[]): Report[] {
  const added = sortReports(fresh.map((r) => r.m));
  const recordOf = new Map(fresh.map((r) => [r.m, r]));
  const out: Report[] = [];
  let i = 0;
  for (const m of added) {
    // The first of `sorted` after m, by binary search (few reports are fresh).
    let lo = i;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (reportOrder((sorted[mid] as Report).m, m) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (; i < lo; i += 1) out.push(sorted[i] as Report);
    out.push(recordOf.get(m) as Report);
  }
  for (; i < sorted.length; i += 1) out.push(sorted[i] as Report);
  return out;
}

/** What a merge again gives: the events, the memo for the next merge, and what may differ from the last merge. */
export interface MergedAgain {
  events: CorpusEvent[];
  memo: EventsMemo;
  /**
   * The events of clusters whose members may differ from the last merge's (a report new, changed
   * or gone, or one that decided differently), and the keys of their reports. Any other event has
   * the last merge's members in the last merge's order, so it is the event made then.
   */
  touched: { events: Set<CorpusEvent>; reports: Set<string> };
}

/**
 * The merge when this build's reports are exactly the last merge's (a fresh process whose changed
 * documents' reports are all as they were: stored-merge.ts): every report would decide as it did,
 * so the clusters are the last merge's, founded in the same order, and nothing is touched. `order`
 * is every report in the last merge's order and `clusters` its clusters of more than one report,
 * each in that order. No report is filed and no record of one is made.
 */
export function mergedAsBefore(order: readonly EventMember[], clusters: readonly (readonly EventMember[])[]): Pick<MergedAgain, 'events' | 'touched'> {
  const founded = new Map<EventMember, readonly EventMember[]>();
  const joined = new Set<EventMember>();
  for (const members of clusters) {
    founded.set(members[0] as EventMember, members);
    for (let k = 1; k < members.length; k += 1) joined.add(members[k] as EventMember);
  }
  const events: CorpusEvent[] = [];
  for (const m of order) {
    if (joined.has(m)) continue;
    const members = founded.get(m);
    events.push(toCorpusEvent(members ? [...members] : [m]));
  }
  return { events: events.filter((e) => !onlyInPassing(e)), touched: { events: new Set(), reports: new Set() } };
}

export function mergeEventsAgain(all: readonly EventMember[], last: EventsMemo | null): MergedAgain {
  const previous = last && last.stamp === last.shared.latest ? last : null;
  const shared = previous?.shared ?? { records: new WeakMap<EventMember, Report>(), latest: 0 };
  const stamp = shared.latest + 1;
  shared.latest = stamp;
  const before = stamp - 1;
  const fresh: Report[] = [];
  for (const m of all) {
    let r = shared.records.get(m);
    if (!r || r.seen !== before) {
      r = { m, prepared: prepareReport(m), seen: 0, founder: null, at: -1, cluster: null, changed: 0, goneBefore: null };
      shared.records.set(m, r);
      fresh.push(r);
    }
    r.seen = stamp;
  }
  // The last merge's reports that are gone (removed, or changed into a new report) are noted on the next report that stays.
  const kept: Report[] = [];
  let gone: Report[] = [];
  for (const r of previous?.ordered ?? []) {
    if (r.seen !== stamp) gone.push(r);
    else {
      if (gone.length) r.goneBefore = gone;
      gone = [];
      kept.push(r);
    }
  }
  const ordered = previous ? mergeOrdered(kept, fresh) : sortReports(all).map((m) => shared.records.get(m) as Report);
  const state = mergeState(ordered.length);
  // Clusters are built out of order here: every slot exists from the start.
  state.clusters = new Array<Cluster>(ordered.length);
  /** Each cluster's founder and members, by number; `state.clusters` holds only the clusters built. */
  const founderOf: Report[] = [];
  const membersOf: EventMember[][] = [];
  const dirty = new Uint8Array(ordered.length);
  const dirtyKeys = new Set<string>();
  const markKeys = (keys: readonly string[]): void => {
    for (const key of keys) dirtyKeys.add(key);
  };
  /** The cluster founded by `founder` is no longer as it was: neither last time's nor this time's buckets that list it are. */
  const markCluster = (founder: Report): void => {
    if (founder.changed === stamp) return;
    founder.changed = stamp;
    for (const m of founder.seen >= before ? (founder.cluster?.members ?? []) : []) markKeys(filedKeys(m));
    if (founder.seen === stamp && founder.at >= 0 && founderOf[founder.at] === founder) {
      dirty[founder.at] = 1;
      for (const m of membersOf[founder.at] ?? []) markKeys(filedKeys(m));
    }
  };
  const readsChanged = ({ keys, toldKeys, anyMonth, toldAnyMonth }: Prepared): boolean => {
    if (dirtyKeys.size === 0) return false;
    for (const list of [keys, toldKeys, anyMonth, toldAnyMonth]) for (const key of list) if (dirtyKeys.has(key)) return true;
    return false;
  };
  /** Builds cluster `c` from its members so far, the first time a search looks at it. */
  const build = (c: number): void => {
    if (state.clusters[c]) return;
    const cluster = newCluster(state, c);
    for (const m of membersOf[c] ?? []) addReport(state, cluster, (shared.records.get(m) as Report).prepared.probe);
  };
  const goneFrom = (r: Report): void => {
    // A report gone since the last merge leaves its buckets and its cluster from its place on.
    markKeys(filedKeys(r.m));
    markCluster(r.founder ?? r);
  };
  ordered.forEach((r, n) => {
    if (r.goneBefore) {
      for (const g of r.goneBefore) goneFrom(g);
      r.goneBefore = null;
    }
    const report = r.prepared;
    const lastFounder = r.founder;
    // Founders of this merge have this merge's cluster number.
    const numberOf = (f: Report): number | undefined => (f.seen === stamp && f.at >= 0 && founderOf[f.at] === f ? f.at : undefined);
    let home: number | null = null;
    let same = false;
    if (lastFounder && !readsChanged(report)) {
      // Its buckets are as they were: it decides as it did (a cluster of its own, or the same cluster).
      const joined = lastFounder === r ? null : numberOf(lastFounder);
      if (joined === null || (joined !== undefined && dirty[joined] === 0)) {
        home = joined;
        same = true;
      }
    }
    if (!same) {
      const found = findHome(state, n, report, build);
      home = found ? found.at : null;
      same = (home === null ? r : founderOf[home]) === lastFounder;
      if (!same) {
        if (lastFounder) markCluster(lastFounder);
        markKeys(filedKeys(r.m));
      }
    }
    if (home === null) {
      home = founderOf.length;
      founderOf.push(r);
      membersOf.push([]);
      if (r.changed === stamp) dirty[home] = 1;
    }
    const founder = founderOf[home] as Report;
    r.founder = founder;
    if (founder === r) r.at = home;
    (membersOf[home] as EventMember[]).push(r.m);
    const built = state.clusters[home];
    if (built) addReport(state, built, report.probe);
    fileUnder(state, home, report);
    if (!same) markCluster(founder);
    else if (dirty[home] === 1) markKeys(filedKeys(r.m));
  });
  for (const g of gone) goneFrom(g);

  const touched = { events: new Set<CorpusEvent>(), reports: new Set<string>() };
  const events = membersOf.map((members, c) => {
    const first = founderOf[c] as Report;
    // A cluster no report changed has last time's members in last time's order: its event is last time's.
    const same = previous !== null && dirty[c] === 0 && first.changed !== stamp;
    const last = first.cluster?.event;
    if (same && last) return last;
    const event = toCorpusEvent(members);
    first.cluster = { members, event };
    if (!same) {
      touched.events.add(event);
      for (const m of members) touched.reports.add(m.key);
    }
    return event;
  });
  return { events: events.filter((e) => !onlyInPassing(e)), memo: { ordered, stamp, shared }, touched };
}
