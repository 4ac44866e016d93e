/**
 * d3-brush on the overview strip: the brushed span is the visible window. A click
 * without a drag recentres the window there. The brush follows the window when it
 * changes elsewhere, but never while the reader is dragging it.
 */
import { useEffect, useRef } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { timeScale, type View } from './time-scale';

interface BrushOptions {
  full: View;
  view: View;
  width: number;
  height: number;
  onView: (view: View, final: boolean) => void;
}

export function useBrush(ref: React.RefObject<SVGGElement | null>, o: BrushOptions): void {
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);
  const active = useRef(false);
  const latest = useRef(o);
  useEffect(() => {
    latest.current = o;
  });

  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const b = brushX<unknown>().on('start brush end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      active.current = event.type !== 'end';
      const { full, width, view } = latest.current;
      const x = timeScale(full, width);
      const sel = event.selection as [number, number] | null;
      if (sel) {
        if (sel[1] - sel[0] < 2) return;
        latest.current.onView([x.invert(sel[0]).getTime(), x.invert(sel[1]).getTime()], event.type === 'end');
      } else if (event.type === 'end') {
        // A click on the strip: keep the span, centre it on the click.
        const [px] = pointer(event.sourceEvent as Event, g);
        const c = x.invert(px).getTime();
        const half = (view[1] - view[0]) / 2;
        latest.current.onView([c - half, c + half], true);
        b.move(select(g), [x(new Date(c - half)), x(new Date(c + half))]);
      }
    });
    behaviour.current = b;
    select(g).call(b);
    return () => {
      select(g).on('.brush', null);
      behaviour.current = null;
    };
  }, [ref]);

  const { full, view, width, height } = o;
  useEffect(() => {
    const g = ref.current;
    const b = behaviour.current;
    if (!g || !b || width <= 0 || active.current) return;
    b.extent([
      [0, 0],
      [width, height],
    ]);
    const x = timeScale(full, width);
    const sel = select(g);
    sel.call(b);
    b.move(sel, [x(new Date(view[0])), x(new Date(view[1]))]);
  }, [ref, full, view, width, height]);
}
