/** Sizes of the chart per variant: compact for embeds, large type for presenting. */
export interface Dimensions {
  /** Width of the lane-header column. */
  side: number;
  axis: number;
  /** Height of one row of the events band. */
  row: number;
  bandRows: number;
  lane: number;
  collapsedLane: number;
  gap: number;
  font: number;
  radius: number;
  overview: number;
  /** Longest label, in characters. */
  labelChars: number;
  /** Above this many events in view, the band is drawn as a histogram. */
  denseEvents: number;
  /** Above this many quotes in view, the lanes are drawn as histograms. */
  denseQuotes: number;
}

const full: Dimensions = {
  side: 220,
  axis: 44,
  row: 26,
  bandRows: 4,
  lane: 30,
  collapsedLane: 20,
  gap: 10,
  font: 12,
  radius: 6,
  overview: 40,
  labelChars: 34,
  denseEvents: 200,
  denseQuotes: 300,
};

const embed: Dimensions = {
  ...full,
  side: 120,
  axis: 40,
  row: 22,
  bandRows: 3,
  lane: 24,
  collapsedLane: 18,
  gap: 6,
  font: 11,
  radius: 5,
  overview: 28,
  labelChars: 26,
};

const present: Dimensions = {
  ...full,
  side: 280,
  axis: 64,
  row: 42,
  bandRows: 4,
  lane: 46,
  collapsedLane: 28,
  gap: 14,
  font: 20,
  radius: 10,
  overview: 48,
  labelChars: 36,
  denseEvents: 150,
  denseQuotes: 250,
};

/**
 * `nameRoom` is the header column width the lane names ask for (their shortest
 * forms, see LaneHeaders); it is granted up to the variant's column and 45 % of
 * the container.
 */
export function dimensionsFor(variant: 'full' | 'embed' | 'present', width: number, nameRoom = 0): Dimensions {
  const d = variant === 'embed' ? embed : variant === 'present' ? present : full;
  // Narrow containers: the header column shrinks so the plot keeps most of the width.
  const side = Math.round(Math.min(d.side, Math.max(84, width * 0.3, Math.min(nameRoom, width * 0.45))));
  return side === d.side ? d : { ...d, side };
}

/**
 * Rows of the events band: one per event up to the variant's number, and a row
 * for counted clusters only when there are more events than rows. Few events get
 * a low band instead of empty rows; the count is of every event the chart holds,
 * not of those in view, so the band does not change height as the reader zooms.
 */
export function eventBandRows(events: number, maxRows: number): { rows: number; clusterRow: boolean } {
  const rows = Math.max(1, Math.min(maxRows, events));
  return { rows, clusterRow: events > rows };
}
