/**
 * Events stage: turns trigger phrases in body and related-item sentences into
 * typed events with CAMEO codes, actors and dates. A trigger takes the nearest
 * date mention in its own clause; a sentence can therefore hold several events
 * ("a call on March 29 … their March 2 talk"). An event with no date of its
 * own is placed at its story's real publication date with basis `reported`, or
 * left unknown: it never gets a day the text does not support. Generic speech
 * verbs only make a `statement` when nothing more specific is in their clause; a
 * press conference is only the venue of a rejection or policy said there; an
 * undated noun ("the operation", "tariffs") that is the object of another
 * trigger or background to a dated one is no event of its own (a capture of a
 * named person so told is kept as told in passing, to join the capture's own
 * report in the merge: happening-targets.ts). Repeated
 * mentions of one event inside a story collapse into one (a later "the
 * meeting" joins the dated meeting). An undated remark by someone quoted for
 * their view (an analyst, a resident) is commentary, no event.
 */
import type { ActorId, DateValue } from '../../schema/timeline';
import { formatDay } from '../dates/calendar';
import { isFutureClause } from '../dates/lexicon';
import { carriedDay } from './carried-day';
import { speakerLabel } from '../actors/speaker-labels';
import { startsWithDialogueDash } from '../quotes/dialogue-lines';
import type { ActorMention, CleanDocument, DateMention, Sentence } from '../model';
import { clauseAround, eventTitle, nounPhraseTitle } from './event-title';
import { commentaryFilter } from './commentators';
import { findTriggers, type TriggerMatch } from './find-triggers';
import { targetsOf, toldInPassing } from './happening-targets';
import { isProvision } from './provisions';
import { unsourcedSpeech } from './unsourced-speech';
import { identifiedAfterLede } from './unnamed-lede';
import { collapseWithinStories, ONE_OFF, sameDate, union } from './collapse-stories';
import type { EventDraft } from './event-draft';
import { LIST_GAP, NOUN_PHRASE_AFTER, opensRecapEntry, SAYING, startsSpan, tieDates } from './tie-dates';

const EXTRACTED_KINDS = new Set(['body', 'related']);
/** "their February 24 talk", "sus reuniones de enero": a possessive a few words before the trigger. */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:their|su|sus)\s+(?:[\p{L}\p{N}.,-]+\s+){0,4}$/iu;
const MAX_SENTENCE = 5000;
/** A relative clause set at an earlier event's place or time (linear: no nested repeats). */
const WHERE = /^[^;:.]{0,80}?,\s*(?:where|during which|at which|donde|en (?:la|el) que|durante la cual)\s[^,;]{0,80}$/iu;
const DEFINITE_BEFORE = /(?<![\p{L}])(?:the|that|this|la|el|esa|ese|dicha|dicho)\s+$/iu;
const PLACE_BEFORE = /(?<![\p{L}])(?:from|in|inside|within|across|desde|en|dentro de)\s+$/iu;
const HELD_AT_BEFORE = /(?<![\p{L}])(?:at|in|en)\s+(?:the\s+|la\s+|el\s+)?$/iu;
/** A coordinated clause with a named subject: ", and Ana Ruiz …", "; pero el fiscal …". */
const NEW_CLAUSE = /[,;]\s+(?:and|but|while|whereas|y|pero|mientras)\s+(?:the\s+|el\s+|la\s+)?\p{Lu}/u;
const RELATIVE_BEFORE = /(?<![\p{L}])(?:that|which|que)\s+$/iu;
const INTERVIEW_NOUN = /interview|entrevist/iu;
/** "X, pictured at the palace on May 2, …", "(file photo)": a photo caption tells of the picture, no happening. */
const CAPTION = /(?<![\p{L}])(?:pictured|photographed|(?:file|archive) (?:photo|image)|foto de archivo|en la imagen)(?![\p{L}])/iu;
const FULL_STOP = /[.!?]["'’”»)]*\s*$/u;
/** "What happens the day after a strike?", "¿Habrá ataques?": a question asks, it tells of no happening. */
const QUESTION = /\?["'’”»)]*\s*$/u;
/** "- Whether a fourth transfer is announced before July.": an open question in a list of things to watch. */
const OPEN_QUESTION = /^[\s*•·-]*(?:whether|if or when)\s/iu;

/** A saying's channel in writing: "wrote", "posted on X", "en su cuenta de X", "in a statement", "en un comunicado". */
const WRITTEN =
  /(?<![\p{L}])(?:wrote|posted|tweeted|escribi[oó]|tuite[oó]|on (?:X|Twitter|Truth Social|Facebook|Instagram|social media)|en (?:su cuenta de|sus redes|redes sociales)|in a (?:post|tweet|statement|written statement)|en un (?:mensaje|comunicado|tuit))(?![\p{L}])/u;

/** A paragraph that opens with a speaker's label ("JANE ROE: …") or a dialogue dash ("—Fue nuestra decisión."). */
function spokenLine(text: string, block: { start: number; end: number }): boolean {
  return speakerLabel(text, block.start, block.end) !== null || startsWithDialogueDash(text, block);
}

/** Where a trigger's event was told: its sentence, its story and the trigger's words. */
function placeOf(sentence: Sentence, index: number, t: TriggerMatch): Pick<EventDraft, 'sentence' | 'start' | 'end' | 'quotes' | 'sentences' | 'story' | 'trigger'> {
  return { sentence: index, start: sentence.start, end: sentence.end, quotes: [], sentences: [index], story: sentence.story, trigger: [t.start, t.end] };
}

function pointOf(value: DateValue): DateValue {
  const { end: _end, ...rest } = value;
  return rest;
}

/** True when a new clause with its own subject starts between a and b (", and García said"). */
function coordinated(text: string, a: number, b: number): boolean {
  const gap = text.slice(a, b);
  const at = gap.search(NEW_CLAUSE);
  return at !== -1 && b - a - at < 80;
}

/** A noun's sides after it: "call between X and Y", "llamada del 10 de marzo entre X y Y", "between the Attorney General and Mexico's secretary, Omar Ruiz", up to the sentence's end. */
const SIDES = /^\s(?:[^;:.()"“”«»]|\.(?!\s)){3,160}/u;
const BETWEEN_AFTER = new RegExp(`^(?:\\s+[\\p{L}\\p{N}]+){0,4}?\\s+(?:between|entre)${SIDES.source.slice(1)}`, 'u');
/** A trigger that ends with the word itself: "calls between". */
const BETWEEN_WORD = /(?:between|entre)$/u;

function fallbackDate(doc: CleanDocument, story: number): DateValue {
  const context = doc.stories.find((s) => s.story === story);
  const published = context ? context.published : story === 0 ? doc.published : null;
  if (published) return { start: formatDay(published), precision: 'day', basis: 'reported' };
  return { start: null, precision: 'unknown', basis: 'reported' };
}

function bySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(item.sentence);
    if (list) list.push(item);
    else out.set(item.sentence, [item]);
  }
  return out;
}

/** A span of quoted words (a direct quote's text). */
export interface QuotedSpan {
  start: number;
  end: number;
}

export function extractEvents(doc: CleanDocument, mentions: readonly ActorMention[], quoted: readonly QuotedSpan[] = []): EventDraft[] {
  const drafts: EventDraft[] = [];
  const seenSentences = new Set<string>();
  const datesOf = bySentence(doc.dates);
  const mentionsOf = bySentence(mentions);
  const nameOf = namesIn(doc.text, mentions);
  const background: EventDraft[] = [];
  // Each story's first body sentence (a line with no full stop is a crumb or a stamp), whose happenings may be
  // those of someone named only in the next one.
  const ledes = new Set<number>();
  const storiesSeen = new Set<number>();
  doc.sentences.forEach((s, i) => {
    if (doc.blocks[s.block]?.kind !== 'body' || storiesSeen.has(s.story) || !FULL_STOP.test(doc.text.slice(s.start, s.end))) return;
    storiesSeen.add(s.story);
    ledes.add(i);
  });
  doc.sentences.forEach((sentence, index) => {
    const block = doc.blocks[sentence.block];
    if (!block || !EXTRACTED_KINDS.has(block.kind)) return;
    // No real sentence is this long (a minified page, a 10 MB line): nothing to read there.
    if (sentence.end - sentence.start > MAX_SENTENCE) return;
    // A sentence repeated verbatim in the same story never doubles its events.
    const key = `${sentence.story}\u0000${doc.text.slice(sentence.start, sentence.end).replace(/\s+/gu, ' ')}`;
    if (seenSentences.has(key)) return;
    seenSentences.add(key);
    if (CAPTION.test(key) || QUESTION.test(key) || OPEN_QUESTION.test(doc.text.slice(sentence.start, sentence.start + 40))) return;

    const dates = datesOf.get(index) ?? [];
    let found = findTriggers(doc.text, sentence.start, sentence.end, dates);
    if (found.length === 0) return;
    // Dates are tied before generic speech verbs are dropped, so "X on Monday condemned the
    // operation" dates the condemnation, not the operation.
    // '"México no es Venezuela", sostuvo la presidenta', '"Hoy hay esperanza", escribió': names and days inside the quoted
    // words are what was said, in the speaker's own time, not who took part or when; a trigger outside the quotation
    // takes its actors and its date from outside it (a trigger inside it keeps them all).
    const quotes = quoted.filter((q) => q.end > sentence.start && q.start < sentence.end);
    const isQuoted = (at: number): boolean => quotes.some((q) => at >= q.start && at < q.end);
    const tiedAll = tieDates(doc.text, sentence.start, found, dates).map((d, i) => (d && isQuoted(d.start) && !isQuoted(found[i]?.start ?? d.start) ? null : d));
    // A saying or an interview dated after its article was written: "explicó que el canciller viajará la próxima
    // semana" told the plan that day (the verb keeps no date of its own, so it is dated as reported); "is expected to
    // address it at her Monday morning press conference" is the plan itself (a noun, or a trigger after a future cue, is no event).
    const writtenOn = fallbackDate(doc, sentence.story).start;
    const later = found.map((t, i) => writtenOn !== null && (SAYING.has(t.trigger.type) || t.trigger.type === 'interview') && (tiedAll[i]?.value.start ?? '') > writtenOn);
    const plans = found.map((t, i) => later[i] === true && (t.trigger.noun === true || isFutureClause(doc.text.slice(sentence.start, t.start))));
    const allTied = later.includes(true) ? tiedAll.flatMap((d, i) => (plans[i] ? [] : [later[i] ? null : d])) : tiedAll;
    if (plans.includes(true)) {
      found = found.filter((_, i) => !plans[i]);
      if (found.length === 0) return;
    }
    // An undated noun after another trigger is its object ("condemned the operation", "said the
    // tariffs…"): the verb decides what happened.
    const asVerb = found.map((t, i) => {
      if (allTied[i] !== null) return true;
      if (t.trigger.dated === true) return false;
      // "condemned the operation that captured X": the relative clause describes the object.
      const nounLike = t.trigger.noun === true || RELATIVE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 12), t.start));
      // Also when another happening of the sentence is dated: the undated noun is background to it.
      return !nounLike || !found.some((o, j) => j !== i && o.trigger.type !== t.trigger.type && ((!o.trigger.noun && o.start < t.start) || (t.trigger.noun === true && allTied[j] != null)));
    });
    const heads = found.filter((_, i) => asVerb[i]);
    const inTurn = spokenLine(doc.text, block);
    const headTied = allTied.filter((_, i) => asVerb[i]);
    const specific = heads.some((t) => t.trigger.type !== 'statement');
    const happening = heads.some((t) => t.trigger.type !== 'statement' && t.trigger.type !== 'interview');
    // "X sent 29 prisoners, and Y has said…": a speech verb in a clause of its own is its own event.
    const ownClause = (t: TriggerMatch): boolean =>
      heads.every((o) => o.trigger.type === 'statement' || coordinated(doc.text, Math.min(o.end, t.end), Math.max(o.start, t.start)));
    const keep = heads.map((t, i) => {
      // "FENWICK: Let's start with the transfer.", "—Lo que ya ofreció: traslados de presos.": an undated happening noun
      // in a transcript's turn or a dialogue line is what the speaker talks about, not a happening the text tells.
      if (t.trigger.noun === true && headTied[i] == null && isQuoted(t.start) && inTurn) return false;
      // "X accused the government of hiding what was said in the call": an accusation, a demand, praise or
      // criticism is a happening of its own; only a generic speech verb (010) gives way to what it tells.
      if (t.trigger.type === 'statement') return !specific || t.trigger.cameo !== '010' || headTied[i] !== null || t.trigger.ownClause === true || ownClause(t);
      // "rejected the idea at her news conference": the conference is where, not what, unless dated.
      // An interview is given to someone: it is a happening of its own beside what was said in it.
      if (t.trigger.type === 'interview') return !happening || headTied[i] !== null || INTERVIEW_NOUN.test(doc.text.slice(t.start, t.end));
      return true;
    });
    // A bill's provision ("the report must describe (1) the transfers…") tells what would happen: only a happening
    // with a date of its own in it ("the cartels it designated on February 20, 2025") is one (provisions.ts).
    const provision = isProvision(doc.text.slice(sentence.start, sentence.end));
    heads.forEach((_, i) => {
      if (provision && headTied[i] == null) keep[i] = false;
    });
    const triggers = heads.filter((_, i) => keep[i]);
    const tied = headTied.filter((_, i) => keep[i]);
    const inSentence = mentionsOf.get(index) ?? [];
    const titleContext = { mentions: inSentence, nameOf };
    const unquoted = quotes.length ? inSentence.filter((m) => !isQuoted(m.start)) : inSentence;
    // Actors of an event: those named in its trigger's clause, else in its sentence. A name whose quoted
    // nickname is a clause break ('the Harbor Party's leader, Tomás "Tomi" Roe, said') ends in the clause: it is in it.
    const inClause = (t: TriggerMatch): ActorMention[] => {
      const pool = isQuoted(t.start) ? inSentence : unquoted;
      const [from, to] = clauseAround(doc.text, sentence.start, sentence.end, t.start, t.end);
      const local = pool.filter((m) => m.end > from && m.end <= to);
      return local.length ? local : pool;
    };
    // A name after "from"/"in" after the trigger is a place or an origin ("six groups from X"), not a participant.
    const isPlace = (m: ActorMention, t: TriggerMatch): boolean =>
      m.start > t.end && PLACE_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 12), m.start));
    const actorsOf = (t: TriggerMatch): ActorId[] => {
      // "discuss the Jan. 12 call between X and Y", "la llamada entre X y Y": the two sides the noun names take part,
      // not who talks about it.
      const rest = doc.text.slice(t.end, sentence.end);
      const sidesEnd = BETWEEN_WORD.test(doc.text.slice(t.start, t.end)) ? SIDES.exec(rest)?.[0].length : BETWEEN_AFTER.exec(rest)?.[0].length;
      if (sidesEnd !== undefined) {
        const sides = unquoted.filter((m) => m.start >= t.end && m.end <= t.end + sidesEnd);
        if (new Set(sides.map((m) => m.actor)).size >= 2) return [...new Set(sides.map((m) => m.actor))];
      }
      const all = inClause(t);
      const taking = all.filter((m) => !isPlace(m, t));
      return [...new Set((taking.length ? taking : all).map((m) => m.actor))];
    };
    const subjectOf = (t: TriggerMatch): ActorId | null => {
      const near = inClause(t);
      return near.filter((m) => m.end <= t.start).pop()?.actor ?? near.find((m) => m.start >= t.end)?.actor ?? null;
    };

    // "after the capture of Ivo Brask": a capture told in passing still cites the happening (happening-targets.ts).
    for (const { t, targets } of toldInPassing(doc.text, sentence.end, found.filter((_, i) => !asVerb[i]), inSentence)) {
      background.push({
        type: t.trigger.type,
        cameo: t.trigger.cameo,
        title: nounPhraseTitle(doc.text, sentence.end, t.start, null),
        date: fallbackDate(doc, sentence.story),
        actors: targets,
        targets,
        background: true,
        ...placeOf(sentence, index, t),
        ownDate: false,
        subject: null,
      });
    }

    const local: EventDraft[] = [];
    triggers.forEach((t, i) => {
      // "visited X on May 2, where both agreed to…": what happened there happened that day.
      const mention =
        tied[i] ??
        tied.find((d, j) => j < i && d !== null && d.value.start !== null && WHERE.test(doc.text.slice(triggers[j]?.end ?? t.start, t.start))) ??
        (SAYING.has(t.trigger.type) && dates.length === 0
          ? carriedDay({
              text: doc.text,
              sentence,
              previous: doc.sentences[index - 1],
              previousDates: datesOf.get(index - 1) ?? [],
              previousMentions: mentionsOf.get(index - 1) ?? [],
              subject: inClause(t).filter((m) => m.end <= t.start).pop(),
            })
          : null);
      // A carried day dates the saying but does not make it a happening of its own (it still joins its speaker's interview).
      const own = mention !== null && mention.value.start !== null && mention.sentence === index;
      const date: DateValue = mention
        ? mention.value.start === null
          ? { ...mention.value, precision: 'unknown' }
          : startsSpan(doc.text, sentence.start, t, mention)
            ? pointOf(mention.value)
            : mention.value
        : fallbackDate(doc, sentence.story);
      const clause = clauseAround(doc.text, sentence.start, sentence.end, t.start, t.end)[0];
      const sameType = local.find(
        (e) =>
          e.type === t.trigger.type &&
          clauseAround(doc.text, sentence.start, sentence.end, e.trigger[0], e.trigger[1])[0] === clause &&
          (!own || !e.ownDate || sameDate(e.date, date)),
      );
      const targets = targetsOf(doc.text, sentence.end, t, inSentence);
      if (sameType) {
        sameType.actors = union(sameType.actors, actorsOf(t));
        if (targets.length > 0) sameType.targets = union(sameType.targets ?? [], targets);
        // "the capture … in an operation on January 3": one event, the dated trigger wins.
        if (own && !sameType.ownDate) {
          sameType.date = date;
          sameType.ownDate = true;
          sameType.cameo = t.trigger.cameo;
          sameType.title = eventTitle(doc.text, sentence.start, sentence.end, t.start, t.end, titleContext);
          sameType.trigger = [t.start, t.end];
        }
        return;
      }
      // "…, who is accused in the 1985 killing of Y": a dated noun inside another event's clause is titled by its own phrase.
      const embedded = own && t.trigger.noun === true && t.trigger.type !== 'policy' && found.some((o) => o.start < t.start) && NOUN_PHRASE_AFTER.test(doc.text.slice(t.end, sentence.end));
      const dateBefore = mention !== null && mention.end <= t.start && /^\s{1,2}$/u.test(doc.text.slice(mention.end, t.start)) ? mention.start : null;
      local.push({
        type: t.trigger.type,
        cameo: t.trigger.cameo,
        title: embedded ? nounPhraseTitle(doc.text, sentence.end, t.start, dateBefore) : eventTitle(doc.text, sentence.start, sentence.end, t.start, t.end, titleContext),
        date,
        actors: actorsOf(t),
        ...(targets.length > 0 ? { targets } : {}),
        ...placeOf(sentence, index, t),
        ownDate: own,
        subject: subjectOf(t),
        ...(inClause(t).some((m) => m.end <= t.start) ? {} : { unnamed: true }),
        present: [...new Set(inSentence.map((m) => m.actor))],
        refersBack: !own && DEFINITE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 8), t.start)),
        datesBack: own && ONE_OFF.has(t.trigger.type) && DEFINITE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 8), t.start)),
        ...(t.trigger.type === 'statement' && WRITTEN.test(doc.text.slice(...clauseAround(doc.text, sentence.start, sentence.end, t.start, t.end))) ? { written: true } : {}),
        heldBy: [...new Set(inClause(t).filter((m) => !HELD_AT_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 12), m.start))).map((m) => m.actor))],
      });
    });
    // "sent 29 last February and 26 more in August", "en febrero y agosto de 2025": each date of a list is a happening of its own.
    // A list runs on: "29 on Feb. 27, 2025, 26 more on Aug. 12, 2025, and 37 on Jan. 20".
    for (const e of [...local]) {
      const i = triggers.findIndex((x) => x.start === e.trigger[0]);
      for (let mention = tied[i]; mention && mention.value.start !== null; ) {
        const from: DateMention = mention;
        const next = dates.find((d) => d.start >= from.end && d.value.start !== null && !tied.includes(d) && LIST_GAP.test(doc.text.slice(from.end, d.start)));
        if (next && !local.some((k) => k.type === e.type && sameDate(k.date, next.value))) local.push({ ...e, date: next.value, actors: [...e.actors], sentences: [...e.sentences] });
        mention = next;
      }
    }
    // A recap entry that names no one ("- Aug. 12, 2030: A second transfer sends 26 more north.") goes on with the
    // happening of its kind the list told before, so it takes that one's actors.
    for (const e of local) {
      const i = triggers.findIndex((x) => x.start === e.trigger[0]);
      const mention = tied[i];
      if (e.actors.length > 0 || !e.ownDate || !mention || !opensRecapEntry(doc.text, sentence.start, mention)) continue;
      const before = drafts.findLast((k) => k.story === e.story && k.type === e.type && k.actors.length > 0 && k.ownDate);
      if (before) e.actors = [...before.actors];
    }
    // "A man prosecutors describe as … pleaded not guilty Tuesday." then "Ivo Brask, 47, appeared…": the lede's happenings are his.
    const identified = identifiedAfterLede(doc.text, doc.sentences, index, ledes.has(index), mentionsOf.get(index + 1) ?? []);
    if (identified !== null) for (const e of local) e.actors = union([identified], e.actors);
    // "The leaders spoke on Thursday": the leaders are those of the story's call told just before.
    for (const e of local) {
      const t = triggers.find((x) => x.start === e.trigger[0]);
      if (!t?.trigger.plural) continue;
      const before = drafts.findLast((k) => k.story === e.story && k.type === e.type && index - k.sentence <= 3);
      if (before) e.actors = union(before.actors, e.actors);
    }
    // "a follow-up to their February 24 talk", "su llamada del 17 de enero": theirs are those of the happening told just before.
    for (const e of local) {
      if (e.actors.length > 0 || e.type === 'statement' || !POSSESSIVE_BEFORE.test(doc.text.slice(Math.max(sentence.start, e.trigger[0] - 40), e.trigger[0]))) continue;
      const before = local.findLast((k) => k.trigger[0] < e.trigger[0] && k.actors.length > 0) ?? drafts.findLast((k) => k.story === e.story && k.actors.length > 0 && index - k.sentence <= 3);
      if (before) e.actors = [...before.actors];
    }
    // '"…," the person said', "has said again and again": when the sentence's only speakers are unnamed sources or
    // refrains, its undated statements are no happening.
    const speech = triggers.filter((t) => t.trigger.type === 'statement');
    const namedBefore = (t: TriggerMatch): boolean => inClause(t).some((m) => m.end <= t.start);
    const unsourced = speech.map((t) => unsourcedSpeech(doc.text, sentence.start, sentence.end, t.start, t.end, namedBefore(t)));
    const unsaid = unsourced.some(Boolean) && !speech.some((t, i) => !unsourced[i] && namedBefore(t));
    drafts.push(...withDistinctTitles(unsaid ? local.filter((e) => e.ownDate || e.type !== 'statement') : local));
  });
  // "…," said Jane Roe, an analyst at the Harbor Institute: commentary on the news, not a happening of it.
  const collapsed = collapseWithinStories(drafts);
  return [...collapsed.filter(commentaryFilter(doc.text, doc.sentences, mentions, collapsed)), ...background];
}

/**
 * Two events of one type in one sentence with the same title and date cannot be
 * told apart by a reader (and would share an id): they are one event.
 */
function withDistinctTitles(local: EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of local) {
    const twin = out.find((k) => k.type === d.type && k.title === d.title && sameDate(k.date, d.date));
    if (!twin) out.push(d);
    else twin.actors = union(twin.actors, d.actors);
  }
  return out;
}

/**
 * The words a document names each actor with, for a title that opens with a pronoun: its first
 * surname mention ("Ruiz"), else its shortest capitalised name or alias ("Ana Ruiz", "AMLO").
 */
function namesIn(text: string, mentions: readonly ActorMention[]): (actor: ActorId) => string | null {
  const names = new Map<ActorId, { words: string; surname: boolean }>();
  for (const m of mentions) {
    if (m.via === 'pronoun') continue;
    const words = text.slice(m.start, m.end);
    if (!/^\p{Lu}/u.test(words) || words.length < 3) continue;
    const known = names.get(m.actor);
    const surname = m.via === 'surname';
    if (known && (known.surname || (!surname && known.words.length <= words.length))) continue;
    names.set(m.actor, { words, surname });
  }
  return (actor) => names.get(actor)?.words ?? null;
}

