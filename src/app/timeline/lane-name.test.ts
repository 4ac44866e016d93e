import { describe, expect, it } from 'vitest';
import { fitName, shortNames } from './lane-name';

const person = (name: string, aliases: string[] = []) => ({ name, aliases, kind: 'person' as const });
const org = (name: string, aliases: string[] = []) => ({ name, aliases, kind: 'organization' as const });
/** Ten px a character: enough to tell what fits. */
const width = (text: string) => text.length * 10;

describe('short lane names', () => {
  it('shortens a person to initials and surname, then the surname', () => {
    expect(shortNames(person('Harriet Vance'))).toEqual(['H. Vance', 'Vance']);
    expect(shortNames(person('Rodrigo Almanza'))).toEqual(['R. Almanza', 'Almanza']);
  });

  it('keeps a compound surname the registry knows whole', () => {
    expect(shortNames(person('Lucía Ferrán Olmedo', ['Ferrán Olmedo', 'la senadora']))).toEqual(['L. Ferrán Olmedo', 'Ferrán Olmedo']);
    expect(shortNames(person('Mary Ellen Cobb', ['Cobb']))).toEqual(['M. E. Cobb', 'Cobb']);
  });

  it('keeps the particles of a surname with it', () => {
    expect(shortNames(person('Tomás de la Vega'))).toEqual(['T. de la Vega', 'de la Vega']);
    expect(shortNames(person('Pieter van Loon'))).toEqual(['P. van Loon', 'van Loon']);
  });

  it('gives an organisation its acronym, and a one-word name nothing', () => {
    expect(shortNames(org('Partido Verde Regional', ['PVR', 'el partido verde']))).toEqual(['PVR']);
    expect(shortNames(org('Northern Water Authority', ['the water authority']))).toEqual([]);
    expect(shortNames(person('Madonna'))).toEqual([]);
  });

  it("shortens a government to the place it governs when the registry knows it by that name, then to its acronym", () => {
    const gov = (name: string, aliases: string[] = []) => ({ name, aliases, kind: 'government' as const });
    expect(shortNames(gov('Government of Norvia', ['the Norvian government', 'Norvia']))).toEqual(['Norvia']);
    expect(shortNames(gov('Gobierno de la República de Norvia', ['GRN', 'República de Norvia']))).toEqual(['República de Norvia', 'GRN']);
    // "República" alone is not a name the registry gives this office.
    expect(shortNames(gov('Fiscalía General de la República', ['FGN', 'la Fiscalía']))).toEqual(['FGN']);
    expect(shortNames(gov('Government of Norvia'))).toEqual([]);
  });

  it('shows the full name when it fits, else the longest short form that fits', () => {
    const forms = shortNames(person('Harriet Vance'));
    expect(fitName('Harriet Vance', forms, 200, width)).toBe('Harriet Vance');
    expect(fitName('Harriet Vance', forms, 90, width)).toBe('H. Vance');
    expect(fitName('Harriet Vance', forms, 60, width)).toBe('Vance');
    expect(fitName('Harriet Vance', forms, 20, width)).toBe('Vance');
    expect(fitName('Madonna', [], 20, width)).toBe('Madonna');
  });
});
