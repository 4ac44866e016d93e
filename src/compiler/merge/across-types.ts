/** Rules for reports of different types that tell one happening (CALL-TOLD, AGREED-ON-CALL, ANNOUNCED-COUNT, CALL-OR-TALKS, FORCE, SAID-IN-INTERVIEW). */
import type { ActorId, EventType } from '../../schema/timeline';
import type { EventMember } from './corpus-items';
import { sharedActors, sidesOf, type Cluster, type Probe } from './merge-cluster';
import { statedCounts } from './merge-events-counts';
import { triggerQuoted } from './merge-rules';
import { FORCE, SAID, TALK, VERBAL } from './merge-types';

/**
 * Whether a report joins the cluster only under `acrossTypes`: the cluster has none of its
 * type (things said merge freely among themselves), or it is a call heard as "talks" too (a
 * meeting of someone else that day must not join the call through them).
 */
export function crossesTypes(cluster: Cluster, type: EventType): boolean {
  // A remark joins a call only as the call told (rule CALL-TOLD), whatever else was said.
  if (VERBAL.has(type) && cluster.types.has('call')) return true;
  if (cluster.types.has(type)) return TALK.has(type) && [...cluster.types].some((t) => t !== type && TALK.has(t));
  if (VERBAL.has(type)) for (const t of cluster.types) if (VERBAL.has(t)) return false;
  return true;
}

/** Folded content words that name a phone call, in English or Spanish. */
export const CALL_WORDS = ['call', 'phone', 'llamada', 'telefonica', 'telefono'];

/** Folded words that set one happening after another ("the call came a day after Roe told reporters"). */
export const SEQUENCE_WORDS = ['after', 'before', 'followed', 'following', 'since', 'despues', 'antes', 'tras', 'desde'];

/** The sentence names a call and no second happening before or after it. */
export function namesCall(words: readonly string[]): boolean {
  return CALL_WORDS.some((w) => words.includes(w)) && !SEQUENCE_WORDS.some((w) => words.includes(w));
}

/** The groups of reports a report may also join under rules CALL-TOLD and AGREED-ON-CALL (see `callTold`, `agreedOnCall`). */
export function toldGroups(m: EventMember, words: readonly string[], own: boolean): string[] {
  if (!own || m.date.precision !== 'day') return [];
  if (m.type === 'call') return ['verbal', 'force'];
  // Rule OWN-POLICY-SAID: a policy and a remark of one person alone may be one happening.
  const alone = m.people?.length === 1;
  if (m.type === 'policy') return alone ? ['talk', 'verbal'] : ['talk'];
  if (m.type === 'interview') return alone ? ['force'] : [];
  if (!VERBAL.has(m.type)) return [];
  const groups = namesCall(words) ? ['talk'] : [];
  if (alone) groups.push('force');
  if (!alone && statedCounts(m.source.text).length > 0) groups.push('force');
  return groups;
}

/**
 * Rule ANNOUNCED-COUNT: "the Security Cabinet said on Tuesday that 37 prisoners were sent"
 * is the transfer of 37 dated that Tuesday, told as what was said: a remark of the stated
 * day of a one-off that states the count most of its reports state, naming an actor of it,
 * joins it (the one-off's type is kept). A remark with another count, or none, stays apart.
 */
function announcedCount(cluster: Cluster, probe: Probe): boolean {
  let most = 0;
  for (const n of cluster.counts.values()) most = Math.max(most, n);
  if (most === 0 || sharedActors(probe.m, cluster) === 0) return false;
  return statedCounts(probe.m.source.text).some((c) => cluster.counts.get(c) === most);
}

/**
 * Rule CALL-TOLD: "Ruiz said the 40-minute call on Thursday had been very productive" is a
 * remark dated by the call's day: the call as one who took part told it. A statement that
 * names a call and has the stated day of a call of a person it names joins that call, and a
 * call joins such remarks; the call's type is kept. Remarks of that day that name no call
 * stay apart, and so does one set before or after the call ("the call came a day after Hale
 * told reporters"): its date may be the call's, misread.
 */
export function callTold(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  if (VERBAL.has(m.type)) {
    if (!cluster.types.has('call') || !namesCall(probe.words)) return false;
  } else if (m.type !== 'call' || ![...cluster.types].every((t) => VERBAL.has(t)) || !cluster.samples.some((s) => namesCall(s.words))) return false;
  return (m.people ?? []).some((a) => cluster.people.has(a));
}

/**
 * Rule AGREED-ON-CALL: "the two agreed on Thursday to set up a security group" and "Roe paused
 * the tariffs on Monday after Norvia agreed" tell what a call of that stated day settled: a
 * policy joins the call (and a call the policy) when every person it names took part in the
 * call, and it names both of the call's countries or says it was agreed ("Ruiz agreed to send troops"); the call's type is
 * kept. A policy of another day, or of one country alone that agreed nothing, stays apart.
 */
function agreedOnCall(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  const people = m.people ?? [];
  // Every person of the policy took part in the call (a call with a third leader that day is another).
  const within = m.type === 'policy' ? people.length > 0 && people.every((a) => cluster.people.has(a)) : cluster.people.size > 0 && [...cluster.people].every((a) => people.includes(a as ActorId));
  if (!within) return false;
  if (m.type === 'policy' && probe.words.some((w) => AGREED.test(w))) return true;
  let both = 0;
  for (const side of sidesOf(m)) if (cluster.sides.has(side)) both += 1;
  return both >= 2;
}

/** Folded words that say something was agreed ("agreed", "acordaron", "el acuerdo", "pactaron"). */
const AGREED = /^(?:agree|acord|acuerd|pacta)/;

/**
 * Whether a report may join a cluster that has none of its type although their group is
 * the same: only on the same stated day, and (rule FORCE) with two actors in common and an
 * operation on one side (a policy and an arrest are never one happening), or (rule
 * CALL-OR-TALKS) a call and a meeting of the same two people, or (rule SAID-IN-INTERVIEW) an interview and what was said on that day, when one side names a
 * single person and the other names them too (with more people on both sides, the one
 * they share may be whom the words are about: "Ibarra attacked Ferrer's interview").
 */
export function acrossTypes(cluster: Cluster, probe: Probe): boolean {
  const { m, own } = probe;
  if (!own || m.date.precision !== 'day' || !cluster.dates.some((d) => d.precision === 'day' && d.start === m.date.start)) return false;
  if (SAID.has(m.type) && [...cluster.types].some((t) => FORCE.has(t))) return (VERBAL.has(m.type) && announcedCount(cluster, probe)) || ownPolicySaid(cluster, probe);
  if (m.type === 'policy' ? cluster.types.has('call') : m.type === 'call' && [...cluster.types].every((t) => t === 'policy')) return agreedOnCall(cluster, probe);
  if (m.type === 'policy' && [...cluster.types].some((t) => SAID.has(t))) return ownPolicySaid(cluster, probe);
  if ((VERBAL.has(m.type) && cluster.types.has('call')) || (m.type === 'call' && !cluster.types.has('meeting'))) return callTold(cluster, probe);
  if (FORCE.has(m.type)) return (m.type === 'military-operation' || cluster.types.has('military-operation')) && sharedActors(m, cluster) >= 2;
  if (TALK.has(m.type)) return (m.people ?? []).filter((a) => cluster.people.has(a)).length >= 2;
  const people = m.people ?? [];
  if (people.length === 1) return cluster.people.has(people[0] as ActorId);
  const [only] = cluster.people;
  if (cluster.people.size === 1 && only !== undefined) return people.includes(only as ActorId);
  return samePeopleSameLead(cluster, people);
}

/**
 * Rule OWN-POLICY-SAID: "Roe announced on Monday on his network that the duties will rise to 35%"
 * is a policy in one article and "Roe said on Monday that he would raise the duties" a remark in
 * another: a person's account of their own measure is that measure. A policy and a remark (or the
 * interview it was given in) of the same stated day join when each names one person, the same one;
 * a remark naming someone else too (a reply, a second leader) stays apart, and so does another day.
 */
function ownPolicySaid(cluster: Cluster, probe: Probe): boolean {
  const { m } = probe;
  const mixed = (m.type === 'policy' || SAID.has(m.type)) && [...cluster.types].every((t) => t === 'policy' || SAID.has(t));
  const [only] = cluster.people;
  return mixed && m.people?.length === 1 && cluster.people.size === 1 && only === m.people[0];
}

/**
 * Rule OWN-POLICY-SAID, told that day: "Governor Hale today announced 1,500 more troops" dated in one
 * article, and "Texas will not wait", Hale told reporters at the Capitol, in a story of that day with no
 * date of its own in another: a person's account of their own measure, told the day it was dated, is that
 * measure, as on the same stated day. Either way round (the dated one may be the remark); each names one
 * person, the same one, and the undated one names no other. Another day's story stays apart.
 */
export function ownPolicyToldThatDay(cluster: Cluster, probe: Probe): boolean {
  const { m, own, at } = probe;
  if (!at || at[0] !== at[1] || m.date.precision !== 'day' || !ownPolicySaid(cluster, probe)) return false;
  const measure = m.type === 'policy';
  if (![...cluster.types].some((t) => (measure ? SAID.has(t) : t === 'policy'))) return false;
  if (own) return cluster.dates.length === 0 && cluster.reported.includes(at[0]) && !cluster.members.some(triggerQuoted);
  return !triggerQuoted(m) && cluster.dates.some((d, k) => d.precision === 'day' && cluster.spans[k]?.[0] === at[0]);
}


/** The group a report of one person may be told as under rule OWN-POLICY-SAID on the day of its article (searched in any month). */
export function toldThatDayGroup(m: EventMember): string | null {
  if (m.people?.length !== 1 || m.date.precision !== 'day') return null;
  return m.type === 'policy' ? 'verbal' : SAID.has(m.type) ? 'force' : null;
}

/**
 * Rule SAID-IN-INTERVIEW, with the interviewer named: "Ibarra told the host Ferrer on Monday
 * that …" and "in his Monday interview with Ferrer, Ibarra said …" name the same people, and
 * the same one first (who spoke). A remark about the interview by someone else names another
 * person first, or more people.
 */
function samePeopleSameLead(cluster: Cluster, people: readonly ActorId[]): boolean {
  const [lead] = people;
  if (lead === undefined || people.length !== cluster.people.size || !people.every((a) => cluster.people.has(a))) return false;
  return cluster.members.some((x) => x.people?.[0] === lead);
}
