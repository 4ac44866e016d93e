/**
 * Merge stage: the same happening reported by several articles (or several
 * related items) becomes one event citing every source. Two reports merge when
 * they have the same type, share an actor and have compatible dates: a day
 * inside the other's week or month (a year only with near-identical wording).
 * Undated reports merge only on strong evidence: two shared actors and similar
 * wording, or the same sentence in a duplicate article. Reports from one story
 * never merge here (the events stage already collapsed those that should).
 * `sourceCount` counts independent documents: a duplicate counts as its original.
 */
import type { DateValue } from '../../schema/timeline';
import { contentId } from '../emit/content-id';
import type { CorpusEvent, EventMember } from './corpus-items';
import { contains, dateInterval, hasOwnDate, precisionRank } from './date-interval';

const SIMILAR_WORDING = 0.5;
const NEAR_IDENTICAL_WORDING = 0.8;

function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const w of new Set(b)) if (set.has(w)) shared += 1;
  return shared / (set.size + new Set(b).size - shared);
}

function compareMembers(a: EventMember, b: EventMember): number {
  return (
    precisionRank(a.date) - precisionRank(b.date) ||
    (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) ||
    a.source.start - b.source.start ||
    a.key.localeCompare(b.key)
  );
}

function datesCompatible(a: DateValue, b: DateValue, similarity: number): boolean {
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (!x || !y) return false;
  if (a.precision === 'day' && b.precision === 'day') return x[0] === y[0];
  if (!contains(x, y) && !contains(y, x)) return false;
  // A year holds many happenings of one kind: demand near-identical wording.
  if (a.precision === 'year' || b.precision === 'year') return similarity >= NEAR_IDENTICAL_WORDING;
  return true;
}

function fits(members: readonly EventMember[], m: EventMember): boolean {
  let sharedBest = 0;
  let similarityBest = 0;
  for (const other of members) {
    if (other.document === m.document && other.story === m.story) return false;
    const shared = m.actors.filter((a) => other.actors.includes(a)).length;
    const similarity = wordSimilarity(other.words, m.words);
    const sameArticle = other.canonical === m.canonical && other.document !== m.document;
    if (sameArticle && similarity >= NEAR_IDENTICAL_WORDING) return true;
    if (hasOwnDate(other.date) && hasOwnDate(m.date) && !datesCompatible(other.date, m.date, similarity)) return false;
    sharedBest = Math.max(sharedBest, shared);
    similarityBest = Math.max(similarityBest, similarity);
  }
  const dated = members.some((o) => hasOwnDate(o.date)) && hasOwnDate(m.date);
  if (dated) return sharedBest >= 1;
  return sharedBest >= 2 && similarityBest >= SIMILAR_WORDING;
}

function mergedDate(members: readonly EventMember[]): DateValue {
  const own = members.find((m) => hasOwnDate(m.date));
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
  const bySource = [...members].sort(
    (a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.source.start - b.source.start,
  );
  const anchor = bySource[0] ?? lead;
  const actors: EventMember['actors'] = [];
  for (const m of members) for (const a of m.actors) if (!actors.includes(a)) actors.push(a);
  return {
    id: contentId('ev', [lead.type, anchor.document, anchor.source.start, anchor.source.end, anchor.title, anchor.date.start]),
    type: lead.type,
    cameo: lead.cameo,
    title: lead.title,
    relevant: members.some((m) => m.relevant),
    date: mergedDate(members),
    actors,
    members: bySource,
    sourceCount: new Set(members.map((m) => m.canonical)).size,
    curated: [],
    hidden: false,
  };
}

export function mergeEvents(all: readonly EventMember[]): CorpusEvent[] {
  const ordered = [...all].sort(compareMembers);
  const clusters: EventMember[][] = [];
  const index = new Map<string, Set<EventMember[]>>();
  const keysOf = (m: EventMember): string[] => [
    ...m.actors.map((a) => `${m.type}|a|${a}`),
    `${m.type}|c|${m.canonical}`,
  ];
  for (const m of ordered) {
    const seen = new Set<EventMember[]>();
    let home: EventMember[] | null = null;
    for (const key of keysOf(m)) {
      for (const cluster of index.get(key) ?? new Set<EventMember[]>()) {
        if (seen.has(cluster)) continue;
        seen.add(cluster);
        if (fits(cluster, m)) {
          home = cluster;
          break;
        }
      }
      if (home) break;
    }
    if (!home) {
      home = [];
      clusters.push(home);
    }
    home.push(m);
    for (const key of keysOf(m)) {
      const set = index.get(key) ?? new Set<EventMember[]>();
      set.add(home);
      index.set(key, set);
    }
  }
  return clusters.map(toCorpusEvent);
}
