import { describe, expect, it } from 'vitest';
import { rangeToView, viewToRange } from './view-range';

describe('visible range', () => {
  it('round-trips a date range through the chart window', () => {
    const range = { start: '2026-01-05', end: '2026-01-25' };
    const view = rangeToView(range);
    expect(view).not.toBeNull();
    expect(viewToRange(view ?? [0, 0])).toEqual(range);
  });

  it('ignores a malformed or reversed range', () => {
    expect(rangeToView({ start: '2026-02-30', end: '2026-03-01' })).toBeNull();
    expect(rangeToView({ start: '2026-03-01', end: '2026-01-01' })).toBeNull();
  });

  it('reports whole days for a window that ends mid-day', () => {
    const r = viewToRange([Date.UTC(2026, 0, 5, 3), Date.UTC(2026, 0, 9, 20)]);
    expect(r).toEqual({ start: '2026-01-05', end: '2026-01-09' });
  });
});
