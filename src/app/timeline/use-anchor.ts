/**
 * Marks are laid out for an anchor window a little wider than the view. Panning
 * inside that margin only slides the marks layer (`dx`); a zoom, or a pan past the
 * margin, lays them out again. Once the window rests (a pan ended, a glide
 * arrived) they are laid out for it exactly, so no label laid out for the anchor
 * runs past the chart's edges. This keeps drag frames cheap.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Extra layout on each side of the view, as a fraction of its width. */
export const MARGIN = 0.25;
/** Quiet time after which the marks are laid out again for the window at rest. */
const SETTLE_MS = 150;

export function useAnchor(view: readonly [number, number], width: number) {
  const span = view[1] - view[0];
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  const [anchor, setAnchor] = useState({ view, width });
  if (
    anchor.width !== width ||
    Math.abs(anchor.view[1] - anchor.view[0] - span) > span * 1e-9 ||
    Math.abs(anchor.view[0] - view[0]) > span * MARGIN * 0.8
  ) {
    setAnchor({ view, width });
  }
  useEffect(() => {
    if (anchor.view[0] === view[0] && anchor.view[1] === view[1]) return;
    const timer = setTimeout(() => setAnchor({ view: viewRef.current, width }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [anchor, view, width]);
  const a0 = anchor.view[0];
  /** Time to x within the anchored marks layer. */
  const ax = useCallback((ms: number) => ((ms - a0) / span) * width, [a0, span, width]);
  const toMs = useCallback((px: number) => a0 + (px / width) * span, [a0, span, width]);
  /** How far the marks layer slides to show the view. */
  const dx = ((a0 - view[0]) / span) * width;
  return { a0, span, ax, toMs, dx, viewRef };
}
