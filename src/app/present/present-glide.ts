/**
 * The glide between two presentation stops: the chart's window moves from one
 * range to the next over a few hundred milliseconds (eased), in whole days because
 * the chart's range is a pair of calendar days. Under reduced motion it jumps.
 */
import { useEffect, useRef, useState } from 'react';
import { easeCubicInOut } from 'd3-ease';
import type { DateRange } from '../timeline/timeline-props';

const DAY = 86_400_000;

function toDays(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

function toCalendar(days: number): string {
  return new Date(Math.round(days) * DAY).toISOString().slice(0, 10);
}

/** The window at progress t (0..1, already eased) between two windows. */
export function interpolateRange(from: DateRange, to: DateRange, t: number): DateRange {
  const k = Math.min(1, Math.max(0, t));
  const a = toDays(from.start) + (toDays(to.start) - toDays(from.start)) * k;
  const b = toDays(from.end) + (toDays(to.end) - toDays(from.end)) * k;
  const start = toCalendar(a);
  const end = toCalendar(b);
  return end < start ? { start, end: start } : { start, end };
}

export const GLIDE_MS = 600;

/** The range to draw now: follows `target`, gliding unless motion is reduced. */
export function useGlide(target: DateRange | null, reducedMotion: boolean): DateRange | null {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(target);
  useEffect(() => {
    const from = shownRef.current;
    const jump = () => {
      shownRef.current = target;
      setShown(target);
    };
    if (reducedMotion || !from || !target || (from.start === target.start && from.end === target.end)) {
      jump();
      return;
    }
    let frame = 0;
    const t0 = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / GLIDE_MS);
      const next = t >= 1 ? target : interpolateRange(from, target, easeCubicInOut(t));
      shownRef.current = next;
      setShown(next);
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target?.start, target?.end, reducedMotion]); // eslint-disable-line react-hooks/exhaustive-deps
  return shown;
}
