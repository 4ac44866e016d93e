import { describe, expect, it } from 'vitest';
import { foldKey } from './fold-text';
import { actorSlug } from './actor-slug';
import { surnamesOf } from './surnames';
import { wordTokens } from './word-tokens';

describe('name folding', () => {
  it('makes NFC, NFD, upper case, zero-width and bidi-wrapped forms of a name equal', () => {
    const forms = ['Gómez', 'Go\u0301mez', 'GÓMEZ', 'Gó\u200bmez', '\u2067Gómez\u2069', 'G\u202eómez'];
    expect(new Set(forms.map(foldKey))).toEqual(new Set(['gomez']));
  });

  it('derives readable, stable ids', () => {
    expect(actorSlug('Claudia Sheinbaum')).toBe('claudia-sheinbaum');
    expect(actorSlug('U.S. government')).toBe('u-s-government');
    expect(actorSlug('Ciro Go\u0301mez Leyva')).toBe('ciro-gomez-leyva');
    expect(actorSlug('__proto__')).toBe('proto');
    expect(actorSlug('***')).toBe('actor');
  });

  it('keeps offsets in the original text when a word holds invisible characters', () => {
    const text = 'Hi Clau\u200bdia!';
    const [, word] = wordTokens(text, 0, text.length);
    expect(word).toMatchObject({ key: 'claudia', capitalized: true });
    expect(text.slice(word?.start, word?.end)).toBe('Clau\u200bdia');
  });

  it('treats astral letters as part of a word and emoji as separators', () => {
    const text = 'a𝐀b 😀c';
    expect(wordTokens(text, 0, text.length).map((t) => text.slice(t.start, t.end))).toEqual(['a𝐀b', 'c']);
  });
});

describe('surnamesOf', () => {
  it('uses the last name, and for longer Spanish names the paternal surname too', () => {
    expect(surnamesOf('Anna Kelly')).toEqual(['Kelly']);
    expect(surnamesOf('Ciro Gómez Leyva')).toEqual(['Leyva', 'Gómez Leyva', 'Gómez']);
    expect(surnamesOf('Madonna')).toEqual([]);
    expect(surnamesOf("Aoife O'Neill")).toEqual(["O'Neill"]);
  });
});
