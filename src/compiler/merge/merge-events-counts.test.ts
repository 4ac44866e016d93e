import { describe, expect, it } from 'vitest';
import { statedCounts } from './merge-events-counts';

describe('statedCounts', () => {
  it('reads the number of people sent, not the day, the year or a percentage, in English and Spanish', () => {
    expect(statedCounts('AA sent 37 prisoners to BB on Jan. 20, 2031, 45 percent of them gang leaders.')).toEqual([37]);
    expect(statedCounts('El 20 de enero de 2031 BB envió a 37 reos a AA; el 27% eran jefes de plaza.')).toEqual([37]);
    expect(statedCounts('On January 20 the planes carried 1,200 kilos and 26 people.')).toEqual([1200, 26]);
  });
});
