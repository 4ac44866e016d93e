/**
 * The benchmark's reference: the plain way to draw a timeline with D3. Every event
 * and quote is an SVG circle (events on one band, quotes on one row per speaker),
 * and d3-zoom rescales x and moves every circle on each zoom event. No schema
 * validation, no labels, no accessibility: a lower bound on work, not a rival app.
 */
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';

interface Item {
  t: number;
  row: number;
}

const dayMs = (s: string) => {
  const [y = 1970, m = 1, d = 1] = s.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

async function main() {
  const path = new URLSearchParams(location.search).get('data') ?? '../timeline.json';
  const data = (await (await fetch(new URL(path, new URL('../', location.href)))).json()) as {
    events: { date: { start: string | null } }[];
    quotes: { speaker: string | null; date: { start: string | null } }[];
  };
  const speakers = new Map<string, number>();
  const items: Item[] = [];
  for (const e of data.events) if (e.date.start) items.push({ t: dayMs(e.date.start), row: 0 });
  for (const q of data.quotes) {
    if (!q.date.start) continue;
    const key = q.speaker ?? '';
    if (!speakers.has(key)) speakers.set(key, speakers.size + 1);
    items.push({ t: dayMs(q.date.start), row: speakers.get(key) ?? 0 });
  }
  const width = 1000;
  const rowH = 24;
  const height = (speakers.size + 1) * rowH + 20;
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of items) {
    lo = Math.min(lo, i.t);
    hi = Math.max(hi, i.t);
  }
  const x0 = scaleUtc().domain([new Date(lo), new Date(hi + 86_400_000)]).range([0, width]);
  const svg = select('#chart').append('svg').attr('id', 'timeline').attr('width', width).attr('height', height);
  const circles = svg
    .append('g')
    .selectAll('circle')
    .data(items)
    .join('circle')
    .attr('cx', (d) => x0(new Date(d.t)))
    .attr('cy', (d) => 10 + d.row * rowH + rowH / 2)
    .attr('r', 4)
    .attr('fill', (d) => (d.row === 0 ? '#c2410c' : '#2458a6'));
  svg.call(
    zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 500])
      .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const x = ev.transform.rescaleX(x0);
        circles.attr('cx', (d) => x(new Date(d.t)));
      }),
  );
  requestAnimationFrame(() => performance.mark('timeline-ready'));
}

void main();
