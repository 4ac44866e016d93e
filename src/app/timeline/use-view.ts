/**
 * The chart's visible window. Gestures change it every frame; the store hears
 * about it shortly after a gesture ends (or after 400 ms of quiet), in whole days, so
 * the rest of the app (URL, lists, print copy) never re-renders mid-gesture. A
 * range coming back from the store that we sent ourselves is not re-applied, so a
 * gesture is never pulled back to a rounded copy of itself.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { clampView, type View } from './time-scale';
import type { DateRange } from './timeline-props';
import { rangeToView, sameRange, viewToRange } from './view-range';

const QUIET_MS = 400;
const SETTLE_MS = 200;

function initialView(range: DateRange | null, opening: View, full: View): View {
  const v = range ? rangeToView(range) : null;
  return clampView(v ?? opening, full);
}

export function useView(range: DateRange | null, fit: View, full: View, onRangeChange: (r: DateRange | null) => void) {
  const [view, setView] = useState<View>(() => initialView(range, fit, full));
  const [prev, setPrev] = useState({ range, fit, full });
  const sent = useRef<DateRange | null>(null);
  const pending = useRef<View | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const emit = useRef(onRangeChange);
  useEffect(() => {
    emit.current = onRangeChange;
  }, [onRangeChange]);

  // Props changed: adopt an outside range, refit when the data changes with no range.
  if (!sameRange(prev.range, range) || prev.fit !== fit || prev.full !== full) {
    const rangeMoved = !sameRange(prev.range, range);
    setPrev({ range, fit, full });
    // A range set elsewhere ("fit all" key, URL, filters) wins over a gesture's report still
    // waiting to be sent: sending it later would undo the reader's last command.
    if (rangeMoved && !sameRange(range, sent.current)) {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      pending.current = null;
      sent.current = range;
    }
    if (rangeMoved && range && !sameRange(range, sent.current)) setView(initialView(range, fit, full));
    else if (range === null && (rangeMoved || prev.fit !== fit)) setView(clampView(fit, full));
    else if (prev.full !== full) setView((v) => clampView(v, full));
  }

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const v = pending.current;
    pending.current = null;
    if (!v) return;
    const r = viewToRange(v);
    if (sameRange(r, sent.current)) return;
    sent.current = r;
    emit.current(r);
  }, []);

  const change = useCallback(
    (next: View, final = false) => {
      const v = clampView(next, full);
      setView(v);
      pending.current = v;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      // A finished gesture is reported shortly after, unless another one starts.
      timer.current = setTimeout(flush, final ? SETTLE_MS : QUIET_MS);
    },
    [full, flush],
  );

  /** Back to the opening view at once: a gesture's report still on its way is dropped. */
  const reset = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    sent.current = null;
    setView(clampView(fit, full));
    emit.current(null);
  }, [fit, full]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { view, change, flush, reset };
}
