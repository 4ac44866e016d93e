/**
 * d3-zoom owns the wheel, drag and pinch gestures on the chart surface, and
 * nothing else: each gesture becomes a new visible window through
 * `transform.rescaleX(scale)`. When the window changes for another reason (buttons,
 * brush, URL), the zoom's own transform is brought in line without a gesture.
 */
import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { MIN_SPAN_MS, timeScale, type View } from './time-scale';

interface ZoomOptions {
  full: View;
  view: View;
  width: number;
  height: number;
  /** Wheel zooms only with Ctrl/⌘ (or a pinch): for embeds inside scrolling articles. */
  wheelNeedsModifier: boolean;
  /** The svg is in the DOM: the chart draws it once its container's width is known. */
  mounted: boolean;
  onView: (view: View, final: boolean) => void;
}

export function useZoom(ref: React.RefObject<SVGSVGElement | null>, o: ZoomOptions): void {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const latest = useRef(o);
  const gestureView = useRef<View | null>(null);
  useEffect(() => {
    latest.current = o;
  });

  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        const e = event as MouseEvent & WheelEvent;
        if (e.type === 'wheel') return !latest.current.wheelNeedsModifier || e.ctrlKey || e.metaKey;
        // Let clicks and drags that start on a mark's label still pan, but not on buttons outside the svg.
        return !e.ctrlKey && !e.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return;
        const { full, width } = latest.current;
        const xs = event.transform.rescaleX(timeScale(full, width));
        const [a, b] = xs.domain();
        if (!a || !b) return;
        gestureView.current = [a.getTime(), b.getTime()];
        latest.current.onView(gestureView.current, false);
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return;
        latest.current.onView(gestureView.current ?? latest.current.view, true);
        gestureView.current = null;
      });
    behaviour.current = z;
    select(svg).call(z);
    return () => {
      select(svg).on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, o.mounted]);

  const { full, view, width, height } = o;
  useEffect(() => {
    const svg = ref.current;
    const z = behaviour.current;
    if (!svg || !z || width <= 0) return;
    const span = full[1] - full[0];
    z.scaleExtent([1, Math.max(1, span / MIN_SPAN_MS)])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ]);
    const k = span / (view[1] - view[0]);
    const x = -((view[0] - full[0]) / span) * width * k;
    const now = zoomTransform(svg);
    if (Math.abs(now.k - k) > 1e-9 * k || Math.abs(now.x - x) > 0.25) {
      z.transform(select(svg), zoomIdentity.translate(x, 0).scale(k));
    }
  }, [ref, full, view, width, height]);
}
