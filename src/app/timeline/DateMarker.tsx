import { MARKER_LABEL_SCALE } from './axis-labels';

interface DateMarkerProps {
  px: number;
  label: string;
  name: string;
  top: number;
  height: number;
  font: number;
  /** Baseline of the axis's upper row, where the label goes beside the line. */
  labelY: number;
  /** Which side of the line the label takes in that row, or below the axis when neither has room. */
  side: 'end' | 'start' | 'below';
}

/** A dashed vertical line for today (or the latest date in the data), labelled in the axis row. */
export function DateMarker({ px, label, name, top, height, font, labelY, side }: DateMarkerProps) {
  return (
    <g className="tl-marker" transform={`translate(${px},0)`}>
      <title>{name}</title>
      <line y1={side === 'below' ? top : 2} y2={height} />
      <text x={side === 'start' ? 4 : -4} y={side === 'below' ? top + font * 1.1 : labelY} textAnchor={side === 'start' ? 'start' : 'end'} fontSize={font * MARKER_LABEL_SCALE}>
        {label}
      </text>
    </g>
  );
}
