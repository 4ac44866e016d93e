/**
 * The chart's rows from top to bottom: the axis, the events band (its rows grow
 * with the number of events, plus rows the reader opened from a cluster, plus a
 * row for cluster badges) and one row per speaker's lane. A fixed height (a
 * presentation) gives its spare room to the events band.
 */
import { useMemo } from 'react';
import { eventBandRows, type Dimensions } from './dimensions';
import { verticalLayout, type Lane } from './lane-layout';

/** At most this many rows are added to the band from spare height. */
const MAX_SPARE_ROWS = 6;

export function useVerticalLayout(lanes: readonly Lane[], eventCount: number, extraRows: number, d: Dimensions, height: number | undefined) {
  return useMemo(() => {
    const band = eventBandRows(eventCount, d.bandRows);
    const rows = band.rows + extraRows;
    const cluster = band.clusterRow || extraRows > 0 ? 1 : 0;
    const sizes = { axis: d.axis, band: (rows + cluster) * d.row, lane: d.lane, collapsedLane: d.collapsedLane, gap: d.gap };
    const base = verticalLayout(lanes, sizes);
    const spare = height === undefined ? 0 : Math.max(0, Math.min(MAX_SPARE_ROWS, Math.floor((height - base.height) / d.row)));
    if (spare === 0) return { layout: base, bandRows: rows };
    return { layout: verticalLayout(lanes, { ...sizes, band: (rows + spare + cluster) * d.row }), bandRows: rows + spare };
  }, [lanes, eventCount, d.axis, d.row, d.lane, d.collapsedLane, d.gap, d.bandRows, extraRows, height]);
}
