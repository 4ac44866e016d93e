import { describe, expect, it } from 'vitest';
import { foldKey, stripInvisible } from './fold-text';

describe('foldKey', () => {
  it('makes NFC, NFD, upper case, zero-width and bidi-wrapped forms of a name equal', () => {
    const forms = ['Gómez', 'Go\u0301mez', 'GÓMEZ', 'Gó\u200bmez', '\u2067Gómez\u2069', 'G\u202eómez', 'Gó\u00admez'];
    expect(new Set(forms.map(foldKey))).toEqual(new Set(['gomez']));
  });

  it('makes typographic apostrophes straight', () => {
    expect(foldKey('O’Neill')).toBe("o'neill");
  });
});

describe('stripInvisible', () => {
  it('removes only invisible characters', () => {
    expect(stripInvisible('An\u200bna \u2066Kelly\u2069')).toBe('Anna Kelly');
  });
});
