/**
 * A selection the reader cannot see is brought into view. The chart already
 * moves its window to a selected item outside it, and the events band never hides
 * the selected event in a cluster; this scrolls the page to the mark when it lies
 * outside the browser window (a `?sel=` link to a quote in a lane far down a tall
 * chart), once per selection, so later pans and zooms never pull the page.
 */
import { useEffect, useRef } from 'react';

function markOf(svg: SVGSVGElement, id: string): SVGElement | undefined {
  for (const el of svg.querySelectorAll<SVGElement>('[data-id], [data-ids]')) {
    if (el.dataset['id'] === id || (el.dataset['ids'] ?? '').split(' ').includes(id)) return el;
  }
  return undefined;
}

export function useRevealSelection(svgRef: React.RefObject<SVGSVGElement | null>, selectedId: string | null): void {
  const handled = useRef<string | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (selectedId === null) handled.current = null;
    if (selectedId === null || selectedId === handled.current || !svg) return;
    const mark = markOf(svg, selectedId);
    if (!mark) return;
    handled.current = selectedId;
    const box = mark.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  });
}

/**
 * Keeps keyboard focus on the selected mark while the chart has focus: when the
 * shell moves the selection (←/→), the mark that now shows it takes the focus.
 */
export function useFocusSelection(root: React.RefObject<HTMLElement | null>, svgRef: React.RefObject<SVGSVGElement | null>, selectedId: string | null): void {
  useEffect(() => {
    const svg = svgRef.current;
    if (!root.current || !svg || selectedId === null || !root.current.contains(document.activeElement)) return;
    const active = document.activeElement as HTMLElement | SVGElement | null;
    if (active?.dataset['id'] === selectedId || !(active instanceof SVGElement)) return;
    const mark = markOf(svg, selectedId);
    if (mark instanceof SVGGElement) mark.focus();
  });
}
