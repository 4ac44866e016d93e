import { describe, expect, it } from 'vitest';
import { cleanText, dated } from '../testing/dated-text';

describe('a year-less dateline', () => {
  it('places a year-less dateline in the first year after the story\'s latest day in which a past "este miércoles" / "this Wednesday" falls in its week', () => {
    const es = 'Puerto\n\nPUERTO NIEVE, Son., 21 de enero.- El alcalde Ivo Brask afirmó este miércoles que no fue avisado del cierre, ordenado el 9 de septiembre de 2024.';
    const esDoc = cleanText(es);
    // January 21 is a Tuesday in 2025 and a Wednesday in 2026.
    expect(esDoc.published).toEqual({ year: 2026, month: 1, day: 21 });
    expect(dated(es)['este miércoles']).toMatchObject({ start: '2026-01-21', basis: 'inferred' });
    const en = 'Port\n\nLAKEVIEW, Ariz., Jan 21 — Mayor Ivo Brask said this Wednesday that he was not told of the closure ordered on September 9, 2024.';
    expect(dated(en)['this Wednesday']).toMatchObject({ start: '2026-01-21', basis: 'inferred' });
  });

});

describe('an undated article that tells of a whole life', () => {
  it('gives a year-less day no year when later years are told after the only full date, in English and Spanish', () => {
    const en = dated('Ivo Brask\n\nIvo Brask, diplomat, was born on March 3, 1941. He died on February 21. He joined the service in 1966 and retired in 2008.');
    expect(en['February 21']).toMatchObject({ start: null });
    const es = dated('Ivo Brask\n\nIvo Brask nació el 3 de marzo de 1941. Murió el 21 de febrero. Ingresó al servicio exterior en 1966 y se retiró en 2008.');
    expect(es['21 de febrero']).toMatchObject({ start: null });
  });

  it('still bounds the writing when the later year is one the story looks ahead to', () => {
    const en = dated('Port talks\n\nThe talks ended on January 29, 2027, after a January 19 meeting, ahead of the 2028 elections.');
    expect(en['January 19']).toMatchObject({ start: '2027-01-19', basis: 'inferred' });
  });
});

