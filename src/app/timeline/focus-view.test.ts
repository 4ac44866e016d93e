import { describe, expect, it } from 'vitest';
import { DAY_MS, utcDay } from './calendar-date';
import { focusView, type Placed } from './focus-view';
import { fullExtent } from './time-scale';

const day = (m: number, d: number, y = 2031): Placed => ({ startMs: utcDay(y, m, d), endMs: utcDay(y, m, d) + DAY_MS, precise: true });
const band = (start: number, end: number): Placed => ({ startMs: start, endMs: end, precise: false });
const year = (y: number) => band(utcDay(y, 1, 1), utcDay(y + 1, 1, 1));
const today = utcDay(2031, 6, 1);

function views(items: Placed[]) {
  const fit = fullExtent(items, today);
  return { fit, focus: focusView(items, fit, fit, today) };
}

describe('the window the chart opens on', () => {
  it('frames the items with a known day, leaving a year-long band to run off the edge', () => {
    const { fit, focus } = views([year(2030), day(1, 3), day(1, 12), day(1, 19), day(1, 29)]);
    expect(fit[0]).toBeLessThanOrEqual(utcDay(2030, 1, 1));
    expect(focus[0]).toBeGreaterThan(utcDay(2030, 12, 1));
    expect(focus[0]).toBeLessThanOrEqual(utcDay(2031, 1, 3));
    expect(focus[1]).toBeGreaterThanOrEqual(utcDay(2031, 1, 30));
    expect(focus[1]).toBeLessThan(utcDay(2031, 3, 1));
  });

  it('keeps an approximate item no longer than the span of the dated ones', () => {
    const week = band(utcDay(2031, 4, 7), utcDay(2031, 4, 14));
    const { focus } = views([day(3, 1), day(4, 1), week]);
    expect(focus[1]).toBeGreaterThanOrEqual(utcDay(2031, 4, 14));
  });

  it('leaves out an approximate item farther from the dated ones than their span is long', () => {
    const news = Array.from({ length: 12 }, (_, i) => day(1 + Math.floor(i / 4), 1 + (i % 4) * 7));
    // A month of 2024, shorter than the news's three months.
    const { fit, focus } = views([band(utcDay(2024, 3, 1), utcDay(2024, 4, 1)), ...news]);
    expect(fit[0]).toBeLessThanOrEqual(utcDay(2024, 3, 1));
    expect(focus[0]).toBeGreaterThan(utcDay(2030, 12, 1));
    // A month band just before the run is near enough to stay.
    const { focus: withNear } = views([band(utcDay(2030, 12, 1), utcDay(2031, 1, 1)), ...news]);
    expect(withNear[0]).toBeLessThanOrEqual(utcDay(2030, 12, 1));
  });

  it('fits everything when most items are approximate, or none has a known day', () => {
    const mostlyBands = [year(2029), year(2030), day(1, 3)];
    expect(views(mostlyBands).focus).toEqual(views(mostlyBands).fit);
    const onlyBands = [year(2029), band(utcDay(2031, 2, 1), utcDay(2031, 3, 1))];
    expect(views(onlyBands).focus).toEqual(views(onlyBands).fit);
  });

  it('leaves a lone item with a known day decades away out of the window, so the weeks of news are not a sliver', () => {
    const news = Array.from({ length: 24 }, (_, i) => day(1 + Math.floor(i / 8), 1 + (i % 8) * 3));
    const { fit, focus } = views([day(2, 7, 1985), ...news, day(12, 24, 2040)]);
    expect(fit[0]).toBeLessThanOrEqual(utcDay(1985, 2, 7));
    expect(focus[0]).toBeGreaterThan(utcDay(2030, 12, 1));
    expect(focus[0]).toBeLessThanOrEqual(utcDay(2031, 1, 1));
    expect(focus[1]).toBeGreaterThanOrEqual(utcDay(2031, 3, 23));
    expect(focus[1]).toBeLessThan(utcDay(2031, 6, 1));
  });

  it('keeps items that are far apart when they are more than one in twenty, or the gap is shorter than the rest', () => {
    // Two of ten items a decade back: a real part of the story, not outliers.
    const split = [day(3, 1, 2021), day(3, 2, 2021), ...Array.from({ length: 8 }, (_, i) => day(1, 1 + i))];
    expect(views(split).focus[0]).toBeLessThanOrEqual(utcDay(2021, 3, 1));
    // One of twenty-one items, but only a month before a three-month run.
    const near = [day(1, 1), ...Array.from({ length: 20 }, (_, i) => day(2 + Math.floor(i / 7), 1 + (i % 7) * 4))];
    expect(views(near).focus[0]).toBeLessThanOrEqual(utcDay(2031, 1, 1));
  });
});
