/**
 * Relative expressions resolved later against a publication date: "yesterday",
 * "this week", "el año pasado", "two days ago", "hace una semana", and weekdays.
 * chrono guesses days for these from its reference date, so they are found here
 * from the lexicon and never take a day without a real publication date.
 */
import { RELATIVE_RULES, WEEKDAYS, WEEKDAY_PATTERN, type RelativeUnit } from './lexicon';
import { add, type RawDate } from './raw-date';

const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, 'dieciséis': 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
};
/** The count words of one language, longest first so "seventeen" is not read as "seven". */
const countWords = (from: string, to: string): string => {
  const keys = Object.keys(COUNT_WORDS);
  return keys.slice(keys.indexOf(from), keys.indexOf(to) + 1).sort((a, b) => b.length - a.length).join('|');
};
const UNIT_WORDS: Readonly<Record<string, RelativeUnit>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  día: 'day', días: 'day', dia: 'day', dias: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month', año: 'year', años: 'year',
};
const EN_AGO = new RegExp(`(?<![\\p{L}\\p{N}])(${countWords('a', 'twenty')}|\\d{1,2}) (days?|weeks?|months?|years?) ago(?![\\p{L}])`, 'giu');
/** "hace una semana", "hace apenas cuatro días", "hace solo dos días": "just" may stand before the count ("casi", "almost", does not: that is no day). */
const ES_AGO = new RegExp(`(?<![\\p{L}])hace (?:(?:apenas|s[óo]lo|tan s[óo]lo) )?(${countWords('un', 'veinte')}|\\d{1,2}) (d[íi]as?|semanas?|mes|meses|años?)(?![\\p{L}])`, 'giu');

/** "two days ago", "hace una semana": n periods before the publication period. */
export function agoDates(text: string, offset: number, found: RawDate[]): void {
  for (const pattern of [EN_AGO, ES_AGO]) {
    for (const m of text.matchAll(pattern)) {
      const countWord = (m[1] ?? '').toLowerCase();
      const count = COUNT_WORDS[countWord] ?? Number(countWord);
      const unit = UNIT_WORDS[(m[2] ?? '').toLowerCase()];
      if (!unit || !Number.isFinite(count) || count < 1) continue;
      const start = offset + m.index;
      add(found, { start, end: start + m[0].length, text: m[0], kind: 'relative', unit, offset: -count });
    }
  }
}

/** "the same day", "ese mismo día": the day of the date before it in the paragraph. */
const SAME_DAY = /(?<![\p{L}])(?:(?:on |later )?(?:that|the) same day|later that day|(?:en )?(?:ese|el|aquel) mismo d[íi]a|ese mismo d[íi]a)(?![\p{L}])/giu;
/**
 * "The call came a day after Roe told…", "La llamada ocurrió un día después de
 * que…": a definite subject that was dated before, then the gap to the event named
 * after it, which is the one this mention dates.
 */
const GAP_AFTER =
  /(?<![\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|La|El|Esta|Este|Esa|Ese|(?:(?:But|And|Yet|Pero|Y|Sin embargo,) (?:la|el|esta|este|esa|ese))) ([\p{L}-]+)(?: [\p{L}-]+){0,2} (?:came|comes|was|happened|took place|occurred|ocurri[óo]|se produjo|se dio|fue|lleg[óo]|tuvo lugar) ((?:a|one|two|three|un|uno|dos|tres) (?:days?|d[íi]as?) (?:after|before|despu[ée]s de(?: que)?|antes de(?: que)?))(?![\p{L}])/gu;
const GAP_COUNT: Readonly<Record<string, number>> = { a: 1, one: 1, un: 1, uno: 1, two: 2, dos: 2, three: 3, tres: 3 };
/**
 * "were exempted two days later", "dos días después,": counted from the day stated
 * before it in the paragraph. "within days" names no day and is not one; "dos días
 * después de la llamada" counts from a named event, not the date before, so it is not either.
 */
const DAYS_LATER =
  /(?<![\p{L}])(?:(?:a|one|two|three|four|five|six|seven|\d) days? later|(?:un|uno|dos|tres|cuatro|cinco|seis|siete|\d) d[íi]as? (?:m[áa]s tarde|despu[ée]s(?!\s+de(?![\p{L}]))))(?![\p{L}])/giu;
const LATER_COUNT: Readonly<Record<string, number>> = { ...GAP_COUNT, four: 4, five: 5, six: 6, seven: 7, cuatro: 4, cinco: 5, seis: 6, siete: 7 };
/**
 * "the next day", "al día siguiente": the day after the last day stated before it, in its paragraph or, for a
 * reaction told in a paragraph of its own ("Ruiz responded the next day…"), in the story just before.
 */
const NEXT_DAY = /(?<![\p{L}])(?:the (?:next|following) (?:day|morning)|(?:al|el) d[íi]a siguiente|a la ma[ñn]ana siguiente)(?![\p{L}])/giu;

/**
 * "that same night", "that afternoon", "esa misma noche", "aquella tarde": a part of the day last told, in its story (a reply told in a
 * paragraph of its own), so its day; none when that date is no day.
 */
const SAME_NIGHT =
  /(?<![\p{L}])(?:(?:that|the) same (?:night|evening|afternoon|morning)|(?:later|earlier) that (?:night|evening|afternoon|morning)|that (?:night|evening|afternoon|morning)|(?:esa|la|aquella) misma (?:noche|tarde|mañana)|(?:esa|aquella) (?:noche|tarde|mañana))(?![\p{L}])/giu;

/**
 * "…", dijo entonces Roe; "he said at the time": a speech verb, then a word pointing back
 * to when it was said, which is the day stated just before.
 */
const SAID_THEN =
  /(?<=(?:said|told|wrote|stated|declared|added|dijo|afirm[óo]|declar[óo]|se[ñn]al[óo]|escribi[óo]|expres[óo]|asegur[óo]|sostuvo|advirti[óo]|agreg[óo]|a[ñn]adi[óo])\s)(?:then|at the time|entonces|en aquel momento|en ese momento|en esa ocasi[óo]n)(?![\p{L}])/giu;

/**
 * "on March 9, six days after Roe said…", "el 3 de mayo, cuatro días después de la tormenta":
 * a count of days after (or before) a day the sentence has just stated, set off by a comma, dates
 * the happening named next, that many days earlier (or later). The day itself is checked when it
 * is resolved (anaphors.ts); "the call came a day after" (no day before it) is GAP_AFTER's.
 */
const MEASURED_DAYS = new RegExp(
  `(?<=,\\s)(${countWords('a', 'twenty')}|${countWords('un', 'veinte')}|\\d{1,2}) (days?|d[íi]as?) (after|before|despu[ée]s de(?: que)?|antes de(?: que)?)(?![\\p{L}])`,
  'giu',
);

/** Whether a text may hold a mention anaphoricDates reads. */
export const ANAPHOR_HINT = /same|mism|day|d[íi]a|then|entonces|at the time|momento|ocasi|morning|mañana|manana|night|evening|afternoon|tarde|noche/iu;

/**
 * Lower-cased words one of which every match of a pattern holds, read off the pattern: the text is searched for
 * them first, and a pattern none of whose words is there is not run over the whole text.
 */
/** "days after", "día después": any unit word (day, days, día, días) before any word of order, in either language. */
const DAYS_AFTER_WORDS = ['y after', 's after', 'a after', 'y before', 's before', 'a before', 'y despu', 's despu', 'a despu', 'y antes de', 's antes de', 'a antes de'];
export const ANAPHOR_WORDS: ReadonlyMap<RegExp, readonly string[]> = new Map([
  [SAME_DAY, ['same day', 'that day', 'mismo d']],
  [DAYS_LATER, ['later', 's tarde', 'despu']],
  [SAME_NIGHT, ['night', 'evening', 'afternoon', 'morning', 'misma ', 'esa noche', 'esa tarde', 'esa mañana', 'aquella noche', 'aquella tarde', 'aquella mañana']],
  [NEXT_DAY, ['next day', 'next morning', 'following day', 'following morning', 'siguiente']],
  [SAID_THEN, ['then', 'at the time', 'entonces', 'momento', 'ocasi']],
  [MEASURED_DAYS, DAYS_AFTER_WORDS],
  [GAP_AFTER, DAYS_AFTER_WORDS],
]);

/**
 * The text lower-cased for those word tests. Under the `iu` flags "ſ" (long s) matches "s" but stays "ſ" when
 * lower-cased, so it is made "s"; every other character a pattern's letter matches lower-cases to that letter.
 */
export function hintText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** The pattern's matches in the text, or none without searching when the lower-cased text lacks all its words. */
function matchesOf(text: string, lower: string, pattern: RegExp): Iterable<RegExpExecArray> {
  const words = ANAPHOR_WORDS.get(pattern);
  return !words || words.some((w) => lower.includes(w)) ? text.matchAll(pattern) : [];
}

/** "the same day" and "a day after …" mentions, resolved later against a date before them. */
export function anaphoricDates(text: string, offset: number, found: RawDate[]): void {
  const lower = hintText(text);
  for (const m of matchesOf(text, lower, SAME_DAY)) {
    const start = offset + m.index;
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'anaphor', days: 0, scope: 'paragraph' });
  }
  for (const m of matchesOf(text, lower, DAYS_LATER)) {
    const first = m[0].split(' ')[0]?.toLowerCase() ?? '';
    const count = LATER_COUNT[first] ?? Number(first);
    if (!Number.isInteger(count) || count < 1) continue;
    const start = offset + m.index;
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'anaphor', days: count, scope: 'paragraph' });
  }
  for (const m of matchesOf(text, lower, SAME_NIGHT)) {
    const start = offset + m.index;
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'anaphor', days: 0, scope: 'story' });
  }
  for (const m of matchesOf(text, lower, NEXT_DAY)) {
    const start = offset + m.index;
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'anaphor', days: 1, scope: 'story' });
  }
  for (const m of matchesOf(text, lower, SAID_THEN)) {
    const start = offset + m.index;
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'anaphor', days: 0, scope: 'speech' });
  }
  for (const m of matchesOf(text, lower, MEASURED_DAYS)) {
    const countWord = (m[1] ?? '').toLowerCase();
    const count = COUNT_WORDS[countWord] ?? Number(countWord);
    if (!Number.isInteger(count) || count < 1) continue;
    const start = offset + m.index;
    const after = /after|despu/iu.test(m[3] ?? '');
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'anaphor', days: after ? -count : count, scope: 'measured' });
  }
  for (const m of matchesOf(text, lower, GAP_AFTER)) {
    const gap = m[2] ?? '';
    const subject = (m[1] ?? '').toLowerCase();
    const count = GAP_COUNT[gap.split(' ')[0]?.toLowerCase() ?? ''] ?? 0;
    if (count === 0) continue;
    const start = offset + m.index + m[0].length - gap.length;
    const before = /after|despu/iu.test(gap);
    // The subject came `count` days after the event named next: that event is `count` days earlier.
    add(found, { start, end: start + gap.length, text: gap, kind: 'anaphor', days: before ? -count : count, scope: 'preceding', subject });
  }
}

const WEEKDAY_HINT = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo/iu;

/** A day number right after a weekday, then punctuation or the end: "martes 20,", "Tuesday the 20th." */
const DAY_AFTER_WEEKDAY = /^,?\s(?:the\s)?(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,;:)]|\.(?!\d)|$))/u;

export function relativeDates(text: string, offset: number, found: RawDate[]): void {
  const lower = text.toLowerCase();
  for (const rule of RELATIVE_RULES) {
    if (!rule.hints.some((h) => lower.includes(h))) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const start = offset + m.index;
      add(found, { start, end: start + m[0].length, text: m[0], kind: 'relative', unit: rule.unit, offset: rule.offset });
    }
  }
  if (!WEEKDAY_HINT.test(text)) return;
  for (const m of text.matchAll(WEEKDAY_PATTERN)) {
    const words = m[0].toLowerCase().split(' ');
    let weekday: number | undefined;
    for (const w of words) weekday ??= WEEKDAYS[w.replace(/'s$/, '')];
    if (weekday === undefined) continue;
    const start = offset + m.index;
    // "el pasado martes 20,": the day of the month, closed by punctuation so "el martes 20 personas" is not one.
    const dayAfter = DAY_AFTER_WEEKDAY.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const day = dayAfter ? Number(dayAfter[1]) : 0;
    if (day >= 1 && day <= 31) {
      const words = m[0] + (dayAfter?.[0] ?? '');
      add(found, { start, end: start + words.length, text: words, kind: 'weekday', weekday, day });
      continue;
    }
    add(found, { start, end: start + m[0].length, text: m[0], kind: 'weekday', weekday });
  }
}
