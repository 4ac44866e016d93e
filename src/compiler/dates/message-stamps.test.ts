import { describe, expect, it } from 'vitest';
import { cleanText, dated } from '../testing/dated-text';

const day = (doc: ReturnType<typeof cleanText>): string | null =>
  doc.published ? `${doc.published.year}-${String(doc.published.month).padStart(2, '0')}-${String(doc.published.day).padStart(2, '0')}` : null;

describe('message stamps with a two-digit year', () => {
  it('dates a channel log by its message stamps and resolves each message against them (Spanish)', () => {
    const log = 'Noticias del Puerto | Canal\n\n[05.04.27 07:10]\nBuenos días. Amanece nublado en Puerto Norvia.\n\n[05.04.27 09:42]\nLa jueza Marta Olid ordenó ayer la liberación del capitán Ramiro Tejeda, detenido el jueves pasado.';
    const dates = dated(log);
    expect(dates['ayer']).toMatchObject({ start: '2027-04-04', precision: 'day', basis: 'relative' });
    expect(dates['el jueves pasado']).toMatchObject({ start: '2027-04-01', precision: 'day' });
  });

  it('reads a dotted stamp day first and a slashed one by the order another stamp of the page settles (English)', () => {
    const dotted = cleanText('Harbor updates\n\n[06.04.27 08:15]\nCaptain Ross Hale was released yesterday, his lawyer Nora Pike said.');
    expect(day(dotted)).toBe('2027-04-06');
    const slashed = cleanText('Harbor updates\n\n04/06/27 8:15 AM\nCaptain Ross Hale was released yesterday.\n\n04/21/27 9:05 AM\nHis lawyer Nora Pike said he will appeal.');
    expect(slashed.diagnostics.filter((d) => d.rule === 'message-stamps-disagree')).toHaveLength(1);
    const unsettled = cleanText('Harbor updates\n\n04/06/27 8:15 AM\nCaptain Ross Hale was released yesterday, his lawyer Nora Pike said.');
    expect(unsettled.published).toBeNull();
  });

  it('takes no publication date from stamps that name different days, and none from a two-digit year without a time', () => {
    const log = 'Noticias del Puerto | Canal\n\n[04.04.27 21:10]\nEl alcalde Julio Serna dijo ayer que el muelle reabre.\n\n[05.04.27 09:42]\nLa jueza Marta Olid ordenó ayer la liberación del capitán Ramiro Tejeda.';
    const doc = cleanText(log);
    expect(doc.published).toBeNull();
    expect(dated(log)['ayer']).toMatchObject({ start: null });
    const score = cleanText('Final del torneo\n\nEl marcador fue 03.03.26 en la tabla del capitán Ramiro Tejeda, dijo ayer el árbitro.');
    expect(score.published).toBeNull();
  });
});
