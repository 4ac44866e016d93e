import { describe, expect, it } from 'vitest';
import { choosePublication, isDateline } from './publication';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('publication date precedence', () => {
  it('prefers metadata, then a timestamp, then a dateline, then a source line', () => {
    const { published, conflicts } = choosePublication([
      { day: day(2025, 11, 19), source: 'source line', offset: 50, text: '2025-11-19' },
      { day: day(2025, 11, 20), source: 'dateline', offset: 90, text: 'November 20, 2025' },
      { day: day(2025, 11, 21), source: 'timestamp', offset: 10, text: '2025-11-21T10:00' },
    ]);
    expect(published?.source).toBe('timestamp');
    expect(conflicts.map((c) => c.other.source)).toEqual(['dateline', 'source line']);
    expect(conflicts[0]?.message).toContain('2025-11-21');
    expect(conflicts[0]?.message).toContain('2025-11-20');
  });

  it('reports nothing when the candidates agree', () => {
    const { conflicts } = choosePublication([
      { day: day(2026, 1, 17), source: 'timestamp', offset: 1, text: 'a' },
      { day: day(2026, 1, 17), source: 'dateline', offset: 9, text: 'b' },
    ]);
    expect(conflicts).toEqual([]);
  });
});

describe('datelines', () => {
  const at = (text: string, date: string) => {
    const start = text.indexOf(date);
    return isDateline(text, start, start + date.length);
  };

  it('recognises English and Spanish datelines at a block start or after a sentence', () => {
    expect(at('Washington, January 17, 2026 - Total News Agency - The government…', 'January 17, 2026')).toBe(true);
    expect(at('CIUDAD DE MÉXICO, 17 de enero de 2026.- La presidenta…', '17 de enero de 2026')).toBe(true);
    expect(at('It ended there. Ciudad de México, 17 de enero de 2026.- La presidenta…', '17 de enero de 2026')).toBe(true);
  });

  it('takes a year-less dateline with a wire credit of two hyphenated names ("Norvia, Sur, 4 de marzo (ANS-Infonorte).-")', () => {
    expect(at('Norvia, Sur, 4 de marzo (ANS-Infonorte).-', '4 de marzo')).toBe(true);
    expect(at('Norvia, Sur, 4 de marzo (Agencia Sur).- La presidenta…', '4 de marzo')).toBe(true);
  });

  it('takes a place with its state or province abbreviated for a dateline, in English and Spanish', () => {
    expect(at('PUERTO NIEVE, Son., 14 de mayo.- El alcalde Ortega dijo…', '14 de mayo')).toBe(true);
    expect(at('LAKEVIEW, Ariz., May 14 — Mayor Ortega said…', 'May 14')).toBe(true);
    expect(at('Ortega, Vega, May 14 and others said…', 'May 14')).toBe(false);
  });

  it('takes a line that holds only a place and a date for a dateline ("Ciudad de México, a 21 de enero")', () => {
    expect(at('Ciudad de Norvia, a 14 de marzo de 2027', '14 de marzo de 2027')).toBe(true);
    expect(at('Port Alden, March 14, 2027', 'March 14, 2027')).toBe(true);
    expect(at('Port Alden, March 14, 2027 was the day the port shut.', 'March 14, 2027')).toBe(false);
    expect(at('La reunión fue en Ciudad de Norvia, a 14 de marzo de 2027', '14 de marzo de 2027')).toBe(false);
  });

  it('takes a date in parentheses after a place and a dash for a dateline ("NORVIA CITY — (Feb. 11) Inside…")', () => {
    expect(at('PORT ALDEN, Nor. — (Feb. 11) Inside the customs hall, a dog circles a truck.', 'Feb. 11')).toBe(true);
    expect(at('PUERTO ALDEN — (11 de febrero) En la aduana, un perro rodea un camión.', '11 de febrero')).toBe(true);
    expect(at('The port reopened — (Feb. 11) after a week of talks.', 'Feb. 11')).toBe(false);
  });

  it('takes a date in parentheses between a place and ".-" or a dash for a dateline ("Cd. de Norvia (30 enero 2027).-")', () => {
    expect(at('Cd. de Norvia (30 enero 2027).- La gobernadora Ana Ruiz aseguró ayer…', '30 enero 2027')).toBe(true);
    expect(at('Port Alden (Jan. 30, 2027) — Governor Ana Ruiz said yesterday…', 'Jan. 30, 2027')).toBe(true);
    expect(at('La gobernadora (30 enero 2027) dijo que…', '30 enero 2027')).toBe(false);
    expect(at('Port Alden (Jan. 30, 2027) was quiet.', 'Jan. 30, 2027')).toBe(false);
  });

  it('takes a place set off by a dash, and a date closed by a full stop after a place at the block start, for a dateline', () => {
    expect(at('Puerto Nieve, Son.– 13 de enero.– La llamada que sostuvieron ayer Ana Ruiz e Ivo Brask…', '13 de enero')).toBe(true);
    expect(at('Port Alden – Jan. 13 – The call Ana Ruiz and Ivo Brask held yesterday…', 'Jan. 13')).toBe(true);
    expect(at('Ciudad de Norvia, 9 de enero. La gobernadora Ana Ruiz descartó ayer…', '9 de enero')).toBe(true);
    expect(at('Port Alden, Jan. 9. Governor Ana Ruiz ruled out yesterday…', 'Jan. 9')).toBe(true);
    expect(at('PORT ALDEN, NORVIA - JANUARY 04: Demonstrators hold banners outside the embassy.', 'JANUARY 04')).toBe(false);
    expect(at('Ana Ruiz spoke to Ivo Brask on Jan. 9. Nothing came of it.', 'Jan. 9')).toBe(false);
  });

  it('takes a place and a date followed by a wire credit in parentheses, with no dash, for a dateline ("Ciudad de Norvia, 4 ene (Agencia Sur) La…")', () => {
    expect(at('Ciudad de Norvia, 4 ene (Agencia Sur) La gobernadora Ana Ruiz condenó hoy el ataque.', '4 ene')).toBe(true);
    expect(at('Port Alden, Jan 4 (Southwire) Governor Ana Ruiz condemned the attack today.', 'Jan 4')).toBe(true);
    expect(at('Ana Ruiz met Ivo Brask on Jan 4 (Southwire) Nothing came of it.', 'Jan 4')).toBe(false);
    expect(at('Port Alden, Jan 4 (a Sunday) was quiet.', 'Jan 4')).toBe(false);
  });

  it('takes a news service\'s dated parenthesis, with its time of day, for a dateline ("Wirenet360 (February 17, 2031, 6:41 PM EST) --")', () => {
    expect(at('Wirenet360 (February 17, 2031, 6:41 PM EST) -- A man accused of laundering money pleaded not guilty Tuesday…', 'February 17, 2031')).toBe(true);
    expect(at('Norvia24 (17 de febrero de 2031, 18:41) - Un acusado de lavado se declaró inocente el martes…', '17 de febrero de 2031')).toBe(true);
    expect(at('The court (February 17, 2031, 6:41 PM EST) was full.', 'February 17, 2031')).toBe(false);
  });

  it('does not take a date in running text for a dateline', () => {
    expect(at('The capture of Maduro on January 3, 2026 changed the debate.', 'January 3, 2026')).toBe(false);
    expect(at('He met the Foreign Minister, January 3, 2026 - a date he recalls.', 'January 3, 2026')).toBe(false);
  });
});
