/**
 * The merge stage's search machinery, shared by a full merge (merge-events.ts) and a
 * rebuild that reuses the last merge (merge-events-again.ts): the order reports are
 * taken in, what is worked out once of each report, the index of clusters by candidate
 * key, the search for a report's cluster and the join. The rules themselves are in
 * `fits` (merge-fits.ts); nothing here decides whether two reports are one happening.
 */
import type { DateValue } from '../../schema/timeline';
import { toldGroups, toldThatDayGroup } from './across-types';
import type { EventMember } from './corpus-items';
import { dateInterval, hasOwnDate, precisionRank } from './date-interval';
import { isStretch } from './happening-dates';
import { statedCounts, tellingCounts } from './merge-events-counts';
import { quotedParts } from './merge-events-quoted';
import { fits, fitsOnYearLessDay } from './merge-fits';
import { sidesOf, wordSet, type Cluster, type Probe } from './merge-cluster';
import { ONE_OFF, RECURRING, SAID, typeGroup } from './merge-types';
import { sentenceKey, targetKey } from './merge-rules';
import { recentMention } from './recent-mention';
import { yearLessDays } from './year-less-days';

/** Sorts after every date: a report with no date at all comes last, when the clusters it may join are whole. */
const NO_START = '\uffff';
const SAMPLES = 12;
const QUOTES = 24;
/** Beyond every day number (a small integer, so the fields stay small integers). */
const NO_DAY = 0x3fffffff;
/** After every `precisionRank`. */
const BACKGROUND_RANK = 9;
/** What a report of no saying quotes, for the merge's purposes. */
const NOTHING_QUOTED = { passages: [], catchphrases: [] };
/** How many recent clusters per actor an undated report is compared with. */
const RECENT = 64;

/**
 * What the search looks at in every candidate, kept by cluster number in flat arrays rather
 * than in the clusters, so that the many candidates ruled out by their dates alone are ruled
 * out without loading the clusters themselves (search bookkeeping, not rules).
 */
interface Search {
  /** The earliest last day and the latest first day of each cluster's own dates (NO_DAY and -NO_DAY without dates). */
  minEnd: Int32Array;
  maxStart: Int32Array;
  /** The last report whose search looked at each cluster (a cluster is tried once per report). */
  triedBy: Int32Array;
  /**
   * Each cluster's canonical documents (`Cluster.canonicals`, at most SAMPLES), as numbers from
   * `canonicalNumbers`, SAMPLES slots per cluster: most candidates ruled out by their dates are
   * ruled out without loading the cluster and its set.
   */
  canonicals: Int32Array;
  canonicalCount: Uint8Array;
  canonicalNumbers: Map<string, number>;
}

/** The clusters made so far, the search's arrays and the index of clusters by candidate key. */
export interface MergeState {
  clusters: Cluster[];
  search: Search;
  index: Map<string, number[]>;
}

/** What is worked out once of a report: its probe and the index keys it is searched and filed under. */
export interface Prepared {
  probe: Probe;
  /** Keys it is filed under and searched by (type group, actor and month; canonical document; sides of the day). */
  keys: string[];
  /** Keys of the type group it may be told as (searched, never filed under). */
  toldKeys: string[];
  /** Its actors in any month (searched, and filed under). */
  anyMonth: string[];
  /** With a year-less day only: the groups it may be told as, in any month (searched last, never filed under). */
  toldAnyMonth: string[];
}

/** Calendar months ("YYYY-MM") an own date touches, for bucketing. */
function monthsOf(date: DateValue): string[] {
  if (!hasOwnDate(date) || date.start === null) return [];
  const from = date.start.slice(0, 7);
  if (date.precision === 'year') return Array.from({ length: 12 }, (_, i) => `${date.start?.slice(0, 4) ?? ''}-${String(i + 1).padStart(2, '0')}`);
  const to = (date.end ?? date.start).slice(0, 7);
  return from === to || from.length < 7 ? [from] : [from, to];
}

/** The keys a report is filed under and searched by: type group, actor and month; canonical document; sides of the day. */
function ownKeys(m: EventMember): string[] {
  const group = typeGroup(m.type);
  return [
    ...m.actors.flatMap((a) => monthsOf(m.date).map((month) => `${group}|${a}|${month}`)),
    `${group}|c|${m.canonical}`,
    // Rule SAME-DAY-SIDES looks for a one-off of the same day by country, not by actor.
    ...(ONE_OFF.has(m.type) && m.date.precision === 'day' && hasOwnDate(m.date) ? [...sidesOf(m)].map((side) => `${group}|@${side}|${m.date.start ?? ''}`) : []),
    // Rule SAME-COUNT, one side named, looks for a transfer by the count it states.
    ...(ONE_OFF.has(m.type) && !RECURRING.has(m.type) ? tellingCounts(m.source.text).map((c) => `${group}|#${c}`) : []),
  ];
}

/** Its actors in any month (searched last, and filed under). */
function anyMonthKeys(m: EventMember): string[] {
  const group = typeGroup(m.type);
  return m.actors.map((a) => `${group}|${a}|*`);
}

/** Every key a report files its cluster under. */
export function filedKeys(m: EventMember): string[] {
  return [...ownKeys(m), ...anyMonthKeys(m)];
}

/** The order reports are taken in: by precision (told in passing last), date (none last), document, place. */
export function reportOrder(a: EventMember, b: EventMember): number {
  const as = a.date.start ?? NO_START;
  const bs = b.date.start ?? NO_START;
  return (
    orderRank(a) - orderRank(b) ||
    (as < bs ? -1 : as > bs ? 1 : 0) ||
    (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) ||
    a.source.start - b.source.start ||
    a.key.localeCompare(b.key)
  );
}

/** By precision; a capture told in passing after every report, when the events it may join are whole. */
function orderRank(m: EventMember): number {
  return m.background ? BACKGROUND_RANK : precisionRank(m.date);
}

/** A report with what its place in `reportOrder` reads of its date, worked out once. */
interface Ranked {
  m: EventMember;
  rank: number;
  start: string;
}

const ranked = (m: EventMember): Ranked => ({ m, rank: orderRank(m), start: m.date.start ?? NO_START });

/** `reportOrder` of two ranked reports. */
function rankedOrder(a: Ranked, b: Ranked): number {
  return (
    a.rank - b.rank ||
    (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
    (a.m.document < b.m.document ? -1 : a.m.document > b.m.document ? 1 : 0) ||
    a.m.source.start - b.m.source.start ||
    a.m.key.localeCompare(b.m.key)
  );
}

/** Reports in `reportOrder`, each one's rank and start worked out once, not per comparison. */
export function sortReports(all: readonly EventMember[]): EventMember[] {
  return all
    .map(ranked)
    .sort(rankedOrder)
    .map((r) => r.m);
}

/**
 * Whether each report comes strictly after the one before it in `reportOrder`, each one's rank
 * and start worked out once (a report's rank reads its date's interval: comparing pairs worked
 * it out twice per report, a tenth of a fresh process's merge at 10,000 documents).
 */
export function strictlyInReportOrder(list: readonly EventMember[]): boolean {
  let last: Ranked | null = null;
  for (const m of list) {
    const next = ranked(m);
    if (last && rankedOrder(last, next) >= 0) return false;
    last = next;
  }
  return true;
}

/** The index keys of a prepared report: what a fresh process takes from the stored state for a report that is exactly the last build's (stored-merge.ts). */
export type PreparedKeys = Pick<Prepared, 'keys' | 'toldKeys' | 'anyMonth' | 'toldAnyMonth'>;

function probeFrom(m: EventMember, words: readonly string[], own: boolean, at: Probe['at'], yearLess: Probe['yearLess']): Probe {
  const stretch = own && at !== null && isStretch(m.date, at, m.source.text);
  const { passages: quotes, catchphrases } = SAID.has(m.type) ? quotedParts(m.source.text) : NOTHING_QUOTED;
  const counts = ONE_OFF.has(m.type) && !RECURRING.has(m.type) ? statedCounts(m.source.text) : [];
  return { m, words, story: `${m.document}\u0000${m.story}`, own, at, stretch, quotes, catchphrases, counts, yearLess };
}

/**
 * A report whose probe is worked out only when a search or a built cluster first reads it. A class,
 * not an object literal with a getter: tens of thousands are made in a fresh process, and a
 * literal's getter is a new accessor per object.
 */
class LazyPrepared implements Prepared {
  private made: Probe | undefined;
  readonly keys: string[];
  readonly toldKeys: string[];
  readonly anyMonth: string[];
  readonly toldAnyMonth: string[];

  constructor(
    private readonly probeOf: () => Probe,
    known: PreparedKeys,
  ) {
    this.keys = known.keys;
    this.toldKeys = known.toldKeys;
    this.anyMonth = known.anyMonth;
    this.toldAnyMonth = known.toldAnyMonth;
  }

  get probe(): Probe {
    return (this.made ??= this.probeOf());
  }
}

/**
 * What is worked out once of a report. With `lazy`, its probe is worked out only when a search or a
 * built cluster first reads it (a merge again from the last one reads few: merge-events-again.ts).
 */
export function prepareReport(m: EventMember, lazy = false): Prepared {
  const words = wordSet(m.words);
  const own = hasOwnDate(m.date);
  const at = dateInterval(m.date);
  const yearLess = at === null ? yearLessDays(m.source.text) : [];
  // Rule YEAR-LESS-DAY: a year-less day may be any year's, so the groups it may be told as are searched in any month.
  const toldAnyMonth = yearLess.length > 0 ? toldGroups({ ...m, date: { start: null, precision: 'day', basis: 'inferred' } }, words, true).flatMap((g) => m.actors.map((a) => `${g}|${a}|*`)) : [];
  const keys = ownKeys(m);
  const toldKeys = toldGroups(m, words, own).flatMap((told) => m.actors.flatMap((a) => monthsOf(m.date).map((month) => `${told}|${a}|${month}`)));
  // Rule OWN-POLICY-SAID told that day: a report dated only by its article is filed under no month.
  const thatDay = toldThatDayGroup(m);
  if (thatDay !== null) for (const a of m.people ?? []) toldKeys.push(`${thatDay}|${a}|*`);
  const anyMonth = anyMonthKeys(m);
  if (!lazy) return { probe: probeFrom(m, words, own, at, yearLess), keys, toldKeys, anyMonth, toldAnyMonth };
  return new LazyPrepared(() => probeFrom(m, words, own, at, yearLess), { keys, toldKeys, anyMonth, toldAnyMonth });
}

/**
 * A report prepared with its index keys already known (`prepareReport` gave them to the same
 * report in the last build): nothing is worked out until its probe is first read.
 */
export function preparedWith(m: EventMember, known: PreparedKeys): Prepared {
  return new LazyPrepared(() => {
    const at = dateInterval(m.date);
    return probeFrom(m, wordSet(m.words), hasOwnDate(m.date), at, at === null ? yearLessDays(m.source.text) : []);
  }, known);
}

export function mergeState(reports: number): MergeState {
  return {
    clusters: [],
    search: {
      minEnd: new Int32Array(reports),
      maxStart: new Int32Array(reports),
      triedBy: new Int32Array(reports).fill(-1),
      canonicals: new Int32Array(reports * SAMPLES),
      canonicalCount: new Uint8Array(reports),
      canonicalNumbers: new Map(),
    },
    index: new Map(),
  };
}

/**
 * Whether a report cannot join the cluster whatever the other rules say, decided from two
 * numbers of the cluster (most candidates of an actor's bucket are of other months). An own
 * date is compatible with no span wholly outside it (rules CONTAINS, SAME-DAY), and a report
 * dated by its publication does not join a happening dated after it; only the same sentence
 * in a duplicate article overrides dates, so the cluster's articles are looked at last.
 */
function excludedByDates(search: Search, c: number, probe: Probe, canonical: number): boolean {
  const { at } = probe;
  if (!at) return false;
  const outside = probe.own ? (search.minEnd[c] as number) < at[0] || (search.maxStart[c] as number) > at[1] : (search.maxStart[c] as number) > at[0] + 1;
  if (!outside) return false;
  const { canonicals } = search;
  for (let k = c * SAMPLES, end = k + (search.canonicalCount[c] as number); k < end; k += 1) if (canonicals[k] === canonical) return false;
  return true;
}

/**
 * The cluster report number `n` joins, or null for a cluster of its own: the first candidate
 * that fits, in its buckets (own keys, the group it may be told as, its actors in any month),
 * newest first. Clusters arrive in date order, so the newest in a bucket are the nearest in time.
 * `ready` is called with a cluster's number before the search looks at it (a merge that builds
 * clusters only when they are looked at builds it then). A report no rule places may still be a
 * passing mention of the one recent happening it fits (rule RECENT-MENTION, recent-mention.ts).
 */
export function findHome(state: MergeState, n: number, prepared: Prepared, ready?: (c: number) => void): Cluster | null {
  // Rule YEAR-LESS-DAY first: a cluster of the day the report names beats an undated one met sooner.
  if (prepared.probe.yearLess.length > 0) {
    const home = searchWith(state, -2 - n, prepared, fitsOnYearLessDay, ready);
    if (home) return home;
  }
  return searchWith(state, n, prepared, fits, ready) ?? recentMention(state, prepared, ready);
}

/**
 * The candidate `test` accepts, each tried once per `mark` (see `findHome`). Rule MOST-TOLD: a
 * report with a date of its own that fits several clusters joins the one told by the most stories
 * (the first found among equals): one story's two reports of a remark ("Roe said Thursday night…",
 * "Roe told Fox in an interview that aired Thursday…") may seed two clusters, and the next article
 * belongs with the one the other articles joined. A report with no date of its own of a call or
 * meeting joins the first found, the nearest in time (the same two people talk often).
 */
function searchWith(state: MergeState, mark: number, { probe, keys, toldKeys, anyMonth, toldAnyMonth }: Prepared, test: (cluster: Cluster, probe: Probe) => boolean, ready?: (c: number) => void): Cluster | null {
  const { search, index, clusters } = state;
  // -1 while no cluster has the report's canonical document (a cluster built by `ready` may bring it).
  let canonical = search.canonicalNumbers.get(probe.m.canonical) ?? -1;
  let home: Cluster | null = null;
  for (const list of [keys, toldKeys, anyMonth, toldAnyMonth]) {
    for (const key of list) {
      const recent = index.get(key);
      if (!recent) continue;
      for (let i = recent.length - 1; i >= Math.max(0, recent.length - RECENT); i -= 1) {
        const c = recent[i] as number;
        if (search.triedBy[c] === mark) continue;
        search.triedBy[c] = mark;
        if (ready) {
          ready(c);
          if (canonical < 0) canonical = search.canonicalNumbers.get(probe.m.canonical) ?? -1;
        }
        if (excludedByDates(search, c, probe, canonical)) continue;
        const cluster = clusters[c] as Cluster;
        // A cluster told by no more stories than the home found so far cannot take its place.
        if (home && cluster.stories.size <= home.stories.size) continue;
        if (!test(cluster, probe)) continue;
        if (!probe.own && RECURRING.has(probe.m.type)) return cluster;
        home = cluster;
      }
    }
  }
  return home;
}

/** A cluster with no report yet, numbered next (its place in the search's arrays). */
export function newCluster(state: MergeState, at = state.clusters.length): Cluster {
  const cluster: Cluster = { members: [], types: new Set(), stories: new Set(), actors: new Set(), people: new Set(), sides: new Set(), reported: [], dates: [], spans: [], stretches: [], canonicals: new Set(), quotes: [], counts: new Map(), saidSentences: new Set(), targets: new Set(), samples: [], at };
  state.search.minEnd[at] = NO_DAY;
  state.search.maxStart[at] = -NO_DAY;
  state.search.canonicalCount[at] = 0;
  state.clusters[at] = cluster;
  return cluster;
}

/** What a cluster remembers of a report that joins it. */
export function addReport(state: MergeState, home: Cluster, probe: Probe): void {
  const { search } = state;
  const { m, own, at, stretch, quotes, counts, words } = probe;
  home.members.push(m);
  home.types.add(m.type);
  home.stories.add(probe.story);
  for (const a of m.actors) home.actors.add(a);
  for (const a of m.people ?? []) home.people.add(a);
  for (const side of sidesOf(m)) home.sides.add(side);
  if (!own && at && home.reported.length < SAMPLES) home.reported.push(at[0]);
  if (own && at && !home.dates.some((d) => d.start === m.date.start && d.end === m.date.end && d.precision === m.date.precision)) {
    home.dates.push(m.date);
    home.spans.push(at);
    home.stretches.push(stretch);
    search.minEnd[home.at] = Math.min(search.minEnd[home.at] as number, at[1]);
    search.maxStart[home.at] = Math.max(search.maxStart[home.at] as number, at[0]);
  }
  for (const q of quotes) if (home.quotes.length < QUOTES && !home.quotes.includes(q)) home.quotes.push(q);
  for (const c of counts) home.counts.set(c, (home.counts.get(c) ?? 0) + 1);
  if (own && m.date.precision === 'day' && SAID.has(m.type)) home.saidSentences.add(sentenceKey(m));
  if (!m.background) for (const p of m.targets ?? []) home.targets.add(targetKey(m, p));
  if (home.samples.length < SAMPLES) {
    home.samples.push({ words, canonical: m.canonical, document: m.document });
    if (!home.canonicals.has(m.canonical)) {
      home.canonicals.add(m.canonical);
      let number = search.canonicalNumbers.get(m.canonical);
      if (number === undefined) {
        number = search.canonicalNumbers.size;
        search.canonicalNumbers.set(m.canonical, number);
      }
      const count = search.canonicalCount[home.at] as number;
      search.canonicals[home.at * SAMPLES + count] = number;
      search.canonicalCount[home.at] = count + 1;
    }
  }
}

/** Files cluster number `c` under a report's keys (once per run of the same cluster). */
export function fileUnder(state: MergeState, c: number, { keys, anyMonth }: Prepared): void {
  for (const list of [keys, anyMonth]) {
    for (const key of list) {
      const filed = state.index.get(key);
      if (!filed) state.index.set(key, [c]);
      else if (filed[filed.length - 1] !== c) filed.push(c);
    }
  }
}
