interface DateMarkerProps {
  px: number;
  label: string;
  name: string;
  top: number;
  height: number;
  font: number;
}

/** A dashed vertical line for today (or the latest date in the data), labelled in the axis row. */
export function DateMarker({ px, label, name, top, height, font }: DateMarkerProps) {
  return (
    <g className="tl-marker" transform={`translate(${px},0)`}>
      <title>{name}</title>
      <line y1={top} y2={height} />
      <text x={-4} y={top + font * 1.1} textAnchor="end" fontSize={font * 0.85}>
        {label}
      </text>
    </g>
  );
}
