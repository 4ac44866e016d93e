/**
 * Several mentions of one happening inside a story become one event (see
 * collapseWithinStories); the small comparisons it needs are shared with the
 * events stage.
 */
import type { DateValue } from '../../schema/timeline';
import type { EventDraft } from './event-draft';

/** Happenings that occur once: two mentions on one day in one story are the same one. */
export const ONE_OFF = new Set(['call', 'meeting', 'interview', 'military-operation', 'arrest-extradition', 'designation']);

export function sameDate(a: DateValue, b: DateValue): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}

export function overlaps<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
}

export function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}


function sharesSomeone(a: EventDraft, b: EventDraft): boolean {
  const x = a.present ?? [];
  return (b.present ?? []).some((actor) => x.includes(actor));
}

/**
 * Several mentions of one happening inside a story (lead, body, wrap-up) become
 * one event: same type, same story, same date (or both undated) and shared
 * actors. A statement by someone who also gave an interview in the story is
 * part of that interview.
 */
export function collapseWithinStories(drafts: EventDraft[]): EventDraft[] {
  const kept: EventDraft[] = [];
  // Sets beside the arrays, so an event told in a thousand sentences merges in linear time.
  const seen = new Map<EventDraft, Set<number>>();
  const addSentences = (into: EventDraft, more: readonly number[]): void => {
    const set = seen.get(into) ?? new Set(into.sentences);
    seen.set(into, set);
    for (const n of more) {
      if (set.has(n)) continue;
      set.add(n);
      into.sentences.push(n);
    }
  };
  const buckets = new Map<string, EventDraft[]>();
  for (const d of drafts) {
    // "Other" holds happenings of unlike kinds (a plea in court, a killing, a seizure): only one kind collapses.
    const bucketKey = `${d.story}\u0000${d.type}${d.type === 'other' ? `\u0000${d.cameo}` : ''}`;
    const bucket = buckets.get(bucketKey) ?? [];
    buckets.set(bucketKey, bucket);
    // "…a transcript of an interview with X. The interview took place Friday": the one undated interview told before takes the day.
    // "At the press conference on Friday, Ruiz said…" names someone else's conference, not Vidal's radio interview.
    const undated = d.datesBack === true ? bucket.filter((k) => !k.ownDate) : [];
    const heldBy = d.heldBy ?? [];
    const dated = undated.length === 1 && !bucket.some((k) => k.ownDate) && overlaps(undated[0]?.actors ?? [], heldBy) ? undated[0] : undefined;
    if (dated) {
      dated.date = d.date;
      dated.ownDate = true;
      dated.actors = union(dated.actors, d.actors);
      dated.present = union(dated.present ?? [], d.present ?? []);
      addSentences(dated, d.sentences);
      continue;
    }
    // '"…", escribió el martes': a dated saying that names no one is told apart by its quote's speaker (link-quotes.ts),
    // not folded into another's saying of that day.
    const unnamedSaying = (k: EventDraft): boolean => k.type === 'statement' && k.ownDate && k.actors.length === 0;
    const twin = bucket.find(
      (k) =>
        !unnamedSaying(d) &&
        !unnamedSaying(k) &&
        // "Ferrer later wrote that the meeting was…": the dated meeting told before, by one who took part.
        ((!d.ownDate && d.refersBack === true && k.ownDate && ONE_OFF.has(d.type) && d.actors.some((a) => k.actors.includes(a))) ||
          (k.ownDate === d.ownDate &&
        // Dated: the same day names the same happening. Undated: only when the same actor acts; two that name no one
        // ('"…," she added' and '"…," he explained') are told apart later by their quotes' speakers.
        (d.ownDate ? sameDate(k.date, d.date) : k.subject === d.subject && (k.subject !== null || k.actors.length > 0 || d.actors.length > 0)) &&
        // A dated one-off told twice in a story ("a June 9 interview") needs only someone named
        // in both sentences: the clause of one may have lost its subject to an aside.
            (overlaps(k.actors, d.actors) || (d.ownDate && d.date.precision === 'day' && ONE_OFF.has(d.type) && sharesSomeone(k, d))))),
    );
    if (twin) {
      twin.actors = union(twin.actors, d.actors);
      twin.present = union(twin.present ?? [], d.present ?? []);
      addSentences(twin, d.sentences);
      continue;
    }
    const copy = { ...d, actors: [...d.actors], sentences: [...d.sentences] };
    kept.push(copy);
    bucket.push(copy);
  }
  const folded = kept;
  return folded.filter((d) => {
    // "Minutes later, Roe replied on X: …": a saying posted or issued in writing is one of its own, not the interview's.
    if (d.type !== 'statement' || d.ownDate || d.written === true) return true;
    const host = (buckets.get(`${d.story}\u0000interview`) ?? []).find((k) => d.subject !== null && k.actors.includes(d.subject));
    if (!host) return true;
    addSentences(host, d.sentences);
    host.actors = union(host.actors, d.actors);
    return false;
  });
}

