import { describe, expect, it } from 'vitest';
import { dated } from '../testing/dated-text';

describe('a year-less date told after a date stated with its year', () => {
  it('reads a year-less day a few days after a date stated in its paragraph in that date\'s year, in English and Spanish', () => {
    const en = dated('Port dispute\n\nOn Feb. 1, 2027, Governor Ana Ruiz closed the port. After a Feb. 3 call with the pilots, she reopened it.', '2028-03-02');
    expect(en['Feb. 3']).toMatchObject({ start: '2027-02-03', precision: 'day', basis: 'inferred' });
    const es = dated('Disputa\n\nEl 28 de diciembre de 2026 la gobernadora Ana Ruiz cerró el puerto. Lo reabrió el 4 de enero, tras una llamada.', '2028-03-02');
    expect(es['4 de enero']).toMatchObject({ start: '2027-01-04', precision: 'day', basis: 'inferred' });
  });

  it('keeps the usual reading for a year-less day before the stated date, long after it, or in another paragraph', () => {
    const before = dated('Port dispute\n\nOn Feb. 27, 2027, pilots struck. On Jan. 20, Governor Ana Ruiz reopened the port.', '2028-03-02');
    expect(before['Jan. 20']).toMatchObject({ start: '2028-01-20', basis: 'relative' });
    const later = dated('Disputa\n\nEl 1 de febrero de 2026 los pilotos pararon. El 3 de diciembre la gobernadora Ana Ruiz reabrió el puerto.', '2028-03-02');
    expect(later['3 de diciembre']).toMatchObject({ start: '2027-12-03', basis: 'relative' });
    const apart = dated('Port dispute\n\nOn Feb. 1, 2027, Governor Ana Ruiz closed the port.\n\nPilots struck on Feb. 3.', '2028-03-02');
    expect(apart['Feb. 3']).toMatchObject({ start: '2028-02-03', basis: 'relative' });
  });
});
