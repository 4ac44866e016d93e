import { memo } from 'react';

export interface Link {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  active: boolean;
}

/** Thin lines from each quote to the event it belongs to; the selected item's links are emphasised. */
export const Connectors = memo(function Connectors({ links }: { links: readonly Link[] }) {
  let quiet = '';
  let loud = '';
  for (const l of links) {
    const seg = `M${l.x1.toFixed(1)},${l.y1.toFixed(1)}L${l.x2.toFixed(1)},${l.y2.toFixed(1)}`;
    if (l.active) loud += seg;
    else quiet += seg;
  }
  return (
    <g className="tl-links" aria-hidden="true">
      {quiet ? <path className="tl-link" d={quiet} /> : null}
      {loud ? <path className="tl-link tl-link--active" d={loud} /> : null}
    </g>
  );
});
