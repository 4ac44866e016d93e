import { describe, expect, it } from 'vitest';
import { calmMarks } from '../timeline/accessible-names';
import { EDGE_TEXTS } from './build-timeline';

describe('chart labels with stacked combining marks', () => {
  it('keep ordinary accents and two-mark letters whole', () => {
    for (const text of ['Cafe\u0301', 'Vie\u0323\u0302t', 'Ñandú', 'ضَرَبَ', 'क्षि']) expect(calmMarks(text)).toBe(text);
  });

  it('cap Zalgo text at two marks per letter', () => {
    const calm = calmMarks(EDGE_TEXTS.zalgo);
    expect(calm).not.toMatch(/\p{M}{3}/u);
    expect(calm.replace(/\p{M}/gu, '')).toBe(EDGE_TEXTS.zalgo.replace(/\p{M}/gu, ''));
  });
});
