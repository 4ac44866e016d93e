/** Whether two reports' own dates can be one happening's (rules CONTAINS, SAME-DAY, YEAR-WORDING, NAMED-YEAR, ONE-OFF-OF-ITS-YEAR, SPAN, SINCE). */
import type { DateValue } from '../../schema/timeline';
import { contains, type Interval } from './date-interval';
import { sharedActors, type Cluster, type Probe } from './merge-cluster';
import { ONE_OFF, RECURRING, VERBAL } from './merge-types';

/** Longest stated span (in days) still read as the date of one happening (a week, a month). */
export const ONE_HAPPENING_DAYS = 31;
/** Words right before a date that make it the start of a stretch ("55 sent since February"). */
export const SINCE = /\b(?:since|desde)\s+(?:(?:el|la|early|late|mid)[\s-]+)?$/i;

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
export function datesCompatible(a: DateValue, x: Interval, b: DateValue, y: Interval, stretch = false): boolean | 'wording' {
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
export function namedYear(d: DateValue, cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.stretch || d.precision !== 'year' || m.date.precision !== 'year' || d.basis !== 'stated' || m.date.basis !== 'stated') return false;
  if (VERBAL.has(m.type) || m.type === 'interview') return false;
  if (!(m.people ?? []).some((a) => cluster.people.has(a))) return false;
  return sharedActors(m, cluster) >= 2;
}

/**
 * Rule ONE-OFF-OF-ITS-YEAR: "the capture of Brask early this year" or "Brask, handed over last
 * year" (a report dated only by its year) is the capture or transfer of Brask that other
 * articles date to a day or a month of that year: a person is captured, handed over or listed
 * once, so the two join when both name that person and one more actor (either way round: a
 * report dated by the day joins such a cluster too). Things said, calls and meetings recur and
 * still need near-identical wording, and so does a one-off that names no person in common (a
 * country hands prisoners over several times a year).
 */
export function oneOffOfItsYear(d: DateValue, cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.stretch || !ONE_OFF.has(m.type) || RECURRING.has(m.type)) return false;
  const finer = (x: DateValue): boolean => x.precision === 'day' || x.precision === 'month';
  if (m.date.precision === 'year' ? !cluster.dates.some(finer) : !(d.precision === 'year' && finer(m.date))) return false;
  if (!(m.people ?? []).some((a) => cluster.people.has(a))) return false;
  return sharedActors(m, cluster) >= 2;
}

/**
 * Rule LISTED-IN-ITS-YEAR: "the administration designated several cartels last year" (a
 * designation dated only by its year) is the designation other articles date to a day or a month
 * of that year: a group is listed once. The two join when they name an actor in common (the side
 * that lists, or a group listed), either way round; a listing of other groups that year names
 * none of the cluster's actors and stays apart.
 */
export function listedInItsYear(d: DateValue, cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.stretch || m.type !== 'designation' || !cluster.types.has('designation')) return false;
  const finer = (x: DateValue): boolean => x.precision === 'day' || x.precision === 'month';
  if (m.date.precision === 'year' ? !cluster.dates.some(finer) : !(d.precision === 'year' && finer(m.date))) return false;
  return sharedActors(m, cluster) >= 1;
}

/** A rate a sentence states ("25%", "a 25 percent tariff", "25 por ciento"). */
const RATE = /(?<![\p{N}.,])(\d{1,3})(?:\s*%|\s+(?:percent|per\s+cent|por\s+ciento)\b)/gu;

function statedRates(sentence: string): string[] {
  return [...sentence.matchAll(RATE)].map((r) => r[1] ?? '');
}

/**
 * Rule RATE-OF-ITS-YEAR: "the 25% tariffs he imposed last year" (a policy dated only by its year)
 * is the measure of that year that other articles date to a day or a month and that states the same
 * rate, when the two name a person in common. A measure of that year stating no rate, or another
 * one, stays apart: a leader signs many orders in a year.
 */
export function rateOfItsYear(d: DateValue, cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.stretch || m.type !== 'policy' || m.date.precision !== 'year' || !cluster.types.has('policy')) return false;
  if (!cluster.dates.some((x) => x.precision === 'day' || x.precision === 'month')) return false;
  if (!(m.people ?? []).some((p) => cluster.people.has(p))) return false;
  const rates = statedRates(m.source.text);
  return rates.length > 0 && cluster.members.some((x) => x.type === 'policy' && statedRates(x.source.text).some((r) => rates.includes(r)));
}

/** Every own date of the cluster starts at most `days` before the day `at` (and not after it). */
export function startsWithin(cluster: Cluster, at: Interval, days: number): boolean {
  for (const span of cluster.spans) if (!(span[0] <= at[0] && at[0] - span[0] <= days)) return false;
  return true;
}
