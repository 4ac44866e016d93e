import { describe, expect, it } from 'vitest';
import { surnamesOf } from './surnames';

describe('surnamesOf', () => {
  it('uses the last name, and for longer Spanish names the paternal surname too', () => {
    expect(surnamesOf('Anna Kelly')).toEqual(['Kelly']);
    expect(surnamesOf('Ciro Gómez Leyva')).toEqual(['Leyva', 'Gómez Leyva', 'Gómez']);
  });

  it('keeps an elided particle with its surname and gives nothing for a single name', () => {
    expect(surnamesOf("Aoife O'Neill")).toEqual(["O'Neill"]);
    expect(surnamesOf('Madonna')).toEqual([]);
  });

  it('keeps the particles before a last surname with it, in English and Spanish names', () => {
    expect(surnamesOf('Lucía de la Vega')).toEqual(['Vega', 'de la Vega']);
    expect(surnamesOf('Martin van der Berg')).toEqual(['Berg', 'van der Berg']);
  });
});
