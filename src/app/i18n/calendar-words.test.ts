import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { es } from 'date-fns/locale/es';
import { describe, expect, it } from 'vitest';
import { calendarWords } from './calendar-words';

const PATTERNS = ['d', 'MMM', 'MMMM yyyy', 'yyyy', 'd MMMM yyyy', 'd MMM yyyy', "d 'de' MMMM 'de' yyyy", "MMMM 'de' yyyy"];

describe('calendar days in words', () => {
  it('says every day of a leap year and a common year as date-fns (en-GB, es) does, in every pattern the app uses', () => {
    for (const [lang, locale] of [['en', enGB], ['es', es]] as const) {
      for (const year of [1999, 2024, 2026]) {
        for (let month = 1; month <= 12; month++) {
          const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
          for (let day = 1; day <= days; day++) {
            const local = new Date(year, month - 1, day, 12);
            for (const p of PATTERNS) expect(calendarWords(year, month, day, p, lang)).toBe(format(local, p, { locale }));
          }
        }
      }
    }
  });

  it('writes a Spanish date with its small words and lower-case month', () => {
    expect(calendarWords(2026, 1, 19, "d 'de' MMMM 'de' yyyy", 'es')).toBe('19 de enero de 2026');
    expect(calendarWords(2026, 9, 3, 'd MMM yyyy', 'en')).toBe('3 Sep 2026');
  });
});
