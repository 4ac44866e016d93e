import { describe, expect, it } from 'vitest';
import { dimensionsFor, eventBandRows } from './dimensions';

describe('eventBandRows', () => {
  it('gives two events a two-row band with no row for clusters', () => {
    expect(eventBandRows(2, dimensionsFor('full', 1200).bandRows)).toEqual({ rows: 2, clusterRow: false });
  });

  it('keeps one row for a chart of quotes only', () => {
    expect(eventBandRows(0, 4)).toEqual({ rows: 1, clusterRow: false });
  });

  it('caps the rows and adds the cluster row once events outnumber them', () => {
    expect(eventBandRows(4, 4)).toEqual({ rows: 4, clusterRow: false });
    expect(eventBandRows(5, 4)).toEqual({ rows: 4, clusterRow: true });
    expect(eventBandRows(1000, 3)).toEqual({ rows: 3, clusterRow: true });
  });
});

describe('dimensionsFor', () => {
  it("widens a narrow header column to the room the lane names ask for, within the variant's column and 45 % of the chart", () => {
    expect(dimensionsFor('full', 600).side).toBe(180);
    expect(dimensionsFor('full', 600, 205).side).toBe(205);
    expect(dimensionsFor('full', 600, 400).side).toBe(220);
    expect(dimensionsFor('full', 300, 200).side).toBe(135);
    // A column already wide enough is left as it is.
    expect(dimensionsFor('full', 1200, 150).side).toBe(220);
  });
});
