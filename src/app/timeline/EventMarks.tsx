import { memo } from 'react';
import { calmMarks, isolate } from './accessible-names';
import { COUNT_LABEL_OFFSET, type EventLayout, type EventMark } from './event-layout';
import { shapePath, TYPE_SHAPE, typeColorVar } from './event-style';
import type { Cluster } from './label-placement';

interface EventMarksProps {
  layout: EventLayout;
  /** Top of the events band. */
  y: number;
  row: number;
  /** Centre line of the cluster row. */
  clusterY: number;
  radius: number;
  gap: number;
  font: number;
  selectedId: string | null;
  /** The one mark in the tab order (roving tabindex). */
  tabId: string | null;
  names: ReadonlyMap<string, string>;
  hits: ReadonlySet<string>;
  clusterName: (c: Cluster) => string;
  more: (n: number) => string;
  onActivate: (id: string) => void;
  onCluster: (c: Cluster) => void;
}

const activateKeys = new Set(['Enter', ' ']);

function Mark({ m, p, selected, tab, name, hit }: { m: EventMark; p: EventMarksProps; selected: boolean; tab: boolean; name: string; hit: boolean }) {
  const { item } = m;
  const e = item.event;
  const r = p.radius;
  const cy = p.y + m.row * p.row + p.row / 2;
  const color = typeColorVar(e.type);
  const cls = `tl-mark tl-event tl-event--${item.kind}${selected ? ' is-selected' : ''}${hit ? ' is-hit' : ''}${
    e.relevant ? '' : ' is-irrelevant'
  }`;
  const labelX = m.labelSide === 'right' ? r + p.gap : -(r + p.gap);
  return (
    <g
      className={cls}
      transform={`translate(${m.cx},${cy})`}
      role="button"
      tabIndex={tab ? 0 : -1}
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
      data-id={item.id}
      onClick={() => p.onActivate(item.id)}
      onKeyDown={(ev) => {
        if (activateKeys.has(ev.key)) {
          ev.preventDefault();
          p.onActivate(item.id);
        }
      }}
    >
      <title>{name}</title>
      {item.kind === 'band' ? (
        <rect className="tl-period" x={m.x0 - m.cx} y={-p.row / 2 + 2} width={Math.max(1, m.x1 - m.x0)} height={p.row - 4} fill={color} stroke={color} />
      ) : null}
      {item.kind === 'bar' ? (
        <rect className="tl-bar" x={0} y={-r * 0.45} width={Math.max(2, m.x1 - m.cx)} height={r * 0.9} rx={r * 0.45} fill={color} />
      ) : null}
      <circle className="tl-ring" r={r + 4} />
      <path className="tl-shape" d={shapePath(TYPE_SHAPE[e.type], r)} fill={color} />
      {e.sourceCount > 1 ? (
        <g className="tl-count" transform={`translate(${r * 0.95},${-r * 0.95})`} aria-hidden="true">
          <circle r={p.font * 0.55} />
          <text textAnchor="middle" dy="0.35em" fontSize={p.font * 0.75}>
            {e.sourceCount > 99 ? '99+' : e.sourceCount}
          </text>
        </g>
      ) : null}
      {m.label !== null ? (
        <text
          className="tl-label"
          x={labelX + (m.labelSide === 'right' && e.sourceCount > 1 ? COUNT_LABEL_OFFSET : 0)}
          dy="0.35em"
          textAnchor={m.labelSide === 'right' ? 'start' : 'end'}
          fontSize={p.font}
        >
          {isolate(calmMarks(m.label))}
        </text>
      ) : null}
    </g>
  );
}

/** The events band: one mark per placed event, plus counted clusters on the last row. */
export const EventMarks = memo(function EventMarks(p: EventMarksProps) {
  const cy = p.clusterY;
  return (
    <g className="tl-events">
      {p.layout.marks.map((m) => (
        <Mark
          key={m.item.id}
          m={m}
          p={p}
          selected={p.selectedId === m.item.id}
          tab={p.tabId === m.item.id}
          name={p.names.get(m.item.id) ?? m.item.event.title}
          hit={p.hits.has(m.item.id)}
        />
      ))}
      {p.layout.clusters.map((c) => {
        const label = p.more(c.ids.length);
        const w = label.length * p.font * 0.62 + 12;
        const name = p.clusterName(c);
        const selected = p.selectedId !== null && c.ids.includes(p.selectedId);
        return (
          <g
            key={`c${c.ids[0] ?? ''}`}
            className={`tl-mark tl-cluster${selected ? ' is-selected' : ''}`}
            transform={`translate(${c.x},${cy})`}
            role="button"
            tabIndex={0}
            aria-label={name}
            onClick={() => p.onCluster(c)}
            onKeyDown={(ev) => {
              if (activateKeys.has(ev.key)) {
                ev.preventDefault();
                p.onCluster(c);
              }
            }}
          >
            <title>{name}</title>
            <line className="tl-cluster-span" x1={c.x0 - c.x} x2={c.x1 - c.x} y1={0} y2={0} />
            <rect x={-w / 2} y={-p.font * 0.8} width={w} height={p.font * 1.6} rx={p.font * 0.8} />
            <text textAnchor="middle" dy="0.35em" fontSize={p.font}>
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
