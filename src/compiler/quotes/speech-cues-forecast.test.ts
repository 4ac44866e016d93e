import { describe, expect, it } from 'vitest';
import { registryFrom, saidIn } from '../fixtures/who-said-what';

describe('a forecast as speech', () => {
  it('gives a forecast closing a quote to the analyst the sentence before names', () => {
    const analysts = saidIn(registryFrom('actors: []'));
    expect(
      analysts('Para la internacionalista portuaria Elvira Santacruz Olmos, el cierre repite un patrón. “Va a abrir y cerrar el muelle cada semana hasta julio”, pronosticó.'),
    ).toEqual([['Elvira Santacruz Olmos', 'Va a abrir y cerrar el muelle cada semana hasta julio']]);
    expect(analysts('Elvira Santacruz, a port analyst, was blunt. "They will open and close the berth every week," she predicted.')).toEqual([
      ['Elvira Santacruz', 'They will open and close the berth every week'],
    ]);
  });
});
