import { describe, expect, it } from 'vitest';
import { interpolateRange } from './present-glide';

describe('gliding between stops', () => {
  const a = { start: '2026-01-01', end: '2026-01-21' };
  const b = { start: '2026-01-11', end: '2026-02-10' };

  it('starts at the first window and ends at the second', () => {
    expect(interpolateRange(a, b, 0)).toEqual(a);
    expect(interpolateRange(a, b, 1)).toEqual(b);
  });

  it('passes through whole days in between', () => {
    expect(interpolateRange(a, b, 0.5)).toEqual({ start: '2026-01-06', end: '2026-01-31' });
  });

  it('clamps progress outside 0..1', () => {
    expect(interpolateRange(a, b, 2)).toEqual(b);
    expect(interpolateRange(a, b, -1)).toEqual(a);
  });
});
