import { describe, expect, it } from 'vitest';
import { phraseParts, wordTokens } from './word-tokens';

describe('wordTokens', () => {
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

  it('reads a word a print column split at its line end as one word, its offsets still spanning the printed text', () => {
    const text = 'el secretario Omar Villa Har-\nfuch dijo que su tra-  \n  bajo sigue';
    const words = wordTokens(text, 0, text.length);
    expect(words.map((t) => t.key)).toEqual(['el', 'secretario', 'omar', 'villa', 'harfuch', 'dijo', 'que', 'su', 'trabajo', 'sigue']);
    const split = words[4];
    expect(text.slice(split?.start, split?.end)).toBe('Har-\nfuch');
    expect(split?.capitalized).toBe(true);
  });

  it('keeps a hyphenated compound at a line end two words when the next line goes on in capitals or figures, and one in the middle of a line', () => {
    const text = 'Marta Roe-\nBrask backed the cease-fire in 2025-\n26 after the franco-mexicana talks';
    expect(wordTokens(text, 0, text.length).map((t) => t.key)).toEqual(['marta', 'roe', 'brask', 'backed', 'the', 'cease', 'fire', 'in', '2025', '26', 'after', 'the', 'franco', 'mexicana', 'talks']);
  });

  it('reads only the requested range', () => {
    expect(wordTokens('one two three', 4, 7).map((t) => t.key)).toEqual(['two']);
  });
});

describe('phraseParts', () => {
  it('keeps the punctuation between words, so "U.S." is not "us"', () => {
    expect(phraseParts('U.S. government')).toEqual({ keys: ['u', 's', 'government'], folded: ['U', 'S', 'government'], separators: ['.', '. '] });
  });
});
