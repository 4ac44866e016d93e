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
 * remark told through its interview merge only on the same stated day.
 * Rules are named in comments (CONTAINS, SAME-DAY, YEAR-WORDING, NAMED-YEAR, SPAN, SINCE,
 * UNDATED-PAIR, RECURRING, ONCE-PER-PERSON, ONCE-PER-TARGET, DESIGNATED-ONCE, SAME-DAY-SIDES,
 * RECENT-ONE-OFF, SAME-COUNT, FORCE, CALL-OR-TALKS, CALL-TOLD, SAID-IN-INTERVIEW, STORY-COPY, SAME-QUOTE, MOST-PRECISE) and tested by
 * those names. Reports with no date at all are placed last, when the clusters they may join
 * hold every dated and publication-dated report.
 */
import type { ActorId, DateValue, EventType } from '../../schema/timeline';
import { contentId } from '../emit/content-id';
import type { CorpusEvent, EventMember } from './corpus-items';
import { contains, dateInterval, hasOwnDate, precisionRank, type Interval } from './date-interval';
import { statedCounts } from './merge-events-counts';
import { quotedPassages, sharePassage } from './merge-events-quoted';
import { sortedOverlap } from './sorted-overlap';

const SIMILAR_WORDING = 0.5;
/** Happenings that occur once (unlike statements or rejections, which are repeated). */
const ONE_OFF = new Set(['call', 'meeting', 'interview', 'military-operation', 'arrest-extradition', 'designation']);
const NEAR_IDENTICAL_WORDING = 0.8;
/** One-off happenings that still recur between the same two people (they talk and meet often). */
const RECURRING = new Set<EventType>(['call', 'meeting', 'interview']);
/** Wording an undated report of unknown publication date needs to join a dated event. */
const STRICT_WORDING = 0.65;
/** Things said: one remark is reported as a statement in one article and a rejection in another. */
const VERBAL = new Set<EventType>(['statement', 'rejection', 'threat']);
/** Things said, and the interview they were said in. */
const SAID = new Set<EventType>([...VERBAL, 'interview']);
/**
 * One deployment is an operation in one article and a policy in another; one capture (or
 * transfer of prisoners) is an operation in one and an arrest in another.
 */
const FORCE = new Set<EventType>(['military-operation', 'policy', 'arrest-extradition']);
/** The more specific of two compatible types is kept (smaller first; a tie keeps the best-dated report's). */
const SPECIFICITY: Partial<Record<EventType, number>> = { rejection: 0, threat: 1, statement: 2, interview: 3, 'military-operation': 0, 'arrest-extradition': 0, policy: 1 };

/** One conversation between two leaders is a call in one article and "talks" (a meeting) in another. */
const TALK = new Set<EventType>(['call', 'meeting']);

/** The index key of a type: compatible types share one. An interview is where something was said. */
function typeGroup(type: EventType): string {
  if (VERBAL.has(type) || type === 'interview') return 'verbal';
  if (FORCE.has(type)) return 'force';
  if (TALK.has(type)) return 'talk';
  return type;
}

/**
 * Whether a report joins the cluster only under `acrossTypes`: the cluster has none of its
 * type (things said merge freely among themselves), or it is a call heard as "talks" too (a
 * meeting of someone else that day must not join the call through them).
 */
function crossesTypes(cluster: Cluster, type: EventType): boolean {
  // A remark joins a call only as the call told (rule CALL-TOLD), whatever else was said.
  if (VERBAL.has(type) && cluster.types.has('call')) return true;
  if (cluster.types.has(type)) return TALK.has(type) && [...cluster.types].some((t) => t !== type && TALK.has(t));
  if (VERBAL.has(type)) for (const t of cluster.types) if (VERBAL.has(t)) return false;
  return true;
}

/** Folded content words that name a phone call, in English or Spanish. */
const CALL_WORDS = ['call', 'phone', 'llamada', 'telefonica', 'telefono'];

/** Folded words that set one happening after another ("the call came a day after Trump told reporters"). */
const SEQUENCE_WORDS = ['after', 'before', 'followed', 'following', 'since', 'despues', 'antes', 'tras', 'desde'];

/** The sentence names a call and no second happening before or after it. */
function namesCall(words: readonly string[]): boolean {
  return CALL_WORDS.some((w) => words.includes(w)) && !SEQUENCE_WORDS.some((w) => words.includes(w));
}

/** The group of reports a report may also join under rule CALL-TOLD (see `callTold`), if any. */
function toldGroup(m: EventMember, words: readonly string[], own: boolean): string | null {
  if (!own || m.date.precision !== 'day') return null;
  if (m.type === 'call') return 'verbal';
  return VERBAL.has(m.type) && namesCall(words) ? 'talk' : null;
}

/**
 * Rule CALL-TOLD: "Ruiz said the 40-minute call on Thursday had been very productive" is a
 * remark dated by the call's day: the call as one who took part told it. A statement that
 * names a call and has the stated day of a call of a person it names joins that call, and a
 * call joins such remarks; the call's type is kept. Remarks of that day that name no call
 * stay apart, and so does one set before or after the call ("the call came a day after Hale
 * told reporters"): its date may be the call's, misread.
 */
function callTold(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (VERBAL.has(m.type)) {
    if (!cluster.types.has('call') || !namesCall(probe.words)) return false;
  } else if (m.type !== 'call' || ![...cluster.types].every((t) => VERBAL.has(t)) || !cluster.samples.some((s) => namesCall(s.words))) return false;
  return (m.people ?? []).some((a) => cluster.people.has(a));
}

/**
 * Whether a report may join a cluster that has none of its type although their group is
 * the same: only on the same stated day, and (rule FORCE) with two actors in common and an
 * operation on one side (a policy and an arrest are never one happening), or (rule
 * CALL-OR-TALKS) a call and a meeting of the same two people, or (rule SAID-IN-INTERVIEW) an interview and what was said on that day, when one side names a
 * single person and the other names them too (with more people on both sides, the one
 * they share may be whom the words are about: "Ibarra attacked Ferrer's interview").
 */
function acrossTypes(cluster: Cluster, probe: Probe): boolean {
  const { m, own } = probe;
  if (!own || m.date.precision !== 'day' || !cluster.dates.some((d) => d.precision === 'day' && d.start === m.date.start)) return false;
  if ((VERBAL.has(m.type) && cluster.types.has('call')) || (m.type === 'call' && !cluster.types.has('meeting'))) return callTold(cluster, probe);
  if (FORCE.has(m.type)) return (m.type === 'military-operation' || cluster.types.has('military-operation')) && sharedActors(m, cluster) >= 2;
  if (TALK.has(m.type)) return (m.people ?? []).filter((a) => cluster.people.has(a)).length >= 2;
  const people = m.people ?? [];
  if (people.length === 1) return cluster.people.has(people[0] as ActorId);
  const [only] = cluster.people;
  return cluster.people.size === 1 && only !== undefined && people.includes(only as ActorId);
}

/** Jaccard similarity of two word sets given as sorted arrays without repeats (a linear merge, no Set per report). */
function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sortedOverlap(a, b);
  return shared / (a.length + b.length - shared);
}

/** `words` as a sorted array without repeats (members' words already are; anything else is sorted here). */
function wordSet(words: readonly string[]): readonly string[] {
  for (let i = 1; i < words.length; i += 1) if (!((words[i - 1] as string) < (words[i] as string))) return [...new Set(words)].sort();
  return words;
}

/** Sorts after every date: a report with no date at all comes last, when the clusters it may join are whole. */
const NO_START = '\uffff';

/** What a growing cluster remembers, so checking a new report costs the same however large it is. */
interface Cluster {
  members: EventMember[];
  types: Set<EventType>;
  stories: Set<string>;
  actors: Set<string>;
  people: Set<string>;
  /** The countries its members' actors stand for (EventMember.sides). */
  sides: Set<string>;
  /** Day numbers of the members' fallback (publication) dates. */
  reported: number[];
  /** Distinct own dates of the members. */
  dates: DateValue[];
  /** The day intervals of `dates`, in the same order. */
  spans: Interval[];
  /** Whether each of `dates` is a stretch of activity, in the same order. */
  stretches: boolean[];
  /** Its number: its place in the search's arrays (`Search`). */
  at: number;
  /** The canonical documents of the samples. */
  canonicals: Set<string>;
  /** Quoted passages of the members' sentences (rule SAME-QUOTE), at most QUOTES of them. */
  quotes: string[];
  /** How many of its one-off reports state each count ("37 prisoners"), for rule SAME-COUNT. */
  counts: Map<number, number>;
  /** Word sets of the first members, for wording checks. */
  samples: { words: readonly string[]; canonical: string; document: string }[];
}

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
/** Days apart two publication dates may be and still report the same undated happening. */
const REPORTED_WINDOW = 7;
/** How long before its publication an undated report's happening may be. */
const RECENT_DAYS = 45;
/** How many recent clusters per actor an undated report is compared with. */
const RECENT = 64;

/** Longest stated span (in days) still read as the date of one happening (a week, a month). */
const ONE_HAPPENING_DAYS = 31;
/** Words right before a date that make it the start of a stretch ("55 sent since February"). */
const SINCE = /\b(?:since|desde)\s+(?:(?:el|la|early|late|mid)[\s-]+)?$/i;

/** Whether a report's own date is a stretch of activity rather than one happening's date. */
export function isStretch(date: DateValue, span: Interval, sentence: string): boolean {
  // Rule SPAN: "results since October 2024" covers months; a happening inside it is not that report.
  if (span[1] - span[0] + 1 > ONE_HAPPENING_DAYS && date.precision !== 'year') return true;
  // Rule SINCE: "the transfer of 55 since February": the month opens a stretch.
  if (date.precision !== 'month' && date.precision !== 'year') return false;
  const at = date.text ? sentence.indexOf(date.text) : -1;
  return at > 0 && SINCE.test(sentence.slice(Math.max(0, at - 16), at));
}

/**
 * Whether two own dates can be one happening's (rule CONTAINS: a day inside the other's week
 * or month; rule SAME-DAY: two days must be equal). A year against anything, or a stretch of
 * activity against anything, needs near-identical wording (rule YEAR-WORDING).
 */
function datesCompatible(a: DateValue, x: Interval, b: DateValue, y: Interval, stretch = false): boolean | 'wording' {
  if (a.precision === 'day' && b.precision === 'day') return x[0] === y[0];
  if (!contains(x, y) && !contains(y, x)) return false;
  // A year (or a stretch) holds many happenings of one kind: demand near-identical wording.
  if (stretch || a.precision === 'year' || b.precision === 'year') return 'wording';
  return true;
}

/**
 * Rule NAMED-YEAR: a happening the text dates by a year written out ("the 1985 murder of the
 * agent", "extradited in 2017") is the one of that year that another article dates the same
 * way, when both name the same person and one more actor and it is not something said (one
 * person says many things in a year). Years read from "last year" or opening a stretch still
 * need near-identical wording.
 */
function namedYear(d: DateValue, cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.stretch || d.precision !== 'year' || m.date.precision !== 'year' || d.basis !== 'stated' || m.date.basis !== 'stated') return false;
  if (VERBAL.has(m.type) || m.type === 'interview') return false;
  if (!(m.people ?? []).some((a) => cluster.people.has(a))) return false;
  return sharedActors(m, cluster) >= 2;
}

/** What is checked of a report against every candidate cluster, worked out once. */
interface Probe {
  m: EventMember;
  words: readonly string[];
  story: string;
  own: boolean;
  /** The days its date covers (own or fallback), or null. */
  at: Interval | null;
  /** Its own date is a stretch of activity (rules SPAN, SINCE). */
  stretch: boolean;
  /** The passages its sentence quotes (rule SAME-QUOTE). */
  quotes: readonly string[];
  /** The counts its sentence states, for a one-off (rule SAME-COUNT). */
  counts: readonly number[];
}

function sharedActors(m: EventMember, cluster: Cluster): number {
  let shared = 0;
  for (const a of m.actors) if (cluster.actors.has(a)) shared += 1;
  return shared;
}

/** The distinct countries a report's actors stand for. */
function sidesOf(m: EventMember): Set<string> {
  const sides = new Set<string>();
  for (const side of m.sides ?? []) if (side) sides.add(side);
  return sides;
}

/**
 * Rule SAME-DAY-SIDES: a one-off on the same day between the same two countries is one
 * happening even when the reports name no actor in common ("Mexico sent 29 prisoners to
 * the United States" / "the FGR handed them to US authorities"): a leader, their
 * government and its agencies are one side. Two reports that each name people, none of
 * them shared, tell of two happenings (two calls by different officials the same day).
 */
function sameDaySides(cluster: Cluster, m: EventMember): boolean {
  if (!ONE_OFF.has(m.type) || m.date.precision !== 'day') return false;
  if (!cluster.dates.some((d) => d.precision === 'day' && d.start === m.date.start)) return false;
  if ((m.people?.length ?? 0) > 0 && cluster.people.size > 0) return false;
  let both = 0;
  for (const side of sidesOf(m)) if (cluster.sides.has(side)) both += 1;
  return both >= 2;
}

/**
 * Rule STORY-COPY: within one story the events stage keeps a dated one-off ("US forces seized
 * Ibarra on Saturday") apart from its undated retelling ("forces captured Ibarra in a night-time
 * raid") only because one has a date. The retelling, of the same type and naming the same person
 * and one more actor, may join the cluster that holds the dated one (the rules below still
 * decide). Calls and meetings recur within one story ("the first call… the second call").
 */
function sameStoryCopy(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.own || !ONE_OFF.has(m.type) || RECURRING.has(m.type) || !cluster.types.has(m.type) || cluster.dates.length === 0) return false;
  return (m.people ?? []).some((a) => cluster.people.has(a)) && sharedActors(m, cluster) >= 2;
}

/**
 * Rule SAME-QUOTE: a report of something said that has no date of its own ("Trump had said he
 * would \u201cstart now hitting land\u201d") is the dated remark of a person it names when both
 * quote the same words (four or more; one may quote fewer of them). A statement, a threat and
 * the interview they were said in are one remark here.
 */
function sameQuote(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.own || !SAID.has(m.type) || probe.quotes.length === 0 || cluster.quotes.length === 0) return false;
  if (!(m.people ?? []).some((a) => cluster.people.has(a))) return false;
  return sharePassage(probe.quotes, cluster.quotes);
}

/**
 * Rule SAME-COUNT: a transfer told weeks later ("Mexico sent 37 alleged cartel members to the
 * United States") states the count the reports of the dated one state most; a report of
 * another transfer between the same two governments ("another 26 prisoners") does not. The
 * count widens rule RECENT-ONE-OFF's week to the RECENT_DAYS window.
 */
function sameCount(cluster: Cluster, probe: Probe): boolean {
  let most = 0;
  for (const n of cluster.counts.values()) most = Math.max(most, n);
  return most > 0 && probe.counts.some((c) => cluster.counts.get(c) === most);
}

/** Every own date of the cluster starts at most `days` before the day `at` (and not after it). */
function startsWithin(cluster: Cluster, at: Interval, days: number): boolean {
  for (const span of cluster.spans) if (!(span[0] <= at[0] && at[0] - span[0] <= days)) return false;
  return true;
}

/** How many countries the actors a report shares with a cluster stand for, and whether one of them is a person. */
function sharedSides(cluster: Cluster, m: EventMember): { sides: number; person: boolean } {
  const sides = new Set<string>();
  let person = false;
  m.actors.forEach((a, i) => {
    if (!cluster.actors.has(a)) return;
    const side = m.sides?.[i];
    if (side) sides.add(side);
    if (cluster.people.has(a)) person = true;
  });
  return { sides: sides.size, person };
}

/** The best wording match of a report with a cluster's samples. */
function bestSimilarity(cluster: Cluster, words: readonly string[]): number {
  let best = 0;
  for (const sample of cluster.samples) best = Math.max(best, wordSimilarity(sample.words, words));
  return best;
}

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

/** Whether a report joins a cluster that `excludedByDates` did not rule out. */
function fits(cluster: Cluster, probe: Probe): boolean {
  const { m, words, own, at } = probe;
  if (cluster.stories.has(probe.story) && !sameStoryCopy(cluster, probe)) return false;
  const quoted = sameQuote(cluster, probe);
  if (crossesTypes(cluster, m.type) && !acrossTypes(cluster, probe) && !quoted) return false;
  // The same sentence in a duplicate article joins whatever the dates say.
  if (cluster.canonicals.has(m.canonical)) {
    for (const sample of cluster.samples) {
      if (sample.canonical === m.canonical && sample.document !== m.document && wordSimilarity(sample.words, words) >= NEAR_IDENTICAL_WORDING) return true;
    }
  }
  // The best wording match is computed only when a rule below needs it (most checks do not).
  let best = -1;
  if (own && at) {
    for (let k = 0; k < cluster.dates.length; k += 1) {
      const d = cluster.dates[k];
      const span = cluster.spans[k];
      if (!d || !span) return false;
      const compatible = datesCompatible(d, span, m.date, at, probe.stretch || cluster.stretches[k] === true);
      if (compatible === 'wording' && !(cluster.stretches[k] !== true && namedYear(d, cluster, probe))) {
        if (best < 0) best = bestSimilarity(cluster, words);
        if (best < NEAR_IDENTICAL_WORDING) return false;
      } else if (!compatible) return false;
    }
  }
  const shared = sharedActors(m, cluster);
  if (own && cluster.dates.length > 0) return shared >= 1 || sameDaySides(cluster, m);
  // An article reports what happened before it was published (or that day), not after.
  if (!own && at) for (const span of cluster.spans) if (span[0] > at[0] + 1) return false;
  if (quoted) return true;
  const wording = !own && !at && cluster.dates.length > 0 ? STRICT_WORDING : SIMILAR_WORDING;
  if (shared >= 2) {
    if (best < 0) best = bestSimilarity(cluster, words);
    if (best >= wording) return true;
  }
  // "The tariffs took effect" in a story of that day: the happening dated that day elsewhere.
  if (!own && at && !VERBAL.has(m.type) && shared >= 2) {
    for (let k = 0; k < cluster.dates.length; k += 1) if (cluster.dates[k]?.precision === 'day' && cluster.spans[k]?.[0] === at[0]) return true;
  }
  // Rule DESIGNATED-ONCE: a group is listed as terrorist once. "The US has designated six
  // cartels" told undated, naming the designating side and the listed one (two actors shared,
  // of two countries), is the dated designation published before it.
  if (!own && m.type === 'designation' && cluster.types.has('designation') && cluster.dates.length > 0 && shared >= 2 && sharedSides(cluster, m).sides >= 2) return true;
  // "the call between X and Y" without a date: the dated call between the same two people.
  if (own || !ONE_OFF.has(m.type)) return false;
  let people = 0;
  for (const a of m.people ?? []) if (cluster.people.has(a)) people += 1;
  if (people < 2) {
    // The same two people talk many times; a capture, a transfer or a designation happens once.
    if (RECURRING.has(m.type)) return false;
    const both = sharedSides(cluster, m);
    if (both.sides < 2) return false;
    // Rule RECENT-ONE-OFF: "Mexico sent the prisoners to the United States" in a story of the
    // days after the dated transfer between the same two governments is that transfer.
    if (!both.person) return at !== null && cluster.dates.length > 0 && startsWithin(cluster, at, sameCount(cluster, probe) ? RECENT_DAYS : REPORTED_WINDOW);
    // Rule ONCE-PER-TARGET: the shared actors stand for both sides and one is a person, the
    // captor's side and the person taken ("since US forces captured Ibarra" / "the March 3
    // capture of Ibarra by the US"): as the same two people below, when the report has a
    // publication date and the cluster's dates start within the window before it (a year
    // "last year" is no such date; without a publication date there is no window at all).
    if (!at || (cluster.dates.length > 0 && !startsWithin(cluster, at, RECENT_DAYS))) return false;
  }
  if (cluster.dates.length > 0) {
    // A publication date bounds the happening: it was before it, and not long before. Without
    // one, the same two people's calls are too many to choose from.
    // Rule ONCE-PER-PERSON: an undated capture of the same two people is the dated one.
    if (!at) return !RECURRING.has(m.type);
    for (const span of cluster.spans) if (!(span[0] <= at[0] && at[0] - span[1] <= RECENT_DAYS)) return false;
    return true;
  }
  // Rule UNDATED-PAIR: both undated, the same two people's call (or meeting…) reported within a
  // week. When one side has no date at all (no publication date either), a capture or a
  // designation of the same people joins, but a call or meeting needs shared wording
  // (rule RECURRING: the same two people talk many times a year).
  if (!at || cluster.reported.length === 0) {
    if (!at && cluster.reported.length === 0) return true;
    if (!RECURRING.has(m.type)) return true;
    if (best < 0) best = bestSimilarity(cluster, words);
    return best >= SIMILAR_WORDING;
  }
  for (const d of cluster.reported) if (Math.abs(d - at[0]) <= REPORTED_WINDOW) return true;
  return false;
}

/** Rule MOST-PRECISE: the merged date is the most precise own date (a day over its month), with its basis. */
function mergedDate(members: readonly EventMember[]): DateValue {
  let own: EventMember | undefined;
  for (const m of members) if (hasOwnDate(m.date) && (!own || precisionRank(m.date) < precisionRank(own.date))) own = m;
  if (own) return own.date;
  const reported = members
    .map((m) => m.date)
    .filter((d) => d.start !== null)
    .sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1));
  return reported[0] ?? { start: null, precision: 'unknown', basis: 'reported' };
}

export function toCorpusEvent(members: EventMember[]): CorpusEvent {
  const lead = members[0];
  if (!lead) throw new Error('an event needs at least one member');
  // Most events have one report: nothing to sort, count or vote on.
  const single = members.length === 1;
  const bySource = single
    ? [lead]
    : [...members].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.source.start - b.source.start);
  const anchor = bySource[0] ?? lead;
  const actors: EventMember['actors'] = [];
  for (const m of members) for (const a of m.actors) if (!actors.includes(a)) actors.push(a);
  // The most specific type any report gave (a rejection over a statement), its title and code;
  // between equally specific ones (an operation and an arrest), the one most reports gave.
  const votes = new Map<EventType, number>();
  if (!single) for (const m of members) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  const rank = (m: EventMember): number => SPECIFICITY[m.type] ?? 0;
  const typed = single ? lead : members.reduce((best, m) => (rank(m) < rank(best) || (rank(m) === rank(best) && (votes.get(m.type) ?? 0) > (votes.get(best.type) ?? 0)) ? m : best), lead);
  return {
    // The trigger's offsets tell apart two same-type events of one sentence with the same title.
    id: contentId('ev', [lead.type, anchor.document, anchor.source.start, anchor.source.end, anchor.title, anchor.date.start, ...(anchor.trigger ?? [])]),
    type: typed.type,
    cameo: typed.cameo,
    title: typed === lead ? lead.title : typed.title,
    relevant: members.some((m) => m.relevant),
    date: mergedDate(members),
    actors,
    members: bySource,
    sourceCount: single ? 1 : new Set(members.map((m) => m.canonical)).size,
    curated: [],
    hidden: false,
  };
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
    const told = toldGroup(m, words, own);
    const toldKeys = told ? m.actors.flatMap((a) => monthsOf(m.date).map((month) => `${told}|${a}|${month}`)) : [];
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
      home = { members: [], types: new Set(), stories: new Set(), actors: new Set(), people: new Set(), sides: new Set(), reported: [], dates: [], spans: [], stretches: [], canonicals: new Set(), quotes: [], counts: new Map(), samples: [], at: clusters.length };
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
