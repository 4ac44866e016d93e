import { describe, expect, it } from 'vitest';
import { cleanText, dated } from '../testing/dated-text';
import { formatDay } from './calendar';

const published = (text: string): string | null => {
  const day = cleanText(text).published;
  return day ? formatDay(day) : null;
};

describe("publication date of a transcript or a record", () => {
  it("reads a transcript's date line under its title, the day and then who speaks", () => {
    const en = dated(
      'Deputy Press Secretary Jane Roe Holds a Briefing\n\nTRANSCRIPT\n\nOctober 6, 2027 | Deputy Press Secretary Jane Roe\n\nMS. ROE: Good afternoon. The minister said yesterday that the port is open.',
    );
    expect(en['yesterday']).toMatchObject({ start: '2027-10-05', precision: 'day', basis: 'relative' });
    const es = dated(
      'Conferencia de prensa de la vocera Ana Ruiz\n\n6 de octubre de 2027 | Versión estenográfica\n\nANA RUIZ: Buenas tardes. El ministro dijo ayer que el puerto está abierto.',
    );
    expect(es['ayer']).toMatchObject({ start: '2027-10-05', precision: 'day', basis: 'relative' });
  });

  it('does not take the date line of a related item below the story as the publication date', () => {
    const text =
      'Port reopens after the strike ends\n\nWorkers returned to the north pier on Monday after a week of talks with the port authority, and the first ships were unloaded by the evening shift.\n\nOctober 2, 2027 | Port strike enters its second week';
    expect(published(text)).toBeNull();
  });

  it("takes the day a record's title states, English and Spanish, over a signature's dateline inside it", () => {
    expect(published('Transcript of the session of the port council held on Tuesday, October 5, 2027\n\nCHAIR ANA RUIZ: The session is open.')).toBe('2027-10-05');
    expect(
      published('Gaceta del Consejo, número 412, miércoles 6 de octubre de 2027\n\nProposición de la consejera Ana Ruiz sobre el puerto.\n\nPuerto Nieve, a 5 de octubre de 2027.'),
    ).toBe('2027-10-06');
  });

  it('does not read a day in a news headline as the publication date', () => {
    expect(published('What we know about the October 5, 2027 port strike\n\nWorkers walked out of the north pier after talks failed.')).toBeNull();
  });
});
