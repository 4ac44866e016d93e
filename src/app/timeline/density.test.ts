import { describe, expect, it } from 'vitest';
import { DAY_MS } from './calendar-date';
import { binCounts, countInView, stackQuotes } from './density';

const t0 = Date.UTC(2026, 0, 1);

describe('dense views', () => {
  it('counts every visible item once, in the bin of its day', () => {
    const ms = Float64Array.from([0, 0, 1, 2, 9, 10, 40].map((d) => t0 + d * DAY_MS));
    const bins = binCounts(ms, [t0, t0 + 10 * DAY_MS], 100, 10);
    expect(Array.from(bins)).toEqual([2, 1, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(countInView(ms, [t0, t0 + 10 * DAY_MS])).toBe(5);
  });

  it('returns empty bins, never NaN, for empty data or an empty view', () => {
    expect(Array.from(binCounts(new Float64Array(), [t0, t0 + DAY_MS], 30, 10))).toEqual([0, 0, 0]);
    expect(Array.from(binCounts(Float64Array.from([t0]), [t0, t0], 30, 10))).toEqual([0, 0, 0]);
  });

  it('stacks quotes said on the same day into one mark with a count', () => {
    const stacks = stackQuotes(
      [
        { id: 'a', x: 10 },
        { id: 'b', x: 10 },
        { id: 'c', x: 12 },
        { id: 'd', x: 40 },
      ],
      8,
    );
    expect(stacks.map((s) => s.ids.length)).toEqual([3, 1]);
    expect(stacks[1]?.x).toBe(40);
  });
});
