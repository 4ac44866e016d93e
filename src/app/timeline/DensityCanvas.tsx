import { useLayoutEffect, useRef } from 'react';
import { binCounts } from './density';

export interface DensityRow {
  key: string;
  /** Item times, sorted. */
  ms: Float64Array;
  y: number;
  height: number;
}

interface DensityCanvasProps {
  rows: readonly DensityRow[];
  view: readonly [number, number];
  width: number;
  height: number;
  /** CSS colour or custom property (read from the canvas's computed style). */
  colorVar: string;
}

const BIN_PX = 3;

/**
 * The dense layer: when too many items are in view for SVG, each row becomes a
 * histogram drawn on one canvas, rescaled per row so its peak fills the row.
 */
export function DensityCanvas({ rows, view, width, height, colorVar }: DensityCanvasProps) {
  const ref = useRef<HTMLCanvasElement | null>(null);
  const color = useRef<{ scheme: string; value: string } | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const w = Math.max(1, Math.round(width * dpr));
    const h = Math.max(1, Math.round(height * dpr));
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    // Reading a custom property forces a style pass: do it once, then again only
    // when the colour scheme or the page theme changes.
    const scheme = `${document.documentElement.getAttribute('data-theme') ?? ''}|${window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false}`;
    if (color.current === null || color.current.scheme !== scheme) {
      // Through `color`, so a light-dark() value arrives resolved for the current scheme.
      canvas.style.color = `var(${colorVar}, #4a6fa5)`;
      color.current = { scheme, value: getComputedStyle(canvas).color || '#4a6fa5' };
    }
    ctx.fillStyle = color.current.value;
    for (const row of rows) {
      const bins = binCounts(row.ms, view, width, BIN_PX);
      let peak = 0;
      for (const c of bins) if (c > peak) peak = c;
      if (peak === 0) continue;
      const usable = row.height - 6;
      const base = row.y + row.height - 3;
      for (let i = 0; i < bins.length; i++) {
        const c = bins[i] ?? 0;
        if (c === 0) continue;
        // Square-root scale: single items stay visible next to a peak.
        const bh = Math.max(1.5, usable * Math.sqrt(c / peak));
        ctx.fillRect(i * BIN_PX, base - bh, BIN_PX - 0.5, bh);
      }
    }
  });
  return <canvas ref={ref} className="tl-canvas" style={{ width, height }} aria-hidden="true" />;
}
