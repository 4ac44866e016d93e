/** Named rules that tell one happening from its retellings (SAME-DAY-SIDES, SAME-DAY-SIDE-WITHIN, STORY-COPY, STORY-CALL, SAME-QUOTE, SAME-COUNT, SAME-SENTENCE, SIDES-WITHIN, TOLD-TARGET, DESIGNATED-ONCE, TOLD-THAT-DAY). */
import type { EventMember } from './corpus-items';
import { startsWithin } from './happening-dates';
import { TELLING_COUNT } from './merge-events-counts';
import { holdsCatchphrase, sharePassage } from './merge-events-quoted';
import { sharedActors, sharedSides, sidesOf, type Cluster, type Probe } from './merge-cluster';
import { ONE_OFF, RECURRING, SAID } from './merge-types';
import { sortedOverlap } from './sorted-overlap';

/**
 * Rule SAME-DAY-SIDES: a one-off on the same day between the same two countries is one
 * happening even when the reports name no actor in common ("Mexico sent 29 prisoners to
 * the United States" / "the FGR handed them to US authorities"): a leader, their
 * government and its agencies are one side. Two reports that each name people, none of
 * them shared, tell of two happenings (two calls by different officials the same day).
 * Rule SAME-DAY-SIDE-WITHIN: a one-off of the same type and the same stated day told
 * through a government or body alone ("the April 14 talks with the Norvian government in
 * Velia ended without a deal") is the one that people of that country took part in that day
 * ("Roe received Vidal and Sol in Velia on April 14"): the side that names no one stands for its
 * people, when every country it names is among the other's, or when it holds every country of a
 * report that names people ("the prosecutors handed the prisoner to AA on May 3" / "BB extradited
 * Leo Vidal on May 3"). A body of a third country, or another type of happening that day, stays apart.
 */
export function sameDaySides(cluster: Cluster, m: EventMember): boolean {
  if (!ONE_OFF.has(m.type) || m.date.precision !== 'day') return false;
  if (!cluster.dates.some((d) => d.precision === 'day' && d.start === m.date.start)) return false;
  if ((m.people?.length ?? 0) > 0 && cluster.people.size > 0) return false;
  const sides = sidesOf(m);
  let both = 0;
  for (const side of sides) if (cluster.sides.has(side)) both += 1;
  if (both >= 2) return true;
  if (both === 0 || !cluster.types.has(m.type)) return false;
  // Rule SAME-DAY-SIDE-WITHIN: the side that names no one lies within the other's countries.
  if ((m.people?.length ?? 0) === 0 && (both === sides.size || both === cluster.sides.size)) return true;
  // A cluster told through bodies alone ("the prosecutors handed him to AA") stands for its people,
  // the person a report of one of its countries names among them ("BB extradited Leo Vidal").
  return cluster.people.size === 0 && (both === cluster.sides.size || both === sides.size);
}

/**
 * Rule STORY-COPY: within one story the events stage keeps a dated one-off ("US forces seized
 * Ibarra on Saturday") apart from its undated retelling ("forces captured Ibarra in a night-time
 * raid") only because one has a date. The retelling, of the same type and naming the same person
 * and one more actor, may join the cluster that holds the dated one (the rules below still
 * decide). Calls and meetings recur within one story ("the first call… the second call"): one
 * joins (rule STORY-CALL) only when it names both people of the cluster, its sentence names no
 * earlier talk ("their first call", "la llamada anterior") and its story was published within
 * a week of the dated talk.
 */
export function sameStoryCopy(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.own || !ONE_OFF.has(m.type) || !cluster.types.has(m.type) || cluster.dates.length === 0) return false;
  if (RECURRING.has(m.type)) return storyCall(cluster, probe);
  return (m.people ?? []).some((a) => cluster.people.has(a)) && sharedActors(m, cluster) >= 2;
}

/** Folded words that point to an earlier talk than the one dated ("their first call", "la llamada anterior"). */
const EARLIER_WORDS = ['first', 'previous', 'earlier', 'prior', 'primera', 'primer', 'anterior', 'previa', 'previo'];
/** Days after a dated talk within which a story of it retells it undated (rule STORY-CALL). */
const STORY_CALL_DAYS = 7;

function storyCall(cluster: Cluster, probe: Probe): boolean {
  const { m, at } = probe;
  if (!at || (m.people ?? []).filter((a) => cluster.people.has(a)).length < 2) return false;
  if (EARLIER_WORDS.some((w) => probe.words.includes(w))) return false;
  return startsWithin(cluster, at, STORY_CALL_DAYS);
}

/**
 * Rule SAME-QUOTE: a report of something said that has no date of its own ("Roe had said he
 * would \u201cstart now hitting land\u201d") is the dated remark of a person it names when both
 * quote the same words (four or more; one may quote fewer of them). A statement, a threat and
 * the interview they were said in are one remark here. A catchphrase of two or three words
 * ("since Roe vowed to \u201cclose the corridor\u201d", "«cerrar el corredor»") is that remark too
 * when the remark's own reports quote it inside a longer passage ("we will close the corridor
 * for good"); two catchphrases alone, or one of common words ("very good"), prove nothing.
 */
export function sameQuote(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.own || !SAID.has(m.type) || probe.quotes.length + probe.catchphrases.length === 0 || cluster.quotes.length === 0) return false;
  if (!(m.people ?? []).some((a) => cluster.people.has(a))) return false;
  return sharePassage(probe.quotes, cluster.quotes) || holdsCatchphrase(probe.catchphrases, cluster.quotes);
}

/**
 * Rule SAME-COUNT: a transfer told weeks later ("Mexico sent 37 alleged cartel members to the
 * United States") states the count the reports of the dated one state most; a report of
 * another transfer between the same two governments ("another 26 prisoners") does not. The
 * count widens rule RECENT-ONE-OFF's week to the RECENT_DAYS window.
 */
export function sameCount(cluster: Cluster, probe: Probe): boolean {
  let most = 0;
  for (const n of cluster.counts.values()) most = Math.max(most, n);
  return most > 0 && probe.counts.some((c) => cluster.counts.get(c) === most);
}

/**
 * Rule SAME-COUNT, one side named: "Roe Vidal says the 37 were sent under the security law"
 * names one side of the transfer only, but a count of ten or more that the transfer's reports
 * state most stands for the rest: a report of the same kind stating it, naming someone of one of
 * the transfer's countries, is that transfer (within the windows of rules SAME-COUNT and
 * RECENT-ONE-OFF). A report of another count, or of a third country, stays apart.
 */
export function countedSide(cluster: Cluster, probe: Probe): boolean {
  let most = 0;
  for (const n of cluster.counts.values()) most = Math.max(most, n);
  if (most === 0 || !probe.counts.some((c) => c >= TELLING_COUNT && cluster.counts.get(c) === most)) return false;
  for (const side of sidesOf(probe.m)) if (cluster.sides.has(side)) return true;
  return false;
}

/** Where a report's sentence is: its document and the sentence's first character. */
export function sentenceKey(m: EventMember): string {
  return `${m.document}@${m.source.start}`;
}

/**
 * Rule SAME-SENTENCE: "On Monday, Ibarra said in a radio interview that …" gives the events
 * stage a statement dated Monday and an interview with no date of its own (or a rejection
 * and a statement): one remark, dated by one of its words. A report of something said with
 * no date of its own joins the cluster that holds something said, dated to the day, in the
 * same sentence of the same document, when the two name an actor in common. A remark dated
 * only by a month or a year ("fewer than in 2025") does not date the sentence's other remark.
 */
export function sameSentence(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (probe.own || !SAID.has(m.type) || !cluster.saidSentences.has(sentenceKey(m))) return false;
  return sharedActors(m, cluster) >= 1;
}

/**
 * Rule SIDES-WITHIN: "the Security Cabinet said the prisoners were sent at the request of the
 * Justice Department" names one actor of the dated transfer ("Mexico sent 37 prisoners to the
 * United States") and, for the other side, another body of the same country: a report naming
 * two countries, both among the cluster's, with an actor in common stands for both sides as
 * rule RECENT-ONE-OFF asks (whose window still applies).
 */
export function sidesWithin(cluster: Cluster, m: EventMember, shared: number): boolean {
  if (shared < 1) return false;
  const sides = sidesOf(m);
  if (sides.size < 2) return false;
  for (const side of sides) if (!cluster.sides.has(side)) return false;
  return true;
}

/** Days after a capture or transfer within which "the capture of X" without a date of its own is that one (rule TOLD-TARGET). */
const TOLD_TARGET_DAYS = 92;

/** What happened to a person: a transfer or extradition (CAMEO 174), else a capture or arrest (a raid that seized them). */
export function targetKey(m: EventMember, person: string): string {
  return `${m.cameo === '174' ? 'transfer' : 'capture'}|${person}`;
}

/**
 * Rule TOLD-TARGET: a person is captured (or handed over) once. "The raid that seized Ivo Brask
 * changed everything", "tras la captura de Ivo Brask" or "since the capture of Brask" has no date
 * of its own, and names only the person it befell, not the captors the dated reports name: it is
 * the capture of that person (a transfer the transfer) that reports date within the months
 * before its publication, whatever type either report was given. Without a publication date there
 * is no window; a capture of someone else, or an arrest where the reports tell a transfer, stays apart.
 */
export function toldTarget(cluster: Cluster, probe: Probe): boolean {
  const { m, at } = probe;
  const targets = m.targets ?? [];
  if (probe.own || cluster.dates.length === 0) return false;
  if (!(targets.length > 0 ? targets.every((p) => cluster.targets.has(targetKey(m, p))) : takenOnly(cluster, probe))) return false;
  if (at) return startsWithin(cluster, at, TOLD_TARGET_DAYS);
  // Rule TAKEN-ONLY, with no date at all: the captors' side named too, and nothing the cluster lacks.
  return !m.background && cluster.types.has(m.type) && sidesOf(m).size >= 2 && m.actors.every((a) => cluster.actors.has(a));
}

/**
 * Rule TAKEN-ONLY: "Norvian forces took Ivo Brask out of Velia in a night raid" names no target
 * the events stage could read, but every person it names is one the cluster's own reports say was
 * captured (or handed over): a report of the same type, with no date of its own, whose people are
 * all the cluster's targets and whose other actors are all the cluster's, is that capture, within
 * TOLD_TARGET_DAYS before its publication. In an article with no date at all, a capture (told by
 * its target or not) joins only when it also names the captors' side and nothing the cluster lacks.
 */
function takenOnly(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  const people = m.people ?? [];
  if (people.length === 0 || !TAKEN_TYPES.has(m.type) || !cluster.types.has(m.type)) return false;
  return people.every((p) => cluster.targets.has(targetKey(m, p))) && m.actors.every((a) => cluster.actors.has(a));
}

/** Types whose happening befalls a person once (a capture, a transfer). */
const TAKEN_TYPES = new Set(['military-operation', 'arrest-extradition']);

/**
 * Rule DESIGNATED-ONCE: a group is listed as terrorist once. "The State Department has designated
 * six cartels", "Washington designated the major cartels as terrorist organizations" or "the
 * administration designated the Norvian cartels", with no date of its own, told in a story of
 * months later or in one with no date at all, is the designation other articles date before it: a
 * designation with no date of its own joins a dated designation cluster when it names the side that
 * lists and a group listed (two actors in common, of two countries), or when the cluster is dated to
 * a day or a month (not as the start of a stretch, "since February"), the two name an actor in
 * common and the report tells the listing in two words of the cluster's reports ("designated",
 * "cartels"). A listing of other groups names none of the cluster's actors, or tells another list,
 * and stays apart; among several that fit, the one most stories tell is taken (rule MOST-TOLD).
 */
export function listedOnce(cluster: Cluster, probe: Probe, shared: number): boolean {
  if (probe.own || probe.m.type !== 'designation' || !cluster.types.has('designation') || cluster.dates.length === 0 || shared < 1) return false;
  // Naming the side that lists and a group listed (two countries) is enough whatever the cluster's date.
  if (shared >= 2 && sharedSides(cluster, probe.m).sides >= 2) return true;
  if (listedAsState(probe.m) || !cluster.dates.some((d, k) => (d.precision === 'day' || d.precision === 'month') && cluster.stretches[k] !== true)) return false;
  // The listing told in the cluster's words ("designated", "cartels", "terrorist"), not another list.
  return cluster.samples.some((sample) => sortedOverlap(sample.words, probe.words) >= LISTING_WORDS);
}

/** Content words a designation told with one actor in common shares with a report of the dated one. */
const LISTING_WORDS = 2;

/** An auxiliary right before the trigger: "has designated", "were designated", "fueron designados". */
const AUXILIARY_BEFORE = /\b(?:has|have|had|was|were|been|being|is|are|ha|han|hab[ií]a|hab[ií]an|fue|fueron|sido|ser[aá]n?)\s+$/iu;
/** "as" or "by" right after the trigger: "designated as terrorist groups", "designados como", "designated by the US". */
const AS_OR_BY_AFTER = /^\s+(?:as|by|como|por)\b/iu;

/**
 * "The Pentagon prepared options against cartels designated as terrorist groups" names the
 * groups by the state the listing left them in: the participle after a noun, followed by "as" or
 * "by" with no auxiliary before it, tells no listing, so rule DESIGNATED-ONCE does not take it
 * (the sentence's own happening is another). "Washington has designated as terrorist groups…"
 * and "the cartels were designated as…" do tell one.
 */
export function listedAsState(m: EventMember): boolean {
  if (!m.trigger) return false;
  const at = m.trigger[0] - m.source.start;
  const end = m.trigger[1] - m.source.start;
  if (at < 0 || end > m.source.text.length) return false;
  return AS_OR_BY_AFTER.test(m.source.text.slice(end, end + 12)) && !AUXILIARY_BEFORE.test(m.source.text.slice(Math.max(0, at - 16), at));
}

/**
 * Rule TOLD-THAT-DAY: "the Chamber approved the reform" or "Roe wrote that the call was very good",
 * with no date of its own in a story published on the day other articles date a happening of the
 * same type to ("the Chamber of Deputies approved the reform on Tuesday"), naming an actor of it and
 * no person it lacks, is that happening: a deed (a one-off or a measure) is told the day it happens.
 * Rule PUBLISHED-THAT-DAY asks two actors in common of anything; this one asks the same type and the
 * same day, not the next. Something said stays apart (a person says many things a day), and so does
 * a report naming someone the happening's reports do not (a call with another leader that day).
 */
export function toldThatDay(cluster: Cluster, probe: Probe, shared: number): boolean {
  const { m, at } = probe;
  if (probe.own || !at || shared < 1 || SAID.has(m.type) || !cluster.types.has(m.type) || triggerQuoted(m)) return false;
  if (!(m.people ?? []).every((a) => cluster.people.has(a))) return false;
  return cluster.dates.some((d, k) => d.precision === 'day' && cluster.spans[k]?.[0] === at[0]);
}

/** Folded words that name a news conference ("morning news conference", "la conferencia matutina", "la mañanera"). */
const CONFERENCE_WORDS = ['conference', 'conferencia', 'mananera', 'briefing', 'presser'];

function namesConference(words: readonly string[]): boolean {
  return CONFERENCE_WORDS.some((w) => words.includes(w));
}

/**
 * Rule CONFERENCE-THAT-DAY: "Más temprano, en la mañanera, la presidenta había defendido la medida",
 * with no date of its own in a story published the day other articles date a news conference of
 * hers to ("Ruiz defended the transfer at her morning news conference on Tuesday"), is that
 * conference: a leader holds one a day. Both name a news conference and a person in common; a word
 * to reporters on the way out of an event that day stays apart, and so does a story of the next day.
 */
export function conferenceThatDay(cluster: Cluster, probe: Probe): boolean {
  const { m, at } = probe;
  if (probe.own || !at || m.type !== 'interview' || !cluster.types.has('interview') || !namesConference(probe.words) || triggerQuoted(m)) return false;
  if (!(m.people ?? []).some((a) => cluster.people.has(a)) || !cluster.samples.some((s) => namesConference(s.words))) return false;
  return cluster.dates.some((d, k) => d.precision === 'day' && cluster.spans[k]?.[0] === at[0]);
}

/**
 * '"No reason for this increase", wrote the minister, naming Roe's team': a trigger inside the quoted
 * words keeps every name of them, so the one person such a report names may be whom the words are about.
 */
export function triggerQuoted(m: EventMember): boolean {
  if (!m.trigger) return false;
  const before = m.source.text.slice(0, Math.max(0, m.trigger[0] - m.source.start));
  const straight = before.split('"').length - 1;
  const open = before.split(/[“«]/u).length - before.split(/[”»]/u).length;
  return straight % 2 === 1 || open > 0;
}
