import { memo } from 'react';
import { EVENT_TYPES, type EventType } from '../../schema/timeline';
import type { ChartStrings } from './chart-text';
import { shapePath, TYPE_SHAPE, typeColorVar } from './event-style';

interface LegendProps {
  strings: ChartStrings;
  types: ReadonlySet<EventType>;
  font: number;
}

/** What each shape and colour means, and how date precision is drawn. */
export const Legend = memo(function Legend({ strings: s, types, font }: LegendProps) {
  const r = font * 0.45;
  const box = font * 1.4;
  const swatch = (content: React.ReactNode, w = box) => (
    <svg width={w} height={box} viewBox={`${-w / 2} ${-box / 2} ${w} ${box}`} aria-hidden="true">
      {content}
    </svg>
  );
  return (
    <ul className="tl-legend" style={{ fontSize: font }} aria-label={s.legend}>
      {EVENT_TYPES.filter((t) => types.has(t)).map((t) => (
        <li key={t}>
          {swatch(<path d={shapePath(TYPE_SHAPE[t], r)} fill={typeColorVar(t)} />)}
          {s.types[t]}
        </li>
      ))}
      <li className="tl-legend-sep">
        {swatch(<path d={shapePath('circle', r)} className="tl-legend-neutral" />)}
        {s.precision.point}
      </li>
      <li>
        {swatch(
          <rect x={-box} y={-r * 0.45} width={box * 2} height={r * 0.9} rx={r * 0.45} className="tl-legend-neutral" />,
          box * 2,
        )}
        {s.precision.bar}
      </li>
      <li>
        {swatch(<rect x={-box} y={-box / 2 + 2} width={box * 2} height={box - 4} className="tl-legend-band" />, box * 2)}
        {s.precision.band}
      </li>
      <li>
        {swatch(<circle r={r} className="tl-legend-quote" />)}
        {swatch(<circle r={r} className="tl-legend-quote is-reported" />)}
        {s.quotes(1).replace(/^1 /, '')}
      </li>
      <li>
        {swatch(<circle r={r} className="tl-legend-quote is-as-reported" />)}
        {s.quoteAsReported}
      </li>
    </ul>
  );
});
