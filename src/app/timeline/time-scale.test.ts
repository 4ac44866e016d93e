import { describe, expect, it } from 'vitest';
import { DAY_MS } from './calendar-date';
import { axisTicks, clampView, fullExtent, MIN_SPAN_MS, timeScale, zoomView } from './time-scale';

const jan19 = Date.UTC(2026, 0, 19);

describe('time scale', () => {
  it('puts a calendar day on the same pixel in every time zone', () => {
    const x = timeScale([Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)], 310);
    expect(x(new Date(jan19))).toBeCloseTo(180);
  });

  it('shows a month around a single event, and around identical dates', () => {
    const [a, b] = fullExtent([{ startMs: jan19, endMs: jan19 + DAY_MS }, { startMs: jan19, endMs: jan19 + DAY_MS }], 0);
    expect(a).toBeLessThan(jan19);
    expect(b).toBeGreaterThan(jan19 + DAY_MS);
    const x = timeScale([a, b], 800);
    expect(Number.isNaN(x(new Date(jan19)))).toBe(false);
  });

  it('shows a month around today when there is no dated item', () => {
    const [a, b] = fullExtent([], jan19);
    expect(a).toBeLessThan(jan19);
    expect(b).toBeGreaterThan(jan19);
    const ticks = axisTicks([a, b], 800, 'en');
    expect(ticks.minor.length).toBeGreaterThan(0);
    expect(ticks.minor.every((t) => Number.isFinite(t.ms) && t.label !== '')).toBe(true);
  });

  it('pads the data extent so edge marks are not cut', () => {
    const [a, b] = fullExtent([{ startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2026, 0, 1) }], 0);
    expect(a).toBeLessThan(Date.UTC(2025, 0, 1));
    expect(b).toBeGreaterThan(Date.UTC(2026, 0, 1));
  });

  it('labels days when zoomed in, months further out and years when far out', () => {
    const week = axisTicks([jan19, jan19 + 7 * DAY_MS], 900, 'en');
    expect(week.level).toBe('day');
    expect(week.minor.map((t) => t.label).slice(0, 3)).toEqual(['19', '20', '21']);
    expect(week.major[0]?.label).toBe('January 2026');

    const year = axisTicks([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], 900, 'en');
    expect(year.level).toBe('month');
    expect(year.minor[0]?.label).toBe('Jan');
    expect(year.major[0]?.label).toBe('2025');

    const decades = axisTicks([Date.UTC(1900, 0, 1), Date.UTC(2026, 0, 1)], 900, 'en');
    expect(decades.level).toBe('year');
    expect(decades.minor.length).toBeLessThan(25);
  });

  it('never puts two tick labels closer than they need', () => {
    for (const days of [3, 10, 40, 200, 800, 5000]) {
      const view = [jan19, jan19 + days * DAY_MS] as const;
      const x = timeScale(view, 700);
      const t = axisTicks(view, 700, 'en');
      for (let i = 1; i < t.minor.length; i++) {
        const gap = x(new Date(t.minor[i]?.ms ?? 0)) - x(new Date(t.minor[i - 1]?.ms ?? 0));
        expect(gap).toBeGreaterThanOrEqual(26);
      }
    }
  });

  it('speaks Spanish month names', () => {
    const t = axisTicks([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], 900, 'es');
    expect(t.minor[0]?.label.toLowerCase()).toContain('ene');
  });

  it('keeps zooming inside the data and above three days', () => {
    const full = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)] as const;
    const tiny = clampView(zoomView(full, 10_000), full);
    expect(tiny[1] - tiny[0]).toBe(MIN_SPAN_MS);
    const out = clampView(zoomView(full, 0.1), full);
    expect(out).toEqual(full);
    const shifted = clampView([full[1], full[1] + 30 * DAY_MS], full);
    expect(shifted[1]).toBe(full[1]);
  });
});
