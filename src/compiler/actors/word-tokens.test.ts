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

  it('reads only the requested range', () => {
    expect(wordTokens('one two three', 4, 7).map((t) => t.key)).toEqual(['two']);
  });
});

describe('phraseParts', () => {
  it('keeps the punctuation between words, so "U.S." is not "us"', () => {
    expect(phraseParts('U.S. government')).toEqual({ keys: ['u', 's', 'government'], folded: ['U', 'S', 'government'], separators: ['.', '. '] });
  });
});
