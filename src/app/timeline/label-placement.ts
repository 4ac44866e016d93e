/**
 * Greedy placement of event marks and their labels in the events band. Items are
 * taken most important first (most sources, then earliest) and put in the first
 * row where the mark and its label fit; failing that, the mark alone; failing
 * that, the item joins a counted cluster ("+3") drawn on its own row, which opens
 * when the reader zooms in or clicks it. Nothing placed ever overlaps anything
 * else on its row, and cluster badges never overlap each other.
 */

export interface PlaceInput {
  id: string;
  /** Mark extent in px: a point has x0 === x1; bars and bands run to x1. */
  x0: number;
  x1: number;
  /** Width the label needs in px (0: no label). */
  labelWidth: number;
  /** Higher first. */
  priority: number;
}

export interface Placement {
  id: string;
  row: number;
  /** Where the label goes; null when the mark is shown without one. */
  label: 'right' | 'left' | null;
}

export interface Cluster {
  /** Centre of the badge. */
  x: number;
  /** Pixel extent of the clustered marks. */
  x0: number;
  x1: number;
  ids: string[];
}

export interface BandPlacement {
  placed: Placement[];
  clusters: Cluster[];
}

export interface PlaceOptions {
  rows: number;
  /** Half the mark's width: marks need this much room around their point. */
  radius: number;
  /** Space between a mark and its label, and between neighbours. */
  gap: number;
  /** Width of the drawing: labels are not placed past either edge. */
  width: number;
  /** Width of a cluster badge showing `count`. */
  badgeWidth: (count: number) => number;
}

type Interval = [number, number];

/** Rows of disjoint intervals kept sorted by start, for O(log n) fit checks. */
class RowSet {
  private readonly rows: Interval[][];
  constructor(n: number) {
    this.rows = Array.from({ length: n }, () => []);
  }
  fits(row: number, a: number, b: number): boolean {
    const r = this.rows[row];
    if (!r) return false;
    let lo = 0;
    let hi = r.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((r[mid] as Interval)[0] < a) lo = mid + 1;
      else hi = mid;
    }
    const prev = r[lo - 1];
    const next = r[lo];
    return (!prev || prev[1] <= a) && (!next || next[0] >= b);
  }
  add(row: number, a: number, b: number): void {
    const r = this.rows[row];
    if (!r) return;
    let i = 0;
    while (i < r.length && (r[i] as Interval)[0] < a) i++;
    r.splice(i, 0, [a, b]);
  }
}

export function placeLabels(items: readonly PlaceInput[], o: PlaceOptions): BandPlacement {
  const order = [...items].sort((a, b) => b.priority - a.priority || a.x0 - b.x0 || (a.id < b.id ? -1 : 1));
  const rows = new RowSet(o.rows);
  const placed: Placement[] = [];
  const overflow: PlaceInput[] = [];
  const pad = o.gap / 2;

  const tryPlace = (it: PlaceInput): Placement | null => {
    const markA = it.x0 - o.radius - pad;
    const markB = Math.max(it.x1, it.x0 + o.radius) + pad;
    const candidates: [Placement['label'], number, number][] = [];
    if (it.labelWidth > 0) {
      const rightEnd = Math.max(it.x1, it.x0 + o.radius + o.gap + it.labelWidth) + pad;
      if (rightEnd <= o.width) candidates.push(['right', markA, rightEnd]);
      const leftStart = it.x0 - o.radius - o.gap - it.labelWidth - pad;
      if (leftStart >= 0) candidates.push(['left', leftStart, markB]);
    }
    candidates.push([null, markA, markB]);
    for (const [label, a, b] of candidates) {
      for (let row = 0; row < o.rows; row++) {
        if (rows.fits(row, a, b)) {
          rows.add(row, a, b);
          return { id: it.id, row, label };
        }
      }
    }
    return null;
  };

  for (const it of order) {
    const p = tryPlace(it);
    if (p) placed.push(p);
    else overflow.push(it);
  }

  overflow.sort((a, b) => a.x0 - b.x0 || (a.id < b.id ? -1 : 1));
  const clusters: Cluster[] = [];
  const badge = (c: Cluster): Interval => {
    const w = o.badgeWidth(c.ids.length);
    return [c.x - w / 2 - pad, c.x + w / 2 + pad];
  };
  for (const it of overflow) {
    let c: Cluster = { x: (it.x0 + it.x1) / 2, x0: it.x0, x1: it.x1, ids: [it.id] };
    // Merge backwards while the new badge would touch the previous one.
    for (;;) {
      const prev = clusters[clusters.length - 1];
      if (!prev || badge(prev)[1] <= badge(c)[0]) break;
      clusters.pop();
      const x0 = Math.min(prev.x0, c.x0);
      const x1 = Math.max(prev.x1, c.x1);
      c = { x: (x0 + x1) / 2, x0, x1, ids: [...prev.ids, ...c.ids] };
    }
    clusters.push(c);
  }
  return { placed, clusters };
}

/**
 * Width of a label in px without measuring the DOM: an average glyph width per
 * character. It errs wide for Latin text, so real labels fit in their slot.
 */
export function estimateWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * 0.56);
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/**
 * Shortens text to at most `max` user-perceived characters, ending in "…". Cuts
 * between graphemes, so emoji, accents and Zalgo marks are never split.
 */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  if (!segmenter) return `${Array.from(clean).slice(0, max - 1).join('')}…`;
  let out = '';
  let n = 0;
  for (const { segment } of segmenter.segment(clean)) {
    if (n >= max - 1) return `${out.trimEnd()}…`;
    out += segment;
    n++;
  }
  return out;
}
