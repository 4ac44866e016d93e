import { describe, expect, it } from 'vitest';
import { isTimestampLine, metaReason, outletFrom } from './meta-lines';

describe('page metadata lines', () => {
  it('recognises timestamps, bylines, source lines, site names, crumbs and date lines', () => {
    for (const text of [
      'Politics Health Country 2026-01-17T01:52:41+00:00',
      'Original Source: www.foxnews.com',
      'Source: Mexican President rejects offer (2025-11-19)',
      'By Jane Doe | January 17, 2026',
      'by Tom Hale 9 Jan 2031 6:18 AM PST',
      'Por Ana Ruiz 12 de marzo de 2031, 10:30 hrs',
      'Por Redacción',
      'Published January 17, 2026',
      'Actualizado: 17/01/2026 10:30',
      'AIWorldNewz.com',
      'Home > World > Politics',
      'Inicio » Mundo » Política',
      '17 de enero de 2026 | 10:30 hrs',
      'Mar 4, 2031 (JST)',
    ]) {
      expect(metaReason(text), text).not.toBeNull();
    }
  });

  it("reads a forum's trail of arrows under a site name of two words as a crumb, but not a headline's site suffix", () => {
    expect(metaReason('HarborTalk Forums › Travel › Norvia › Puerto Nieve')).toBe('navigation crumb');
    expect(metaReason('Port Of Valdora Reopens | Harbor News')).toBeNull();
    expect(metaReason('Port Of Valdora » Reopens')).toBeNull();
  });

  it('keeps short article sentences that start like a label', () => {
    for (const text of ['Por su parte, el canciller dijo que sí.', 'By 2030, Mexico will need more water.', 'By March 4, 2031, the port will reopen.', 'By Friday Ana Ruiz 9 Jan 2031 said no.', 'Date palm growers protested on Monday.', 'Sources consulted: The New York Times; Reuters; Associated Press; Mexican national media; official sources from the governments. The Trump administration believes that greater involvement would help.']) {
      expect(metaReason(text), text).toBeNull();
    }
  });

  it('takes the outlet from a source line or site name, not from a headline', () => {
    expect(outletFrom('Original Source: www.foxnews.com')).toBe('foxnews.com');
    expect(outletFrom('Source: Meridian Wire (2026-06-01)')).toBe('Meridian Wire');
    expect(outletFrom('AIWorldNewz.com')).toBe('AIWorldNewz.com');
    expect(outletFrom('Source: Mexican President Claudia Sheinbaum rejects Trump’s offer (2025-11-19)')).toBeNull();
  });

  it('reads a short line of a date plus times, zones, update notes, crumbs or a page number as a timestamp', () => {
    for (const text of [
      'June 9, 2027 11:02 AM EDT Updated 2 hours ago',
      'World | Published Sept. 4, 2027 7:10pm EST',
      'Puerto Nieve / 14.08.2027 09:30:00',
      'Jueves 12 de agosto de 2027, p. 7',
      'June 9, 20273:14 PM GMT-6Updated 2 hours ago',
      'June 9, 2027 7:47 PM UTC · Updated ago',
    ]) {
      expect(isTimestampLine(text), text).toBe(true);
      expect(metaReason(text), text).toBe('date line');
    }
  });

  it("reads a video page's view-count line with its date and hashtags as a timestamp, in English and Spanish", () => {
    for (const text of ['12,804 views  Mar 3, 2027  #Port #Strike', '3,1 mil visualizaciones  4 mar 2027  #Puerto']) {
      expect(isTimestampLine(text), text).toBe(true);
    }
    expect(isTimestampLine('Dockers Vow To Strike Until March 3, 2027 #Port')).toBe(false);
  });

  it("reads a print page's running header, with its page number, outlet and section, as a timestamp", () => {
    for (const text of [
      'B4 | THE MORNING COURIER | FRIDAY, MAY 7, 2027        NATION & WORLD',
      'EL HERALDO DE PUERTO NIEVE · Viernes 7 de mayo de 2027 · NACIONAL',
    ]) {
      expect(isTimestampLine(text), text).toBe(true);
    }
    expect(isTimestampLine('Ortega Says Port Strike Will End Before Friday, May 7, 2027')).toBe(false);
    // A regional page's date over its menu of cities, and a print masthead's place, date, issue and price.
    expect(isTimestampLine('Jueves 7 de mayo de 2027 | Puerto Nieve | Valdora | Norvia | Estria')).toBe(true);
    expect(isTimestampLine('Valdora, Norvia · Viernes 7 de mayo de 2027 · Año XL · No. 12,345 · $15.00')).toBe(true);
    expect(isTimestampLine('Ortega | Says The Port Strike Will End | Before May 7, 2027')).toBe(false);
  });

  it('keeps a headline or sentence that merely contains a date', () => {
    for (const text of [
      'Minister Rejects Offer (2027-09-15)',
      'The minister met the envoy on June 9, 2027 in the capital.',
      'El canciller viajó el 14 de agosto de 2027 a la capital',
    ]) {
      expect(isTimestampLine(text), text).toBe(false);
    }
  });
});
