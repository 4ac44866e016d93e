/**
 * Merge stage: the same happening reported by several articles (or several
 * related items) becomes one event citing every source. Two reports merge when
 * they have the same type, share an actor and have compatible dates: a day
 * inside the other's week or month (a year only with near-identical wording).
 * Undated reports merge only on strong evidence: two shared actors and similar
 * wording, or the same sentence in a duplicate article; an article never reports
 * a happening dated after its own publication. Types that name one happening in
 * different words merge: a statement, rejection or threat are all said; an
 * operation and a policy (a deployment) only on the same day with two shared
 * actors. The merged event keeps the most specific type. Reports from one story
 * never merge here (the events stage already collapsed those that should).
 * A date that opens a stretch ("since February", "results since October 2024") is
 * not a happening's date, so a day inside it does not make two reports one. A call
 * or meeting with no date at all never joins a dated one on the people alone: the
 * same two people talk many times. The merged date is the most precise own date.
 * `sourceCount` counts independent documents: a duplicate counts as its original.
 * Articles name the same side differently ("Trump", "Washington", "la Casa Blanca"), so
 * each actor's country counts too: a one-off of the same day between the same two
 * countries is one happening, and so is an undated capture or transfer between them told
 * soon after the dated one. A call heard as "talks", a capture told as an arrest and a
 * remark told through its interview merge only on the same stated day, or when one sentence
 * tells both and dates only one of them. What a call settled that day ("the two agreed to set
 * up a group") joins the call, and a cabinet or ministry stands for its country's side.
 * Rules are named in comments (CONTAINS, SAME-DAY, YEAR-WORDING, NAMED-YEAR, SPAN, SINCE,
 * UNDATED-PAIR, PUBLISHED-THAT-DAY, RECURRING, ONCE-PER-PERSON, ONCE-PER-TARGET, DESIGNATED-ONCE, SAME-DAY-SIDES,
 * RECENT-ONE-OFF, SIDES-WITHIN, SAME-COUNT, FORCE, CALL-OR-TALKS, CALL-TOLD, SAID-IN-INTERVIEW, AGREED-ON-CALL, ANNOUNCED-COUNT, STORY-COPY, STORY-CALL, SAME-QUOTE, SAME-SENTENCE, MOST-PRECISE) and tested by
 * those names. Reports with no date at all are placed last, when the clusters they may join
 * hold every dated and publication-dated report.
 */
import type { DateValue } from '../../schema/timeline';
import { toldGroups } from './across-types';
import type { EventMember, CorpusEvent } from './corpus-items';
import { dateInterval, hasOwnDate, precisionRank } from './date-interval';
import { isStretch } from './happening-dates';
import { statedCounts } from './merge-events-counts';
import { quotedPassages } from './merge-events-quoted';
import { fits } from './merge-fits';
import { sidesOf, wordSet, type Cluster, type Probe } from './merge-cluster';
import { ONE_OFF, RECURRING, SAID, typeGroup } from './merge-types';
import { sentenceKey } from './merge-rules';
import { toCorpusEvent } from './to-corpus-event';

/** Sorts after every date: a report with no date at all comes last, when the clusters it may join are whole. */
const NO_START = '\uffff';

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
  /** The clusters whose `canonicals` hold a document, by that document. */
  byCanonical: Map<string, number[]>;
}

const SAMPLES = 12;
const QUOTES = 24;
/** Beyond every day number (a small integer, so the fields stay small integers). */
const NO_DAY = 0x3fffffff;

/** How many recent clusters per actor an undated report is compared with. */
const RECENT = 64;

/**
 * Whether a report cannot join the cluster whatever the other rules say, decided from two
 * numbers of the cluster (most candidates of an actor's bucket are of other months). An own
 * date is compatible with no span wholly outside it (rules CONTAINS, SAME-DAY), and a report
 * dated by its publication does not join a happening dated after it; only the same sentence
 * in a duplicate article overrides dates, so the cluster's articles are looked at last.
 */
function excludedByDates(search: Search, c: number, probe: Probe, sameArticle: readonly number[] | undefined): boolean {
  const { at } = probe;
  if (!at) return false;
  const outside = probe.own ? (search.minEnd[c] as number) < at[0] || (search.maxStart[c] as number) > at[1] : (search.maxStart[c] as number) > at[0] + 1;
  return outside && !(sameArticle !== undefined && sameArticle.includes(c));
}

/** Calendar months ("YYYY-MM") an own date touches, for bucketing. */
function monthsOf(date: DateValue): string[] {
  if (!hasOwnDate(date) || date.start === null) return [];
  const from = date.start.slice(0, 7);
  if (date.precision === 'year') return Array.from({ length: 12 }, (_, i) => `${date.start?.slice(0, 4) ?? ''}-${String(i + 1).padStart(2, '0')}`);
  const to = (date.end ?? date.start).slice(0, 7);
  return from === to || from.length < 7 ? [from] : [from, to];
}

export function mergeEvents(all: readonly EventMember[]): CorpusEvent[] {
  // By precision, date (none last), document, place; each report's rank and start worked out once, not per comparison.
  const ordered = all
    .map((m) => ({ m, rank: precisionRank(m.date), start: m.date.start ?? NO_START }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
        (a.m.document < b.m.document ? -1 : a.m.document > b.m.document ? 1 : 0) ||
        a.m.source.start - b.m.source.start ||
        a.m.key.localeCompare(b.m.key),
    )
    .map((r) => r.m);
  const clusters: Cluster[] = [];
  const search: Search = {
    minEnd: new Int32Array(ordered.length),
    maxStart: new Int32Array(ordered.length),
    triedBy: new Int32Array(ordered.length).fill(-1),
    byCanonical: new Map(),
  };
  const index = new Map<string, number[]>();
  const add = (key: string, cluster: Cluster): void => {
    const list = index.get(key);
    if (!list) index.set(key, [cluster.at]);
    else if (list[list.length - 1] !== cluster.at) list.push(cluster.at);
  };
  const keysOf = (m: EventMember): string[] => [
    ...m.actors.flatMap((a) => monthsOf(m.date).map((month) => `${typeGroup(m.type)}|${a}|${month}`)),
    `${typeGroup(m.type)}|c|${m.canonical}`,
    // Rule SAME-DAY-SIDES looks for a one-off of the same day by country, not by actor.
    ...(ONE_OFF.has(m.type) && m.date.precision === 'day' && hasOwnDate(m.date) ? [...sidesOf(m)].map((side) => `${typeGroup(m.type)}|@${side}|${m.date.start ?? ''}`) : []),
  ];
  for (let n = 0; n < ordered.length; n += 1) {
    const m = ordered[n] as EventMember;
    const words = wordSet(m.words);
    const own = hasOwnDate(m.date);
    const at = dateInterval(m.date);
    const stretch = own && at !== null && isStretch(m.date, at, m.source.text);
    const quotes = SAID.has(m.type) ? quotedPassages(m.source.text) : [];
    const counts = ONE_OFF.has(m.type) && !RECURRING.has(m.type) ? statedCounts(m.source.text) : [];
    const probe: Probe = { m, words, story: `${m.document}\u0000${m.story}`, own, at, stretch, quotes, counts };
    const keys = keysOf(m);
    const group = typeGroup(m.type);
    const anyMonth = m.actors.map((a) => `${group}|${a}|*`);
    const sameArticle = search.byCanonical.get(m.canonical);
    let home: Cluster | null = null;
    const toldKeys = toldGroups(m, words, own).flatMap((told) => m.actors.flatMap((a) => monthsOf(m.date).map((month) => `${told}|${a}|${month}`)));
    // Clusters arrive in date order, so the newest in a bucket are the nearest in time.
    for (const list of [keys, toldKeys, anyMonth]) {
      for (const key of list) {
        const recent = index.get(key);
        if (!recent) continue;
        for (let i = recent.length - 1; i >= Math.max(0, recent.length - RECENT); i -= 1) {
          const c = recent[i] as number;
          if (search.triedBy[c] === n) continue;
          search.triedBy[c] = n;
          if (excludedByDates(search, c, probe, sameArticle)) continue;
          const cluster = clusters[c] as Cluster;
          if (fits(cluster, probe)) {
            home = cluster;
            break;
          }
        }
        if (home) break;
      }
      if (home) break;
    }
    if (!home) {
      home = { members: [], types: new Set(), stories: new Set(), actors: new Set(), people: new Set(), sides: new Set(), reported: [], dates: [], spans: [], stretches: [], canonicals: new Set(), quotes: [], counts: new Map(), saidSentences: new Set(), samples: [], at: clusters.length };
      search.minEnd[home.at] = NO_DAY;
      search.maxStart[home.at] = -NO_DAY;
      clusters.push(home);
    }
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
    if (home.samples.length < SAMPLES) {
      home.samples.push({ words, canonical: m.canonical, document: m.document });
      if (!home.canonicals.has(m.canonical)) {
        home.canonicals.add(m.canonical);
        const list = search.byCanonical.get(m.canonical);
        if (list) list.push(home.at);
        else search.byCanonical.set(m.canonical, [home.at]);
      }
    }
    for (const key of keys) add(key, home);
    for (const key of anyMonth) add(key, home);
  }
  return clusters.map((c) => toCorpusEvent(c.members));
}
