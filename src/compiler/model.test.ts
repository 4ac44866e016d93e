import { describe, expect, it } from 'vitest';
import { diagnostic, positionAt } from './model';

describe('diagnostic', () => {
  it('drops a lone surrogate left by an excerpt cut through an emoji', () => {
    const cut = 'hurt 😀😀'.slice(0, 7);
    const d = diagnostic('info', 'unattributed-quote', `no speaker for "${cut}"`, 'a.txt');
    expect(d.message).toBe('no speaker for "hurt 😀"');
  });

  it('keeps whole emoji and positions', () => {
    const d = diagnostic('warning', 'noise-block', 'left out 😀', 'a.txt', positionAt('a\nbc', 3));
    expect(d).toMatchObject({ message: 'left out 😀', line: 2, column: 2 });
  });
});
