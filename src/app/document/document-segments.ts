/**
 * Splits a document's text into its blocks, and each block into runs of text
 * that are covered by the same extracted items, so the document view can show
 * exactly what was taken from the article and what was not.
 */
import type { TimelineDocument } from '../../schema/timeline';

export interface ExtractMark {
  id: string;
  kind: 'event' | 'quote';
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the items whose span covers this run, innermost first. */
  items: string[];
  kinds: ('event' | 'quote')[];
}

export interface BlockView {
  /** 'unlisted': text that no block covers, shown so nothing in the article is hidden. */
  kind: TimelineDocument['blocks'][number]['kind'] | 'unlisted';
  reason?: string;
  start: number;
  end: number;
  segments: Segment[];
}

export function documentSegments(doc: Pick<TimelineDocument, 'text' | 'blocks'>, marks: readonly ExtractMark[]): BlockView[] {
  const len = doc.text.length;
  const clean = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, len)), end: Math.max(0, Math.min(m.end, len)) }))
    .filter((m) => m.end > m.start);
  const blocks =
    doc.blocks.length > 0
      ? [...doc.blocks]
          .map((b) => ({ ...b, start: Math.max(0, Math.min(b.start, len)), end: Math.max(0, Math.min(b.end, len)) }))
          .filter((b) => b.end > b.start)
          .sort((a, b) => a.start - b.start)
      : [{ start: 0, end: len, kind: 'body' as const }];
  const out: BlockView[] = [];
  let covered = 0;
  const withGaps: { start: number; end: number; kind: BlockView['kind']; reason?: string | undefined }[] = [];
  for (const b of blocks) {
    if (b.start > covered && doc.text.slice(covered, b.start).trim() !== '') withGaps.push({ start: covered, end: b.start, kind: 'unlisted' });
    withGaps.push(b);
    covered = Math.max(covered, b.end);
  }
  if (covered < len && doc.text.slice(covered).trim() !== '') withGaps.push({ start: covered, end: len, kind: 'unlisted' });
  covered = 0;
  for (const b of withGaps) {
    // Overlapping blocks are clipped so no text is shown twice.
    const start = Math.max(b.start, covered);
    if (start >= b.end) continue;
    covered = b.end;
    const cuts = new Set<number>([start, b.end]);
    for (const m of clean) {
      if (m.start > start && m.start < b.end) cuts.add(m.start);
      if (m.end > start && m.end < b.end) cuts.add(m.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i] as number;
      const e = points[i + 1] as number;
      const over = clean.filter((m) => m.start <= s && m.end >= e).sort((x, y) => x.end - x.start - (y.end - y.start));
      segments.push({ start: s, end: e, text: doc.text.slice(s, e), items: over.map((m) => m.id), kinds: over.map((m) => m.kind) });
    }
    const view: BlockView = { kind: b.kind, start, end: b.end, segments };
    if (typeof b.reason === 'string') view.reason = b.reason;
    out.push(view);
  }
  return out;
}
