/**
 * Ties each quote to the event it was said at: an event found in the quote's
 * own sentence, else an interview, call or meeting in the same story that the
 * speaker took part in. A linked quote takes that event's date; an unlinked one
 * is placed at its story's publication date (basis `reported`) or stays unknown.
 * A statement of the quote's sentence that names no one (a Spanish verb with its
 * subject carried from before) takes the quote's speaker as its actor.
 */
import type { DateValue } from '../../schema/timeline';
import { formatDay } from '../dates/calendar';
import type { CleanDocument, ExtractedQuote } from '../model';
import type { EventDraft } from './event-draft';

const SPOKEN_AT = new Set(['interview', 'call', 'meeting']);
const ASIDE_OPEN = /[—–(]/u;
const ASIDE_CLOSE = /[—–)]/u;

/**
 * True when the event's trigger sits in an aside (between dashes or brackets) that does not
 * hold the quote: "the conversation—a follow-up to their January 12 talk—saw X praise 'Y'".
 */
function inAside(doc: CleanDocument, e: EventDraft, quoteStart: number): boolean {
  const sentence = doc.sentences[e.sentences[0] ?? -1];
  const [s, t] = e.trigger;
  if (!sentence || s < sentence.start || t > sentence.end) return false;
  let open = -1;
  for (let i = s - 1; i >= sentence.start && s - i <= 200; i -= 1) {
    if (ASIDE_OPEN.test(doc.text.charAt(i))) {
      open = i;
      break;
    }
  }
  if (open === -1) return false;
  let close = -1;
  for (let i = t; i < sentence.end && i - t <= 200; i += 1) {
    if (ASIDE_CLOSE.test(doc.text.charAt(i))) {
      close = i;
      break;
    }
  }
  return close !== -1 && (quoteStart < open || quoteStart > close);
}

function storyDate(doc: CleanDocument, story: number): DateValue {
  const context = doc.stories.find((s) => s.story === story);
  const published = context ? context.published : story === 0 ? doc.published : null;
  if (published) return { start: formatDay(published), precision: 'day', basis: 'reported' };
  return { start: null, precision: 'unknown', basis: 'reported' };
}

export function linkQuotes(
  doc: CleanDocument,
  events: EventDraft[],
  quotes: readonly ExtractedQuote[],
): { events: EventDraft[]; quotes: ExtractedQuote[] } {
  const linked = events.map((e) => ({ ...e, quotes: [] as number[] }));
  const ofSentence = new Map<number, typeof linked>();
  const spokenAtInStory = new Map<number, typeof linked>();
  for (const e of linked) {
    // A capture told in passing ("after the capture of X") is no occasion anyone spoke at.
    if (e.background) continue;
    for (const s of e.sentences) ofSentence.set(s, [...(ofSentence.get(s) ?? []), e]);
    if (SPOKEN_AT.has(e.type)) spokenAtInStory.set(e.story, [...(spokenAtInStory.get(e.story) ?? []), e]);
  }
  const dated = quotes.map((q, index) => {
    const story = doc.sentences[q.sentence]?.story ?? 0;
    const inSentence = (ofSentence.get(q.sentence) ?? []).filter((e) => !inAside(doc, e, q.start));
    const earlier = (spokenAtInStory.get(story) ?? []).filter(
      (e) => q.speaker !== null && e.actors.includes(q.speaker) && e.sentences.some((n) => n < q.sentence && n >= q.sentence - 2),
    );
    const host =
      inSentence.find((e) => SPOKEN_AT.has(e.type)) ??
      // '"…", dijo en su conferencia del jueves': a saying its own sentence dates is where the words were said,
      // not an interview or call told in the sentences before.
      inSentence.find((e) => e.type === 'statement' && e.ownDate) ??
      earlier[earlier.length - 1] ??
      inSentence.find((e) => e.type === 'statement') ??
      (spokenAtInStory.get(story) ?? []).find((e) => q.speaker !== null && e.actors.includes(q.speaker)) ??
      inSentence[0];
    if (host) {
      host.quotes.push(index);
      // "Insistió el martes en que la relación vive «un buen momento»": a statement that names no one is its quote's speaker's;
      // "Consultado el domingo, dijo que México «…»": so is one that names only what was said about.
      const unnamed = host.actors.length === 0 || (host.unnamed === true && q.speaker !== null && !host.actors.includes(q.speaker));
      if ((host.type === 'statement' || host.type === 'interview') && unnamed && q.speaker !== null && host.sentences.includes(q.sentence)) {
        host.actors = [q.speaker, ...host.actors];
        host.subject = q.speaker;
      }
      return { ...q, date: host.date };
    }
    return { ...q, date: storyDate(doc, story) };
  });
  return { events: linked, quotes: dated };
}
