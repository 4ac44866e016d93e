/**
 * Geometry of the events band for one window: where each visible event's mark,
 * bar or band goes, and which row and label it gets (via label-placement). A day
 * is a point at the start of that day; a range is a bar to the end of its last
 * day; a week, month or year is a translucent band over the whole period, with
 * the type's shape at its start, so the uncertainty shows as width.
 */
import type { EventItem } from './items';
import { charWidth, estimateWidth, placeLabels, truncate, type Cluster } from './label-placement';
import type { MeasureText } from './text-width';

export interface EventMark {
  item: EventItem;
  /** Shape position (px). */
  cx: number;
  /** Extent of a bar or band, clipped to the drawing (equal to cx for a point). */
  x0: number;
  x1: number;
  row: number;
  label: string | null;
  labelSide: 'right' | 'left';
}

export interface EventLayout {
  marks: EventMark[];
  clusters: Cluster[];
  /** Number of events in view (placed or clustered). */
  inView: number;
}

export interface EventLayoutOptions {
  /** Right edge of the region to lay out, in px. */
  width: number;
  /** Left edge of the region (default 0); a wider region lets the chart pan without a new layout. */
  left?: number;
  /** The part of the region on screen: labels of marks there stay there. */
  visible?: readonly [number, number];
  rows: number;
  radius: number;
  gap: number;
  font: number;
  labelChars: number;
  /** Real label widths (text-width.ts); without it, an average glyph width is assumed. */
  measure?: MeasureText | null;
  /** The selected event, drawn as its own mark even in a crowd. */
  selectedId?: string | null;
  /** Events whose label is drawn bold (selected, search hits): their labels need more room. */
  bold?: (id: string) => boolean;
}

/** Without measuring, bold glyphs are taken as this much wider than regular ones. */
const BOLD_FACTOR = 1.12;
/** A shortened label's glyphs may be a little wider on average than the whole label's. */
const MEASURE_MARGIN = 1.02;
/** A label on the right of a mark with a source count starts this much further out, past the badge. */
export const COUNT_LABEL_OFFSET = 4;

export function layoutEvents(items: readonly EventItem[], x: (ms: number) => number, o: EventLayoutOptions): EventLayout {
  const visible: { item: EventItem; cx: number; x0: number; x1: number; label: string }[] = [];
  const edge = o.radius * 2;
  const left = o.left ?? 0;
  for (const item of items) {
    const a = x(item.startMs);
    const b = item.kind === 'point' ? a : x(item.endMs);
    if (!(b >= left - edge && a <= o.width + edge)) continue;
    const x0 = Math.max(a, left - edge);
    const x1 = Math.min(b, o.width + edge);
    // A band or bar that starts off the region shows its shape at the region's left edge.
    const cx = item.kind === 'point' ? a : Math.max(a, Math.min(left + o.radius, x1));
    visible.push({ item, cx, x0, x1, label: truncate(item.event.title, o.labelChars) });
  }
  const byId = new Map(visible.map((v) => [v.item.id, v]));
  const cw = charWidth(o.font);
  const widthFactor = (id: string, label: string) => {
    const bold = o.bold?.(id) ?? false;
    if (!o.measure || label.length === 0) return bold ? BOLD_FACTOR : 1;
    return (o.measure(label, bold) / (label.length * cw)) * MEASURE_MARGIN;
  };
  const inputs = visible.map((v) => ({
    id: v.item.id,
    x0: v.cx,
    x1: Math.max(v.cx, v.x1),
    labelChars: v.label.length,
    priority: v.item.event.sourceCount,
    widthFactor: widthFactor(v.item.id, v.label),
    labelOffset: v.item.event.sourceCount > 1 ? COUNT_LABEL_OFFSET : 0,
  }));
  const place = (list: typeof inputs) =>
    placeLabels(list, {
      rows: o.rows,
      radius: o.radius,
      gap: o.gap,
      width: o.width,
      left,
      ...(o.visible ? { visible: o.visible } : {}),
      charWidth: cw,
      minChars: 8,
      badgeWidth: (n) => estimateWidth(`+${n}`, o.font) + 12,
    });
  let placement = place(inputs);
  // The selected event is never hidden in a cluster: when it would be, it goes first
  // (only then, so selecting a mark already drawn never moves the others).
  const chosen = o.selectedId;
  if (chosen != null && placement.clusters.some((c) => c.ids.includes(chosen))) {
    placement = place(inputs.map((i) => (i.id === chosen ? { ...i, priority: Infinity } : i)));
  }
  // A shortened label can be wider per glyph than the whole (fewer spaces): with
  // real widths, it is shortened further until it fits the room it was given.
  const shorten = (id: string, label: string, chars: number, factor: number) => {
    let n = chars;
    let out = n < label.length ? truncate(label, n) : label;
    if (!o.measure) return out;
    const bold = o.bold?.(id) ?? false;
    const room = chars * cw * factor;
    while (n > 2 && o.measure(out, bold) > room) out = truncate(label, --n);
    return out;
  };
  const marks: EventMark[] = [];
  for (const p of placement.placed) {
    const v = byId.get(p.id);
    if (!v) continue;
    const label = p.label ? shorten(v.item.id, v.label, p.labelChars, widthFactor(v.item.id, v.label)) : null;
    marks.push({ item: v.item, cx: v.cx, x0: v.x0, x1: v.x1, row: p.row, label, labelSide: p.label ?? 'right' });
  }
  // Stable drawing order (time), so React keys and tab order follow the axis.
  marks.sort((m, n) => m.item.startMs - n.item.startMs || (m.item.id < n.item.id ? -1 : 1));
  return { marks, clusters: placement.clusters, inView: visible.length };
}
