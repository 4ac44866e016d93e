/**
 * The chart as a standalone image. The on-screen SVG is cloned, the computed
 * styles that matter for drawing are inlined (the file has no stylesheet), and a
 * header (title, date range) and footer (sources) are added as SVG text nodes:
 * document text only ever goes in through textContent. The PNG is that SVG drawn
 * on a canvas at twice the size.
 */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'paint-order',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ImageText {
  title: string;
  range: string;
  sources: string;
}

/** The chart's main SVG (#timeline), or the largest SVG inside the main area. */
export function findChartSvg(root: ParentNode = document): SVGSVGElement | null {
  const marked = root.querySelector('#timeline');
  if (marked instanceof SVGSVGElement) return marked;
  const scope = marked ?? root.querySelector('main') ?? root;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of scope.querySelectorAll('svg')) {
    if (svg.closest('.cronologia-print')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > bestArea) {
      best = svg;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const target = (clone as SVGElement).style;
  if (target) {
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop);
      if (value) target.setProperty(prop, value);
    }
  }
  const a = source.children;
  const b = clone.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i] as Element, b[i] as Element);
}

/** Breaks a line of text into lines of at most `max` characters, at spaces when it can. */
export function wrapText(text: string, max: number, maxLines = 3): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const chunks = Array.from(word).length > max ? (word.match(new RegExp(`.{1,${max}}`, 'gu')) ?? [word]) : [word];
    for (const chunk of chunks) {
      if (line === '') line = chunk;
      else if (Array.from(`${line} ${chunk}`).length <= max) line = `${line} ${chunk}`;
      else {
        lines.push(line);
        line = chunk;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
    return kept;
  }
  return lines;
}

function textLines(
  doc: Document,
  parent: Element,
  lines: string[],
  opts: { x: number; y: number; size: number; weight?: string; color: string; lineHeight: number },
): number {
  let y = opts.y;
  for (const line of lines) {
    const node = doc.createElementNS(SVG_NS, 'text');
    node.setAttribute('x', String(opts.x));
    node.setAttribute('y', String(y));
    node.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif');
    node.setAttribute('font-size', String(opts.size));
    node.setAttribute('fill', opts.color);
    if (opts.weight) node.setAttribute('font-weight', opts.weight);
    node.textContent = line;
    parent.appendChild(node);
    y += opts.lineHeight;
  }
  return y;
}

function opaque(color: string, fallback: string): string {
  return !color || color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color) ? fallback : color;
}

/**
 * Lane names live in HTML beside the SVG (role="group" with the lane's name);
 * they are drawn into a left gutter so the image still says whose quotes are where.
 */
function laneLabels(chart: SVGSVGElement): { text: string; y: number }[] {
  const body = chart.parentElement?.parentElement;
  if (!body) return [];
  const top = chart.getBoundingClientRect().top;
  const labels: { text: string; y: number }[] = [];
  for (const el of body.querySelectorAll('[role="group"][aria-label]')) {
    if (el === chart || el.contains(chart) || chart.contains(el)) continue;
    const r = el.getBoundingClientRect();
    const text = el.getAttribute('aria-label') ?? '';
    if (text && r.height > 0) labels.push({ text, y: r.top + r.height / 2 - top });
  }
  return labels;
}

export interface BuiltImage {
  /** The image as a detached SVG element (for the print handout) and as text. */
  element: SVGSVGElement;
  svg: string;
  width: number;
  height: number;
}

export function buildChartImage(chart: SVGSVGElement, text: ImageText): BuiltImage {
  const doc = chart.ownerDocument;
  const rect = chart.getBoundingClientRect();
  const lanes = laneLabels(chart);
  const gutter = lanes.length > 0 ? 170 : 0;
  const plotWidth = Math.round(rect.width);
  const width = Math.max(320, plotWidth + gutter);
  const chartHeight = Math.max(1, Math.round(rect.height));
  const pad = 16;
  const background = opaque(getComputedStyle(doc.body).backgroundColor, '#ffffff');
  const color = opaque(getComputedStyle(doc.body).color, '#111111');
  const perLine = (size: number) => Math.max(20, Math.floor((width - 2 * pad) / (size * 0.56)));

  const root = doc.createElementNS(SVG_NS, 'svg');
  const bg = doc.createElementNS(SVG_NS, 'rect');
  root.appendChild(bg);

  // Empty header or footer text (the print handout prints its own) takes no room.
  const titleLines = wrapText(text.title, perLine(20), 2);
  let y = titleLines.length ? textLines(doc, root, titleLines, { x: pad, y: pad + 18, size: 20, weight: '700', color, lineHeight: 25 }) : 8;
  if (text.range) y = textLines(doc, root, [text.range], { x: pad, y: y, size: 13, color, lineHeight: 18 });
  const top = y;

  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  clone.removeAttribute('id');
  clone.removeAttribute('class');
  clone.setAttribute('x', String(gutter));
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(plotWidth));
  clone.setAttribute('height', String(chartHeight));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${plotWidth} ${chartHeight}`);
  root.appendChild(clone);
  for (const lane of lanes) {
    const [line] = wrapText(lane.text, 22, 1);
    textLines(doc, root, [line ?? ''], { x: pad, y: top + lane.y + 4, size: 12, weight: '600', color, lineHeight: 0 });
  }

  const sourceLines = wrapText(text.sources, perLine(11), 4);
  const end = sourceLines.length
    ? textLines(doc, root, sourceLines, { x: pad, y: top + chartHeight + 18, size: 11, color, lineHeight: 15 }) + pad - 10
    : top + chartHeight + 4;
  const height = Math.ceil(end);

  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  const titleNode = doc.createElementNS(SVG_NS, 'title');
  titleNode.textContent = text.title;
  root.insertBefore(titleNode, root.firstChild);

  const svg = new XMLSerializer().serializeToString(root);
  return { element: root, svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height };
}

export async function svgToPng(image: BuiltImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
