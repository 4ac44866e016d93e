import { describe, expect, it } from 'vitest';
import { findDateMentions, type RawDate } from './date-mentions';
import { resolveDate } from './resolve-date';

const published = { year: 2026, month: 1, day: 17 }; // a Saturday
const lowerBound = { year: 2026, month: 1, day: 29 };

function only(text: string, language = 'en'): RawDate {
  const found = findDateMentions(text, 0, language);
  expect(found, text).toHaveLength(1);
  return found[0] as RawDate;
}

describe('resolving what the words state', () => {
  it('keeps full dates, month+year and bare years as stated, at their own precision', () => {
    const none = { published: null, lowerBound: null };
    expect(resolveDate(only('on January 3, 2026'), none, false)).toMatchObject({ start: '2026-01-03', precision: 'day', basis: 'stated' });
    expect(resolveDate(only('el 3 de enero de 2026', 'es'), none, false)).toMatchObject({ start: '2026-01-03', precision: 'day' });
    expect(resolveDate(only('in October 2024'), none, false)).toMatchObject({ start: '2024-10', precision: 'month', basis: 'stated' });
    expect(resolveDate(only('en octubre de 2024', 'es'), none, false)).toMatchObject({ start: '2024-10', precision: 'month' });
    expect(resolveDate(only('in 2025'), none, false)).toMatchObject({ start: '2025', precision: 'year', basis: 'stated' });
    expect(resolveDate(only('ahead of the 2027 elections'), none, false)).toMatchObject({ start: '2027', precision: 'year' });
  });

  it('gives a year-less day the year of the publication date, else of the lower bound, else nothing', () => {
    const raw = only('a January 19 interview');
    expect(resolveDate(raw, { published, lowerBound }, false)).toMatchObject({ start: '2025-01-19', basis: 'relative' });
    expect(resolveDate(raw, { published: null, lowerBound }, false)).toMatchObject({ start: '2026-01-19', basis: 'inferred' });
    expect(resolveDate(raw, { published: null, lowerBound: null }, false)).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('gives a year-less date no year from the lower bound when it falls after the bound in the bound\'s year', () => {
    // Written on January 3, 2027 or later: "January 12" may be the one just after as well as the one a year before.
    const early = { published: null, lowerBound: { year: 2027, month: 1, day: 3 } };
    expect(resolveDate(only('she spoke with the minister on January 12'), early, false)).toMatchObject({ start: null, precision: 'unknown' });
    expect(resolveDate(only('habló con el ministro el 12 de enero', 'es'), early, false)).toMatchObject({ start: null, precision: 'unknown' });
    expect(resolveDate(only('the port reopened in March'), early, false)).toMatchObject({ start: null, precision: 'unknown' });
    expect(resolveDate(only('el puerto reabrió en marzo', 'es'), early, false)).toMatchObject({ start: null, precision: 'unknown' });
    // On or before the bound in its year, the year is the bound's.
    expect(resolveDate(only('habló con el ministro el 2 de enero', 'es'), early, false)).toMatchObject({ start: '2027-01-02', basis: 'inferred' });
    expect(resolveDate(only('the port reopened in January'), early, false)).toMatchObject({ start: '2027-01', basis: 'inferred' });
  });

  it('never places a future-tense month in the past', () => {
    const raw = only('will be presented in February');
    expect(resolveDate(raw, { published: null, lowerBound }, true)).toMatchObject({ start: null });
    expect(resolveDate(raw, { published, lowerBound: null }, true)).toMatchObject({ start: '2026-02', precision: 'month', basis: 'relative' });
  });

  it('reads "over the weekend" / "el fin de semana pasado" as the Saturday and Sunday before publication, and never without one', () => {
    const monday = { published: { year: 2026, month: 2, day: 2 }, lowerBound: null };
    for (const [text, language] of [['Over the weekend, planes flew near the border', 'en'], ['this past weekend', 'en'], ['durante el fin de semana pasado', 'es'], ['el pasado fin de semana', 'es']] as const) {
      expect(resolveDate(only(text, language), monday, false), text).toMatchObject({ start: '2026-01-31', end: '2026-02-01', precision: 'day', basis: 'relative' });
    }
    // Published on a Wednesday: the weekend before it, not one to come.
    expect(resolveDate(only('over the weekend'), { published: { year: 2026, month: 2, day: 4 }, lowerBound: null }, false)).toMatchObject({ start: '2026-01-31', end: '2026-02-01' });
    // Published on a Sunday: the weekend is this one.
    expect(resolveDate(only('over the weekend'), { published: { year: 2026, month: 2, day: 1 }, lowerBound: null }, false)).toMatchObject({ start: '2026-01-31', end: '2026-02-01' });
    // "will meet over the weekend": the next one.
    expect(resolveDate(only('over the weekend'), monday, true)).toMatchObject({ start: '2026-02-07', end: '2026-02-08' });
    expect(resolveDate(only('over the weekend'), { published: null, lowerBound }, false)).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('resolves weekdays and relative phrases only against a real publication date', () => {
    const none = { published: null, lowerBound };
    const ctx = { published, lowerBound: null };
    for (const text of ['on Friday', 'yesterday', 'this week', 'earlier this year', 'last year', 'el lunes', 'ayer', 'esta semana', 'el año pasado']) {
      const raw = only(text, /^(el|ayer|esta)/.test(text) ? 'es' : 'en');
      expect(resolveDate(raw, none, false), text).toMatchObject({ start: null, precision: 'unknown' });
    }
    expect(resolveDate(only('on Friday'), ctx, false)).toMatchObject({ start: '2026-01-16', precision: 'day', basis: 'relative' });
    expect(resolveDate(only('on Saturday'), ctx, false)).toMatchObject({ start: '2026-01-17' });
    expect(resolveDate(only('next Monday'), ctx, false)).toMatchObject({ start: '2026-01-19' });
    expect(resolveDate(only('yesterday'), ctx, false)).toMatchObject({ start: '2026-01-16', precision: 'day' });
    expect(resolveDate(only('This week'), ctx, false)).toMatchObject({ start: '2026-01-12', end: '2026-01-18', precision: 'week' });
    expect(resolveDate(only('last week'), ctx, false)).toMatchObject({ start: '2026-01-05', end: '2026-01-11', precision: 'week' });
    expect(resolveDate(only('earlier this year'), ctx, false)).toMatchObject({ start: '2026', precision: 'year' });
    expect(resolveDate(only('the beginning of last year'), ctx, false)).toMatchObject({ start: '2025', precision: 'year' });
    expect(resolveDate(only('a principios de este año', 'es'), ctx, false)).toMatchObject({ start: '2026', precision: 'year' });
    expect(resolveDate(only('el año pasado', 'es'), ctx, false)).toMatchObject({ start: '2025', precision: 'year' });
    expect(resolveDate(only('last month'), ctx, false)).toMatchObject({ start: '2025-12', precision: 'month' });
  });

  it('resolves ranges to a start and an end', () => {
    const none = { published: null, lowerBound: null };
    expect(resolveDate(only('from January 5 to 9, 2026'), none, false)).toMatchObject({ start: '2026-01-05', end: '2026-01-09', precision: 'day' });
    expect(resolveDate(only('between March and May 2025'), none, false)).toMatchObject({ start: '2025-03', end: '2025-05', precision: 'month' });
    expect(resolveDate(only('entre marzo y mayo de 2025', 'es'), none, false)).toMatchObject({ start: '2025-03', end: '2025-05' });
    expect(resolveDate(only('del 5 al 9 de enero de 2026', 'es'), none, false)).toMatchObject({ start: '2026-01-05', end: '2026-01-09' });
    expect(resolveDate(only('del 5 al 9 de enero', 'es'), { published, lowerBound: null }, false)).toMatchObject({
      start: '2026-01-05',
      end: '2026-01-09',
      basis: 'relative',
    });
  });

  it('reads "in February and August of 2025" as two months of that year, not a span between them', () => {
    const none = { published: null, lowerBound: null };
    for (const [text, language] of [['two transfers, in February and August of 2025', 'en'], ['en febrero y agosto de 2025', 'es']] as const) {
      const found = findDateMentions(text, 0, language);
      expect(found.map((raw) => resolveDate(raw, none, false)), text).toMatchObject([
        { start: '2025-02', precision: 'month' },
        { start: '2025-08', precision: 'month' },
      ]);
    }
  });

  it('rejects impossible dates and keeps only the year of an ambiguous numeric one', () => {
    expect(only('on February 30, 2026').kind).toBe('impossible');
    expect(only('el 30 de febrero de 2026', 'es').kind).toBe('impossible');
    expect(only('dated 2026-13-01').kind).toBe('impossible');
    expect(only('dated 31/02/2025', 'es').kind).toBe('impossible');
    const ambiguous = only('dated 03/04/2025');
    expect(ambiguous.kind).toBe('ambiguous');
    expect(resolveDate(ambiguous, { published: null, lowerBound: null }, false)).toMatchObject({ start: '2025', precision: 'year' });
    expect(resolveDate(only('dated 03/04/2025', 'es'), { published: null, lowerBound: null }, false)).toMatchObject({ start: '2025-04-03', precision: 'day' });
    expect(resolveDate(only('dated 12/25/2025'), { published: null, lowerBound: null }, false)).toMatchObject({ start: '2025-12-25', precision: 'day' });
  });

  it('reads an ambiguous numeric date in the order the page settles with its other dates of the same separator', () => {
    const none = { published: null, lowerBound: null };
    const read = (text: string, language = 'en') => findDateMentions(text, 0, language).map((raw) => resolveDate(raw, none, false)?.start);
    // A docket prints month first: "01/17/2026" settles "01/05/2026".
    expect(read('01/05/2026 | INDICTMENT filed.\n01/17/2026 | ORDER of detention.')).toEqual(['2026-01-05', '2026-01-17']);
    // A page that prints day first settles it the other way, in English and in Spanish.
    expect(read('Filed 03/04/2025; heard 17/04/2025.')).toEqual(['2025-04-03', '2025-04-17']);
    expect(read('Presentada el 03/04/2025, enmendada el 04/17/2025.', 'es')).toEqual(['2025-03-04', '2025-04-17']);
    // Another separator, or a page that shows both orders, settles nothing.
    expect(read('Filed 03.04.2025; heard 04/17/2025.')).toEqual(['2025', '2025-04-17']);
    expect(read('Filed 03/04/2025; heard 17/04/2025 and 04/18/2025.')).toEqual(['2025', '2025-04-17', '2025-04-18']);
  });

  it('does not read amounts, percentages or counts as years', () => {
    expect(findDateMentions('Prices rose 15% and $2025 was paid; 2,025 troops and 1.500 denuncias; 3.5 million.', 0, 'en')).toEqual([]);
  });

  it('does not count chrono guesses for weekdays or "today" as stated days', () => {
    const found = findDateMentions('Today, and on Friday, and last week.', 0, 'en');
    expect(found.map((f) => f.kind)).toEqual(['relative', 'weekday', 'relative']);
  });

  it('reads "two days ago" and "hace una semana" against the publication date only', () => {
    const ctx = { published, lowerBound: null };
    expect(resolveDate(only('two days ago'), ctx, false)).toMatchObject({ start: '2026-01-15', precision: 'day', basis: 'relative' });
    expect(resolveDate(only('hace una semana', 'es'), ctx, false)).toMatchObject({ start: '2026-01-05', end: '2026-01-11', precision: 'week' });
    expect(resolveDate(only('two days ago'), { published: null, lowerBound }, false)).toMatchObject({ start: null });
  });

  it('reads "last Friday" in a Saturday story as the Friday of the week before, not yesterday', () => {
    const ctx = { published, lowerBound: null };
    expect(resolveDate(only('Ivo Brask spoke last Friday.'), ctx, false)).toMatchObject({ start: '2026-01-09' });
    expect(resolveDate(only('Ana Ruiz habló el viernes pasado.', 'es'), ctx, false)).toMatchObject({ start: '2026-01-09' });
    expect(resolveDate(only('Ivo Brask spoke last Saturday.'), ctx, false)).toMatchObject({ start: '2026-01-10' });
    expect(resolveDate(only('Ivo Brask spoke last Thursday.'), ctx, false)).toMatchObject({ start: '2026-01-15' });
    expect(resolveDate(only('Ivo Brask spoke on Friday.'), ctx, false)).toMatchObject({ start: '2026-01-16' });
  });

  it('reads counts written out beyond ten ("eleven days ago", "hace once días")', () => {
    const ctx = { published, lowerBound: null };
    expect(resolveDate(only('Ivo Brask spoke eleven days ago in the Oval Office.'), ctx, false)).toMatchObject({ start: '2026-01-06', precision: 'day' });
    expect(resolveDate(only('Hace once días, en el Despacho Oval, Ana Ruiz habló.', 'es'), ctx, false)).toMatchObject({ start: '2026-01-06', precision: 'day' });
    expect(resolveDate(only('Ivo Brask left seventeen days ago.'), ctx, false)).toMatchObject({ start: '2025-12-31' });
    expect(resolveDate(only('Ana Ruiz llegó hace diecisiete días.', 'es'), ctx, false)).toMatchObject({ start: '2025-12-31' });
  });

  it('does not take lower-case "march" or "may" for months', () => {
    expect(findDateMentions('A march began and they may meet.', 0, 'en')).toEqual([]);
    expect(only('He said in March.').kind).toBe('month');
  });

  it('does not read fractions, scores or "24/7" as days', () => {
    expect(findDateMentions('rated 7/10, open 24/7, about 1/3 of voters, the 9/11 attacks, a 2-1 vote, covid-19', 0, 'en')).toEqual([]);
    expect(findDateMentions('el 1/3 de los votos, 24/7, el 15/03', 0, 'es')).toEqual([]);
  });
});
