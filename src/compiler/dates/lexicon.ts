/**
 * Month and weekday names, and the relative expressions (yesterday, this week,
 * el año pasado…) the date stage resolves itself, in English and Spanish.
 * chrono-node handles month-name dates well but guesses a day for weekdays and
 * "this week" and has little Spanish relative vocabulary, so these are ours.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
};

export const EN_MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
export const ES_MONTH_PATTERN =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 7,
};

/** `weekend`: a Saturday and Sunday (offset -1 the last one before publication). */
export type RelativeUnit = 'day' | 'week' | 'weekend' | 'month' | 'year';

export interface RelativeRule {
  /** Lower-case words one of which must be in the text before the pattern is tried. */
  hints: readonly string[];
  pattern: RegExp;
  unit: RelativeUnit;
  /** Periods from the publication period: -1 = the previous one. */
  offset: number;
}

const b = (source: string, flags = 'giu'): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);

const PART_EN = '(?:(?:at|in|since|by|until|through) )?(?:the )?(?:beginning|start|end|middle|first half|second half|early part|spring|summer|fall|autumn|winter) of ';
const PART_ES = '(?:(?:a|en|desde|hasta) )?(?:principios|comienzos|inicios|finales|fines|mediados|el inicio|el comienzo|el final|la primera mitad|la segunda mitad) (?:de|del) ';

export const RELATIVE_RULES: readonly RelativeRule[] = [
  { pattern: b('the day before yesterday|anteayer|antier'), unit: 'day', offset: -2, hints: ['yesterday', 'anteayer', 'antier'] },
  { pattern: b('yesterday|ayer'), unit: 'day', offset: -1, hints: ['yesterday', 'ayer'] },
  { pattern: b('today|tonight|this morning|this afternoon|this evening|hoy(?! en d[íi]a| d[íi]a)|esta ma[ñn]ana|esta tarde|esta noche'), unit: 'day', offset: 0, hints: ['today', 'tonight', 'this ', 'hoy', 'esta '] },
  { pattern: b('tomorrow'), unit: 'day', offset: 1, hints: ['tomorrow'] },
  { pattern: b('(?:earlier |later )?this week|(?:earlier |later )?this past week|esta semana|en la semana actual'), unit: 'week', offset: 0, hints: ['week', 'semana'] },
  { pattern: b('last week|the previous week|la semana pasada|la pasada semana|la semana anterior'), unit: 'week', offset: -1, hints: ['week', 'semana'] },
  // "over the weekend", "durante el fin de semana pasado": the Saturday and Sunday just before (or, in a future clause, after).
  { pattern: b('over the weekend|during the weekend|(?:this |the )?past weekend|last weekend|(?:durante |en )?el (?:pasado )?fin de semana(?: pasado)?'), unit: 'weekend', offset: -1, hints: ['weekend', 'fin de semana'] },
  { pattern: b('next week|la (?:pr[óo]xima|siguiente) semana|la semana (?:pr[óo]xima|que viene|entrante)'), unit: 'week', offset: 1, hints: ['week', 'semana'] },
  { pattern: b('(?:earlier |later )?this month|este mes|el presente mes|(?:a principios|a finales|a mediados) de este mes'), unit: 'month', offset: 0, hints: ['month', 'mes'] },
  { pattern: b('last month|the previous month|el mes pasado|el pasado mes|el mes anterior'), unit: 'month', offset: -1, hints: ['month', 'mes'] },
  { pattern: b('next month|el (?:pr[óo]ximo|siguiente) mes|el mes (?:pr[óo]ximo|que viene|entrante)'), unit: 'month', offset: 1, hints: ['month', 'mes'] },
  {
    pattern: b(`(?:${PART_EN})?last year|the previous year|(?:${PART_ES})?(?:el )?año pasado|(?:${PART_ES})?el pasado año|el año anterior`),
    unit: 'year',
    offset: -1, hints: ['year', 'año'],
  },
  {
    pattern: b(
      `(?:earlier |later |so far |(?:${PART_EN}))?this year|(?:${PART_ES})?(?:este|el presente) año|en lo que va (?:del|de este) año|(?:a|desde|hasta) (?:principios|comienzos|inicios|mediados) de año|(?:early|earlier|later) in the year|at the (?:start|beginning) of the year`,
    ),
    unit: 'year',
    offset: 0, hints: ['year', 'año'],
  },
  { pattern: b('next year|el (?:pr[óo]ximo|siguiente) año|el año (?:pr[óo]ximo|que viene|entrante)'), unit: 'year', offset: 1, hints: ['year', 'año'] },
];

/**
 * Whether a lower-cased sentence may hold a date expression at all; others are not
 * scanned. Plain substrings ("mes" also matches "times"): a false hit only costs a scan.
 */
export const DATE_SCAN_HINT: RegExp =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|day|lunes|martes|rcoles|jueves|viernes|bado|domingo|yesterday|tonight|tomorrow|week|month|year|ayer|hoy|antier|semana|mes|año|mañana|tarde|noche|morning|that afternoon|same afternoon|evening|night|día|dia|entonces|at the time|said then|en aquel momento|en esa ocasi|vot|hearing|audiencia|debate|session|sesi/;

/** Whether chrono can find anything: a digit or a month name. */
export const CHRONO_HINT: RegExp = new RegExp(`\\d|(?<![\\p{L}])(?:${EN_MONTH_PATTERN}|${ES_MONTH_PATTERN})(?![\\p{L}])`, 'iu');

/** English weekdays are capitalised; Spanish ones are not. "los lunes" (every Monday) is not a date. */
export const WEEKDAY_PATTERN: RegExp = b(
  '(?:(?:[Ll]ast|[Tt]his past|[Tt]his coming|[Tt]his|[Nn]ext|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\'s)?(?: (?:morning|afternoon|evening|night))?' +
    '|(?:(?:[Ee]l|[Ee]ste|[Ee]l pasado|[Ee]l próximo|[Ee]ste pasado|[Dd]esde el|[Hh]asta el|[Pp]ara el) )?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)(?: (?:pasado|pr[óo]ximo|anterior))?',
  'gu',
);

/** Words before a date that put it in the future (will, next, se reunirá…). */
const FUTURE_WORDS =
  /(?<![\p{L}])(?:will|won't|would|shall|going to|promises?|vows?|pledges?|threatens?|intends? to|aims? to|promete|prometen|se compromete|amenaza con|scheduled|expected to|set to|set for|slated|to be held|plans? to|planned|planning|upcoming|next|due to|due on|due by|deadline|is to|are to|ser[áa]n?|habr[áa]n?|va a|van a|vamos a|pr[óo]xim[oa]s?|programad[oa]s?|previst[oa]s?|planea)(?![\p{L}])/iu;
/** A Spanish future-tense verb (reunirá, votarán); case-sensitive, so a surname like "Ferrán" is not one. */
const FUTURE_VERB = /(?<![\p{L}])\p{Ll}{2,}(?:rá|rán)(?![\p{L}])/u;

export function hasFutureCue(text: string): boolean {
  return FUTURE_WORDS.test(text) || FUTURE_VERB.test(text);
}

/**
 * A clause opened after the last future cue by "after"/"when"/"tras"/"cuando" with a verb in the
 * past: "to avoid becoming the next target after US forces seized him on Jan 3", "amenaza con
 * aranceles tras la reunión que celebraron el 3 de enero". What it dates is past, whatever came before.
 */
const PAST_CLAUSE =
  /(?<![\p{L}])(?:after|when|since|because|once|tras|cuando|después de que|luego de que|porque|desde que)\s(?:[\p{L}.'’-]+\s){0,6}?(?:\p{Ll}{3,}ed|said|told|met|sent|took|spoke|held|led|made|gave|went|came|began|won|lost|left|fled|struck|\p{Ll}{3,}(?:ó|aron|ieron))(?![\p{L}])/u;
const FUTURE_WORDS_ALL = new RegExp(FUTURE_WORDS.source, 'giu');
const FUTURE_VERB_ALL = new RegExp(FUTURE_VERB.source, 'gu');

/** "set a status conference for April 2", "fijó la audiencia para el 2 de abril": the day a plan is for, not the day it was made. */
const SCHEDULED_FOR =
  /(?<![\p{L}])(?:set|sets|scheduled|schedules|slated|fixed|fij[óo]|fijaron|program[óo]|programaron|agend[óo]|agendaron)\s(?:[\p{L}\p{N}'’-]+\s){0,5}(?:for|para(?:\s+el)?)\s+$/iu;

export function isScheduledFor(before: string): boolean {
  return SCHEDULED_FOR.test(before);
}

/** Whether the words before a date (its clause) put it in the future: a cue not followed by a past clause. */
export function isFutureClause(clause: string): boolean {
  if (isScheduledFor(clause)) return true;
  let last = -1;
  for (const m of clause.matchAll(FUTURE_WORDS_ALL)) last = m.index + m[0].length;
  for (const m of clause.matchAll(FUTURE_VERB_ALL)) last = Math.max(last, m.index + m[0].length);
  return last !== -1 && !PAST_CLAUSE.test(clause.slice(last));
}

/**
 * Whether the words right after a date put it in the future: a Spanish future verb
 * or "will" as the next word or two ("el jueves recibirá", "on Friday will meet").
 */
export function hasFollowingFutureCue(after: string): boolean {
  const clause = /^[^,;:.!?"“”«»—–]{0,40}/u.exec(after)?.[0] ?? '';
  const firstWords = clause.trim().split(/\s+/u).slice(0, 2).join(' ');
  return /^(?:will|se|lo|la|los|las|le|les)?\s*\p{Ll}{2,}(?:rá|rán)(?![\p{L}])/u.test(firstWords) || /^will(?![\p{L}])/u.test(firstWords);
}

/** Prefix words inside a weekday mention that fix its direction. */
export function weekdayDirection(mentionText: string): 'past' | 'future' | null {
  const lower = mentionText.toLowerCase();
  if (/\b(?:last|this past|pasado|anterior|since|desde)\b/u.test(lower) || lower.includes('pasado')) return 'past';
  if (/\b(?:next|this coming|until|by)\b/u.test(lower) || /pr[óo]ximo/u.test(lower) || lower.includes('hasta')) return 'future';
  return null;
}
