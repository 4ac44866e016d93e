/**
 * Greedy placement of event marks and their labels in the events band, in two
 * passes. First the marks, most important first (most sources, then earliest):
 * each goes in the row where it fits with the most free room to its right, so
 * neighbours spread over the rows and leave space for words; a mark that fits
 * nowhere joins a counted cluster ("+3") on its own row, which opens when the
 * reader zooms in or clicks it. Then the labels, again most important first: each
 * takes the room beside its mark up to the next thing on its row, shortened if
 * need be, and is dropped if too little room is left. Nothing on a row ever
 * overlaps anything else, and cluster badges never overlap each other.
 */

export interface PlaceInput {
  id: string;
  /** Mark extent in px: a point has x0 === x1; bars and bands run to x1. */
  x0: number;
  x1: number;
  /** Characters in the full label (0: no label). */
  labelChars: number;
  /** Higher first. */
  priority: number;
  /** Glyph width relative to `charWidth` (bold labels are wider); default 1. */
  widthFactor?: number;
  /** Extra space between the mark and a label on its right (a count badge); default 0. */
  labelOffset?: number;
}

export interface Placement {
  id: string;
  row: number;
  /** Where the label goes; null when the mark is shown without one. */
  label: 'right' | 'left' | null;
  /** How many characters of the label fit (≤ labelChars). */
  labelChars: number;
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
  /** Right edge of the drawing: labels are not placed past it. */
  width: number;
  /** Left edge of the drawing (default 0). */
  left?: number;
  /**
   * The part of the drawing on screen, when the drawing is wider (laid out with a
   * margin for panning): labels of marks on screen stay on screen.
   */
  visible?: readonly [number, number];
  /** Average width of one label character, in px. */
  charWidth: number;
  /** Shortest useful label, in characters (shorter ones are dropped). */
  minChars: number;
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
  /** Free space to the right of `b` on a row (up to `limit`), or -1 if [a, b] does not fit. */
  roomRight(row: number, a: number, b: number, limit: number): number {
    if (!this.fits(row, a, b)) return -1;
    const r = this.rows[row] ?? [];
    const next = r.find((iv) => iv[0] >= b);
    return (next ? next[0] : limit) - b;
  }
  /** Free space to the left of `a` on a row (down to 0). */
  roomLeft(row: number, a: number, floor: number): number {
    const r = this.rows[row] ?? [];
    let prevEnd = floor;
    for (const iv of r) if (iv[1] <= a && iv[1] > prevEnd) prevEnd = iv[1];
    return a - prevEnd;
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
  const pad = o.gap / 2;
  const leftEdge = o.left ?? 0;
  const markOf = (it: PlaceInput): Interval => [it.x0 - o.radius - pad, Math.max(it.x1, it.x0 + o.radius) + pad];

  // Pass 1: marks.
  const rowOf = new Map<string, number>();
  const overflow: PlaceInput[] = [];
  for (const it of order) {
    const [a, b] = markOf(it);
    // Room wanted on each side: for this label, and for a neighbour's on the left.
    const want = Math.max(it.labelChars, o.minChars) * o.charWidth + o.gap;
    let best = -1;
    let bestScore = -1;
    for (let row = 0; row < o.rows; row++) {
      const right = rows.roomRight(row, a, b, Math.max(o.width, b));
      if (right < 0) continue;
      const score = Math.min(right, want) + Math.min(rows.roomLeft(row, a, leftEdge), want);
      if (score > bestScore) {
        best = row;
        bestScore = score;
      }
    }
    if (best < 0) {
      overflow.push(it);
      continue;
    }
    rows.add(best, a, b);
    rowOf.set(it.id, best);
  }

  // Pass 2: labels, in the room each mark has left beside it.
  const placed: Placement[] = [];
  for (const it of order) {
    const row = rowOf.get(it.id);
    if (row === undefined) continue;
    const p: Placement = { id: it.id, row, label: null, labelChars: 0 };
    placed.push(p);
    if (it.labelChars <= 0) continue;
    const [a, b] = markOf(it);
    const cw = o.charWidth * (it.widthFactor ?? 1);
    const start = it.x0 + o.radius + o.gap + (it.labelOffset ?? 0);
    const onScreen = o.visible !== undefined && it.x0 >= o.visible[0] && it.x0 <= o.visible[1];
    const rightLimit = onScreen && o.visible ? o.visible[1] : o.width;
    const leftLimit = onScreen && o.visible ? o.visible[0] : leftEdge;
    const rightRoom = Math.min(rows.roomRight(row, b, b, o.width), rightLimit - b) + (b - start);
    const leftRoom = Math.min(rows.roomLeft(row, a, leftEdge), a - leftLimit) - o.gap + pad;
    const fitChars = (room: number) => Math.min(it.labelChars, Math.floor(room / cw));
    // A mark off screen never sends its label onto the screen without it.
    const offRight = o.visible !== undefined && it.x0 > o.visible[1];
    const offLeft = o.visible !== undefined && it.x0 < o.visible[0];
    const right = offLeft ? 0 : fitChars(rightRoom - pad);
    const left = offRight ? 0 : fitChars(leftRoom - pad);
    // Prefer the right; take the left only when it shows clearly more of the label.
    if (right >= Math.min(it.labelChars, o.minChars) && right >= left - 3) {
      p.label = 'right';
      p.labelChars = right;
      rows.add(row, b, Math.max(b, start + right * cw) + pad);
    } else if (left >= Math.min(it.labelChars, o.minChars)) {
      p.label = 'left';
      p.labelChars = left;
      const end = it.x0 - o.radius - o.gap;
      rows.add(row, end - left * cw - pad, a);
    }
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
 * Average glyph width without measuring the DOM. It errs wide for Latin text, so
 * real labels fit in their slot; wide scripts (CJK) are clipped by the band.
 */
export function charWidth(fontPx: number): number {
  return fontPx * 0.56;
}

export function estimateWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * charWidth(fontPx));
}

// Built on first need: creating a Segmenter loads ICU data (15–25 ms in Chromium),
// which the first render of ordinary labels never needs.
let segmenter: Intl.Segmenter | null | undefined;
function graphemes(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter;
}

/**
 * Characters that can join the one before them into a single grapheme (marks,
 * joiners, variation selectors, Hangul jamo, prepend and spacing signs) or that
 * take two UTF-16 units (surrogates: emoji, flags). Text free of them is one
 * grapheme per code unit.
 */
const JOINS = /[\p{M}\u200c\u200d\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uff9e\uff9f\ud800-\udfff\u{10000}-\u{10ffff}]/u;

/**
 * Shortens text to at most `max` user-perceived characters, ending in "…". Cuts
 * between graphemes, so emoji, accents and Zalgo marks are never split.
 */
export function truncate(text: string, max: number): string {
  // Labels are cut every frame while zooming: remember recent results.
  const key = `${max}\u0000${text}`;
  const hit = truncated.get(key);
  if (hit !== undefined) return hit;
  if (truncated.size > 20_000) truncated.clear();
  const out = cut(text, max);
  truncated.set(key, out);
  return out;
}

const truncated = new Map<string, string>();

function cut(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  if (!JOINS.test(clean.slice(0, max))) return `${clean.slice(0, max - 1).trimEnd()}…`;
  const segments = graphemes();
  if (!segments) return `${Array.from(clean).slice(0, max - 1).join('')}…`;
  let out = '';
  let n = 0;
  for (const { segment } of segments.segment(clean)) {
    if (n >= max - 1) return `${out.trimEnd()}…`;
    out += segment;
    n++;
  }
  return out;
}
