/** One merged event from its reports: the most specific type, the most precise date, every source. */
import type { DateValue, EventType } from '../../schema/timeline';
import { contentId } from '../emit/content-id';
import type { CorpusEvent, EventMember } from './corpus-items';
import { hasOwnDate, precisionRank } from './date-interval';

/**
 * The more specific of two compatible types is kept (smaller first; a tie keeps the best-dated report's). A thing
 * said ranks after every happening: "she said the call was cordial and that Mexico would never accept troops" joins
 * the call as the call told, and the call keeps its type though the words refuse.
 */
const SPECIFICITY: Partial<Record<EventType, number>> = { rejection: 10, threat: 11, statement: 12, interview: 13, 'military-operation': 0, 'arrest-extradition': 0, policy: 1 };

/** A briefing's words, as the interview lexicon finds them: a press or news conference, a briefing, a mañanera. */
const BRIEFING = /^(?:press conference|news conference|(?:press )?briefing|conferencia de prensa|rueda de prensa|conferencia matutina|ma[ñn]anera)$/iu;

/** The report's trigger words name a briefing. */
function isBriefing(m: EventMember): boolean {
  if (!m.trigger) return false;
  return BRIEFING.test(m.source.text.slice(m.trigger[0] - m.source.start, m.trigger[1] - m.source.start));
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

/** Whether an event is only captures told in passing (no report of its own): it is not emitted. */
export function onlyInPassing(e: CorpusEvent): boolean {
  return e.members.every((m) => m.background === true);
}

/** The trigger's words as the cited sentence has them, or null when unknown. */
function triggerWords(m: EventMember): string | null {
  if (!m.trigger) return null;
  const from = m.trigger[0] - m.source.start;
  const to = m.trigger[1] - m.source.start;
  return from >= 0 && to <= m.source.text.length && to > from ? m.source.text.slice(from, to).toLowerCase() : null;
}

/**
 * Rule TITLE-HAS-TRIGGER: the title comes from a report whose own title holds the
 * words that made it this event. A sentence whose main clause is another happening
 * ("Governor X on Wednesday ordered troops … after the operation that captured Y")
 * is titled by that main clause, and an editor's note ("This explainer was first
 * published on …, updated to include the transfer") by the note: neither should title
 * an event other articles reported. The kept type's report is asked first, then the
 * other reports of that type in their order; when none holds its trigger, it stays.
 * A saying's "Name: “words”" title names its speaker and words, not its verb: it stays.
 */
const SAYING_TITLE = /^[^:“"«]{1,80}: [“"«‘']/u;

function titleReport(typed: EventMember, told: readonly EventMember[]): EventMember {
  const voiced = (m: EventMember): boolean => {
    const words = triggerWords(m);
    return words !== null && m.title.toLowerCase().includes(words);
  };
  if (voiced(typed) || !typed.trigger || SAYING_TITLE.test(typed.title)) return typed;
  return told.find((m) => m.type === typed.type && voiced(m)) ?? typed;
}

export function toCorpusEvent(members: EventMember[]): CorpusEvent {
  const lead = members[0];
  if (!lead) throw new Error('an event needs at least one member');
  // Most events have one report: nothing to sort, count or vote on.
  const single = members.length === 1;
  const bySource = single
    ? [lead]
    : [...members].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.source.start - b.source.start);
  // A capture told in passing adds its source, not its type, title, anchor or relevance.
  const told = single || !members.some((m) => m.background) ? members : members.filter((m) => !m.background);
  const anchor = bySource.find((m) => !m.background) ?? lead;
  const actors: EventMember['actors'] = [];
  for (const m of members) for (const a of m.actors) if (!actors.includes(a)) actors.push(a);
  // The most specific type any report gave (a rejection over a statement), its title and code;
  // between equally specific ones (an operation and an arrest), the one most reports gave.
  const votes = new Map<EventType, number>();
  if (!single) for (const m of told) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  const rank = (m: EventMember): number => SPECIFICITY[m.type] ?? 0;
  const typed = single ? lead : told.reduce((best, m) => (rank(m) < rank(best) || (rank(m) === rank(best) && (votes.get(m.type) ?? 0) > (votes.get(best.type) ?? 0)) ? m : best), lead);
  // "said at her morning press conference": a briefing is where a public statement was made (CAMEO 010), not an
  // interview given to someone; the reports merge as interviews do, and the event reads as a statement.
  const briefing = typed.type === 'interview' && told.every((m) => m.type !== 'interview' || isBriefing(m));
  return {
    // The trigger's offsets tell apart two same-type events of one sentence with the same title.
    id: contentId('ev', [lead.type, anchor.document, anchor.source.start, anchor.source.end, anchor.title, anchor.date.start, ...(anchor.trigger ?? [])]),
    type: briefing ? 'statement' : typed.type,
    cameo: typed.cameo,
    title: single ? lead.title : titleReport(typed, told).title,
    relevant: told.some((m) => m.relevant),
    date: mergedDate(members),
    actors,
    members: bySource,
    sourceCount: single ? 1 : new Set(members.map((m) => m.canonical)).size,
    curated: [],
    hidden: false,
  };
}
