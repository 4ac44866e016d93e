import { memo } from 'react';
import type { Row } from './lane-layout';
import type { QuoteMark } from './quote-layout';

interface QuoteMarksProps {
  marks: readonly QuoteMark[];
  rows: ReadonlyMap<string, Row>;
  groups: ReadonlyMap<string, string>;
  radius: number;
  font: number;
  selectedId: string | null;
  tabId: string | null;
  /** Whether a quote is in quotation marks in its source. */
  direct: (id: string) => boolean | undefined;
  hits: ReadonlySet<string>;
  name: (m: QuoteMark) => string;
  onActivate: (m: QuoteMark) => void;
}

const activateKeys = new Set(['Enter', ' ']);

/**
 * Quote marks on the speaker lanes: a filled dot for words in quotation marks, a
 * hollow one for reported speech, a number for a stack; a dashed ring marks words
 * placed at their article's publication day for want of a date of their own.
 * Collapsed lanes show only thin ticks, which are not interactive.
 */
export const QuoteMarks = memo(function QuoteMarks(p: QuoteMarksProps) {
  const ticks: string[] = [];
  const out: React.ReactNode[] = [];
  for (const m of p.marks) {
    const row = p.rows.get(m.laneId);
    if (!row) continue;
    const cy = row.y + row.height / 2;
    if (m.collapsed) {
      ticks.push(`M${m.x.toFixed(1)},${(cy - 3).toFixed(1)}v6`);
      continue;
    }
    const first = m.ids[0] ?? '';
    const selected = p.selectedId !== null && m.ids.includes(p.selectedId);
    const hit = m.ids.some((id) => p.hits.has(id));
    const stack = m.ids.length > 1;
    const isDirect = !stack && p.direct(first) === true;
    const name = p.name(m);
    out.push(
      <g
        key={`${m.laneId}\u0000${first}`}
        className={`tl-mark tl-quote tl-quote--${p.groups.get(m.laneId) ?? 'other'}${selected ? ' is-selected' : ''}${hit ? ' is-hit' : ''}${
          isDirect || stack ? ' is-direct' : ''
        }${m.asReported ? ' is-as-reported' : ''}`}
        transform={`translate(${m.x},${cy})`}
        role="button"
        tabIndex={p.tabId !== null && m.ids.includes(p.tabId) ? 0 : -1}
        aria-label={name}
        aria-current={selected ? 'true' : undefined}
        data-id={first}
        data-ids={stack ? m.ids.join(' ') : undefined}
        onClick={() => p.onActivate(m)}
        onKeyDown={(ev) => {
          if (activateKeys.has(ev.key)) {
            ev.preventDefault();
            p.onActivate(m);
          }
        }}
      >
        <title>{name}</title>
        <circle className="tl-ring" r={(stack ? p.radius * 1.35 : p.radius) + 4} />
        <circle className="tl-dot" r={stack ? p.radius * 1.35 : p.radius * 0.9} />
        {stack ? (
          <text textAnchor="middle" dy="0.35em" fontSize={p.font * (m.ids.length > 99 ? 0.6 : 0.8)} aria-hidden="true">
            {m.ids.length > 999 ? '999+' : m.ids.length}
          </text>
        ) : null}
      </g>,
    );
  }
  return (
    <g className="tl-quotes">
      {ticks.length > 0 ? <path className="tl-quote-ticks" d={ticks.join('')} aria-hidden="true" /> : null}
      {out}
    </g>
  );
});
