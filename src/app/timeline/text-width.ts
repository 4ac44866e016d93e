/**
 * How wide a label really is. Label placement counts characters times an average
 * glyph width, with no DOM measuring per frame; a fixed average overflows with
 * wide fonts (DejaVu Sans, the Linux default, is about 10 % wider than Segoe UI
 * or Roboto) and with capitals, and wastes room with narrow fonts. So each label
 * is measured once, with a canvas in the chart's own font, and the placement uses
 * that label's own average glyph width.
 */
import { useMemo } from 'react';

/** Width in px of `text` at the chart's font size, regular or bold. */
export type MeasureText = (text: string, bold: boolean) => number;

const MAX_CACHED = 20_000;

function canvasMeasure(fontFamily: string, fontPx: number): MeasureText | null {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  const cache = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.size > MAX_CACHED) cache.clear();
    ctx.font = `${bold ? 700 : 400} ${fontPx}px ${fontFamily}`;
    const w = ctx.measureText(text).width;
    cache.set(key, w);
    return w;
  };
}

/**
 * A measurer for the font `ref`'s element is drawn in (null before it is on the
 * page, or without canvas). It is made during the render, not in an effect, so the
 * chart's first render already lays labels out with real widths and no second
 * render follows; the element's font is read at the first measuring, once the
 * element exists.
 */
export function useMeasureText(ref: React.RefObject<HTMLElement | null>, mounted: boolean, fontPx: number): MeasureText | null {
  const measure = useMemo<MeasureText | null>(() => {
    if (typeof document === 'undefined' || !document.createElement('canvas').getContext('2d')) return null;
    let inner: MeasureText | null = null;
    return (text, bold) => {
      inner ??= canvasMeasure(ref.current ? getComputedStyle(ref.current).fontFamily : 'sans-serif', fontPx);
      return inner ? inner(text, bold) : 0;
    };
  }, [ref, fontPx]);
  return mounted ? measure : null;
}
