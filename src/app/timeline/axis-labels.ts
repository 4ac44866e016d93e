/**
 * Where the axis's upper row puts its labels: the period labels (months or years)
 * and the label of the today / latest-date marker, which goes in that row beside
 * its line so it never sits on the event labels below the axis.
 */
import type { Tick } from './time-scale';

/** A period label of the axis's upper row; `labelX` is NaN when it has no room. */
export interface MajorLabel extends Tick {
  px: number;
  labelX: number;
}

/** Average glyph width of the axis font, as a share of its size. */
const CHAR = 0.64;
/** The marker's label is a little smaller than the axis text. */
export const MARKER_LABEL_SCALE = 0.85;

/** Baseline of the axis's upper row (period labels, the date marker's label). */
export function axisMajorY(font: number): number {
  return Math.round(font * 1.2);
}

/** The period labels of the upper row, each at its period's start unless the next one leaves it no room. */
export function majorLabels(major: readonly Tick[], x: (ms: number) => number, width: number, font: number): MajorLabel[] {
  const charW = font * CHAR;
  return major.map((t, i) => {
    const next = major[i + 1];
    const px = x(t.ms);
    const w = t.label.length * charW + 8;
    const limit = next ? x(next.ms) : width;
    // The period the window opens in keeps its label at the left edge until the next one pushes it out.
    if (i === 0) {
      const labelX = Math.min(Math.max(px, 0), limit - w);
      return { ...t, px, labelX: labelX < 0 ? NaN : labelX };
    }
    return { ...t, px, labelX: px + w <= limit ? px : NaN };
  });
}

/**
 * Which side of its line the marker's label takes in the upper row: before it
 * ('end'), after it ('start'), or, when a period label is in the way on both
 * sides or the chart's edge cuts it, below the axis as before ('below').
 */
export function markerLabelSide(px: number, label: string, majors: readonly MajorLabel[], width: number, font: number): 'end' | 'start' | 'below' {
  const w = label.length * font * MARKER_LABEL_SCALE * CHAR;
  const taken = majors
    .filter((m) => !Number.isNaN(m.labelX))
    .map((m) => [m.labelX, m.labelX + 3 + m.label.length * font * CHAR + 4] as const);
  const free = (a: number, b: number): boolean => a >= 0 && b <= width && taken.every(([l, r]) => b <= l || a >= r);
  if (free(px - 4 - w, px - 4)) return 'end';
  if (free(px + 4, px + 4 + w)) return 'start';
  return 'below';
}
