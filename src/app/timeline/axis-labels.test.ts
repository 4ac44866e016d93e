import { describe, expect, it } from 'vitest';
import { majorLabels, markerLabelSide } from './axis-labels';

const x = (ms: number): number => ms;
const font = 12;

describe('the date marker label in the axis row', () => {
  it('sits before its line when nothing is written there', () => {
    const majors = majorLabels([{ ms: 0, label: 'January 2026' }], x, 800, font);
    expect(markerLabelSide(700, 'Latest', majors, 800, font)).toBe('end');
  });

  it('moves after its line when a month label is written just before it, and below the axis when the label runs under it', () => {
    const majors = majorLabels([{ ms: 0, label: 'January 2026' }, { ms: 400, label: 'February 2026' }], x, 800, font);
    expect(markerLabelSide(520, 'Latest', majors, 800, font)).toBe('start');
    expect(markerLabelSide(430, 'Latest', majors, 800, font)).toBe('below');
  });

  it('goes below the axis when the chart edge and a month label leave it no room on either side', () => {
    const majors = majorLabels([{ ms: 0, label: 'January 2026' }, { ms: 700, label: 'Feb' }], x, 800, font);
    expect(markerLabelSide(770, 'Latest', majors, 800, font)).toBe('below');
  });

  it('keeps the first period label at the left edge, and hides one with no room before the next', () => {
    const majors = majorLabels([{ ms: -50, label: 'January 2026' }, { ms: 300, label: 'February 2026' }, { ms: 320, label: 'March 2026' }], x, 800, font);
    expect(majors.map((m) => m.labelX)).toEqual([0, NaN, 320]);
  });
});
