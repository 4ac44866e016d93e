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
import { carriedDay } from './carried-day';
import { maskQuotedTitles } from '../dates/quoted-titles';
import type { ActorMention, CleanDocument, DateMention, ExtractedEvent, Sentence } from '../model';
import { clauseAround, eventTitle, nounPhraseTitle } from './event-title';
import { commentaryFilter } from './commentators';
import { findTriggers, type TriggerMatch } from './find-triggers';
import { targetsOf, toldInPassing } from './happening-targets';

const EXTRACTED_KINDS = new Set(['body', 'related']);
/** Characters of gap a comma costs when tying a date to a trigger. */
const COMMA_COST = 15;
const MAX_GAP = 120;
const BEFORE_COST = 1.5;
const MAX_SENTENCE = 5000;
const HARD_BREAK = /[;:—–()"“”«»]|\s-\s/u;
/** A relative clause set at an earlier event's place or time (linear: no nested repeats). */
const WHERE = /^[^;:.]{0,80}?,\s*(?:where|during which|at which|donde|en (?:la|el) que|durante la cual)\s[^,;]{0,80}$/iu;
const DEFINITE_BEFORE = /(?<![\p{L}])(?:the|that|this|la|el|esa|ese|dicha|dicho)\s+$/iu;
const PLACE_BEFORE = /(?<![\p{L}])(?:from|in|inside|within|across|desde|en|dentro de)\s+$/iu;
const HELD_AT_BEFORE = /(?<![\p{L}])(?:at|in|en)\s+(?:the\s+|la\s+|el\s+)?$/iu;
/** A coordinated clause with a named subject: ", and Ana Ruiz …", "; pero el fiscal …". */
const NEW_CLAUSE = /[,;]\s+(?:and|but|while|whereas|y|pero|mientras)\s+(?:the\s+|el\s+|la\s+)?\p{Lu}/u;
/** "the third transfer since February", "reported … since February": a span counted up to now, not the noun's or the saying's own date. */
const SAYING = new Set(['statement', 'report']);
const SINCE_JUST_BEFORE = /(?<![\p{L}])(?:since|desde)\s+$/iu;
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which|quien|quienes|cuyo|cuya|el cual|la cual)\s/iu;
const RELATIVE_BEFORE = /(?<![\p{L}])(?:that|which|que)\s+$/iu;
const SINCE_BEFORE = /(?<![\p{L}])(?:since|desde(?: que)?)\s[^,;.]{0,50}$/iu;
/** A noun event's phrase goes on past its noun ("killing of X", "traslado de 26", "killing a deputy"). */
const NOUN_PHRASE_AFTER = /^\s+(?:of|de|del|a|an)\s+[\p{L}\p{N}]+\s+[\p{L}\p{N}"“]/iu;
const INTERVIEW_NOUN = /interview|entrevist/iu;
/** "X, pictured at the palace on May 2, …", "(file photo)": a photo caption tells of the picture, no happening. */
const CAPTION = /(?<![\p{L}])(?:pictured|photographed|(?:file|archive) (?:photo|image)|foto de archivo|en la imagen)(?![\p{L}])/iu;
/** "What happens the day after a strike?", "¿Habrá ataques?": a question asks, it tells of no happening. */
const QUESTION = /\?["'’”»)]*\s*$/u;
/** "- Whether a fourth transfer is announced before July.": an open question in a list of things to watch. */
const OPEN_QUESTION = /^[\s*•·-]*(?:whether|if or when)\s/iu;
/** Happenings that occur once: two mentions on one day in one story are the same one. */
const ONE_OFF = new Set(['call', 'meeting', 'interview', 'military-operation', 'arrest-extradition', 'designation']);

/** An extracted event plus the sentences it was seen in (for linking quotes). */
export interface EventDraft extends ExtractedEvent {
  sentences: number[];
  story: number;
  /** The date came from a mention tied to the trigger (not a fallback). */
  ownDate: boolean;
  /** The actor named last before the trigger (else first after it): who acted. */
  subject: ActorId | null;
  /** Offsets of the trigger words ("phone call"), to tell apart events of one sentence. */
  trigger: [number, number];
  /** Everyone named in the event's sentences: a subject cut off by an aside still counts for collapsing. */
  present?: ActorId[];
  /** The trigger is a noun after a definite determiner ("the meeting"): it names one told before. */
  refersBack?: boolean;
  /** A dated "the interview took place Friday": it may date the one undated event of its kind told before. */
  datesBack?: boolean;
  /** Who a dating-back sentence names, leaving out the places it was held at ("at the Norvian embassy"). */
  heldBy?: ActorId[];
}

/** "—entre ellos X, fundador de Y—": an aside between two dashes, skipped whole. */
const DASH_ASIDE = /\s?[\u2014\u2013][^\u2014\u2013;:.()]{1,160}[\u2014\u2013]\s?/gu;
/** "10,000 troops": a comma between digits separates thousands, not clauses. */
const DIGIT_COMMA = /(?<=\d),(?=\d{3})/gu;
/** "…, most recently 37 on Jan. 20, and has deployed…": a date before ", and" belongs to the clause it ends. */
const COORDINATION = /,\s+(?:and|but|y|pero)\s/iu;
/**
 * A date that opens its sentence ("On Wednesday the secretary, X, visiting…, said"), after at most a
 * time adverbial ("Un día antes, el 13 de enero, …"), dates the sentence's first happening.
 */
const OPENER =
  /^[\s"'\u201c\u00ab]*(?:(?:(?:a|one|two|three|un|una|dos|tres)\s+(?:days?|weeks?|d[íi]as?|semanas?)\s+(?:earlier|later|before|antes|despu[ée]s)|earlier|later|meanwhile|mientras tanto)\s*,\s*)?(?:(?:on|in|at|by|last|early|late|el|la|este|esta|en|a|the)\s+){0,2}$/iu;
const OPENER_COST = 0.5;
/** "WASHINGTON – Today, …", "PORTVILLE, June 3 (Wire) — On Monday …": a dateline before a sentence's opening date. */
const DATELINE_LEAD = /^\s*\**\p{Lu}[\p{Lu}\s.,'’-]{1,40}\**\s*[–—-]\s*/u;
/** "Senator Ana Ruiz (D-NV), …": a party tag after a name is no break in its clause. */
const PARTY_TAG = /\(\s*[RDI]\s*[-–.]\s*[\p{Lu}][\p{L}.]{1,5}\s*\)/gu;

function gapCost(text: string, a: number, b: number): number {
  if (b < a) return gapCost(text, b, a);
  const gap = maskQuotedTitles(text.slice(a, b)).replace(DASH_ASIDE, ' ').replace(DIGIT_COMMA, '').replace(PARTY_TAG, ' ');
  if (HARD_BREAK.test(gap)) return Infinity;
  const commas = gap.split(',').length - 1;
  return gap.length + commas * COMMA_COST;
}

/** "* Aug. 12, 2030 - Norvia transfers…", "**Jan. 8** — In an interview…": a recap entry opens with its date and a dash or colon. */
const RECAP_LEAD = /^[\s*•·#>\-–—]*$/u;
const RECAP_DASH = /^\*{0,2}\s*(?:[—–:]|\s-)\s/u;

/**
 * "spoke on March 2, days after the capture of X", "ocurrió el 2 de marzo, días después de la
 * captura": a noun set after or before by "after"/"tras" is dated by the happening it is set against.
 */
const SET_AFTER = /(?<![\p{L}])(?:[Aa]fter|[Bb]efore|[Tt]ras|[Dd]espu[eé]s\s+de|[Aa]ntes\s+de)\s+(?:(?:the|la|el|los|las|a|an|una?|su|sus|his|her|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** The cost of a date before its trigger. */
function costBefore(text: string, sentenceStart: number, date: DateMention, t: TriggerMatch): number {
  // The date of a recap entry is the entry's, whatever punctuation follows its dash.
  const lead = text.slice(sentenceStart, date.start);
  if (RECAP_LEAD.test(lead.slice(lead.lastIndexOf('\n') + 1)) && RECAP_DASH.test(text.slice(date.end, date.end + 6))) return (t.start - date.end) * OPENER_COST;
  const gap = text.slice(date.end, t.start);
  if (COORDINATION.test(gap) || (t.trigger.noun === true && SET_AFTER.test(gap))) return Infinity;
  const cost = gapCost(text, date.end, t.start);
  if (OPENER.test(text.slice(sentenceStart, date.start).replace(DATELINE_LEAD, ''))) return Math.min(cost * BEFORE_COST, gap.replace(/,/gu, '').length * OPENER_COST);
  return cost * BEFORE_COST;
}

/** Between two dates of one list: ", and", "y", "and 26 more in", "y otros 26 en". */
const LIST_GAP =
  /^\s*,?\s*(?:(?:and|y|e)\s+(?:(?:another|otr[oa]s)\s+)?(?:\d[\d,.]*\s+(?:more\s+|m[áa]s\s+)?)?|(?:another|otr[oa]s)\s+\d[\d,.]*\s+(?:more\s+|m[áa]s\s+)?|\d[\d,.]*\s+(?:more|m[áa]s)\s+)(?:in|on|en|el)?\s*$/iu;

/**
 * "the second call this year", "la tercera entrega en lo que va del año": a count over a span (a month
 * or a year), which does not date the happening; "their second call, on Thursday" still does.
 */
const ORDINAL_BEFORE = /(?<![\p{L}])(?:second|third|fourth|fifth|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa])\s+(?:such\s+|mass\s+|masiv[oa]\s+)?$/iu;

/** "condemned the raid", "rechazó la propuesta": the object of a verb that acts on it (not a generic "said"). */
const OBJECT_GAP = /^\s+(?:the|this|that|la|el|los|las|esa|ese)\s+$/iu;

/** A noun that a verb before it acts on: a date after it dates the verb ("condemned the raid on Saturday"). */
function isDirectObject(text: string, triggers: readonly TriggerMatch[], t: TriggerMatch): boolean {
  // "celebró la captura de Ivo Brask el 3 de enero": a phrase that goes on past its noun keeps its own date.
  if (t.trigger.noun !== true || NOUN_PHRASE_AFTER.test(text.slice(t.end, t.end + 80))) return false;
  return triggers.some((o) => o.end <= t.start && o.trigger.noun !== true && o.trigger.cameo !== '010' && o.trigger.type !== t.trigger.type && OBJECT_GAP.test(text.slice(o.end, t.start)));
}

/** Each date mention goes to the nearest trigger in its clause; each trigger keeps its nearest date. */
function tieDates(text: string, sentenceStart: number, triggers: TriggerMatch[], dates: DateMention[]): (DateMention | null)[] {
  const best: { date: DateMention; cost: number }[] = [];
  for (const date of dates) {
    let bestIndex = -1;
    let bestCost = MAX_GAP;
    triggers.forEach((t, i) => {
      const from = t.dateFrom ?? t.end;
      if (t.start - date.end > MAX_GAP / OPENER_COST || date.start - from > MAX_GAP) return;
      if (date.start >= t.end && (isDirectObject(text, triggers, t) || (date.value.precision !== 'day' && ORDINAL_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))))) return;
      // Dates mostly follow their trigger ("a call on May 2"): one before it costs a little more.
      // "extradited Ivo Brask, who fled in 2019": a date in a relative clause after the trigger tells of someone else.
      const cost =
        date.end <= t.start
          ? costBefore(text, sentenceStart, date, t)
          : RELATIVE_CLAUSE.test(text.slice(t.end, date.start)) || ((t.trigger.noun === true || SAYING.has(t.trigger.type)) && SINCE_JUST_BEFORE.test(text.slice(Math.max(t.end, date.start - 8), date.start)))
            ? Infinity
            : gapCost(text, Math.min(from, date.start), date.start);
      if (cost < bestCost) {
        bestCost = cost;
        bestIndex = i;
      }
    });
    if (bestIndex === -1) continue;
    const current = best[bestIndex];
    if (!current || bestCost < current.cost) best[bestIndex] = { date, cost: bestCost };
  }
  return triggers.map((_, i) => best[i]?.date ?? null);
}

/**
 * "since she took office in October 2024": the span runs from the trigger's own happening, so
 * the trigger takes the span's first day, not the whole span.
 */
function startsSpan(text: string, from: number, t: TriggerMatch, mention: DateMention): boolean {
  if (mention.value.end === undefined || mention.start < t.end) return false;
  return SINCE_BEFORE.test(text.slice(Math.max(from, t.start - 60), t.start));
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

function fallbackDate(doc: CleanDocument, story: number): DateValue {
  const context = doc.stories.find((s) => s.story === story);
  const published = context ? context.published : story === 0 ? doc.published : null;
  if (published) return { start: formatDay(published), precision: 'day', basis: 'reported' };
  return { start: null, precision: 'unknown', basis: 'reported' };
}

function sameDate(a: DateValue, b: DateValue): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}

function overlaps<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
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

export function extractEvents(doc: CleanDocument, mentions: readonly ActorMention[]): EventDraft[] {
  const drafts: EventDraft[] = [];
  const seenSentences = new Set<string>();
  const datesOf = bySentence(doc.dates);
  const mentionsOf = bySentence(mentions);
  const nameOf = namesIn(doc.text, mentions);
  const background: EventDraft[] = [];
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
    const found = findTriggers(doc.text, sentence.start, sentence.end, dates);
    if (found.length === 0) return;
    // Dates are tied before generic speech verbs are dropped, so "X on Monday condemned the
    // operation" dates the condemnation, not the operation.
    const allTied = tieDates(doc.text, sentence.start, found, dates);
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
    const headTied = allTied.filter((_, i) => asVerb[i]);
    const specific = heads.some((t) => t.trigger.type !== 'statement');
    const happening = heads.some((t) => t.trigger.type !== 'statement' && t.trigger.type !== 'interview');
    // "X sent 29 prisoners, and Y has said…": a speech verb in a clause of its own is its own event.
    const ownClause = (t: TriggerMatch): boolean =>
      heads.every((o) => o.trigger.type === 'statement' || coordinated(doc.text, Math.min(o.end, t.end), Math.max(o.start, t.start)));
    const keep = heads.map((t, i) => {
      // "X accused the government of hiding what was said in the call": an accusation, a demand, praise or
      // criticism is a happening of its own; only a generic speech verb (010) gives way to what it tells.
      if (t.trigger.type === 'statement') return !specific || t.trigger.cameo !== '010' || headTied[i] !== null || t.trigger.ownClause === true || ownClause(t);
      // "rejected the idea at her news conference": the conference is where, not what, unless dated.
      // An interview is given to someone: it is a happening of its own beside what was said in it.
      if (t.trigger.type === 'interview') return !happening || headTied[i] !== null || INTERVIEW_NOUN.test(doc.text.slice(t.start, t.end));
      return true;
    });
    const triggers = heads.filter((_, i) => keep[i]);
    const tied = headTied.filter((_, i) => keep[i]);
    const inSentence = mentionsOf.get(index) ?? [];
    const titleContext = { mentions: inSentence, nameOf };
    // Actors of an event: those named in its trigger's clause, else in its sentence.
    const inClause = (t: TriggerMatch): ActorMention[] => {
      const [from, to] = clauseAround(doc.text, sentence.start, sentence.end, t.start, t.end);
      const local = inSentence.filter((m) => m.start >= from && m.end <= to);
      return local.length ? local : inSentence;
    };
    // A name after "from"/"in" after the trigger is a place or an origin ("six groups from X"), not a participant.
    const isPlace = (m: ActorMention, t: TriggerMatch): boolean =>
      m.start > t.end && PLACE_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 12), m.start));
    const actorsOf = (t: TriggerMatch): ActorId[] => {
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
        present: [...new Set(inSentence.map((m) => m.actor))],
        refersBack: !own && DEFINITE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 8), t.start)),
        datesBack: own && ONE_OFF.has(t.trigger.type) && DEFINITE_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 8), t.start)),
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
    // "The leaders spoke on Thursday": the leaders are those of the story's call told just before.
    for (const e of local) {
      const t = triggers.find((x) => x.start === e.trigger[0]);
      if (!t?.trigger.plural) continue;
      const before = drafts.findLast((k) => k.story === e.story && k.type === e.type && index - k.sentence <= 3);
      if (before) e.actors = union(before.actors, e.actors);
    }
    drafts.push(...withDistinctTitles(local));
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
function collapseWithinStories(drafts: EventDraft[]): EventDraft[] {
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
    const bucketKey = `${d.story}\u0000${d.type}`;
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
    const twin = bucket.find(
      (k) =>
        // "Ferrer later wrote that the meeting was…": the dated meeting told before, by one who took part.
        (!d.ownDate && d.refersBack === true && k.ownDate && ONE_OFF.has(d.type) && d.actors.some((a) => k.actors.includes(a))) ||
        (k.ownDate === d.ownDate &&
        // Dated: the same day names the same happening. Undated: only when the same actor acts.
        (d.ownDate ? sameDate(k.date, d.date) : k.subject === d.subject) &&
        // A dated one-off told twice in a story ("a January 19 interview") needs only someone named
        // in both sentences: the clause of one may have lost its subject to an aside.
        (overlaps(k.actors, d.actors) || (d.ownDate && d.date.precision === 'day' && ONE_OFF.has(d.type) && sharesSomeone(k, d)))),
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
    if (d.type !== 'statement' || d.ownDate) return true;
    const host = (buckets.get(`${d.story}\u0000interview`) ?? []).find((k) => d.subject !== null && k.actors.includes(d.subject));
    if (!host) return true;
    addSentences(host, d.sentences);
    host.actors = union(host.actors, d.actors);
    return false;
  });
}
