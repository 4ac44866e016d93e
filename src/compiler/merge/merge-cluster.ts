/** What a growing cluster of reports remembers, what is worked out once of a report, and how the two are compared. */
import type { DateValue, EventType } from '../../schema/timeline';
import type { EventMember } from './corpus-items';
import type { Interval } from './date-interval';
import { sortedOverlap } from './sorted-overlap';

/** Jaccard similarity of two word sets given as sorted arrays without repeats (a linear merge, no Set per report). */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sortedOverlap(a, b);
  return shared / (a.length + b.length - shared);
}

/** `words` as a sorted array without repeats (members' words already are; anything else is sorted here). */
export function wordSet(words: readonly string[]): readonly string[] {
  for (let i = 1; i < words.length; i += 1) if (!((words[i - 1] as string) < (words[i] as string))) return [...new Set(words)].sort();
  return words;
}

/** What a growing cluster remembers, so checking a new report costs the same however large it is. */
export interface Cluster {
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
  /** The sentences (`sentenceKey`) of its members that tell something said on a stated day, for rule SAME-SENTENCE. */
  saidSentences: Set<string>;
  /** What happened to whom (rule TOLD-TARGET): "capture|<person>" or "transfer|<person>" for each target of its reports. */
  targets: Set<string>;
  /** Word sets of the first members, for wording checks. */
  samples: { words: readonly string[]; canonical: string; document: string }[];
}

/** What is checked of a report against every candidate cluster, worked out once. */
export interface Probe {
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
  /** The two- or three-word catchphrases its sentence quotes (rule SAME-QUOTE): matched, never kept. */
  catchphrases: readonly string[];
  /** The counts its sentence states, for a one-off (rule SAME-COUNT). */
  counts: readonly number[];
  /** With no date at all: the days its sentence names without a year, as "MM-DD" (rule YEAR-LESS-DAY). */
  yearLess: readonly string[];
}

export function sharedActors(m: EventMember, cluster: Cluster): number {
  let shared = 0;
  for (const a of m.actors) if (cluster.actors.has(a)) shared += 1;
  return shared;
}

/** The distinct countries a report's actors stand for. */
export function sidesOf(m: EventMember): Set<string> {
  const sides = new Set<string>();
  for (const side of m.sides ?? []) if (side) sides.add(side);
  return sides;
}

/** How many countries the actors a report shares with a cluster stand for, and whether one of them is a person. */
export function sharedSides(cluster: Cluster, m: EventMember): { sides: number; person: boolean } {
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
export function bestSimilarity(cluster: Cluster, words: readonly string[]): number {
  let best = 0;
  for (const sample of cluster.samples) best = Math.max(best, wordSimilarity(sample.words, words));
  return best;
}
