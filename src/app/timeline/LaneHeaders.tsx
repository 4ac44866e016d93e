import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { ChartStrings } from './chart-text';
import type { Lane, LaneGroup, Row } from './lane-layout';
import { fitName } from './lane-name';
import type { MeasureText } from './text-width';

interface LaneHeadersProps {
  lanes: readonly Lane[];
  rows: ReadonlyMap<string, Row>;
  band: Row;
  eventCount: number;
  strings: ChartStrings;
  font: number;
  /** Width of the header column: the room for names follows it. */
  width: number;
  measure: MeasureText | null;
  /** Reports the column width at which every lane's shortest name form fits. */
  onNameRoom: (width: number) => void;
  onToggle: (id: string) => void;
  onMove: (id: string, direction: -1 | 1) => void;
}

/**
 * The header column: one row per lane with the speaker's name, country (as text,
 * never a flag), quote count and buttons to collapse and reorder it.
 */
export const LaneHeaders = memo(function LaneHeaders(props: LaneHeadersProps) {
  const { lanes, rows, band, eventCount, strings: s, font, measure, onToggle, onMove } = props;
  const [headsRef, rooms] = useNameRooms(props);
  const firstOf = new Map<LaneGroup, string>();
  const lastOf = new Map<LaneGroup, string>();
  for (const l of lanes) {
    if (!firstOf.has(l.group)) firstOf.set(l.group, l.id);
    lastOf.set(l.group, l.id);
  }
  return (
    <div ref={headsRef} className="tl-heads" style={{ fontSize: font }}>
      <div className="tl-head tl-head--band" style={{ top: band.y, height: band.height }}>
        <span className="tl-head-name">{s.events}</span>
        <span className="tl-head-count">{eventCount}</span>
      </div>
      {lanes.map((l) => {
        const row = rows.get(l.id);
        if (!row) return null;
        const label = l.name;
        const room = rooms.get(l.id);
        const shown = measure && room !== undefined ? fitName(label, l.shortNames, room, (t) => measure(t, false)) : label;
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
            <span className="tl-head-name" title={label} data-lane={l.id}>
              <bdi>{shown}</bdi>
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

/**
 * The room each lane's name has (its box fills what the buttons and counts leave),
 * read after layout and again when the column or the lanes change. From the same
 * reading it reports the column width at which the tightest lane's shortest name
 * form fits ("Ruiz" of "Ana Ruiz"), so the chart can widen a narrow column rather
 * than cut a name (the width follows the rooms, so the report is stable).
 */
function useNameRooms({ lanes, width, font, measure, onNameRoom }: LaneHeadersProps) {
  const [rooms, setRooms] = useState<ReadonlyMap<string, number>>(new Map());
  const ref = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    const heads = ref.current;
    if (!heads) return;
    const next = new Map<string, number>();
    for (const el of heads.querySelectorAll<HTMLElement>('[data-lane]')) next.set(el.dataset['lane'] ?? '', el.clientWidth);
    setRooms((prev) => (prev.size === next.size && [...next].every(([id, w]) => prev.get(id) === w) ? prev : next));
    if (!measure) return;
    let short = -Infinity;
    for (const l of lanes) {
      const room = next.get(l.id);
      if (room !== undefined) short = Math.max(short, Math.ceil(measure(l.shortNames.at(-1) ?? l.name, false)) - room);
    }
    if (short > -Infinity) onNameRoom(width + short);
  }, [lanes, width, font, measure, onNameRoom]);
  return [ref, rooms] as const;
}
