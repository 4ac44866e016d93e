import { describe, expect, it } from 'vitest';
import { countryName } from './item-labels';

describe('countryName', () => {
  it('names a country in the reader’s language, again and again, and the unknown country with the given word', () => {
    expect(countryName('MX', 'en', 'Unknown')).toBe('Mexico');
    expect(countryName('MX', 'es', 'Desconocido')).toBe('México');
    expect(countryName('MX', 'en', 'Unknown')).toBe('Mexico');
    expect(countryName('', 'es', 'Desconocido')).toBe('Desconocido');
  });
});
