import { describe, expect, it } from 'vitest';
import { positionAt } from '../model';
import { lineIndex } from './line-index';

describe('lineIndex', () => {
  it('gives the same 1-based line and column as positionAt', () => {
    const text = 'first\nsecond line\n\nfourth';
    const at = lineIndex(text);
    for (const offset of [0, 3, 5, 6, 10, 18, 19, 22, text.length]) expect(at(offset)).toEqual(positionAt(text, offset));
  });
});
