/**
 * Calendar days in words, in English (British order) and Spanish, for the few
 * patterns the app uses: `d`, `MMM`, `MMMM`, `yyyy` and quoted literals ('de').
 * It takes the year, month and day themselves, so no JS Date (and no time zone)
 * is involved. The words are date-fns's (en-GB and es), which the app used to
 * ship whole for these few patterns; calendar-words.test.ts holds them equal.
 */
export type WordsLocale = 'en' | 'es';

const MONTHS: Record<WordsLocale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
// date-fns's abbreviations: the first three letters in both languages ("Sep", "sep").
const SHORT = (name: string) => name.slice(0, 3);

const TOKEN = /yyyy|MMMM|MMM|d|'[^']*'|[^a-zA-Z']+/g;

/** `pattern` for a calendar day; `month` is 1–12. */
export function calendarWords(year: number, month: number, day: number, pattern: string, locale: WordsLocale): string {
  const name = MONTHS[locale][month - 1] ?? '';
  let out = '';
  for (const [t] of pattern.matchAll(TOKEN)) {
    if (t === 'yyyy') out += String(year).padStart(4, '0');
    else if (t === 'MMMM') out += name;
    else if (t === 'MMM') out += SHORT(name);
    else if (t === 'd') out += String(day);
    else if (t.startsWith("'")) out += t.slice(1, -1);
    else out += t;
  }
  return out;
}
