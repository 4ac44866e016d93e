import type { ChartStrings } from './chart-text';

interface ToolbarProps {
  strings: ChartStrings;
  rangeText: string;
  canZoomIn: boolean;
  /** Items in view drawn as density rather than marks (0: none). */
  denseCount: number;
  empty: boolean;
  onZoom: (factor: number) => void;
  onFitAll: () => void;
}

/** The chart's own controls: zoom out and in, fit all, and what the window shows. */
export function Toolbar({ strings: s, rangeText, canZoomIn, denseCount, empty, onZoom, onFitAll }: ToolbarProps) {
  return (
    <div className="tl-toolbar" role="toolbar" aria-label={s.chart}>
      <button type="button" className="tl-btn" onClick={() => onZoom(0.5)} aria-label={s.zoomOut} title={`${s.zoomOut} (−)`}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="tl-btn" onClick={() => onZoom(2)} aria-label={s.zoomIn} title={`${s.zoomIn} (+)`} disabled={!canZoomIn}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="tl-btn tl-btn--text" onClick={onFitAll}>
        {s.fitAll}
      </button>
      <span className="tl-range">{rangeText}</span>
      {denseCount > 0 ? <span className="tl-status">{s.dense(denseCount)}</span> : null}
      {empty ? <span className="tl-status">{s.empty}</span> : null}
    </div>
  );
}
