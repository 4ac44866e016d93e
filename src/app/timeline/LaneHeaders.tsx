import { memo } from 'react';
import type { ChartStrings } from './chart-text';
import type { Lane, LaneGroup, Row } from './lane-layout';

interface LaneHeadersProps {
  lanes: readonly Lane[];
  rows: ReadonlyMap<string, Row>;
  band: Row;
  eventCount: number;
  strings: ChartStrings;
  font: number;
  onToggle: (id: string) => void;
  onMove: (id: string, direction: -1 | 1) => void;
}

/**
 * The header column: one row per lane with the speaker's name, country (as text,
 * never a flag), quote count and buttons to collapse and reorder it.
 */
export const LaneHeaders = memo(function LaneHeaders({ lanes, rows, band, eventCount, strings: s, font, onToggle, onMove }: LaneHeadersProps) {
  const firstOf = new Map<LaneGroup, string>();
  const lastOf = new Map<LaneGroup, string>();
  for (const l of lanes) {
    if (!firstOf.has(l.group)) firstOf.set(l.group, l.id);
    lastOf.set(l.group, l.id);
  }
  return (
    <div className="tl-heads" style={{ fontSize: font }}>
      <div className="tl-head tl-head--band" style={{ top: band.y, height: band.height }}>
        <span className="tl-head-name">{s.events}</span>
        <span className="tl-head-count">{eventCount}</span>
      </div>
      {lanes.map((l) => {
        const row = rows.get(l.id);
        if (!row) return null;
        const label = l.name;
        return (
          <div
            key={l.id}
            className={`tl-head tl-head--${l.group}${l.collapsed ? ' is-collapsed' : ''}`}
            style={{ top: row.y, height: row.height }}
            role="group"
            aria-label={label}
          >
            <button
              type="button"
              className="tl-head-btn tl-head-toggle"
              aria-expanded={!l.collapsed}
              aria-label={l.collapsed ? s.expand(label) : s.collapse(label)}
              title={l.collapsed ? s.expand(label) : s.collapse(label)}
              onClick={() => onToggle(l.id)}
            >
              <span aria-hidden="true">{l.collapsed ? '▸' : '▾'}</span>
            </button>
            <span className="tl-head-name" title={label}>
              <bdi>{label}</bdi>
            </span>
            {l.country ? <span className="tl-head-country">{l.country}</span> : null}
            <span className="tl-head-count" title={s.quotes(l.count)}>
              {l.count}
            </span>
            {l.collapsed ? null : (
              <span className="tl-head-move">
                <button
                  type="button"
                  className="tl-head-btn"
                  aria-label={s.moveUp(label)}
                  title={s.moveUp(label)}
                  disabled={firstOf.get(l.group) === l.id}
                  onClick={() => onMove(l.id, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="tl-head-btn"
                  aria-label={s.moveDown(label)}
                  title={s.moveDown(label)}
                  disabled={lastOf.get(l.group) === l.id}
                  onClick={() => onMove(l.id, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
});
