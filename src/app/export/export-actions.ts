/**
 * What the Export menu's items do, kept apart from the menu so that papaparse and
 * the SVG/PNG code load only when a reader opens the menu (ExportMenu imports this
 * module dynamically).
 */
import { useStore } from '../store/store';
import { selectVisible } from '../store/select-visible';
import { translate } from '../i18n/translate';
import { toCsv } from './csv';
import { toTimelineJs } from './timelinejs';
import { buildChartImage, findChartSvg, svgToPng } from './svg-export';
import { download, fileStem } from './download';
import { rangeLabel, sourcesLine, viewRange } from './view-labels';

export type FileKind = 'svg' | 'png' | 'csv' | 'tjs';

/** Downloads the current view as `kind`; returns 'no-chart' when an image is asked for and no chart is on screen. */
export async function exportView(kind: FileKind): Promise<'no-chart' | null> {
  const s = useStore.getState();
  const timeline = s.timeline;
  if (!timeline) return null;
  const { events, quotes } = selectVisible(s);
  const stem = fileStem(timeline.title);
  if (kind === 'csv') {
    download(new Blob(['\ufeff', toCsv(timeline, events, quotes)], { type: 'text/csv;charset=utf-8' }), `${stem}.csv`);
    return null;
  }
  if (kind === 'tjs') {
    const data = toTimelineJs(timeline, events, quotes, {
      undated: translate(s.lang, 'undated'),
      unattributed: translate(s.lang, 'unknownSpeaker'),
      sources: translate(s.lang, 'sources'),
      eventType: (type) => translate(s.lang, `type_${type}`),
    });
    download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `${stem}.timelinejs.json`);
    return null;
  }
  const chart = findChartSvg();
  if (!chart) return 'no-chart';
  const image = buildChartImage(chart, {
    title: timeline.title,
    range: rangeLabel(viewRange(s.range, timeline, events, quotes), s.lang),
    sources: sourcesLine(timeline, events, quotes, s.lang),
  });
  if (kind === 'svg') download(new Blob([image.svg], { type: 'image/svg+xml' }), `${stem}.svg`);
  else download(await svgToPng(image, 2), `${stem}.png`);
  return null;
}
