/**
 * How an event type looks. Types come in groups that share a shape, and each type
 * has its own colour, so colour is never the only cue: a threat and a call differ
 * in shape even for a reader who cannot tell their colours apart.
 */
import type { EventType } from '../../schema/timeline';

export type MarkShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'cross';

export const TYPE_SHAPE: Record<EventType, MarkShape> = {
  call: 'circle',
  meeting: 'circle',
  statement: 'square',
  interview: 'square',
  rejection: 'triangle',
  threat: 'triangle',
  'military-operation': 'diamond',
  'arrest-extradition': 'diamond',
  designation: 'hexagon',
  policy: 'hexagon',
  report: 'hexagon',
  other: 'cross',
};

/** CSS custom property holding the type's colour (defined in timeline.css). */
export function typeColorVar(type: EventType): string {
  return `var(--tl-type-${type})`;
}

const r3 = Math.sqrt(3);

/** SVG path of a shape of "radius" r centred on the origin; shapes have similar visual weight. */
export function shapePath(shape: MarkShape, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const s = r * 0.88;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'triangle': {
      const s = r * 1.2;
      return `M0,${f(-s)}L${f((s * r3) / 2)},${f(s / 2)}L${f((-s * r3) / 2)},${f(s / 2)}Z`;
    }
    case 'diamond': {
      const s = r * 1.25;
      return `M0,${f(-s)}L${f(s)},0L0,${f(s)}L${f(-s)},0Z`;
    }
    case 'hexagon': {
      const pts: string[] = [];
      for (let i = 0; i < 6; i++) {
        const a = (Math.PI / 3) * i;
        pts.push(`${f(r * 1.05 * Math.cos(a))},${f(r * 1.05 * Math.sin(a))}`);
      }
      return `M${pts.join('L')}Z`;
    }
    case 'cross': {
      const a = r * 0.38;
      const b = r;
      return `M${f(-a)},${f(-b)}H${f(a)}V${f(-a)}H${f(b)}V${f(a)}H${f(a)}V${f(b)}H${f(-a)}V${f(a)}H${f(-b)}V${f(-a)}H${f(-a)}Z`;
    }
  }
}
