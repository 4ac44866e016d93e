import { memo, useMemo, useRef } from 'react';
import { binCounts } from './density';
import { timeScale, type View } from './time-scale';
import { useBrush } from './use-brush';

interface OverviewProps {
  /** Times of every dated item, sorted. */
  all: Float64Array;
  full: View;
  view: View;
  width: number;
  height: number;
  label: string;
  years: { ms: number; label: string }[];
  font: number;
  onView: (view: View, final: boolean) => void;
}

const BIN_PX = 2;

/** Focus + context: the whole span as a histogram, with a brush for the visible window. */
export const Overview = memo(function Overview({ all, full, view, width, height, label, years, font, onView }: OverviewProps) {
  const brushRef = useRef<SVGGElement | null>(null);
  useBrush(brushRef, { full, view, width, height, onView });
  const area = useMemo(() => {
    const bins = binCounts(all, full, width, BIN_PX);
    let peak = 0;
    for (const c of bins) if (c > peak) peak = c;
    if (peak === 0) return '';
    let d = `M0,${height}`;
    bins.forEach((c, i) => {
      const h = (height - 4) * Math.sqrt(c / peak);
      d += `L${i * BIN_PX},${(height - h).toFixed(1)}L${(i + 1) * BIN_PX},${(height - h).toFixed(1)}`;
    });
    return `${d}L${width},${height}Z`;
  }, [all, full, width, height]);
  const x = timeScale(full, width);
  // A year is named where its label fits before the next one.
  const shown = years.flatMap((y, i) => {
    const px = Math.max(0, x(new Date(y.ms)));
    const next = years[i + 1];
    const limit = next ? x(new Date(next.ms)) : width;
    return px + y.label.length * font * 0.55 + 6 > limit ? [] : [{ ...y, px }];
  });
  return (
    <svg className="tl-overview" width={width} height={height} role="img" aria-label={label}>
      <title>{label}</title>
      <rect className="tl-overview-bg" width={width} height={height} />
      {area ? <path className="tl-overview-area" d={area} /> : null}
      {shown.map((y) => (
        <line key={y.ms} className="tl-overview-tick" x1={y.px} x2={y.px} y1={0} y2={height} />
      ))}
      <g ref={brushRef} className="tl-brush" />
      {/* Over the brush, with a halo: the window's border never runs through a year. */}
      <g className="tl-overview-years" aria-hidden="true">
        {shown.map((y) => (
          <text key={y.ms} className="tl-overview-year" x={y.px + 3} y={font + 1} fontSize={font * 0.85}>
            {y.label}
          </text>
        ))}
      </g>
    </svg>
  );
});
