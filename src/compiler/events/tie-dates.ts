/**
 * Which date mention of a sentence dates which trigger. Each mention goes to the
 * nearest trigger of its clause, counting the characters between them (a comma
 * costs more, a semicolon, colon, dash or quotation mark breaks the clause); a
 * date before its trigger costs a little more, unless it opens the sentence. A
 * mention that a relative clause, "since" or a coordinated clause sets apart
 * dates no trigger: the event then has no date of its own rather than a wrong one.
 */
import { isScheduledFor } from '../dates/lexicon';
import { maskQuotedTitles } from '../dates/quoted-titles';
import type { DateMention } from '../model';
import type { TriggerMatch } from './find-triggers';

/** Characters of gap a comma costs when tying a date to a trigger. */
const COMMA_COST = 15;
const MAX_GAP = 120;
const BEFORE_COST = 1.5;
/** A dash joining two words ("the United States–Norvia talks", "2030–31") is a compound's, no break. */
const HARD_BREAK = /[;:()"“”«»]|(?<![\p{L}\p{N}])[—–]|[—–](?![\p{L}\p{N}])|\s-\s/u;
/** A noun event's phrase goes on past its noun ("killing of X", "traslado de 26", "killing a deputy"). */
export const NOUN_PHRASE_AFTER = /^\s+(?:of|de|del|a|an)\s+[\p{L}\p{N}]+\s+[\p{L}\p{N}"“]/iu;
/** "the third transfer since February", "reported … since February": a span counted up to now, not the noun's or the saying's own date. */
export const SAYING = new Set(['statement', 'report']);
const SINCE_JUST_BEFORE = /(?<![\p{L}])(?:since|desde(?:\s+(?:el|la|los|las))?)\s+$/iu;
const SINCE_OPENS = /^(?:ever\s+)?(?:since|desde)\s/iu;
/** "since last Thursday, when X told Fox News": the clause after "when" tells what happened that day. */
const WHEN_AFTER = /^\s*,?\s*(?:when|cuando)\s/iu;
/*
 * A stretch's first day dates the state that runs from it ("troops deployed since February", "la guerra desde
 * septiembre"), never a saying ("praised the units that have rotated there since last year"), a counted noun ("the
 * third transfer since February") or a happening told after it ("Under the mechanism used since last year,
 * prisoners are handed over"): those get no date of their own rather than a wrong one. A "when" clause after
 * the date tells what happened that day ("since last Thursday, when X told Fox News").
 */
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which|quien|quienes|cuyo|cuya|el cual|la cual)\s/iu;
const SINCE_BEFORE = /(?<![\p{L}])(?:since|desde(?: que)?)\s[^,;.]{0,50}$/iu;

/** "—entre ellos X, fundador de Y—": an aside between two dashes, skipped whole. */
const DASH_ASIDE = /\s?[\u2014\u2013][^\u2014\u2013;:.()]{1,160}[\u2014\u2013]\s?/gu;
/** "10,000 troops": a comma between digits separates thousands, not clauses. */
const DIGIT_COMMA = /(?<=\d),(?=\d{3})/gu;
/** "…, most recently 37 on Jan. 20, and has deployed…": a date before ", and" belongs to the clause it ends. */
const COORDINATION = /,\s+(?:and|but|y|pero)\s/iu;
/**
 * A date that opens its sentence ("On Wednesday the secretary, X, visiting…, said"), after at most a
 * time adverbial ("Un día antes, el 15 de enero, …"), dates the sentence's first happening.
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
const RECAP_DASH = /^\*{0,2}\s*(?:[—–:]|\s-)\*{0,2}\s/u;

/**
 * "spoke on March 2, days after the capture of X", "ocurrió el 2 de marzo, días después de la
 * captura": a noun set after or before by "after"/"tras" is dated by the happening it is set against.
 */
const SET_AFTER = /(?<![\p{L}])(?:[Aa]fter|[Bb]efore|[Tt]ras|[Dd]espu[eé]s\s+de|[Aa]ntes\s+de)\s+(?:(?:the|la|el|los|las|a|an|una?|su|sus|his|her|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** "* Aug. 12, 2030 - A second transfer sends 26 north": a date that opens its recap entry, a dash or colon after it. */
export function opensRecapEntry(text: string, sentenceStart: number, date: DateMention): boolean {
  const lead = text.slice(sentenceStart, date.start);
  return RECAP_LEAD.test(lead.slice(lead.lastIndexOf('\n') + 1)) && RECAP_DASH.test(text.slice(date.end, date.end + 6));
}

/** The cost of a date before its trigger. */
function costBefore(text: string, sentenceStart: number, date: DateMention, t: TriggerMatch): number {
  // The date of a recap entry is the entry's, whatever punctuation follows its dash.
  if (opensRecapEntry(text, sentenceStart, date)) return (t.start - date.end) * OPENER_COST;
  const gap = text.slice(date.end, t.start);
  if (COORDINATION.test(gap) || (t.trigger.noun === true && SET_AFTER.test(gap))) return Infinity;
  const cost = gapCost(text, date.end, t.start);
  if (OPENER.test(text.slice(sentenceStart, date.start).replace(DATELINE_LEAD, ''))) return Math.min(cost * BEFORE_COST, gap.replace(/,/gu, '').length * OPENER_COST);
  return cost * BEFORE_COST;
}

/** Between two dates of one list: ", and", "y", "and 26 more in", "y otros 26 en". */
export const LIST_GAP =
  /^\s*,?\s*(?:(?:and|y|e)\s+(?:(?:another|otr[oa]s)\s+)?(?:\d[\d,.]*\s+(?:more\s+|m[áa]s\s+)?)?|(?:another|otr[oa]s)\s+\d[\d,.]*\s+(?:more\s+|m[áa]s\s+)?|\d[\d,.]*\s+(?:more|m[áa]s)\s+)(?:in|on|en|el)?\s*$/iu;

/**
 * "the second call this year", "la tercera entrega en lo que va del año": a count over a span (a month
 * or a year), which does not date the happening; "their second call, on Thursday" still does.
 */
const ORDINAL_BEFORE = /(?<![\p{L}])(?:second|third|fourth|fifth|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa])\s+(?:such\s+|mass\s+|masiv[oa]\s+)?$/iu;

/** "spoke by phone for the second time this month", "por segunda vez este mes": the span the count runs over, not the happening's day. */
const ORDINAL_TIME_BEFORE = /(?<![\p{L}])(?:second|third|fourth|fifth|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa])\s+(?:time|vez)\s+(?:(?:in|en|de|del)\s+)?$/iu;

/** The span of such a count leaves the trigger to a day the sentence also gives ("On Thursday … for the second time this month"). */
function countSpan(text: string, sentenceStart: number, date: DateMention, dates: readonly DateMention[]): boolean {
  if (date.value.precision === 'day' || !ORDINAL_TIME_BEFORE.test(text.slice(Math.max(sentenceStart, date.start - 40), date.start))) return false;
  return dates.some((o) => o !== date && o.value.precision === 'day' && o.value.start !== null);
}

/** "condemned the raid", "rechazó la propuesta": the object of a verb that acts on it (not a generic "said"). */
const OBJECT_GAP = /^\s+(?:the|this|that|la|el|los|las|esa|ese)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}$/u;

/** A noun that a verb before it acts on: a date after it dates the verb ("condemned the raid on Saturday"). */
function isDirectObject(text: string, triggers: readonly TriggerMatch[], t: TriggerMatch): boolean {
  // "celebró la captura de Ivo Brask el 8 de enero": a phrase that goes on past its noun keeps its own date.
  if (t.trigger.noun !== true || NOUN_PHRASE_AFTER.test(text.slice(t.end, t.end + 80))) return false;
  return triggers.some((o) => o.end <= t.start && o.trigger.noun !== true && o.trigger.cameo !== '010' && o.trigger.type !== t.trigger.type && OBJECT_GAP.test(text.slice(o.end, t.start)));
}

/**
 * "must complete the review by July", "restore service by Friday", "estará vigente hasta el 9 de marzo",
 * "kept under seal until last week": a deadline or the end of a span, not the day anything happened.
 */
const DEADLINE = '(?:by|until|till|no later than|hasta|a m[áa]s tardar)\\s+(?:(?:the|el|la)\\s+)?(?:(?:end|middle|fin|finales|mediados)\\s+(?:of|de)\\s+)?';
const DEADLINE_BEFORE = new RegExp(`(?<![\\p{L}])${DEADLINE}$`, 'iu');
/** The date mention may hold its preposition ("by Friday"). */
const DEADLINE_OPENS = new RegExp(`^${DEADLINE}`, 'iu');

/** Each date mention goes to the nearest trigger in its clause; each trigger keeps its nearest date. */
export function tieDates(text: string, sentenceStart: number, triggers: TriggerMatch[], dates: DateMention[]): (DateMention | null)[] {
  const best: { date: DateMention; cost: number }[] = [];
  for (const date of dates) {
    if (DEADLINE_OPENS.test(text.slice(date.start, date.end)) || DEADLINE_BEFORE.test(text.slice(Math.max(sentenceStart, date.start - 24), date.start))) continue;
    // "set a status conference for April 2": the day planned for, not the day of the setting.
    if (isScheduledFor(text.slice(Math.max(sentenceStart, date.start - 80), date.start))) continue;
    if (countSpan(text, sentenceStart, date, dates)) continue;
    // "since last year", "desde febrero": the day a stretch began (see SINCE_OPENS).
    const since = SINCE_OPENS.test(text.slice(date.start, date.end)) || SINCE_JUST_BEFORE.test(text.slice(Math.max(sentenceStart, date.start - 16), date.start));
    let bestIndex = -1;
    let bestCost = MAX_GAP;
    triggers.forEach((t, i) => {
      const from = t.dateFrom ?? t.end;
      if (t.start - date.end > MAX_GAP / OPENER_COST || date.start - from > MAX_GAP) return;
      if (date.start >= t.end && (isDirectObject(text, triggers, t) || (date.value.precision !== 'day' && ORDINAL_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))))) return;
      // Dates mostly follow their trigger ("a call on May 2"): one before it costs a little more.
      // "extradited Ivo Brask, who fled in 2019": a date in a relative clause after the trigger tells of someone else.
      const cost =
        since && (date.end <= t.start || t.trigger.noun === true || SAYING.has(t.trigger.type)) && !(t.start >= date.end && WHEN_AFTER.test(text.slice(date.end, t.start)))
          ? Infinity
          : date.end <= t.start
          ? costBefore(text, sentenceStart, date, t)
          : RELATIVE_CLAUSE.test(text.slice(t.end, date.start))
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
export function startsSpan(text: string, from: number, t: TriggerMatch, mention: DateMention): boolean {
  if (mention.value.end === undefined || mention.start < t.end) return false;
  return SINCE_BEFORE.test(text.slice(Math.max(from, t.start - 60), t.start));
}

