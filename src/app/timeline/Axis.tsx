import { axisMajorY, majorLabels } from './axis-labels';
import type { AxisTicks } from './time-scale';

interface AxisProps {
  ticks: AxisTicks;
  x: (ms: number) => number;
  width: number;
  /** Height of the axis row; grid lines run on to `height`. */
  axisHeight: number;
  height: number;
  font: number;
}

/** Two-tier time axis: context (months or years) on top, finer ticks below, grid lines through the chart. */
export function Axis({ ticks, x, width, axisHeight, height, font }: AxisProps) {
  const majorY = axisMajorY(font);
  const minorY = axisHeight - Math.round(font * 0.6);
  const majors = majorLabels(ticks.major, x, width, font);
  return (
    <g className="tl-axis" aria-hidden="true">
      <rect className="tl-axis-bg" x={0} y={0} width={width} height={axisHeight} />
      {ticks.minor.map((t) => {
        const px = x(t.ms);
        const fits = px + t.label.length * font * 0.6 + 4 <= width;
        return (
          <g key={`n${t.ms}`} transform={`translate(${px},0)`}>
            <line className="tl-grid" y1={axisHeight - 6} y2={height} />
            {fits ? (
              <text className="tl-tick" x={3} y={minorY} fontSize={font}>
                {t.label}
              </text>
            ) : null}
          </g>
        );
      })}
      {majors.map((t) =>
        t.px >= 0 ? <line key={`jl${t.ms}`} className="tl-grid tl-grid--major" x1={t.px} x2={t.px} y1={2} y2={height} /> : null,
      )}
      {majors.map((t) =>
        Number.isNaN(t.labelX) ? null : (
        <text key={`j${t.ms}`} className="tl-tick tl-tick--major" x={t.labelX + 3} y={majorY} fontSize={font}>
          {t.label}
        </text>
        ),
      )}
      <line className="tl-axis-rule" x1={0} x2={width} y1={axisHeight} y2={axisHeight} />
    </g>
  );
}
