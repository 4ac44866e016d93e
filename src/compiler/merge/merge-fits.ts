/** Whether a report joins a candidate cluster: the rules of the merge stage in the order they decide. */
import { acrossTypes, crossesTypes, ownPolicyToldThatDay } from './across-types';
import { datesCompatible, listedInItsYear, rateOfItsYear, namedYear, oneOffOfItsYear, startsWithin } from './happening-dates';
import { bestSimilarity, sharedActors, sharedSides, wordSimilarity, type Cluster, type Probe } from './merge-cluster';
import { conferenceThatDay, countedSide, listedOnce, sameCount, sameDaySides, sameQuote, sameSentence, sameStoryCopy, sidesWithin, toldTarget, toldThatDay } from './merge-rules';
import { ONE_OFF, RECURRING } from './merge-types';
import { onYearLessDay } from './year-less-days';

/** Wording two reports need to be one happening on the actors and wording alone. */
const SIMILAR_WORDING = 0.5;
/** Wording that makes a year (or a stretch) one happening, or two copies one sentence. */
const NEAR_IDENTICAL_WORDING = 0.8;
/** Wording an undated report of unknown publication date needs to join a dated event. */
const STRICT_WORDING = 0.65;
/** Days apart two publication dates may be and still report the same undated happening. */
const REPORTED_WINDOW = 7;
/** How long before its publication an undated report's happening may be. */
const RECENT_DAYS = 45;

/** Rule YEAR-LESS-DAY: the report, read as dated to the cluster's day it names without a year, joins it. */
export function fitsOnYearLessDay(cluster: Cluster, probe: Probe): boolean {
  const dated = onYearLessDay(cluster, probe);
  return dated !== null && fits(cluster, dated);
}

/** Whether a report joins a cluster that `excludedByDates` did not rule out. */
export function fits(cluster: Cluster, probe: Probe): boolean {
  const { m, words, own, at } = probe;
  // A capture told only in passing joins by whom it befell, or not at all.
  if (m.background) return toldTarget(cluster, probe);
  if (sameSentence(cluster, probe)) return true;
  if (cluster.stories.has(probe.story) && !sameStoryCopy(cluster, probe)) return false;
  if (toldTarget(cluster, probe)) return true;
  if (ownPolicyToldThatDay(cluster, probe)) return true;
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
      if (compatible === 'wording' && !(cluster.stretches[k] !== true && (namedYear(d, cluster, probe) || oneOffOfItsYear(d, cluster, probe) || listedInItsYear(d, cluster, probe) || rateOfItsYear(d, cluster, probe)))) {
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
  // Rule PUBLISHED-THAT-DAY: "the tariffs took effect" or "the ministry condemned the raid" in
  // a story of that day, naming two of its actors: the happening dated that day elsewhere. Rule
  // PUBLISHED-NEXT-DAY: a one-off of the same type told the next morning ("the two presidents spoke
  // by phone", "la llamada fue muy buena") is the one of the day before, not a remark (said every day).
  if (!own && at && shared >= 2) {
    const nextDay = ONE_OFF.has(m.type) && cluster.types.has(m.type) ? 1 : 0;
    for (let k = 0; k < cluster.dates.length; k += 1) {
      const first = cluster.spans[k]?.[0];
      if (cluster.dates[k]?.precision === 'day' && first !== undefined && at[0] - first >= 0 && at[0] - first <= nextDay) return true;
    }
  }
  // Rule TOLD-THAT-DAY: one actor in common is enough for a deed of that day's story (merge-rules.ts).
  if (!own && toldThatDay(cluster, probe, shared)) return true;
  // Rule CONFERENCE-THAT-DAY: a leader's news conference told in a story of its day (merge-rules.ts).
  if (conferenceThatDay(cluster, probe)) return true;
  // Rule DESIGNATED-ONCE: a group is listed as terrorist once (merge-rules.ts).
  if (!own && listedOnce(cluster, probe, shared)) return true;
  // "the call between X and Y" without a date: the dated call between the same two people.
  if (own || !ONE_OFF.has(m.type)) return false;
  let people = 0;
  for (const a of m.people ?? []) if (cluster.people.has(a)) people += 1;
  if (people < 2) {
    // The same two people talk many times; a capture, a transfer or a designation happens once.
    if (RECURRING.has(m.type)) return false;
    const both = sharedSides(cluster, m);
    if (both.sides < 2 && !sidesWithin(cluster, m, shared) && !countedSide(cluster, probe)) return false;
    const counted = sameCount(cluster, probe);
    // Rule SAME-COUNT, with no publication date to bound it: "the government transferred 37
    // alleged cartel members" between the same two sides is the dated transfer of that count.
    if (!at && cluster.dates.length > 0 && counted) return true;
    // Rule RECENT-ONE-OFF: "Mexico sent the prisoners to the United States" in a story of the
    // days after the dated transfer between the same two governments is that transfer.
    if (!both.person) return at !== null && cluster.dates.length > 0 && startsWithin(cluster, at, counted ? RECENT_DAYS : REPORTED_WINDOW);
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
