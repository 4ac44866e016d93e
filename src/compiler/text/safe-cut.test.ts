import { describe, expect, it } from 'vitest';
import { safeCut } from './safe-cut';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

describe('safeCut', () => {
  it('drops an emoji cut in half instead of leaving a lone surrogate', () => {
    const text = 'ab😀cd';
    expect(safeCut(text, 3)).toBe('ab');
    expect(LONE_SURROGATE.test(safeCut(text, 3))).toBe(false);
  });

  it('keeps an emoji that ends exactly at the cut', () => {
    expect(safeCut('ab😀cd', 4)).toBe('ab😀');
  });

  it('returns short texts whole and nothing for a zero cut', () => {
    expect(safeCut('abc', 10)).toBe('abc');
    expect(safeCut('abc', 0)).toBe('');
  });
});
